/**
 * The sweep as the scheduled function runs it: the notification settings, read and checked at cold start so that a
 * bad channel setting fails then, and the run itself (./sweepPass.ts: the domain sweep, then one delivery pass of the
 * notification outbox with the notifier), loaded on the first run (issue 17: the sweep's store, domain and delivery
 * code are not parsed at module load).
 */
import { config } from '../lib/config';
import { readNotifyConfig, type NotifyConfig } from '../notify/config';
import type { SendReport } from '../notify/sender';
import type { SweepReport } from '../sweep/sweep';

export interface SweepRunInput {
  /** Epoch ms of the schedule event (`Date.parse(event.time)`): the sweep never reads the clock. */
  now: number;
  /** Stop early (e.g. the Lambda is close to its time limit); the next run continues. */
  shouldStop?: () => boolean;
}

export interface SweepRunResult extends SweepReport {
  notifications: SendReport;
}

let settings: NotifyConfig | undefined;

/** The notification settings; the sweep's entry point calls this at load so a bad channel setting fails the cold start. */
export function sweepSettings(): NotifyConfig {
  const { env: e } = config();
  settings ??= readNotifyConfig(process.env, e.stage, e.isLocal);
  return settings;
}

export async function sweep(input: SweepRunInput): Promise<SweepRunResult> {
  const { sweepPass } = await import('./sweepPass');
  return sweepPass(input, sweepSettings());
}
