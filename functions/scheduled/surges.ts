/**
 * Scheduled hot-spot surge detection (CS Art.34(2)), every 15 minutes (serverless.yml). A thin entry point: the time
 * comes from the event, the work from functions/stats/surges.ts (STYLE 1, 2).
 */
import type { ScheduledEvent } from 'aws-lambda';
import { ddb } from '../lib/dynamo';
import { config as runtimeConfig } from '../lib/config';
import { logger } from '../lib/logger';
import { detectSurges, type SurgeReport } from '../stats/surges';

const config = runtimeConfig().env;

export async function handler(event: Pick<ScheduledEvent, 'time'>): Promise<SurgeReport> {
  const now = Date.parse(event.time);
  if (!Number.isFinite(now)) throw new Error(`schedule event without a valid time: ${JSON.stringify(event.time)}`);
  const report = await detectSurges({ db: ddb, table: config.tableName }, now);
  logger.child({ fn: 'surges', now: event.time }).info({ weeks: report.weeks, cells: report.cells, surging: report.surging, opened: report.opened.length }, 'surge detection finished');
  return report;
}
