/**
 * Home page: backend connection state, the three citizen entry points (placeholders for now), the 12345 number
 * and the emergency numbers. Written for elderly users: body text ≥ 32rpx, tap targets ≥ 88rpx tall, and every
 * state spelled out in words rather than shown by colour.
 */
import { Button, Text, View } from '@tarojs/components';
import EmergencyCalls from '../../components/EmergencyCalls';
import { SERVICE_HOTLINE } from '../../constants/hotlines';
import { useServiceHealth, type ServiceHealth } from '../../hooks/useServiceHealth';
import { navigateTo, ROUTES } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import './index.css';

interface EntryPoint {
  key: 'submit' | 'matters' | 'knowledge';
  title: string;
  description: string;
}

const ENTRY_POINTS: readonly EntryPoint[] = [
  { key: 'submit', title: '我要反映', description: '反映问题、提出诉求或建议' },
  { key: 'matters', title: '我的诉求', description: '查看办理进度和办理结果' },
  { key: 'knowledge', title: '查找答案', description: '常见问题和政策解答' },
];

export function healthText(health: ServiceHealth): string {
  switch (health.state) {
    case 'loading':
      return '正在连接服务…';
    case 'connected':
      return health.policyLabel ? `服务已连接（${health.policyLabel}政策）` : '服务已连接';
    case 'error':
      return '暂时无法连接服务，请稍后重试';
  }
}

function HealthStatus({ health, onRetry }: { health: ServiceHealth; onRetry: () => void }) {
  return (
    <View className={`health health--${health.state}`} data-testid='health-status' aria-live='polite'>
      <Text className='health__text' data-testid='health-text'>
        {healthText(health)}
      </Text>
      {health.state === 'error' && health.detail ? (
        <View className='health__detail' data-testid='health-detail'>
          {health.detail}
        </View>
      ) : null}
      {health.state === 'error' ? (
        <Button className='health__retry' data-testid='health-retry' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

export default function Index() {
  const { health, retry } = useServiceHealth();

  return (
    <View className='home'>
      <View className='home__header'>
        <View className='home__title'>12345 政务服务便民热线</View>
        <View className='home__subtitle'>有困难、有诉求，找12345，我们转给负责的部门办理</View>
      </View>

      <HealthStatus health={health} onRetry={retry} />

      <View className='home__entries'>
        {ENTRY_POINTS.map((e) => (
          <Button key={e.key} className='entry' data-testid={`entry-${e.key}`} disabled>
            <View className='entry__title'>{e.title}</View>
            <View className='entry__description'>{e.description}</View>
            <View className='entry__badge'>即将开放</View>
          </Button>
        ))}
      </View>

      <View className='home__call'>
        <View className='home__call-text'>不方便打字？也可以打电话反映</View>
        <Button
          className='home__call-button'
          data-testid='call-12345'
          aria-label={`拨打${SERVICE_HOTLINE.number}${SERVICE_HOTLINE.label}`}
          onClick={() => void makePhoneCall(SERVICE_HOTLINE.number)}
        >
          拨打 {SERVICE_HOTLINE.number}
        </Button>
      </View>

      <EmergencyCalls />

      <View className='home__footer'>
        <Button
          className='home__staff-link'
          data-testid='staff-login-link'
          onClick={() => void navigateTo(ROUTES.staffLogin)}
        >
          工作人员登录
        </Button>
      </View>
    </View>
  );
}
