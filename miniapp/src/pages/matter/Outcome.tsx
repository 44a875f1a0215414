/** Why a matter was not accepted or was terminated, in the centre's words. */
import { Text, View } from '@tarojs/components';
import type { DeclineReason } from '../../../../shared/domain/commands';
import { DECLINE_REASON_LABELS } from '../../../../shared/domain/labels';
import type { CitizenMatter } from '../../../../shared/views';

export default function Outcome({ m }: { m: CitizenMatter }) {
  if (!m.outcome) return null;
  if (m.status === 'not_accepted') {
    const reason = m.outcome.reason ? DECLINE_REASON_LABELS[m.outcome.reason as DeclineReason] ?? m.outcome.reason : null;
    return (
      <View className='card' data-testid='outcome'>
        <View className='card__title'>不予受理的原因</View>
        {reason ? <Text className='text'>{reason}</Text> : null}
        {m.outcome.guidance ? <Text className='text text--strong'>办理指引：{m.outcome.guidance}</Text> : null}
      </View>
    );
  }
  if (m.status === 'terminated') {
    return (
      <View className='card' data-testid='outcome'>
        <View className='card__title'>终止办理的说明</View>
        {m.outcome.note ? <Text className='text'>{m.outcome.note}</Text> : null}
      </View>
    );
  }
  return null;
}
