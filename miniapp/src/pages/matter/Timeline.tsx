/** 办理过程: every step, latest first (【最新】 in words), with its time (Shanghai), who acted and the details. */
import { Text, View } from '@tarojs/components';
import type { CitizenMatter } from '../../../../shared/views';
import { formatDateTime } from '../../services/format';
import { actorText, eventDetails, eventLabel } from '../../services/matterText';

export default function Timeline({ m, nowMs }: { m: CitizenMatter; nowMs: number }) {
  const steps = [...(m.timeline ?? [])].reverse();
  if (!steps.length) return null;
  return (
    <View className='card' data-testid='timeline'>
      {/* Not 办理过程: that is the unit's own account in the reply card above. */}
      <View className='card__title'>办理进展</View>
      <Text className='text text--muted'>最新的在最上面</Text>
      {steps.map((e, i) => {
        const who = actorText(e.actor);
        return (
          <View className={`step${i === 0 ? ' step--latest' : ''}`} key={`${e.version}-${e.type}`} data-testid='timeline-step'>
            <Text className='step__title'>
              {i === 0 ? '【最新】' : ''}
              {eventLabel(e.type)}
            </Text>
            <Text className='step__meta'>
              {formatDateTime(e.at, nowMs)}
              {who ? ` · ${who}` : ''}
            </Text>
            {eventDetails(e, m, nowMs).map((line) => (
              <Text className='step__detail' key={line}>
                {line}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}
