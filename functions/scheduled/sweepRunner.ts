/**
 * The sweep as the scheduled function runs it: the notifier, built at cold start so that a bad channel setting fails
 * then, and the run itself (./sweepPass.ts: the domain sweep, then one delivery pass of the notification outbox),
 * loaded on the first run (issue 17: the sweep's store and domain code are not parsed at module load).
 */
import { config } from '../lib/config';
import { ddb } from '../lib/dynamo';
import { readNotifyConfig } from '../notify/config';
import { createNotifier, type Notifier } from '../notify/notifier';
import type { SendReport } from '../notify/sender';
import { createLocalCipher } from '../privacy/pii';
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

let notifier: Notifier | undefined;

/** The process's notifier; the sweep's entry point calls this at load so a bad channel setting fails the cold start. */
export function sweepNotifier(): Notifier {
  const { env: e } = config();
  notifier ??= createNotifier({ db: ddb, table: e.tableName, cipher: createLocalCipher(e.piiKey), config: readNotifyConfig(process.env, e.stage, e.isLocal) });
  return notifier;
}

export async function sweep(input: SweepRunInput): Promise<SweepRunResult> {
  const { sweepPass } = await import('./sweepPass');
  return sweepPass(input, sweepNotifier().channel);
}
