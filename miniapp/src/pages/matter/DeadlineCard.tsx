/** 时限: the deadlines that run, and the countdown of the one the citizen is waiting on. */
import { Text, View } from '@tarojs/components';
import type { Deadlines } from '../../../../shared/views';
import { DEADLINE_LABELS, type Countdown } from '../../services/deadlines';
import { formatDeadline } from '../../services/format';

/** The deadlines that run; the one the citizen is waiting on carries the countdown ("还剩 N 个工作日" / "已超期"). */
export default function DeadlineCard({ deadlines, due, nowMs }: { deadlines: Deadlines; due: Countdown | null; nowMs: number }) {
  const rows = (['dispatchBy', 'handleBy', 'rateBy'] as const).filter((k) => deadlines?.[k]);
  if (!rows.length) return null;
  const running = due ? ({ dispatch: 'dispatchBy', handle: 'handleBy', rate: 'rateBy' } as const)[due.kind] : null;
  return (
    <View className='card' data-testid='deadlines'>
      <View className='card__title'>时限</View>
      {rows.map((k) =>
        k === running && due ? (
          <Text className={`text text--strong${due.overdue ? ' matter__overdue' : ''}`} key={k} data-testid='countdown'>
            {due.text}
          </Text>
        ) : (
          <Text className='text' key={k} data-testid={`deadline-${k}`}>
            {DEADLINE_LABELS[k]}：{formatDeadline(deadlines[k]!, nowMs)}
          </Text>
        ),
      )}
      {rows.some((k) => deadlines[k]!.provisional) ? (
        <Text className='text text--muted'>（暂定）：明年的节假日安排还没有公布，日期可能会调整。</Text>
      ) : null}
    </View>
  );
}
