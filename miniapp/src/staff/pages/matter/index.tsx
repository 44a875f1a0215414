/**
 * Matter page (phone layout and the mini-program; GET /v1/matters/{id}?id=): the matter pane (components/MatterPane)
 * under a bar with 返回工作队列 and 刷新. On a desktop the queue shows the same pane beside its table instead.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import MatterView from '../../components/MatterPane';
import StateBlock from '../../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import { backToQueue, replacePage, STAFF_ROUTES, useRouteParams } from '../../platform/navigation';
import './index.css';

export { eventDetails } from '../../components/MatterPane/Timeline';

export default function StaffMatterPage() {
  const { session, expired, expire } = useStaffSession();
  const { id, from } = useRouteParams();
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <View className='sm' role='main'>
      <View className='sm__container'>
        <View className='sm__bar'>
          <Button className='sm__back' data-testid='matter-back-to-queue' onClick={() => void backToQueue(from === 'queue')}>
            ‹ 返回工作队列
          </Button>
          {session && id ? (
            <Button className='sm-refresh' data-testid='matter-refresh' onClick={() => setRefreshKey((k) => k + 1)}>
              刷新
            </Button>
          ) : null}
        </View>
        {!session ? (
          <StateBlock
            kind='signed-out'
            testId='matter-signed-out'
            text={expired ? '登录已过期，请重新登录' : '请先登录'}
            actionText='去登录' onAction={() => void replacePage(STAFF_ROUTES.login)} actionTestId='matter-login'
          />
        ) : !id ? (
          <StateBlock
            kind='error'
            testId='matter-no-id'
            text='缺少诉求编号'
            detail='请从工作队列打开诉求'
            actionText='返回工作队列' onAction={() => void replacePage(STAFF_ROUTES.queue)} actionTestId='matter-back'
          />
        ) : (
          <MatterView
            id={id}
            session={session}
            onExpired={expire}
            refreshKey={refreshKey}
            onNotFound={() => void replacePage(STAFF_ROUTES.queue)}
          />
        )}
      </View>
    </View>
  );
}
