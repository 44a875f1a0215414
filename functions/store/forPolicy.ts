/**
 * The matter store of one deployment: due timers from the policy and calendar, statistics counters in the same
 * transactions (functions/stats/aggregates.ts). One definition for the API's composition root (functions/api/app.ts)
 * and the sweep's (functions/scheduled/sweepRunner.ts), which does not bundle the API.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import { nextDueAt } from '../../shared/domain/stateMachine';
import type { PolicyProfile } from '../../shared/policy';
import { statsItems } from '../stats/aggregates';
import { MatterStore } from './matterStore';

export function matterStoreFor(db: DynamoDBDocumentClient, table: string, policy: PolicyProfile, calendar: WorkCalendar): MatterStore {
  return new MatterStore(db, table, (m) => nextDueAt(m, { policy, calendar }), statsItems(table, calendar));
}
