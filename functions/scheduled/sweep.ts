/**
 * Scheduled sweep (docs/rules.md §4), every 5 minutes (serverless.yml). A thin entry point: the time comes from the event,
 * the work from sweepRunner (STYLE 1, 2).
 */
import type { Context, ScheduledEvent } from 'aws-lambda';
// The process's one DynamoDB client, created at module load (STYLE 7) though the sweep's code loads on the first run.
import '../lib/dynamo';
import { logger } from '../lib/logger';
import { sweep, sweepSettings, type SweepRunResult } from './sweepRunner';

// Cold start: notification settings are validated now, not at the first delivery.
sweepSettings();

/** Leave this much of the Lambda's time for finishing the current matter and logging. */
const SAFETY_MARGIN_MS = 10_000;

export async function handler(event: Pick<ScheduledEvent, 'time'>, context?: Pick<Context, 'getRemainingTimeInMillis' | 'awsRequestId'>): Promise<SweepRunResult> {
  const now = Date.parse(event.time);
  if (!Number.isFinite(now)) throw new Error(`schedule event without a valid time: ${JSON.stringify(event.time)}`);
  const log = logger.child({ fn: 'sweep', requestId: context?.awsRequestId, now: event.time });
  const result = await sweep({
    now,
    shouldStop: () => (context?.getRemainingTimeInMillis ? context.getRemainingTimeInMillis() < SAFETY_MARGIN_MS : false),
  });
  log.info(result, 'sweep finished');
  return result;
}
