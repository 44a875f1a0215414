/** Rates per unit, worst first. */
import { useState } from 'react';
import { View } from '@tarojs/components';
import Button from '../../../../components/Button';
import { hasActivity, supervisionTotal, type Bucket, type Period, type StatsSeries } from '../../../services/stats';
import { RateBar } from './Bars';
import Trend from './Trend';

/** Units listed before “显示全部单位”. */
const UNITS_SHOWN = 20;

export default function UnitTable({
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
    <View className='sd-section sd-grid__wide' data-testid='dash-units'>
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
