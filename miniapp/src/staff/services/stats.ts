/**
 * 数据统计 (docs/rules.md §6, docs/stats.md): GET /v1/stats over the staff client, the dashboard's period presets and the
 * words and numbers it shows. Centre and admin may ask for any unit; unit staff are always sent their own unit (the
 * backend enforces it too: another unit or another grouping → 403).

 * The response types come from shared/stats/response.ts, the definition the backend builds the JSON with.
 */
import { CATEGORIES } from '../../../../shared/domain/types';
import { CATEGORY_LABELS } from '../../../../shared/domain/labels';
import { dayIndex, formatDay, weekdayOf } from '../../../../shared/calendar/time';
import { addDays, daySpan, weekMonday, type Bucket, type Period } from '../../../../shared/stats/periods';
import { statsQuerySchema } from '../../../../shared/stats/query';
import type { FullCounts, FullGauges, Kpis } from '../../../../shared/stats/kpis';
import { ApiError, call, UNEXPECTED_RESPONSE_MESSAGE } from '../../services/api';
import type { StaffSession } from '../../../../shared/views';

export { DASHBOARD_ROUTE } from './statsRoute';

export type { Bucket, FullCounts, FullGauges, Kpis, Period };

// The response shape is defined once, in shared/ (the backend builds it from the same types).
import type {
  Cell as StatsCell,
  HotspotRow as HotspotCell,
  Series as StatsSeries,
  StatsResponse,
  SurgeRecord,
} from '../../../../shared/stats/response';

export type { HotspotCell, StatsCell, StatsResponse, StatsSeries, SurgeRecord };

/** What the dashboard asks for. */
export interface StatsRequest {
  from: string;
  to: string;
  period: Period;
  groupBy: 'unit' | 'parent';
  unitId?: string;
}

/** GET /v1/stats. Unit staff always ask for their own unit, grouped by unit. */
export async function fetchStats(session: StaffSession, q: StatsRequest): Promise<StatsResponse> {
  const own = session.role === 'unit';
  const r = await call<StatsResponse>('GET', '/v1/stats', {
    token: session.token,
    query: {
      from: q.from,
      to: q.to,
      period: q.period,
      groupBy: own ? 'unit' : q.groupBy,
      unitId: own ? session.unitId : q.unitId || undefined,
    },
  });
  if (!r || typeof r !== 'object' || !Array.isArray(r.series) || !Array.isArray(r.buckets)) {
    throw new ApiError('UNEXPECTED_RESPONSE', UNEXPECTED_RESPONSE_MESSAGE, 200);
  }
  return r;
}

// ---- periods ----------------------------------------------------------------------------------------------------

export type PresetKey = 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth' | 'last30' | 'thisYear' | 'custom';

export const PRESETS: ReadonlyArray<{ key: PresetKey; label: string }> = [
  { key: 'thisWeek', label: '本周' },
  { key: 'lastWeek', label: '上周' },
  { key: 'thisMonth', label: '本月' },
  { key: 'lastMonth', label: '上月' },
  { key: 'last30', label: '近30天' },
  { key: 'thisYear', label: '今年' },
  { key: 'custom', label: '自定义' },
];

export const PERIOD_LABELS: Readonly<Record<Period, string>> = { day: '按日', week: '按周', month: '按月' };

/** Monday of the (Monday–Sunday) week of `day`. */
const mondayOf = (day: string): string => {
  const i = dayIndex(day);
  return formatDay(i - ((weekdayOf(i) + 6) % 7));
};

/** The days a preset covers, up to `today` (a Shanghai day). `custom` has no range of its own: the last 30 days. */
export function presetRange(key: PresetKey, today: string): { from: string; to: string } {
  switch (key) {
    case 'thisWeek':
      return { from: mondayOf(today), to: today };
    case 'lastWeek': {
      const monday = addDays(mondayOf(today), -7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'lastMonth': {
      const last = addDays(`${today.slice(0, 8)}01`, -1);
      return { from: `${last.slice(0, 8)}01`, to: last };
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    default:
      return { from: addDays(today, -29), to: today };
  }
}

/** Buckets that keep the charts readable: days up to a week, weeks up to a quarter (a month is four or five weeks, not
 * thirty rows of days), months beyond. */
export function defaultPeriod(from: string, to: string): Period {
  const span = daySpan(from, to);
  if (span <= 7) return 'day';
  if (span <= 92) return 'week';
  return 'month';
}

const firstIssue = (q: { from?: string; to?: string }): string | null => {
  try {
    const r = statsQuerySchema.safeParse(q);
    return r.success ? null : (r.error.issues[0]?.message ?? '日期不正确');
  } catch {
    return '日期不正确';
  }
};

/**
 * A custom range checked with the backend's own schema (same Chinese messages); null when it is acceptable. Each
 * day is checked alone first: the schema's range checks read both days as valid and throw on a malformed one.
 */
export function validateRange(from: string, to: string): string | null {
  const f = from.trim();
  const t = to.trim();
  return firstIssue({ from: f }) ?? firstIssue({ to: t }) ?? firstIssue({ from: f, to: t });
}

// ---- words and numbers ------------------------------------------------------------------------------------------

export const NO_DATA = '暂无数据';

/** 0.8571 → `85.7%`; null (nothing to assess) → 暂无数据, never 0%. */
export function formatRate(rate: number | null | undefined): string {
  return typeof rate === 'number' && Number.isFinite(rate) ? `${(Math.round(rate * 1000) / 10).toFixed(1)}%` : NO_DATA;
}

/** Average working days to reply. */
export function formatWorkingDays(days: number | null | undefined): string {
  return typeof days === 'number' && Number.isFinite(days) ? `${days} 个工作日` : NO_DATA;
}

/** `2026-11-03` → `11-03`. */
const monthDay = (day: string) => day.slice(5);

/** x-axis label of a bucket: `11-03 周二`, `第45周 11-02~11-08`, `2026年11月`. */
export function bucketLabel(b: Bucket, period: Period): string {
  if (period === 'day') return `${monthDay(b.from)} 周${'日一二三四五六'[weekdayOf(dayIndex(b.from))]}`;
  if (period === 'week') {
    const n = Number(b.key.slice(-2));
    return `第${n}周 ${monthDay(b.from)}~${monthDay(b.to)}`;
  }
  const [y, m] = b.key.split('-');
  return `${y}年${Number(m)}月`;
}

/** ISO week `2026-W49` → `第49周（11-30起）`. */
export function weekLabel(week: string): string {
  try {
    return `第${Number(week.slice(-2))}周（${monthDay(weekMonday(week))}起）`;
  } catch {
    return week;
  }
}

/** `2026-12-06T12:00:00.000+08:00` → `2026-12-06 12:00`. */
export const shortTime = (iso: string): string => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso);

const sumValues = (o: Record<string, number> | undefined) => Object.values(o ?? {}).reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);

/** Supervision escalations in the period (催办 + 督办 + 督查). */
export const supervisionTotal = (k: Kpis): number => k.supervision.level1 + k.supervision.level2 + k.supervision.level3;

/** Whether a series has anything to show: a counted event in the period, or a matter overdue / under supervision now. */
export const hasActivity = (s: StatsSeries): boolean => sumValues(s.totals.counts) > 0 || sumValues(s.current) > 0;

/** Nothing at all in the response (every scope silent, no hot spot): the dashboard says so instead of drawing zeros. */
export function isEmptyStats(r: StatsResponse): boolean {
  const scopes = [...r.series, ...(r.city ? [r.city] : [])];
  return !scopes.some(hasActivity) && !(r.hotspots?.cells.length || r.hotspots?.surges.length);
}

// ---- heat map ---------------------------------------------------------------------------------------------------

export interface HeatCell {
  category: string;
  categoryLabel: string;
  count: number;
  /** Weeks in which the cell surged (one week, or several in the "all weeks" view). */
  surgeWeeks: string[];
  /** 0 (none) … 4 (the busiest cell): the shading, always shown together with the number. */
  level: number;
}

export interface HeatRow {
  district: string;
  total: number;
  cells: HeatCell[];
}

export interface HeatMap {
  categories: Array<{ key: string; label: string }>;
  rows: HeatRow[];
  max: number;
}

/** District × category grid of one ISO week, or of every week summed (`week: null`). */
export function heatMap(hotspots: NonNullable<StatsResponse['hotspots']>, week: string | null, labels?: Readonly<Record<string, string>>): HeatMap {
  const cells = hotspots.cells.filter((c) => week === null || c.week === week);
  const known = new Set<string>(CATEGORIES);
  const extra = [...new Set(cells.map((c) => c.category).filter((c) => !known.has(c)))].sort();
  const label = (k: string) => labels?.[k] ?? (CATEGORY_LABELS as Record<string, string>)[k] ?? cells.find((c) => c.category === k)?.categoryLabel ?? k;
  const categories = [...CATEGORIES, ...extra].map((key) => ({ key, label: label(key) }));
  const byDistrict = new Map<string, Map<string, { count: number; surgeWeeks: string[] }>>();
  for (const c of cells) {
    const row = byDistrict.get(c.district) ?? new Map<string, { count: number; surgeWeeks: string[] }>();
    const cell = row.get(c.category) ?? { count: 0, surgeWeeks: [] };
    cell.count += c.count;
    if (c.surge && !cell.surgeWeeks.includes(c.week)) cell.surgeWeeks.push(c.week);
    row.set(c.category, cell);
    byDistrict.set(c.district, row);
  }
  let max = 0;
  for (const row of byDistrict.values()) for (const c of row.values()) max = Math.max(max, c.count);
  const rows: HeatRow[] = [...byDistrict.entries()].map(([district, row]) => {
    const list = categories.map(({ key, label: l }) => {
      const c = row.get(key) ?? { count: 0, surgeWeeks: [] };
      return { category: key, categoryLabel: l, count: c.count, surgeWeeks: c.surgeWeeks.sort(), level: shade(c.count, max) };
    });
    return { district, total: list.reduce((s, c) => s + c.count, 0), cells: list };
  });
  rows.sort((a, b) => b.total - a.total || a.district.localeCompare(b.district, 'zh-CN'));
  return { categories, rows, max };
}

/** Shading step of a count: 0 for none, then quarters of the busiest cell. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}
