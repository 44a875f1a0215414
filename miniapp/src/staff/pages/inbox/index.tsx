/**
 * 消息 (staff inbox): what a unit or the centre must act on — new dispatches, return decisions, rejected replies,
 * urges and supervision, appeals and termination requests — newest first, unread ones marked, with the unread count.
 * Tapping an entry marks it read and opens the matter.
 */
import { useCallback, useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import { EVENT_LABELS } from '../../../../../shared/domain/labels';
import { errorMessage } from '../../../services/api';
import { formatDateTime } from '../../../services/format';
import StateBlock from '../../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import { matterUrl, openPage, replacePage, STAFF_ROUTES, usePullDownRefresh } from '../../platform/navigation';
import type { StaffSession } from '../../../../../shared/views';
import { fetchInbox, markRead, type InboxEntry } from './inbox';
import './index.css';

type Load = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; unread: number; items: InboxEntry[] };

function InboxView({ session }: { session: StaffSession }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const reload = useCallback(async () => {
    try {
      const r = await fetchInbox(session);
      setLoad({ phase: 'ready', unread: r.unread, items: r.items });
    } catch (err) {
      setLoad({ phase: 'error', message: errorMessage(err) });
    }
  }, [session]);
  useEffect(() => void reload(), [reload]);
  usePullDownRefresh(reload);

  const open = async (e: InboxEntry) => {
    if (!e.read) {
      try {
        const r = await markRead(session, e.key);
        setLoad((l) => (l.phase === 'ready' ? { ...l, unread: r.unread, items: l.items.map((x) => (x.key === e.key ? { ...x, read: true } : x)) } : l));
      } catch {
        // Reading the matter matters more than the read mark; it is marked on the next tap.
      }
    }
    await openPage(matterUrl(e.matterId));
  };

  if (load.phase === 'loading') return <StateBlock kind='loading' testId='inbox-loading' text='正在加载消息…' />;
  if (load.phase === 'error') return <StateBlock kind='error' testId='inbox-error' text={load.message} actionText='重试' onAction={() => void reload()} actionTestId='inbox-retry' />;
  return (
    <View className='si__container'>
      <View className='si__title' data-testid='inbox-unread'>
        {load.unread > 0 ? `${load.unread} 条未读` : '没有未读消息'}
      </View>
      {load.items.length === 0 ? <StateBlock kind='empty' testId='inbox-empty' text='暂无消息' /> : null}
      {load.items.map((e) => (
        <Button key={e.key} className={`si__item${e.read ? '' : ' si__item--unread'}`} data-testid='inbox-item' onClick={() => void open(e)}>
          <View className='si__line'>
            {e.read ? null : <View className='si__dot'>未读</View>}
            <View className='si__type'>{(EVENT_LABELS as Record<string, string>)[e.type] ?? '办理进展'}</View>
            <View className='si__at'>{formatDateTime(e.at)}</View>
          </View>
          <View className='si__no'>受理编号 {e.trackingNo}</View>
          {e.note ? <View className='si__note'>{e.note}</View> : null}
        </Button>
      ))}
    </View>
  );
}

export default function Inbox() {
  const { session, expired } = useStaffSession();
  // The page's content is its main landmark (axe: region), whatever state it is in.
  return (
    <View role='main'>
      {session ? (
        <InboxView session={session} />
      ) : (
        <StateBlock
          kind='signed-out'
          testId='inbox-signed-out'
          text={expired ? '登录已过期，请重新登录' : '请先登录'}
          actionText='去登录'
          onAction={() => void replacePage(STAFF_ROUTES.login)}
          actionTestId='inbox-login'
        />
      )}
    </View>
  );
}
