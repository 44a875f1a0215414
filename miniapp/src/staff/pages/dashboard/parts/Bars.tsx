/** Bars drawn with plain Views, each with its number written beside it. */
import { View } from '@tarojs/components';
import { formatRate } from '../../../services/stats';

/** `width: 57.1%` of a bar; at least a sliver for a non-zero value so it is seen. */
export const barWidth = (fraction: number) => `${Math.max(fraction > 0 ? 1 : 0, Math.min(100, fraction * 100))}%`;

/** One rate as a bar with its value (or 暂无数据, with no bar) and what it is counted from. */
export function RateBar({ label, rate, detail, testId }: { label: string; rate: number | null; detail?: string; testId: string }) {
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
export function CountBar({ label, value, max, text, testId }: { label: string; value: number; max: number; text: string; testId: string }) {
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
