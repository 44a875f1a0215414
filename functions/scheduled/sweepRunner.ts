/**
 * The sweep as the scheduled function runs it: the app's sweep dependencies (built once per process) and one call
 * of the domain sweep (functions/sweep/sweep.ts), then one delivery pass of the notification outbox — the safety net
 * behind the stream trigger (functions/scheduled/notify.ts) for items it missed or that wait for a retry.
 */
import { appFromEnv } from '../api/app';
import { env } from '../lib/env';
import { readNotifyConfig } from '../notify/config';
import { createNotifier, type Notifier } from '../notify/notifier';
import { deliverOutbox, type SendReport } from '../notify/sender';
import { sweep as runSweep, type SweepReport } from '../sweep/sweep';

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

/** The process's notifier; the sweep's entry point calls this at load so a bad channel setting fails the cold start. */
export function sweepNotifier(): Notifier {
  const app = appFromEnv();
  const e = env();
  notifier ??= createNotifier({ db: app.db, table: app.config.table, cipher: app.cipher, config: readNotifyConfig(process.env, e.stage, e.isLocal) });
  return notifier;
}

export async function sweep(input: SweepRunInput): Promise<SweepRunResult> {
  const app = appFromEnv();
  const notifier = sweepNotifier();
  const report = await runSweep(app.sweepDeps, input.now, { shouldStop: input.shouldStop });
  const notifications = await deliverOutbox(app.db, app.config.table, notifier.channel, input.now, { concurrency: 8 });
  return { ...report, notifications };
}
