/**
 * Work queue (GET /v1/work/matters). Centre operators pick a partition by status (tabs); unit clerks see their own
 * unit's matters. Filters: overdue only, supervision level ≥ n. Rows are sorted by urgency (overdue, higher
 * supervision, nearest deadline) among what is loaded; more pages load with the cursor.
 *
 * Phone and mini-program: cards; a matter opens as its own page. H5 from 1200 px wide (hooks/useDesktop): filters
 * in a side panel, a dense sortable table, and the selected matter beside it (split pane) with keyboard triage.
 */
import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import { now as clockNow } from '../../../platform/clock';
import { withQuery } from '../../../platform/navigation';
import { tabStop } from '../../components/Press';
import StateBlock from '../../../components/StateBlock';
import { DESKTOP_MIN_WIDTH, useDesktop } from '../../hooks/useDesktop';
import { useStaffSession } from '../../hooks/useStaffSession';
import { matterUrl, openPage, replacePage, STAFF_ROUTES, usePageShow, usePullDownRefresh, useReachBottom } from '../../platform/navigation';
import { fetchUnits } from '../../services/api';
import { sortByUrgency } from '../../services/format';
import { ROLE_LABELS } from '../../services/session';
import { DASHBOARD_ROUTE } from '../../services/statsRoute';
import { INBOX_ROUTE } from '../inbox/inbox';
import type { QueueFilter, StaffSession } from '../../../../../shared/views';
import QueueFilters from './QueueFilters';
import { QueueRow } from './QueueRow';
import { CENTER_TABS, UNIT_TABS } from './tabs';
import { useQueue } from './useQueue';
import './index.css';
import './desktop.css';
import './desktop-table.css';

type DesktopQueueComponent = typeof import('./DesktopQueue').default;

/**
 * The desktop layout (table, matter pane, keyboard triage) exists only in H5 from 1200 px wide. There it is its own
 * chunk, requested at once when the window is that wide and never on a phone, whose first render then evaluates
 * the cards alone (Lighthouse, mobile: the matter pane and its photo viewer were most of this page's script).
 * The mini-program has no lazy chunks and requires it as before, first among the staff imports: its styles (form,
 * state, matter pane) then come in the same order as on the matter page, so the weapp build's shared stylesheet
 * has one order. `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
 */
let DesktopQueue: ComponentType<Parameters<DesktopQueueComponent>[0]>;
if (process.env.TARO_ENV === 'h5') {
  const load = () => import(/* webpackChunkName: "desktop-queue" */ './DesktopQueue');
  if (typeof window !== 'undefined' && window.matchMedia?.(`(min-width: ${DESKTOP_MIN_WIDTH}px)`).matches) void load();
  DesktopQueue = lazy(load);
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  DesktopQueue = (require('./DesktopQueue') as typeof import('./DesktopQueue')).default;
}

export { QueueRow };
export { CENTER_TABS, UNIT_TABS };

function QueueView({ session, onExpired, onSignOut }: { session: StaffSession; onExpired: () => void; onSignOut: () => void }) {
  const isUnit = session.role === 'unit';
  const desktop = useDesktop();
  const tabs = isUnit ? UNIT_TABS : CENTER_TABS;
  const [tab, setTab] = useState(tabs[0].key);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [level, setLevel] = useState<QueueFilter['supervisionLevel']>(undefined);
  const [unitName, setUnitName] = useState<string | null>(null);

  const filter: QueueFilter = {
    status: tabs.find((t) => t.key === tab)?.status,
    overdue: overdueOnly || undefined,
    supervisionLevel: level,
  };
  const queue = useQueue(session, filter, onExpired);
  const { list, more, refreshing, load, refresh, loadMore, loadedOnce } = queue;

  useEffect(() => {
    if (!isUnit || !session.unitId) return;
    fetchUnits(session)
      .then((units) => setUnitName(units.find((u) => u.id === session.unitId)?.name ?? null))
      .catch(() => undefined);
  }, [isUnit, session]);

  usePullDownRefresh(refresh);
  useReachBottom(() => void loadMore());
  // Coming back from a matter: its status may have changed, so reload (not on the first show).
  usePageShow(() => {
    if (loadedOnce.current) void load(true);
  });

  const now = clockNow();
  const items = list.phase === 'ready' ? sortByUrgency(list.items, now) : [];
  const filtered = overdueOnly || level !== undefined;
  const tabLabel = tabs.find((t) => t.key === tab)?.label ?? '';
  const openMatter = useCallback((id: string) => void openPage(matterUrl(id)), []);

  const header = (
    <View className='sq__header'>
      <View>
        <View className='sq__title'>{isUnit ? '本单位诉求' : '工作队列'}</View>
        <View className='sq__who' data-testid='queue-who'>
          {ROLE_LABELS[session.role]}
          {session.username ? ` ${session.username}` : ''}
          {isUnit ? `（${unitName ?? session.unitId}）` : ''}
        </View>
      </View>
      <View className='sq__header-actions'>
        {session.role === 'center' ? (
          <Button className='sq__register' data-testid='queue-register' {...tabStop(0)} onClick={() => void openPage(withQuery(STAFF_ROUTES.register, { from: 'queue' }))}>
            登记电话诉求
          </Button>
        ) : null}
        {session.role === 'center' || session.role === 'unit' ? (
          <Button className='sq__signout' data-testid='queue-inbox' {...tabStop(0)} onClick={() => void openPage(INBOX_ROUTE)}>
            消息
          </Button>
        ) : null}
        <Button className='sq__signout' data-testid='queue-stats' {...tabStop(0)} onClick={() => void openPage(withQuery(DASHBOARD_ROUTE, { from: 'queue' }))}>
          数据统计
        </Button>
        <Button className='sq__signout' data-testid='queue-signout' {...tabStop(0)} onClick={onSignOut}>
          退出登录
        </Button>
      </View>
    </View>
  );

  const filters = (
    <QueueFilters
      tabs={tabs}
      tab={tab}
      onTab={setTab}
      overdueOnly={overdueOnly}
      onOverdueOnly={setOverdueOnly}
      level={level}
      onLevel={setLevel}
    />
  );

  const toolbar = (
    <View className='sq-toolbar'>
      <View className='sq-toolbar__info' data-testid='queue-count'>
        {list.phase === 'ready'
          ? `${tabLabel}：已加载 ${list.items.length} 件${list.cursor ? '（还有更多）' : ''}${desktop ? '' : '，超期和督办级别高的在前'}`
          : ''}
      </View>
      <Button
        className='sq-toolbar__refresh'
        data-testid='queue-refresh'
        {...tabStop(0)}
        disabled={refreshing || list.phase === 'loading' || undefined}
        onClick={() => void refresh()}
      >
        {refreshing ? '正在刷新…' : '刷新'}
      </Button>
    </View>
  );

  const state =
    list.phase === 'loading' ? (
      <StateBlock kind='loading' testId='queue-loading' text='正在加载诉求…' />
    ) : list.phase === 'error' ? (
      <StateBlock
        kind='error'
        testId='queue-error'
        text='诉求列表加载失败'
        detail={list.message}
        actionText='重试' onAction={() => void load(false)} actionTestId='queue-retry'
      />
    ) : items.length === 0 && !list.cursor ? (
      <StateBlock
        kind='empty'
        testId='queue-empty'
        text={filtered ? '没有符合筛选条件的诉求' : `“${tabLabel}”中没有诉求`}
        detail={filtered ? '可以把“超期”或“督办级别”改为“全部/不限”再看看' : '有新的诉求时点“刷新”即可看到'}
      />
    ) : null;

  const moreBlock =
    list.phase === 'ready' && list.cursor ? (
      <View className='sq-more'>
        {more.error ? (
          <View className='sq-more__error' role='alert' data-testid='queue-more-error'>
            加载更多失败：{more.error}
          </View>
        ) : null}
        <Button className='sq-more__button' data-testid='queue-more' {...tabStop(0)} disabled={more.loading || undefined} onClick={() => void loadMore()}>
          {more.loading ? '正在加载…' : more.error ? '重试加载更多' : '加载更多'}
        </Button>
      </View>
    ) : list.phase === 'ready' && items.length ? (
      <View className='sq-end' data-testid='queue-end'>
        已全部加载
      </View>
    ) : null;

  if (desktop) {
    return (
      <Suspense fallback={<StateBlock kind='loading' testId='queue-loading' text='正在加载诉求…' />}>
        <DesktopQueue
          session={session}
          onExpired={onExpired}
          header={header}
          filters={filters}
          toolbar={toolbar}
          state={state}
          more={moreBlock}
          items={items}
          now={now}
          queue={queue}
          resetKey={JSON.stringify(filter)}
        />
      </Suspense>
    );
  }

  return (
    <View className='sq__container' role='main'>
      {header}
      {filters}
      {toolbar}
      {state ?? (
        <View className='sq-list' data-testid='queue-list'>
          {items.map((m) => (
            <QueueRow key={m.id} item={m} now={now} showUnit={!isUnit} onOpen={() => openMatter(m.id)} />
          ))}
        </View>
      )}
      {moreBlock}
    </View>
  );
}

export default function StaffQueue() {
  const { session, expired, expire, signOut } = useStaffSession();
  const desktop = useDesktop();
  return (
    <View className={desktop && session ? 'sq sq--desktop' : 'sq'}>
      {session ? (
        <QueueView session={session} onExpired={expire} onSignOut={signOut} />
      ) : (
        <View className='sq__container' role='main'>
          <StateBlock
            kind='signed-out'
            testId='queue-signed-out'
            text={expired ? '登录已过期，请重新登录' : '请先登录'}
            actionText='去登录' onAction={() => void replacePage(STAFF_ROUTES.login)} actionTestId='queue-login'
          />
        </View>
      )}
    </View>
  );
}
