/**
 * One scheduled run (functions/scheduled/sweepRunner.ts loads this on the first run): the domain sweep
 * (functions/sweep/sweep.ts) with its store and clock context, built once per process from the configuration (not
 * the API's whole app), then one delivery pass of the notification outbox — the safety net behind the stream
 * trigger (functions/scheduled/notify.ts) for items it missed or that wait for a retry.
 */
import type { Ctx } from '../../shared/domain/stateMachine';
import { config } from '../lib/config';
import { ddb } from '../lib/dynamo';
import type { NotifyConfig } from '../notify/config';
import { createNotifier, type Notifier } from '../notify/notifier';
import { deliverOutbox } from '../notify/sender';
import { createLocalCipher } from '../privacy/pii';
import { matterStoreFor } from '../store/forPolicy';
import { sweep as runSweep, type SweepDeps } from '../sweep/sweep';
import type { SweepRunInput, SweepRunResult } from './sweepRunner';

let deps: SweepDeps | undefined;
let notifier: Notifier | undefined;

function sweepDeps(): SweepDeps {
  if (deps) return deps;
  const { env: e, policy, calendar } = config();
  deps = { db: ddb, table: e.tableName, store: matterStoreFor(ddb, e.tableName, policy, calendar), ctx: (now: number): Ctx => ({ now, policy, calendar }) };
  return deps;
}

/** The process's notifier (WeChat, SMS, staff inbox), built on the first run from the settings checked at load. */
function sweepNotifier(settings: NotifyConfig): Notifier {
  const { env: e } = config();
  notifier ??= createNotifier({ db: ddb, table: e.tableName, cipher: createLocalCipher(e.piiKey), config: settings });
  return notifier;
}

export async function sweepPass(input: SweepRunInput, settings: NotifyConfig): Promise<SweepRunResult> {
  const d = sweepDeps();
  const report = await runSweep(d, input.now, { shouldStop: input.shouldStop });
  const notifications = await deliverOutbox(d.db, d.table, sweepNotifier(settings).channel, input.now, { concurrency: 8 });
  return { ...report, notifications };
}
