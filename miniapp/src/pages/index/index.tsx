/**
 * Home page: backend connection state, the citizen entry points (认领电话诉求 beside 我的诉求), the 长辈版 (elder
 * mode) switch, the 12345 number and the emergency numbers. Written for elderly users: body text ≥ 32rpx (≥ 40rpx
 * in 长辈版), tap targets ≥ 88rpx tall, and every state spelled out in words rather than shown by colour.
 */
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import CitizenPage from '../../components/CitizenPage';
import EmergencyCalls from '../../components/EmergencyCalls';
import { SERVICE_HOTLINE } from '../../constants/hotlines';
import { useElderMode } from '../../hooks/useElderMode';
import { useServiceHealth, type ServiceHealth } from '../../hooks/useServiceHealth';
import { navigateTo, ROUTES } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import './index.css';

interface EntryPoint {
  key: 'submit' | 'matters' | 'claim' | 'knowledge';
  title: string;
  description: string;
  url: string;
}

const ENTRY_POINTS: readonly EntryPoint[] = [
  { key: 'submit', title: '我要反映', description: '反映问题、提出诉求或建议', url: ROUTES.submit },
  { key: 'matters', title: '我的诉求', description: '查看办理进度，对办理结果评价', url: ROUTES.matters },
  { key: 'claim', title: '认领电话诉求', description: '打过12345电话？凭受理编号和手机号后4位添加到“我的诉求”', url: ROUTES.claim },
  { key: 'knowledge', title: '查找答案', description: '常见问题和政策解答，不用登录', url: ROUTES.knowledge },
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

function ElderSwitch() {
  const { elder, setElder } = useElderMode();
  return (
    <View className='home__elder'>
      <View className='home__elder-text' data-testid='elder-state'>
        {elder ? '长辈版已开启：字更大，按钮更大' : '字太小？可以打开长辈版，字和按钮都会变大'}
      </View>
      <Button
        className={`btn ${elder ? '' : 'btn--primary'} home__elder-button`}
        data-testid='elder-toggle'
        aria-pressed={elder}
        onClick={() => setElder(!elder)}
      >
        {elder ? '关闭长辈版，恢复标准字号' : '打开长辈版（大字）'}
      </Button>
    </View>
  );
}

export default function Index() {
  const { health, retry } = useServiceHealth();

  return (
    <CitizenPage className='home'>
      <View className='home__header'>
        <View className='home__title'>12345 政务服务便民热线</View>
        <View className='home__subtitle'>有困难、有诉求，找12345，我们转给负责的部门办理</View>
      </View>

      <HealthStatus health={health} onRetry={retry} />

      <View className='home__entries'>
        {ENTRY_POINTS.map((e) => (
          <Button key={e.key} className='entry' data-testid={`entry-${e.key}`} onClick={() => void navigateTo(e.url)}>
            <View className='entry__title'>{e.title}</View>
            <View className='entry__description'>{e.description}</View>
          </Button>
        ))}
      </View>

      <ElderSwitch />

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
    </CitizenPage>
  );
}
