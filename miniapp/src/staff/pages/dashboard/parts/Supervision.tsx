/** Overdue and supervision now (gauges) and in the period (flows). */
import { View } from '@tarojs/components';
import { supervisionTotal, type StatsSeries } from '../../../services/stats';
import { CountBar } from './Bars';

const SUPERVISION_SHOWN = 10;

export default function Supervision({ scope, units, showUnits }: { scope: StatsSeries; units: StatsSeries[]; showUnits: boolean }) {
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
