/**
 * While an operator types a phoned-in matter, the same emergency screening the citizen's phone and the server run
 * (shared/screening; GZ Art.11, CS Art.13, WF Art.19) says at once when the call is an emergency, which numbers to
 * transfer it to, and which words made it so — the call is transferred, not registered. Runs locally: no request.
 */
import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { screenEmergency } from '../../../../../shared/screening';
import './index.css';

export default function EmergencyTransfer({ content }: { content: string }) {
  const result = useMemo(() => screenEmergency(content), [content]);
  if (!result) return null;
  const numbers = (result.hotlines ?? []).map((h) => h.label).join('、');
  return (
    <View className='et' role='alert' data-testid='reg-emergency'>
      <View className='et__title'>可能是紧急情况：请立即转接 {numbers}</View>
      <View className='et__text' data-testid='reg-emergency-reasons'>
        判断依据：{(result.reasons ?? []).map((r) => `${r.label}（“${r.matched}”）`).join('；')}
      </View>
      <View className='et__text'>12345热线不受理紧急求助：请将来电转接到上述号码；确认不是紧急情况再继续登记。</View>
    </View>
  );
}
