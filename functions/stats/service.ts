/**
 * GET /v1/stats (docs/rules.md §6; GZ Art.24, CS Art.36–37, WF Art.27/29): KPIs per unit, per parent unit or city-wide, per
 * period bucket, plus the matters overdue / under supervision now and the hot spots with surges. Built from the
 * counters kept with the events (functions/stats/aggregates.ts): reads grow with units × days, never with matters.
 * The JSON shape is documented for the dashboard in docs/stats.md.
 */
import { shanghaiDay } from '../../shared/calendar';
import { DomainError, forbidden } from '../../shared/domain/errors';
import { CATEGORY_LABELS } from '../../shared/domain/labels';
import { KPI_LABELS } from '../../shared/stats/response';
import type { Actor, Category } from '../../shared/domain/types';
import { parseOrThrow } from '../../shared/schemas';
import {
  addDays,
  bucketsOf,
  daySpan,
  kpisOf,
  MAX_RANGE_DAYS,
  shiftWeek,
  statsQuerySchema,
  sumCounts,
  sumGauges,
  surgeVerdict,
  SURGE_BASELINE_WEEKS,
  SURGE_FACTOR,
  SURGE_MIN_COUNT,
  weeksOf,
  type Bucket,
  type Counts,
  type FullCounts,
  type FullGauges,
  type GroupBy,
  type Kpis,
  type Period,
  type StatsQuery,
  type Series,
  type StatsResponse,
  type HotspotRow,
  type Cell,
} from '../../shared/stats';
import type { Unit } from '../api/directory';
import { mapLimit, StatsReader } from './reader';

/** Series × buckets one response may hold (each cell carries ~25 counts and the KPIs). */
export const MAX_CELLS = 4000;

export { KPI_LABELS };

export type { Cell, HotspotRow, Series, StatsResponse } from '../../shared/stats/response';

export interface StatsDeps {
  reader: StatsReader;
  units: (now: number) => Promise<Map<string, Unit>>;
}

/** The resolved request: defaults applied, and what the caller may see. */
export interface Resolved extends StatsQuery {
  from: string;
  to: string;
  /** Unit staff: their unit only. */
  ownUnitOnly: boolean;
}

export function resolveQuery(actor: Actor, raw: Record<string, string | undefined>, now: number): Resolved {
  const q = parseOrThrow(statsQuerySchema, raw);
  const to = q.to ?? shanghaiDay(now);
  const from = q.from ?? addDays(to, -29);
  if (from > to) throw new DomainError('VALIDATION_FAILED', '开始日期不能晚于结束日期', [{ field: 'from', message: '晚于结束日期' }]);
  if (daySpan(from, to) > MAX_RANGE_DAYS) throw new DomainError('VALIDATION_FAILED', `统计区间不能超过${MAX_RANGE_DAYS}天`, [{ field: 'from', message: '区间过长' }]);
  if (actor.role === 'unit') {
    // Unit staff see their own unit's figures only (docs/rules.md §1).
    if (q.unitId && q.unitId !== actor.unitId) throw forbidden('只能查看本单位的统计');
    if (q.groupBy !== 'unit') throw forbidden('只能查看本单位的统计');
    return { ...q, from, to, unitId: actor.unitId, ownUnitOnly: true };
  }
  return { ...q, from, to, ownUnitOnly: false };
}

function cellOf(key: string, counts: FullCounts, scope: 'city' | 'unit'): Cell {
  return { key, counts, kpis: kpisOf(counts, scope) };
}

/** Units below `root` (children, grandchildren …), root included. */
export function subtree(units: Map<string, Unit>, root: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units.values()) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return; // a cycle in the data must not hang the request
    seen.add(id);
    out.push(id);
    for (const c of children.get(id) ?? []) walk(c);
  };
  walk(root);
  return out;
}

export class StatsService {
  constructor(private readonly d: StatsDeps) {}

  /** Which series the request asks for: [scope, unit id, members] — members are summed into the series. */
  private plan(q: Resolved, units: Map<string, Unit>): Array<{ scope: Series['scope']; unitId: string | null; members: Array<string | null> }> {
    if (q.unitId && !units.has(q.unitId)) {
      throw new DomainError('VALIDATION_FAILED', `单位不存在：${q.unitId}`, [{ field: 'unitId', message: '未知单位' }]);
    }
    if (q.groupBy === 'city') return [{ scope: 'city', unitId: null, members: [null] }];
    if (q.groupBy === 'unit') {
      const ids = q.unitId ? [q.unitId] : [...units.keys()].sort();
      return ids.map((id) => ({ scope: 'unit', unitId: id, members: [id] }));
    }
    // Parent units: each unit with units below it, summed over its whole subtree (itself included), and top-level
    // units without children as themselves, so every unit's figures appear under some group.
    const parents = new Set([...units.values()].map((u) => u.parentId).filter((p): p is string => !!p && units.has(p)));
    const roots = q.unitId ? [q.unitId] : [...units.values()].filter((u) => parents.has(u.id) || !u.parentId || !units.has(u.parentId)).map((u) => u.id).sort();
    return roots.map((id) => ({ scope: 'parent', unitId: id, members: subtree(units, id) }));
  }

  async stats(actor: Actor, raw: Record<string, string | undefined>, now: number): Promise<StatsResponse> {
    const q = resolveQuery(actor, raw, now);
    const units = await this.d.units(now);
    const plan = this.plan(q, units);
    const buckets = bucketsOf(q.from, q.to, q.period);
    const withCity = !q.ownUnitOnly;
    if ((plan.length + (withCity ? 1 : 0)) * (buckets.length + 1) > MAX_CELLS) {
      throw new DomainError('VALIDATION_FAILED', '统计结果过大，请缩短时间区间、改用按周或按月统计，或指定单位', [{ field: 'period', message: '结果过大' }]);
    }
    // Every scope's days once, however many series use it.
    const scopes = [...new Set([...plan.flatMap((p) => p.members), ...(withCity ? [null] : [])])];
    const [dayMaps, gauges] = await Promise.all([
      mapLimit(scopes, 8, (s) => this.d.reader.days(s, q.from, q.to)),
      this.d.reader.gauges(),
    ]);
    const days = new Map(scopes.map((s, i) => [s ?? '', dayMaps[i]]));
    const build = (p: (typeof plan)[number]): Series => {
      const kind = p.scope === 'city' ? 'city' : 'unit';
      const perBucket = buckets.map((b) => {
        const list: Counts[] = [];
        for (const m of p.members) for (const [day, c] of days.get(m ?? '') ?? []) if (day >= b.from && day <= b.to) list.push(c);
        return cellOf(b.key, sumCounts(list), kind);
      });
      const unit = p.unitId ? units.get(p.unitId) : undefined;
      return {
        scope: p.scope,
        unitId: p.unitId,
        name: unit?.name ?? '全市',
        parentId: unit?.parentId ?? null,
        ...(p.scope === 'parent' ? { members: p.members as string[] } : {}),
        totals: cellOf('total', sumCounts(perBucket.map((c) => c.counts)), kind),
        buckets: perBucket,
        current: sumGauges(p.members.map((m) => gauges.get(m ?? '') ?? {})),
      };
    };
    const series = plan.map(build);
    const city = withCity ? (q.groupBy === 'city' ? series[0] : build({ scope: 'city', unitId: null, members: [null] })) : null;
    return {
      from: q.from,
      to: q.to,
      period: q.period,
      groupBy: q.groupBy,
      buckets,
      series,
      city,
      hotspots: withCity ? await this.hotspots(q.from, q.to) : null,
      labels: { kpis: KPI_LABELS, categories: CATEGORY_LABELS },
    };
  }

  /** Hot spots of the ISO weeks touching [from, to], each cell judged against its previous 4 weeks. */
  async hotspots(from: string, to: string): Promise<NonNullable<StatsResponse['hotspots']>> {
    const weeks = weeksOf(from, to);
    const all = [...new Set([...Array.from({ length: SURGE_BASELINE_WEEKS }, (_, i) => shiftWeek(weeks[0], SURGE_BASELINE_WEEKS - i)), ...weeks])];
    const [perWeek, surges] = await Promise.all([
      mapLimit(all, 8, (w) => this.d.reader.hotspots(w)),
      this.d.reader.surges(weeks[0], weeks[weeks.length - 1]),
    ]);
    const count = new Map<string, number>();
    all.forEach((w, i) => perWeek[i].forEach((c) => count.set(`${w}#${c.category}#${c.district}`, c.count)));
    const cells: HotspotRow[] = [];
    for (const w of weeks) {
      for (const c of perWeek[all.indexOf(w)]) {
        const previous = Array.from({ length: SURGE_BASELINE_WEEKS }, (_, i) => count.get(`${shiftWeek(w, i + 1)}#${c.category}#${c.district}`) ?? 0);
        const v = surgeVerdict(c.count, previous);
        cells.push({ week: w, category: c.category, categoryLabel: CATEGORY_LABELS[c.category as Category] ?? c.category, district: c.district, count: c.count, baseline: v.baseline, threshold: v.threshold, surge: v.surge });
      }
    }
    cells.sort((a, b) => a.week.localeCompare(b.week) || b.count - a.count || a.category.localeCompare(b.category) || a.district.localeCompare(b.district));
    return {
      weeks,
      rule: `本周件数 ≥ 前${SURGE_BASELINE_WEEKS}周中位数的${SURGE_FACTOR}倍且 ≥ ${SURGE_MIN_COUNT}件，视为激增（长沙办法第三十四条第二项：集中投诉举报的热点事项启动督办）`,
      cells,
      surges,
    };
  }
}
