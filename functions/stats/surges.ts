/**
 * Surge detection (CS Art.34(2): 集中投诉举报的热点、难点事项 are put under the centre's supervision; CS Art.8(4),
 * WF Art.29: regular analysis of hot spots). Runs on a schedule (functions/scheduled/surges.ts): reads this week's and
 * last week's hot-spot cells and the 4 weeks before each (a handful of Queries, whatever the volume) and records each
 * surging cell-week once — the Put is conditional on the record not existing, so repeated or concurrent runs open
 * one supervision per cell-week. GET /v1/stats lists the records beside the hot spots.
 */
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { shanghaiDay, toShanghaiIso } from '../../shared/calendar';
import { CATEGORY_LABELS } from '../../shared/domain/labels';
import type { Category } from '../../shared/domain/types';
import { isoWeekOf, shiftWeek, surgeVerdict, SURGE_BASELINE_WEEKS } from '../../shared/stats';
import { statsKeys } from './keys';
import { mapLimit, StatsReader, type SurgeRecord } from './reader';

export interface SurgeDeps {
  db: DynamoDBDocumentClient;
  table: string;
}

export interface SurgeReport {
  weeks: string[];
  cells: number;
  surging: number;
  opened: SurgeRecord[];
}

export async function detectSurges(deps: SurgeDeps, now: number): Promise<SurgeReport> {
  const reader = new StatsReader(deps.db, deps.table);
  const thisWeek = isoWeekOf(shanghaiDay(now));
  // Last week too: a surge that crossed the line in the minutes before Monday 00:00 is still recorded.
  const weeks = [shiftWeek(thisWeek, 1), thisWeek];
  const all = Array.from({ length: SURGE_BASELINE_WEEKS + 2 }, (_, i) => shiftWeek(thisWeek, SURGE_BASELINE_WEEKS + 1 - i));
  const perWeek = await mapLimit(all, 6, (w) => reader.hotspots(w));
  const count = new Map<string, number>();
  all.forEach((w, i) => perWeek[i].forEach((c) => count.set(`${w}#${c.category}#${c.district}`, c.count)));
  const report: SurgeReport = { weeks, cells: 0, surging: 0, opened: [] };
  for (const week of weeks) {
    for (const c of perWeek[all.indexOf(week)]) {
      report.cells += 1;
      const previous = Array.from({ length: SURGE_BASELINE_WEEKS }, (_, i) => count.get(`${shiftWeek(week, i + 1)}#${c.category}#${c.district}`) ?? 0);
      const v = surgeVerdict(c.count, previous);
      if (!v.surge) continue;
      report.surging += 1;
      const record: SurgeRecord = {
        week,
        category: c.category,
        district: c.district,
        count: c.count,
        baseline: v.baseline,
        threshold: v.threshold,
        openedAt: toShanghaiIso(now),
        basis: 'CS Art.34(2)',
      };
      try {
        await deps.db.send(
          new PutCommand({
            TableName: deps.table,
            Item: {
              ...statsKeys.surge(week, c.category, c.district),
              entity: 'surge',
              ...record,
              note: `${c.district}${CATEGORY_LABELS[c.category as Category] ?? c.category}类诉求${week}周${c.count}件，前${SURGE_BASELINE_WEEKS}周中位数${v.baseline}件，已列入热点督办`,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        report.opened.push(record);
      } catch (e) {
        // Already opened by an earlier run: one supervision per cell-week.
        if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e;
      }
    }
  }
  return report;
}
