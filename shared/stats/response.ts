/**
 * The JSON of GET /v1/stats (docs/stats.md), one definition for the backend that builds it
 * (functions/stats/service.ts) and the staff dashboard that reads it (miniapp/src/staff/services/stats.ts).
 * Types and the KPI labels the response carries.
 */
import type { Category } from '../domain/types';
import type { FullCounts, FullGauges, Kpis } from './kpis';
import type { Bucket, Period } from './periods';
import type { GroupBy } from './query';

/** One scope × one period bucket (or the whole period: `totals`). */
export interface Cell {
  key: string;
  counts: FullCounts;
  kpis: Kpis;
}

export interface Series {
  scope: 'city' | 'unit' | 'parent';
  unitId: string | null;
  name: string;
  parentId: string | null;
  /** parent: the units summed (the parent itself and every unit below it). */
  members?: string[];
  totals: Cell;
  buckets: Cell[];
  /** Matters in that state now (not limited to the period). */
  current: FullGauges;
}

/** A hot-spot cell: category × district × ISO week of receipt. */
export interface HotspotRow {
  week: string;
  category: string;
  categoryLabel: string;
  district: string;
  count: number;
  /** Median of the cell's previous 4 weeks, and the count at which it surges. */
  baseline: number;
  threshold: number;
  surge: boolean;
}

/** A surge the scheduled detector recorded: the centre's supervision of the hot spot is open (CS Art.34(2)). */
export interface SurgeRecord {
  week: string;
  category: string;
  district: string;
  count: number;
  baseline: number;
  threshold: number;
  openedAt: string;
  basis: string;
}

export interface StatsResponse {
  from: string;
  to: string;
  period: Period;
  groupBy: GroupBy;
  buckets: Bucket[];
  series: Series[];
  /** Null for unit staff. */
  city: Series | null;
  /** Centre and admin only. */
  hotspots: { weeks: string[]; rule: string; cells: HotspotRow[]; surges: SurgeRecord[] } | null;
  labels: { kpis: Readonly<Record<keyof Kpis, string>>; categories: Readonly<Record<Category, string>> };
}

/** The KPIs' names in the response's `labels.kpis` (docs/stats.md). */
export const KPI_LABELS: Readonly<Record<keyof Kpis, string>> = {
  received: '受理/承办量',
  dispatchOnTimeRate: '按时转派率',
  onTimeCompletionRate: '按时办结率',
  extensionRate: '延期率',
  returnRate: '退回率',
  rehandlingRate: '重办率',
  supervision: '督办次数（催办/督办/督查/不满意督办）',
  satisfactionRate: '满意率',
  satisfactionRateResponded: '满意率（不含超时默认评价）',
  avgWorkingDaysToReply: '平均答复用时（工作日）',
};
