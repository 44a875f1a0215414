/**
 * 数据统计 (SPEC §6; GZ Art.24, CS Art.36–37, WF Art.27/29): GET /v1/stats as a dashboard.
 *
 * - period: 本周 / 上周 / 本月 / 上月 / 近30天 / 今年 / 自定义, in days, weeks or months;
 * - headline figures of the city (or the chosen unit; unit staff: their own unit): 受理量, 按时办结率, 满意率, 当前超期,
 *   督办次数 and the other assessment rates;
 * - 按时办结率 and 满意率 over time and per unit, as bars drawn with plain Views, each with its number written beside it;
 * - overdue and supervision now (gauges) and in the period (flows);
 * - hot spots (centre and admin): district × category grid, shading plus the count, surges marked “激增” in words.
 *
 * A rate with nothing to assess (denominator 0) is null and reads 暂无数据, never 0%. Unit staff are never offered
 * another unit or grouping: the request always carries their own unit (and the backend refuses anything else).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Picker, View } from '@tarojs/components';
import { shanghaiDay } from '../../../../../shared/calendar/time';
import { ApiError, errorMessage } from '../../../services/api';
import { now as clockNow } from '../../../platform/clock';
import StateBlock from '../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import { backToQueue, replacePage, STAFF_ROUTES, usePullDownRefresh, useRouteParams } from '../../platform/navigation';
import { fetchUnits } from '../../services/api';
import { ROLE_LABELS } from '../../services/session';
import {
  bucketLabel,
  defaultPeriod,
  fetchStats,
  formatRate,
  formatWorkingDays,
  hasActivity,
  heatMap,
  isEmptyStats,
  NO_DATA,
  PERIOD_LABELS,
  PRESETS,
  presetRange,
  shortTime,
  supervisionTotal,
  validateRange,
  weekLabel,
  type Bucket,
  type Period,
  type PresetKey,
  type StatsRequest,
  type StatsResponse,
  type StatsSeries,
} from '../../services/stats';
import type { StaffSession, Unit } from '../../../../../shared/views';
import './index.css';

type LoadState = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; data: StatsResponse };

const PERIODS: readonly Period[] = ['day', 'week', 'month'];
/** Units listed before “显示全部单位”. */
const UNITS_SHOWN = 20;
const SUPERVISION_SHOWN = 10;

/** `width: 57.1%` of a bar; at least a sliver for a non-zero value so it is seen. */
const barWidth = (fraction: number) => `${Math.max(fraction > 0 ? 1 : 0, Math.min(100, fraction * 100))}%`;

/** Radio chips: the chosen one is marked with ✓ in words, not only by colour. */
function Chips<T extends string>({
  testId,
  label,
  options,
  value,
  onChange,
}: {
  testId: string;
  label: string;
  options: ReadonlyArray<{ key: T; label: string }>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <View className='sd-chips'>
      <View className='sd-chips__label'>{label}</View>
      <View className='sd-chips__list' role='radiogroup' aria-label={label}>
        {options.map((o) => (
          <View
            key={o.key}
            className={`sd-chip${o.key === value ? ' sd-chip--on' : ''}`}
            role='radio'
            aria-checked={o.key === value}
            data-testid={`${testId}-${o.key}`}
            onClick={() => onChange(o.key)}
          >
            {o.key === value ? '✓ ' : ''}
            {o.label}
          </View>
        ))}
      </View>
    </View>
  );
}

/** One rate as a bar with its value (or 暂无数据, with no bar) and what it is counted from. */
function RateBar({ label, rate, detail, testId }: { label: string; rate: number | null; detail?: string; testId: string }) {
  const text = formatRate(rate);
  return (
    <View className='sd-bar' data-testid={testId} aria-label={`${label} ${text}${detail ? `（${detail}）` : ''}`}>
      <View className='sd-bar__label'>{label}</View>
      <View className={`sd-bar__track${rate === null ? ' sd-bar__track--none' : ''}`}>
        {rate !== null ? <View className='sd-bar__fill' style={{ width: barWidth(rate) }} /> : null}
      </View>
      <View className='sd-bar__value' data-testid={`${testId}-value`}>
        {text}
        {detail ? <View className='sd-bar__detail'>{detail}</View> : null}
      </View>
    </View>
  );
}

/** A count as a bar relative to `max`, with the number written out. */
function CountBar({ label, value, max, text, testId }: { label: string; value: number; max: number; text: string; testId: string }) {
  return (
    <View className='sd-bar' data-testid={testId} aria-label={`${label} ${text}`}>
      <View className='sd-bar__label'>{label}</View>
      <View className='sd-bar__track'>
        <View className='sd-bar__fill sd-bar__fill--count' style={{ width: barWidth(max > 0 ? value / max : 0) }} />
      </View>
      <View className='sd-bar__value' data-testid={`${testId}-value`}>
        {text}
      </View>
    </View>
  );
}

/** 按时办结率 and 满意率 per bucket of one series. */
function Trend({ series, buckets, period, testId }: { series: StatsSeries; buckets: Bucket[]; period: Period; testId: string }) {
  return (
    <View className='sd-trend' data-testid={testId}>
      {buckets.map((b, i) => {
        const cell = series.buckets[i];
        if (!cell) return null;
        return (
          <View key={b.key} className='sd-trend__bucket' data-testid={`${testId}-${b.key}`}>
            <View className='sd-trend__label'>{bucketLabel(b, period)}</View>
            <RateBar
              label='按时办结率'
              rate={cell.kpis.onTimeCompletionRate}
              detail={`答复 ${cell.counts.replied} 件`}
              testId={`${testId}-${b.key}-ontime`}
            />
            <RateBar
              label='满意率'
              rate={cell.kpis.satisfactionRate}
              detail={`评价 ${cell.counts.rated} 件`}
              testId={`${testId}-${b.key}-satisfaction`}
            />
          </View>
        );
      })}
    </View>
  );
}

function Headline({ scope }: { scope: StatsSeries }) {
  const k = scope.totals.kpis;
  const c = scope.totals.counts;
  const g = scope.current;
  const city = scope.scope === 'city';
  const cards: Array<{ key: string; label: string; value: string; note: string; strong?: boolean }> = [
    {
      key: 'received',
      label: city ? '受理量' : '承办量',
      value: `${k.received} 件`,
      note: city ? '市民提交和电话登记的诉求' : '被确定为主办单位的次数',
    },
    { key: 'ontime', label: '按时办结率', value: formatRate(k.onTimeCompletionRate), note: `按时答复 ${c.repliedOnTime} 件 / 答复 ${c.replied} 件` },
    {
      key: 'satisfaction',
      label: '满意率',
      value: formatRate(k.satisfactionRate),
      note: `满意和基本满意 ${c.satisfied + c.basicallySatisfied} 件 / 评价 ${c.rated} 件（超时默认评价 ${c.ratedByTimeout} 件；不计默认评价：${formatRate(k.satisfactionRateResponded)}）`,
    },
    { key: 'overdue', label: '当前超期', value: `${g.overdue} 件`, note: '正在办理且已超过办理时限（实时）', strong: g.overdue > 0 },
    {
      key: 'supervision',
      label: '督办次数',
      value: `${supervisionTotal(k)} 次`,
      note: `催办 ${k.supervision.level1} · 督办 ${k.supervision.level2} · 督查 ${k.supervision.level3}`,
      strong: supervisionTotal(k) > 0,
    },
    { key: 'dispatch', label: '按时转派率', value: formatRate(k.dispatchOnTimeRate), note: `按时转派 ${c.dispatchedOnTime} 件 / 首次转派 ${c.dispatched} 件` },
    { key: 'rehandling', label: '重办率', value: formatRate(k.rehandlingRate), note: `重办 ${c.rehandles} 次` },
    { key: 'extension', label: '延期率', value: formatRate(k.extensionRate), note: `延期 ${c.extendedMatters} 件` },
    { key: 'return', label: '退回率', value: formatRate(k.returnRate), note: `退回 ${c.returns} 件` },
    { key: 'avgdays', label: '平均答复用时', value: formatWorkingDays(k.avgWorkingDaysToReply), note: `计时答复 ${c.replyTimed} 件` },
  ];
  return (
    <View className='sd-cards' data-testid='dash-headline'>
      {cards.map((card) => (
        <View key={card.key} className={`sd-card${card.strong ? ' sd-card--strong' : ''}`} data-testid={`kpi-${card.key}`}>
          <View className='sd-card__label'>{card.label}</View>
          <View className={`sd-card__value${card.value === NO_DATA ? ' sd-card__value--none' : ''}`} data-testid={`kpi-${card.key}-value`}>
            {card.value}
          </View>
          <View className='sd-card__note'>{card.note}</View>
        </View>
      ))}
    </View>
  );
}

function Supervision({ scope, units, showUnits }: { scope: StatsSeries; units: StatsSeries[]; showUnits: boolean }) {
  const g = scope.current;
  const k = scope.totals.kpis;
  const city = scope.scope === 'city';
  const now: Array<[string, string, number]> = [
    ['overdue', '超期未办结', g.overdue],
    ['escalated1', '催办中', g.escalated1],
    ['escalated2', '督办中', g.escalated2],
    ['escalated3', '督查中', g.escalated3],
    ...(city ? ([['awaitingDispatchOverdue', '超期未转派', g.awaitingDispatchOverdue]] as Array<[string, string, number]>) : []),
  ];
  const period: Array<[string, string, string]> = [
    ['level1', '催办', `${k.supervision.level1} 次`],
    ['level2', '督办', `${k.supervision.level2} 次`],
    ['level3', '督查', `${k.supervision.level3} 次`],
    ['unsatisfied', '重办后仍不满意转督办', `${k.supervision.unsatisfiedAfterRehandling} 件`],
    ...(city ? ([['dispatchOverdue', '转派超时', `${scope.totals.counts.dispatchOverdue} 件`]] as Array<[string, string, string]>) : []),
  ];
  const ranked = units
    .filter((u) => u.current.overdue > 0 || supervisionTotal(u.totals.kpis) > 0)
    .sort((a, b) => b.current.overdue - a.current.overdue || supervisionTotal(b.totals.kpis) - supervisionTotal(a.totals.kpis) || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, SUPERVISION_SHOWN);
  const max = Math.max(0, ...ranked.map((u) => u.current.overdue));
  return (
    <View className='sd-section' data-testid='dash-supervision'>
      <View className='sd-section__title'>超期与督办</View>
      <View className='sd-section__sub'>现在（实时，不受所选时间段影响）</View>
      <View className='sd-figures'>
        {now.map(([key, label, n]) => (
          <View key={key} className={`sd-figure${n > 0 ? ' sd-figure--strong' : ''}`} data-testid={`now-${key}`}>
            {label}：{n} 件
          </View>
        ))}
      </View>
      <View className='sd-section__sub'>所选时间段内</View>
      <View className='sd-figures'>
        {period.map(([key, label, text]) => (
          <View key={key} className='sd-figure' data-testid={`period-${key}`}>
            {label}：{text}
          </View>
        ))}
      </View>
      {showUnits ? (
        <>
          <View className='sd-section__sub'>超期和督办较多的单位</View>
          {ranked.length ? (
            <View data-testid='dash-supervision-units'>
              {ranked.map((u) => (
                <CountBar
                  key={u.unitId ?? u.name}
                  label={u.name}
                  value={u.current.overdue}
                  max={max}
                  text={`超期 ${u.current.overdue} 件 · 督办 ${supervisionTotal(u.totals.kpis)} 次`}
                  testId={`supervision-unit-${u.unitId}`}
                />
              ))}
            </View>
          ) : (
            <View className='sd-note' data-testid='dash-supervision-none'>
              各单位目前没有超期诉求，所选时间段内也没有督办。
            </View>
          )}
        </>
      ) : null}
    </View>
  );
}

function UnitTable({
  series,
  buckets,
  period,
  onPick,
}: {
  series: StatsSeries[];
  buckets: Bucket[];
  period: Period;
  onPick: (unitId: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const [expanded, setExpanded] = useState<string | null>(null);
  const active = series.filter(hasActivity).sort((a, b) => b.totals.kpis.received - a.totals.kpis.received || a.name.localeCompare(b.name, 'zh-CN'));
  const quiet = series.length - active.length;
  const list = showAll ? [...active, ...series.filter((s) => !hasActivity(s))] : active.slice(0, UNITS_SHOWN);
  const hidden = showAll ? 0 : series.length - list.length;
  return (
    <View className='sd-section' data-testid='dash-units'>
      <View className='sd-section__title'>各单位按时办结率与满意率</View>
      <View className='sd-note'>按承办量从多到少排列；点“看走势”查看该单位每个时段的情况。</View>
      {list.length === 0 ? (
        <View className='sd-note' data-testid='dash-units-none'>
          所选时间段内各单位都没有承办、答复或评价记录。
        </View>
      ) : null}
      {list.map((s) => {
        const id = s.unitId ?? s.name;
        const open = expanded === id;
        return (
          <View key={id} className='sd-unit' data-testid={`unit-${s.unitId}`}>
            <View className='sd-unit__head'>
              <View className='sd-unit__name'>
                {s.name}
                {s.scope === 'parent' ? '（含下级单位）' : ''}
              </View>
              <View className='sd-unit__meta'>
                承办 {s.totals.kpis.received} 件 · 当前超期 {s.current.overdue} 件 · 督办 {supervisionTotal(s.totals.kpis)} 次
              </View>
            </View>
            <RateBar
              label='按时办结率'
              rate={s.totals.kpis.onTimeCompletionRate}
              detail={`答复 ${s.totals.counts.replied} 件`}
              testId={`unit-${s.unitId}-ontime`}
            />
            <RateBar
              label='满意率'
              rate={s.totals.kpis.satisfactionRate}
              detail={`评价 ${s.totals.counts.rated} 件`}
              testId={`unit-${s.unitId}-satisfaction`}
            />
            <View className='sd-unit__actions'>
              <Button className='sd-button sd-button--plain' data-testid={`unit-${s.unitId}-trend`} onClick={() => setExpanded(open ? null : id)}>
                {open ? '收起走势' : '看走势'}
              </Button>
              {s.unitId ? (
                <Button className='sd-button sd-button--plain' data-testid={`unit-${s.unitId}-only`} onClick={() => onPick(s.unitId!)}>
                  只看此单位
                </Button>
              ) : null}
            </View>
            {open ? <Trend series={s} buckets={buckets} period={period} testId={`unit-${s.unitId}-buckets`} /> : null}
          </View>
        );
      })}
      {hidden > 0 ? (
        <View className='sd-more'>
          <View className='sd-note' data-testid='dash-units-hidden'>
            {quiet > 0 && active.length <= UNITS_SHOWN
              ? `另有 ${hidden} 个单位在此期间没有承办、答复或评价记录，也没有超期诉求。`
              : `另有 ${hidden} 个单位未显示。`}
          </View>
          <Button className='sd-button sd-button--plain' data-testid='dash-units-all' onClick={() => setShowAll(true)}>
            显示全部单位
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function HeatMapSection({ hotspots, labels }: { hotspots: NonNullable<StatsResponse['hotspots']>; labels: Readonly<Record<string, string>> }) {
  const [week, setWeek] = useState<string | null>(null);
  const current = week && hotspots.weeks.includes(week) ? week : null;
  const map = useMemo(() => heatMap(hotspots, current, labels), [hotspots, current, labels]);
  const weekOptions = [{ key: 'all', label: '全部周合计' }, ...hotspots.weeks.map((w) => ({ key: w, label: weekLabel(w) }))];
  return (
    <View className='sd-section' data-testid='dash-heatmap'>
      <View className='sd-section__title'>热点分布（所在区 × 诉求类别）</View>
      <View className='sd-note'>
        按受理所在周统计整周：{hotspots.weeks.length ? `${weekLabel(hotspots.weeks[0])}至${weekLabel(hotspots.weeks[hotspots.weeks.length - 1])}` : '—'}。
        格子里的数字是件数，颜色越深件数越多；标有“激增”的格子达到了激增标准。
      </View>
      <Chips testId='heat-week' label='周次' options={weekOptions} value={current ?? 'all'} onChange={(k) => setWeek(k === 'all' ? null : k)} />
      {map.rows.length === 0 ? (
        <View className='sd-note' data-testid='dash-heatmap-none'>
          所选周内没有新受理的诉求。
        </View>
      ) : (
        <View className='sd-heat' role='table' aria-label='热点分布表'>
          <View className='sd-heat__row sd-heat__row--head' role='row'>
            <View className='sd-heat__district' role='columnheader'>
              所在区
            </View>
            {map.categories.map((c) => (
              <View key={c.key} className='sd-heat__cell sd-heat__cell--head' role='columnheader'>
                {c.label}
              </View>
            ))}
            <View className='sd-heat__cell sd-heat__cell--head' role='columnheader'>
              合计
            </View>
          </View>
          {map.rows.map((r) => (
            <View key={r.district} className='sd-heat__row' role='row' data-testid={`heat-row-${r.district}`}>
              <View className='sd-heat__district' role='rowheader'>
                {r.district}
              </View>
              {r.cells.map((c) => {
                const surge = c.surgeWeeks.length > 0;
                return (
                  <View
                    key={c.category}
                    className={`sd-heat__cell sd-heat__cell--l${c.level}${surge ? ' sd-heat__cell--surge' : ''}`}
                    role='cell'
                    data-testid={`heat-${r.district}-${c.category}`}
                    aria-label={`${r.district} ${c.categoryLabel} ${c.count} 件${surge ? `，激增（${c.surgeWeeks.map(weekLabel).join('、')}）` : ''}`}
                  >
                    <View className='sd-heat__count'>{c.count}</View>
                    {surge ? <View className='sd-heat__surge'>激增</View> : null}
                  </View>
                );
              })}
              <View className='sd-heat__cell sd-heat__cell--total' role='cell' data-testid={`heat-${r.district}-total`}>
                {r.total}
              </View>
            </View>
          ))}
        </View>
      )}
      <View className='sd-note' data-testid='dash-heatmap-rule'>
        激增标准：{hotspots.rule}
      </View>
      <View className='sd-section__sub'>已启动督办的激增热点</View>
      {hotspots.surges.length ? (
        <View data-testid='dash-surges'>
          {hotspots.surges.map((s) => (
            <View key={`${s.week}#${s.category}#${s.district}`} className='sd-surge' data-testid={`surge-${s.week}-${s.category}-${s.district}`}>
              激增 · {weekLabel(s.week)} {s.district} {labels[s.category] ?? s.category}：{s.count} 件（前4周中位数 {s.baseline} 件，激增线 {s.threshold} 件），
              {shortTime(s.openedAt)} 启动督办
            </View>
          ))}
        </View>
      ) : (
        <View className='sd-note' data-testid='dash-surges-none'>
          所选周内没有激增热点。
        </View>
      )}
    </View>
  );
}

function Dashboard({ data, request, isUnit, onPickUnit }: { data: StatsResponse; request: StatsRequest; isUnit: boolean; onPickUnit: (id: string) => void }) {
  const picked = request.unitId ? data.series.find((s) => s.unitId === request.unitId) : undefined;
  const scope = isUnit ? data.series[0] : (picked ?? data.city ?? data.series[0]);
  if (!scope) return null;
  const showUnits = !isUnit && !request.unitId && data.series.length > 0;
  const periodWord = PERIOD_LABELS[data.period].replace('按', '每');
  return (
    <View data-testid='dash-content'>
      <View className='sd-section'>
        <View className='sd-section__title' data-testid='dash-scope'>
          {scope.name}
          {scope.scope === 'parent' ? '（含下级单位）' : ''} · {data.from} 至 {data.to}
        </View>
        <Headline scope={scope} />
        <View className='sd-note'>
          按时办结率 = 按时答复件数 ÷ 答复件数；满意率 = （满意 + 基本满意）÷ 评价件数，超时未评价视为基本满意。分母为 0 时显示“暂无数据”。
        </View>
      </View>
      <View className='sd-section'>
        <View className='sd-section__title'>
          {scope.name}按时办结率与满意率走势（{periodWord}）
        </View>
        <Trend series={scope} buckets={data.buckets} period={data.period} testId='dash-trend' />
      </View>
      <Supervision scope={scope} units={data.series} showUnits={showUnits} />
      {showUnits ? <UnitTable series={data.series} buckets={data.buckets} period={data.period} onPick={onPickUnit} /> : null}
      {data.hotspots && !isUnit ? <HeatMapSection hotspots={data.hotspots} labels={data.labels?.categories ?? {}} /> : null}
    </View>
  );
}

function DashboardView({ session, onExpired }: { session: StaffSession; onExpired: () => void }) {
  const params = useRouteParams();
  const isUnit = session.role === 'unit';
  const today = useMemo(() => shanghaiDay(clockNow()), []);
  const [preset, setPreset] = useState<PresetKey>('thisMonth');
  const [request, setRequest] = useState<StatsRequest>(() => {
    const r = presetRange('thisMonth', today);
    return { ...r, period: defaultPeriod(r.from, r.to), groupBy: 'unit' };
  });
  const [custom, setCustom] = useState({ from: request.from, to: request.to });
  const [customError, setCustomError] = useState<string | null>(null);
  const [units, setUnits] = useState<{ list: Unit[]; error: string | null }>({ list: [], error: null });
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const latest = useRef(0);
  const requestKey = JSON.stringify(request);

  const load = useCallback(
    async (keep: boolean) => {
      const id = ++latest.current;
      if (!keep) setState({ phase: 'loading' });
      try {
        const data = await fetchStats(session, JSON.parse(requestKey) as StatsRequest);
        if (id === latest.current) setState({ phase: 'ready', data });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') onExpired();
        if (id === latest.current) setState({ phase: 'error', message: errorMessage(err) });
      }
    },
    [session, requestKey, onExpired],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  const loadUnits = useCallback(() => {
    if (isUnit) return; // unit staff are not offered other units
    fetchUnits(session)
      .then((list) => setUnits({ list, error: null }))
      .catch((err) => setUnits({ list: [], error: errorMessage(err) }));
  }, [isUnit, session]);
  useEffect(loadUnits, [loadUnits]);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await load(true);
    } finally {
      setRefreshing(false);
    }
  }, [load]);
  usePullDownRefresh(refresh);

  const choosePreset = (key: PresetKey) => {
    setPreset(key);
    setCustomError(null);
    if (key === 'custom') {
      setCustom({ from: request.from, to: request.to });
      return;
    }
    const r = presetRange(key, today);
    setRequest((q) => ({ ...q, ...r, period: defaultPeriod(r.from, r.to) }));
  };

  const applyCustom = () => {
    const error = validateRange(custom.from, custom.to);
    setCustomError(error);
    if (error) return;
    const r = { from: custom.from.trim(), to: custom.to.trim() };
    setRequest((q) => ({ ...q, ...r, period: defaultPeriod(r.from, r.to) }));
  };

  const pickUnit = (unitId: string | undefined) => setRequest((q) => ({ ...q, unitId: unitId || undefined }));
  const unitOptions = [{ id: '', name: '全部单位（全市）' }, ...units.list];
  const unitIndex = Math.max(0, unitOptions.findIndex((u) => u.id === (request.unitId ?? '')));
  const pickedName = request.unitId ? (units.list.find((u) => u.id === request.unitId)?.name ?? request.unitId) : null;
  const ownName = isUnit && state.phase === 'ready' ? state.data.series[0]?.name : undefined;

  return (
    <View className='sd__container'>
      <View className='sd__header'>
        <View>
          <View className='sd__title'>数据统计</View>
          <View className='sd__who' data-testid='dash-who'>
            {ROLE_LABELS[session.role]}
            {session.username ? ` ${session.username}` : ''}
            {isUnit ? `（${ownName ?? session.unitId}）` : ''}
          </View>
        </View>
        <View className='sd__header-actions'>
          <Button className='sd-button sd-button--plain' data-testid='dash-back' onClick={() => void backToQueue(params.from === 'queue')}>
            返回工作队列
          </Button>
        </View>
      </View>

      <View className='sd-filters'>
        <Chips testId='dash-preset' label='时间段' options={PRESETS} value={preset} onChange={choosePreset} />
        {preset === 'custom' ? (
          <View className='sd-custom'>
            <View className='sd-custom__field'>
              <View className='sd-chips__label'>开始日期</View>
              <Input
                className='sd-input'
                data-testid='dash-from'
                value={custom.from}
                placeholder='例如 2026-11-01'
                onInput={(e) => setCustom((c) => ({ ...c, from: e.detail.value }))}
              />
            </View>
            <View className='sd-custom__field'>
              <View className='sd-chips__label'>结束日期</View>
              <Input
                className='sd-input'
                data-testid='dash-to'
                value={custom.to}
                placeholder='例如 2026-11-30'
                onInput={(e) => setCustom((c) => ({ ...c, to: e.detail.value }))}
                onConfirm={applyCustom}
              />
            </View>
            <Button className='sd-button' data-testid='dash-custom-apply' onClick={applyCustom}>
              查询
            </Button>
            {customError ? (
              <View className='sd-error' role='alert' data-testid='dash-custom-error'>
                {customError}
              </View>
            ) : null}
          </View>
        ) : null}
        <Chips
          testId='dash-period'
          label='统计粒度'
          options={PERIODS.map((p) => ({ key: p, label: PERIOD_LABELS[p] }))}
          value={request.period}
          onChange={(p) => setRequest((q) => ({ ...q, period: p }))}
        />
        {isUnit ? (
          <View className='sd-chips' data-testid='dash-own-unit'>
            <View className='sd-chips__label'>统计范围</View>
            <View className='sd-scope'>本单位：{ownName ?? session.unitId}</View>
          </View>
        ) : (
          <>
            <Chips
              testId='dash-group'
              label='单位口径'
              options={[
                { key: 'unit', label: '按单位' },
                { key: 'parent', label: '按上级单位汇总' },
              ]}
              value={request.groupBy}
              onChange={(g) => setRequest((q) => ({ ...q, groupBy: g }))}
            />
            <View className='sd-chips' data-testid='dash-unit-filter'>
              <View className='sd-chips__label'>统计范围</View>
              <Picker
                mode='selector'
                range={unitOptions.map((u) => u.name)}
                value={unitIndex}
                data-testid='dash-unit-picker'
                onChange={(e) => pickUnit(unitOptions[Number(e.detail.value)]?.id)}
              >
                <View className='sd-scope sd-scope--picker' data-testid='dash-unit-current'>
                  {pickedName ?? '全市（全部单位）'}
                  <View className='sd-scope__tag'>点击选择单位</View>
                </View>
              </Picker>
              {request.unitId ? (
                <Button className='sd-button sd-button--plain' data-testid='dash-unit-clear' onClick={() => pickUnit(undefined)}>
                  查看全市
                </Button>
              ) : null}
              {units.error ? (
                <View className='sd-error' data-testid='dash-units-error'>
                  单位列表加载失败：{units.error}
                  <Button className='sd-button sd-button--plain' data-testid='dash-units-retry' onClick={loadUnits}>
                    重试
                  </Button>
                </View>
              ) : null}
            </View>
          </>
        )}
      </View>

      <View className='sd-toolbar'>
        <View className='sd-toolbar__info' data-testid='dash-range'>
          {request.from} 至 {request.to}，{PERIOD_LABELS[request.period]}
        </View>
        <Button className='sd-button' data-testid='dash-refresh' disabled={refreshing || state.phase === 'loading' || undefined} onClick={() => void refresh()}>
          {refreshing ? '正在刷新…' : '刷新'}
        </Button>
      </View>

      {state.phase === 'loading' ? (
        <StateBlock kind='loading' testId='dash-loading' title='正在加载统计数据…' />
      ) : state.phase === 'error' ? (
        <StateBlock
          kind='error'
          testId='dash-error'
          title='统计数据加载失败'
          detail={state.message}
          action={{ label: '重试', onClick: () => void load(false), testId: 'dash-retry' }}
        />
      ) : isEmptyStats(state.data) ? (
        <StateBlock
          kind='empty'
          testId='dash-empty'
          title={`${state.data.from} 至 ${state.data.to} 没有统计数据`}
          detail='这段时间没有受理、办理或评价记录，目前也没有超期诉求。可以换一个时间段再看看。'
        />
      ) : (
        <Dashboard data={state.data} request={request} isUnit={isUnit} onPickUnit={pickUnit} />
      )}
    </View>
  );
}

export default function StaffDashboard() {
  const { session, expired, expire } = useStaffSession();
  return (
    <View className='sd'>
      {session ? (
        <DashboardView session={session} onExpired={expire} />
      ) : (
        <View className='sd__container'>
          <StateBlock
            kind='signed-out'
            testId='dash-signed-out'
            title={expired ? '登录已过期，请重新登录' : '请先登录'}
            action={{ label: '去登录', onClick: () => void replacePage(STAFF_ROUTES.login), testId: 'dash-login' }}
          />
        </View>
      )}
    </View>
  );
}
