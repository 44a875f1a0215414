/** What a citizen's action on the matter page sends (useMatterDetail's `act`), and what it gets back. */
import type { ActionResult } from '../../hooks/useMatterDetail';

export type MatterAct = (action: 'supplement' | 'rating' | 'withdraw', body: Record<string, unknown>) => Promise<ActionResult>;
