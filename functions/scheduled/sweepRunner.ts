/**
 * The sweep as the scheduled function runs it: the app's sweep dependencies (built once per process) and one call
 * of the domain sweep (functions/sweep/sweep.ts), then one delivery pass of the notification outbox — the safety net
 * behind the stream trigger (functions/scheduled/notify.ts) for items it missed or that wait for a retry.
 */
import type { Ctx } from '../../shared/domain/stateMachine';
import { config } from '../lib/config';
import { ddb } from '../lib/dynamo';
import { readNotifyConfig } from '../notify/config';
import { createNotifier, type Notifier } from '../notify/notifier';
import { deliverOutbox, type SendReport } from '../notify/sender';
import { createLocalCipher } from '../privacy/pii';
import { matterStoreFor } from '../store/forPolicy';
import { sweep as runSweep, type SweepDeps, type SweepReport } from '../sweep/sweep';

export interface SweepRunInput {
  /** Epoch ms of the schedule event (`Date.parse(event.time)`): the sweep never reads the clock. */
  now: number;
  /** Stop early (e.g. the Lambda is close to its time limit); the next run continues. */
  shouldStop?: () => boolean;
}

export interface SweepRunResult extends SweepReport {
  notifications: SendReport;
}

let notifier: Notifier | undefined;
let deps: SweepDeps | undefined;

/** The sweep's store and clock context, built once per process from the configuration (not the API's whole app). */
function sweepDeps(): SweepDeps {
  if (deps) return deps;
  const { env: e, policy, calendar } = config();
  deps = { db: ddb, table: e.tableName, store: matterStoreFor(ddb, e.tableName, policy, calendar), ctx: (now: number): Ctx => ({ now, policy, calendar }) };
  return deps;
}

/** The process's notifier; the sweep's entry point calls this at load so a bad channel setting fails the cold start. */
export function sweepNotifier(): Notifier {
  const { env: e } = config();
  notifier ??= createNotifier({ db: ddb, table: e.tableName, cipher: createLocalCipher(e.piiKey), config: readNotifyConfig(process.env, e.stage, e.isLocal) });
  return notifier;
}

export async function sweep(input: SweepRunInput): Promise<SweepRunResult> {
  const d = sweepDeps();
  const report = await runSweep(d, input.now, { shouldStop: input.shouldStop });
  const notifications = await deliverOutbox(d.db, d.table, sweepNotifier().channel, input.now, { concurrency: 8 });
  return { ...report, notifications };
}
