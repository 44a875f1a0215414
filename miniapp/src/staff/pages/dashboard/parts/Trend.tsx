/** 按时办结率 and 满意率 over time: a chart and the figures. */
import { View } from '@tarojs/components';
import { bucketLabel, type Bucket, type Period, type StatsSeries } from '../../../services/stats';
import { RateBar } from './Bars';

/** 按时办结率 and 满意率 per bucket of one series. */
export default function Trend({ series, buckets, period, testId }: { series: StatsSeries; buckets: Bucket[]; period: Period; testId: string }) {
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
