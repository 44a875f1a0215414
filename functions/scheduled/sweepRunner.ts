/**
 * The sweep as the scheduled function runs it: the app's sweep dependencies (built once per process) and one call
 * of the domain sweep (functions/sweep/sweep.ts), then one delivery pass of the notification outbox.
 */
import { appFromEnv } from '../api/app';
import { sweep as runSweep, type SweepReport } from '../sweep/sweep';
import { deliverOutbox, recordingChannel, type SendReport } from '../notify/sender';

export interface SweepRunInput {
  /** Epoch ms of the schedule event (`Date.parse(event.time)`): the sweep never reads the clock. */
  now: number;
  /** Stop early (e.g. the Lambda is close to its time limit); the next run continues. */
  shouldStop?: () => boolean;
}

export interface SweepRunResult extends SweepReport {
  notifications: SendReport;
}

export async function sweep(input: SweepRunInput): Promise<SweepRunResult> {
  const app = appFromEnv();
  const report = await runSweep(app.sweepDeps, input.now, { shouldStop: input.shouldStop });
  // WeChat subscribe messages go through an adapter; until a real sender is configured, every stage records.
  const notifications = await deliverOutbox(app.db, app.config.table, recordingChannel, input.now);
  return { ...report, notifications };
}
