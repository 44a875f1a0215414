/**
 * Tap-to-call buttons for 110/119/120/122. Shown on the home page and, later, wherever screening finds an
 * emergency. Each button says the number and what it is for: the red colour is decoration, not the message.
 */
import { Text, View } from '@tarojs/components';
import Button from '../Button';
import { EMERGENCY_HOTLINES } from '../../constants/hotlines';
import { makePhoneCall } from '../../platform/phone';
import './index.css';

export interface EmergencyCallsProps {
  title?: string;
  hint?: string;
}

export default function EmergencyCalls({
  title = '紧急情况请直接拨打',
  hint = '遇到违法犯罪、火灾、急病或交通事故，请不要在这里反映，直接拨打电话：',
}: EmergencyCallsProps) {
  return (
    <View className='emergency' data-testid='emergency-calls'>
      <View className='emergency__title'>{title}</View>
      <View className='emergency__hint'>{hint}</View>
      <View className='emergency__grid'>
        {EMERGENCY_HOTLINES.map((h) => (
          <Button
            key={h.number}
            className='emergency__button'
            data-testid={`emergency-${h.number}`}
            aria-label={`拨打${h.number}${h.label}`}
            onClick={() => void makePhoneCall(h.number)}
          >
            <Text className='emergency__number'>{h.number}</Text>
            <Text className='emergency__label'>{h.label}</Text>
          </Button>
        ))}
      </View>
    </View>
  );
}
