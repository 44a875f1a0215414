/** Hot spots: district × category grid, shading plus the count, surges in words. */
import { useMemo, useState } from 'react';
import { View } from '@tarojs/components';
import { heatMap, shortTime, weekLabel, type StatsResponse } from '../../../services/stats';
import Chips from './Chips';

export default function HeatMapSection({ hotspots, labels }: { hotspots: NonNullable<StatsResponse['hotspots']>; labels: Readonly<Record<string, string>> }) {
  const [week, setWeek] = useState<string | null>(null);
  const current = week && hotspots.weeks.includes(week) ? week : null;
  const map = useMemo(() => heatMap(hotspots, current, labels), [hotspots, current, labels]);
  const weekOptions = [{ key: 'all', label: '全部周合计' }, ...hotspots.weeks.map((w) => ({ key: w, label: weekLabel(w) }))];
  return (
    <View className='sd-section sd-grid__wide' data-testid='dash-heatmap'>
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
