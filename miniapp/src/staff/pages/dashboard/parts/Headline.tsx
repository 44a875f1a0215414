/** Headline figures of the scope (city, unit or parent unit). */
import { View } from '@tarojs/components';
import { formatRate, formatWorkingDays, NO_DATA, supervisionTotal, type StatsSeries } from '../../../services/stats';

export default function Headline({ scope }: { scope: StatsSeries }) {
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
