/**
 * The citizen's commands on a matter now: supplement while it is in hand, withdraw before a reply, the rating
 * (shared/domain/guards.ts: the same answer the backend's `decide` gives). The API shows a citizen only their own
 * matters, so the viewer is the owner.
 */
import type { CommandType } from '../../../shared/domain/commands';
import { allowedCommands } from '../../../shared/domain/guards';
import type { CitizenMatter } from '../../../shared/views';

export const citizenActions = (m: CitizenMatter): CommandType[] => allowedCommands(m, { role: 'citizen' }, null);
