/**
 * GET /v1/stats responses for tests, built the way functions/stats/service.ts builds them: per-bucket day counters
 * summed into totals, KPIs from shared/stats/kpis.ts (so null rates come out where the backend gives them), buckets
 * from shared/stats/periods.ts. Typed as the backend's own response type, so a change of shape there fails tsc here.
 * Only tests import this file.
 */
import { KPI_LABELS, type StatsResponse as BackendStatsResponse } from '../../../../shared/stats/response';
import { CATEGORY_LABELS } from '../../../../shared/domain/labels';
import { kpisOf, sumCounts, zeroGauges, type FullCounts, type FullGauges } from '../../../../shared/stats/kpis';
import { bucketsOf, type Period } from '../../../../shared/stats/periods';
import type { StatsResponse } from './stats';

/** The backend's response must be readable as the dashboard's type (checked by tsc). */
export const asDashboardResponse = (r: BackendStatsResponse): StatsResponse => r;


type Series = BackendStatsResponse['series'][number];
type Counts = Partial<FullCounts>;

export interface SeriesSpec {
  scope: Series['scope'];
  unitId: string | null;
  name: string;
  parentId?: string | null;
  /** Day counters per bucket key; missing buckets are all zero. */
  perBucket?: Record<string, Counts>;
  current?: Partial<FullGauges>;
}

export function series(spec: SeriesSpec, from: string, to: string, period: Period): Series {
  const kind = spec.scope === 'city' ? 'city' : 'unit';
  const cells = bucketsOf(from, to, period).map((b) => {
    const counts = sumCounts([spec.perBucket?.[b.key] ?? {}]);
    return { key: b.key, counts, kpis: kpisOf(counts, kind) };
  });
  const totals = sumCounts(cells.map((c) => c.counts));
  return {
    scope: spec.scope,
    unitId: spec.unitId,
    name: spec.name,
    parentId: spec.parentId ?? null,
    totals: { key: 'total', counts: totals, kpis: kpisOf(totals, kind) },
    buckets: cells,
    current: { ...zeroGauges(), ...spec.current },
  };
}

export const FROM = '2026-11-01';
export const TO = '2026-11-18';

/** Per-bucket counters of the units; the city is their sum plus what only the city counts. */
const TH_CITY: Record<string, Counts> = {
  '2026-W45': { assigned: 4, dispatched: 4, dispatchedOnTime: 4, replied: 3, repliedOnTime: 2, rated: 2, satisfied: 1, basicallySatisfied: 1, supervision1: 1, replyWorkingDays: 12, replyTimed: 3 },
  '2026-W46': { assigned: 3, dispatched: 3, dispatchedOnTime: 2, replied: 2, repliedOnTime: 2, rated: 2, satisfied: 1, unsatisfied: 1, replyWorkingDays: 6, replyTimed: 2 },
};
const TH_WATER: Record<string, Counts> = { '2026-W46': { assigned: 2, dispatched: 2, dispatchedOnTime: 2 } };
const YX_CITY: Record<string, Counts> = {
  '2026-W45': { assigned: 3, dispatched: 3, dispatchedOnTime: 3, replied: 4, repliedOnTime: 1, rated: 2, satisfied: 2, supervision2: 1, replyWorkingDays: 20, replyTimed: 4 },
};
const CITY_ONLY: Record<string, Counts> = { '2026-W44': { submitted: 2 }, '2026-W45': { submitted: 10 }, '2026-W46': { submitted: 6 }, '2026-W47': { submitted: 2 } };

const cityBuckets = (): Record<string, Counts> => {
  const out: Record<string, Counts> = {};
  for (const key of ['2026-W44', '2026-W45', '2026-W46', '2026-W47']) {
    out[key] = sumCounts([CITY_ONLY[key] ?? {}, TH_CITY[key] ?? {}, TH_WATER[key] ?? {}, YX_CITY[key] ?? {}]);
  }
  return out;
};

/**
 * The centre's view of 2026-11-01 … 2026-11-18 by week, grouped by unit. City: 20 received, on time 5 / 9 replies
 * (55.6%), satisfied 5 / 6 ratings (83.3%), 3 overdue now, 催办 1 + 督办 1. 天河区城管: 4 / 5 (80.0%), 3 / 4 (75.0%);
 * 天河区水务局: no reply and no rating (暂无数据); 越秀区城管: 1 / 4 (25.0%), 2 / 2 (100.0%); 天河区人民政府: nothing.
 * Hot spots: 天河区 投诉 surged in W47 (6, baseline 1).
 */
export function centreStats(over: Partial<BackendStatsResponse> = {}): StatsResponse {
  const s = (spec: SeriesSpec) => series(spec, FROM, TO, 'week');
  const r: BackendStatsResponse = {
    from: FROM,
    to: TO,
    period: 'week',
    groupBy: 'unit',
    buckets: bucketsOf(FROM, TO, 'week'),
    series: [
      s({ scope: 'unit', unitId: 'th-city', name: '天河区城市管理和综合执法局', parentId: 'th-gov', perBucket: TH_CITY, current: { overdue: 2, escalated1: 1 } }),
      s({ scope: 'unit', unitId: 'th-gov', name: '天河区人民政府' }),
      s({ scope: 'unit', unitId: 'th-water', name: '天河区水务局', parentId: 'th-gov', perBucket: TH_WATER, current: { overdue: 1 } }),
      s({ scope: 'unit', unitId: 'yx-city', name: '越秀区城市管理和综合执法局', perBucket: YX_CITY, current: { escalated2: 1 } }),
    ],
    city: s({ scope: 'city', unitId: null, name: '全市', perBucket: cityBuckets(), current: { overdue: 3, escalated1: 1, escalated2: 1, awaitingDispatchOverdue: 1 } }),
    hotspots: {
      weeks: ['2026-W44', '2026-W45', '2026-W46', '2026-W47'],
      rule: '本周件数 ≥ 前4周中位数的2倍且 ≥ 5件，视为激增（长沙办法第三十四条第二项：集中投诉举报的热点事项启动督办）',
      cells: [
        { week: '2026-W45', category: 'consultation', categoryLabel: '咨询', district: '越秀区', count: 2, baseline: 0, threshold: 5, surge: false },
        { week: '2026-W46', category: 'help', categoryLabel: '求助', district: '天河区', count: 3, baseline: 1, threshold: 5, surge: false },
        { week: '2026-W47', category: 'complaint', categoryLabel: '投诉', district: '天河区', count: 6, baseline: 1, threshold: 5, surge: true },
        { week: '2026-W47', category: 'complaint', categoryLabel: '投诉', district: '越秀区', count: 1, baseline: 0, threshold: 5, surge: false },
      ],
      surges: [
        { week: '2026-W47', category: 'complaint', district: '天河区', count: 6, baseline: 1, threshold: 5, openedAt: '2026-11-17T10:15:00.000+08:00', basis: 'CS Art.34(2)' },
      ],
    },
    labels: { kpis: KPI_LABELS, categories: CATEGORY_LABELS },
    ...over,
  };
  return asDashboardResponse(r);
}

/** A unit clerk's view (th-city): its own series only, no city, no hot spots. */
export function unitStats(): StatsResponse {
  const r: BackendStatsResponse = {
    from: FROM,
    to: TO,
    period: 'week',
    groupBy: 'unit',
    buckets: bucketsOf(FROM, TO, 'week'),
    series: [series({ scope: 'unit', unitId: 'th-city', name: '天河区城市管理和综合执法局', parentId: 'th-gov', perBucket: TH_CITY, current: { overdue: 2, escalated1: 1 } }, FROM, TO, 'week')],
    city: null,
    hotspots: null,
    labels: { kpis: KPI_LABELS, categories: CATEGORY_LABELS },
  };
  return asDashboardResponse(r);
}

/** Nothing happened: every counter and gauge 0, no hot spot. */
export function emptyStats(): StatsResponse {
  const s = (spec: SeriesSpec) => series(spec, FROM, TO, 'week');
  return centreStats({
    series: [s({ scope: 'unit', unitId: 'th-city', name: '天河区城市管理和综合执法局' })],
    city: s({ scope: 'city', unitId: null, name: '全市' }),
    hotspots: { weeks: ['2026-W44', '2026-W45', '2026-W46', '2026-W47'], rule: '…', cells: [], surges: [] },
  });
}
