/**
 * Work queue (GET /v1/work/matters). Centre operators pick a partition by status (tabs); unit clerks see their own
 * unit's matters. Filters: overdue only, supervision level ≥ n. Rows are sorted by urgency (overdue, higher
 * supervision, nearest deadline) among what is loaded; more pages load with the cursor.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { ApiError, errorMessage } from '../../../services/api';
import { now as clockNow } from '../../../platform/clock';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../../../shared/domain/labels';
import StateBlock from '../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import {
  matterUrl,
  openPage,
  replacePage,
  STAFF_ROUTES,
  usePageShow,
  usePullDownRefresh,
  useReachBottom,
} from '../../platform/navigation';
import { fetchQueue, fetchUnits } from '../../services/api';
import { REGISTER_ROUTE } from '../../services/register';
import { DASHBOARD_ROUTE } from '../../services/statsRoute';
import { withQuery } from '../../../platform/navigation';
import { deadlineSummary, isOverdue, sortByUrgency } from '../../services/format';
import { CHANNEL_LABELS, SUPERVISION_BADGES } from '../../services/labels';
import { ROLE_LABELS } from '../../services/session';
import type { QueueFilter, QueueItem, StaffSession, Status } from '../../../../../shared/views';
import './index.css';

interface Tab {
  key: string;
  label: string;
  status?: Status;
}

/** Centre partitions (the backend answers one status at a time; default `received`). */
export const CENTER_TABS: readonly Tab[] = [
  { key: 'received', label: '待转派', status: 'received' },
  { key: 'return_requested', label: '退回审核', status: 'return_requested' },
  { key: 'reply_review', label: '办结审核', status: 'reply_review' },
  { key: 'in_progress', label: '办理中', status: 'in_progress' },
  { key: 'dispatched', label: '已转派', status: 'dispatched' },
  { key: 'awaiting_rating', label: '待评价', status: 'awaiting_rating' },
  { key: 'closed', label: '已办结', status: 'closed' },
];

/** A unit's own matters as lead, all statuses or one. */
export const UNIT_TABS: readonly Tab[] = [
  { key: 'all', label: '全部' },
  { key: 'dispatched', label: '待签收', status: 'dispatched' },
  { key: 'in_progress', label: '办理中', status: 'in_progress' },
  { key: 'return_requested', label: '退回审核中', status: 'return_requested' },
  { key: 'reply_review', label: '办结审核中', status: 'reply_review' },
  { key: 'awaiting_rating', label: '待评价', status: 'awaiting_rating' },
  { key: 'closed', label: '已办结', status: 'closed' },
];

const LEVELS: ReadonlyArray<{ value: QueueFilter['supervisionLevel']; label: string }> = [
  { value: undefined, label: '不限' },
  { value: 1, label: '催办及以上' },
  { value: 2, label: '督办及以上' },
  { value: 3, label: '报送督查' },
];

type ListState =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; items: QueueItem[]; cursor: string | null };

export function QueueRow({ item, now, showUnit, onOpen }: { item: QueueItem; now: number; showUnit: boolean; onOpen: () => void }) {
  const deadline = deadlineSummary(item.deadlines, now);
  const overdue = isOverdue(item, now);
  const badges: Array<{ key: string; text: string; strong?: boolean }> = [];
  if (overdue && !deadline?.overdue) badges.push({ key: 'overdue', text: '已超期', strong: true });
  if (item.supervisionLevel > 0) badges.push({ key: 'supervision', text: `督办级别：${SUPERVISION_BADGES[item.supervisionLevel]}`, strong: true });
  if (item.difficult) badges.push({ key: 'difficult', text: '疑难' });
  if (item.rehandling) badges.push({ key: 'rehandling', text: '重办' });
  if (item.longTerm) badges.push({ key: 'longTerm', text: '长期办理' });
  if (item.confidential) badges.push({ key: 'confidential', text: '保密' });
  if (item.channel === 'phone') badges.push({ key: 'phone', text: CHANNEL_LABELS.phone });

  return (
    <View
      className={`sq-row${overdue ? ' sq-row--overdue' : ''}`}
      data-testid={`queue-row-${item.id}`}
      role='link'
      aria-label={`诉求 ${item.trackingNo}`}
      onClick={onOpen}
    >
      <View className='sq-row__top'>
        <View className='sq-row__no' data-testid='row-tracking'>
          {item.trackingNo}
        </View>
        <View className='sq-row__status' data-testid='row-status'>
          {item.statusLabel ?? STATUS_LABELS[item.status]}
        </View>
      </View>
      <View className='sq-row__meta' data-testid='row-meta'>
        {CATEGORY_LABELS[item.category] ?? item.category} · {item.district}
        {showUnit && item.leadUnit ? ` · 主办：${item.leadUnit.name}` : ''}
      </View>
      <View className='sq-row__content'>{item.title || item.content}</View>
      <View className='sq-row__bottom'>
        <View className={`sq-row__deadline${deadline?.overdue ? ' sq-row__deadline--overdue' : ''}`} data-testid='row-deadline'>
          {deadline ? deadline.text : '没有进行中的时限'}
        </View>
        {badges.length ? (
          <View className='sq-row__badges' data-testid='row-badges'>
            {badges.map((b) => (
              <View key={b.key} className={`sq-badge${b.strong ? ' sq-badge--strong' : ''}`} data-testid={`badge-${b.key}`}>
                {b.text}
              </View>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  );
}

function QueueView({ session, onExpired, onSignOut }: { session: StaffSession; onExpired: () => void; onSignOut: () => void }) {
  const isUnit = session.role === 'unit';
  const tabs = isUnit ? UNIT_TABS : CENTER_TABS;
  const [tab, setTab] = useState(tabs[0].key);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [level, setLevel] = useState<QueueFilter['supervisionLevel']>(undefined);
  const [list, setList] = useState<ListState>({ phase: 'loading' });
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const [refreshing, setRefreshing] = useState(false);
  const [unitName, setUnitName] = useState<string | null>(null);
  const latest = useRef(0);
  /** Set once the first load has finished: a later page show (coming back from a matter) reloads. */
  const loadedOnce = useRef(false);

  const filter: QueueFilter = {
    status: tabs.find((t) => t.key === tab)?.status,
    overdue: overdueOnly || undefined,
    supervisionLevel: level,
  };
  const filterKey = JSON.stringify(filter);

  const fail = useCallback(
    (err: unknown) => {
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') onExpired();
      return errorMessage(err);
    },
    [onExpired],
  );

  const load = useCallback(
    async (keepRows: boolean) => {
      const id = ++latest.current;
      if (!keepRows) setList({ phase: 'loading' });
      setMore({ loading: false, error: null });
      try {
        const page = await fetchQueue(session, JSON.parse(filterKey) as QueueFilter);
        if (id === latest.current) setList({ phase: 'ready', items: page.items, cursor: page.cursor });
      } catch (err) {
        if (id === latest.current) setList({ phase: 'error', message: fail(err) });
      } finally {
        loadedOnce.current = true;
      }
    },
    [session, filterKey, fail],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  useEffect(() => {
    if (!isUnit || !session.unitId) return;
    fetchUnits(session)
      .then((units) => setUnitName(units.find((u) => u.id === session.unitId)?.name ?? null))
      .catch(() => undefined);
  }, [isUnit, session]);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await load(true);
    } finally {
      setRefreshing(false);
    }
  }, [load]);

  const loadMore = useCallback(async () => {
    if (list.phase !== 'ready' || !list.cursor || more.loading) return;
    const id = latest.current;
    setMore({ loading: true, error: null });
    try {
      const page = await fetchQueue(session, filter, list.cursor);
      if (id !== latest.current) return;
      setList((l) => {
        if (l.phase !== 'ready') return l;
        const seen = new Set(l.items.map((m) => m.id));
        return { phase: 'ready', items: [...l.items, ...page.items.filter((m) => !seen.has(m.id))], cursor: page.cursor };
      });
      setMore({ loading: false, error: null });
    } catch (err) {
      if (id === latest.current) setMore({ loading: false, error: fail(err) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, more.loading, session, filterKey, fail]);

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

  return (
    <View className='sq__container'>
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
            <Button className='sq__register' data-testid='queue-register' onClick={() => void openPage(withQuery(REGISTER_ROUTE, { from: 'queue' }))}>
              登记电话诉求
            </Button>
          ) : null}
          <Button className='sq__signout' data-testid='queue-stats' onClick={() => void openPage(withQuery(DASHBOARD_ROUTE, { from: 'queue' }))}>
            数据统计
          </Button>
          <Button className='sq__signout' data-testid='queue-signout' onClick={onSignOut}>
            退出登录
          </Button>
        </View>
      </View>

      <View className='sq-tabs' role='tablist' aria-label='按状态查看'>
        {tabs.map((t) => (
          <View
            key={t.key}
            className={`sq-tab${t.key === tab ? ' sq-tab--active' : ''}`}
            role='tab'
            aria-selected={t.key === tab}
            data-testid={`queue-tab-${t.key}`}
            onClick={() => setTab(t.key)}
          >
            {t.label}
            {t.key === tab ? <View className='sq-tab__mark'>当前</View> : null}
          </View>
        ))}
      </View>

      <View className='sq-filters'>
        <View className='sq-filters__group'>
          <View className='sq-filters__label'>超期</View>
          <View
            className={`sq-chip${!overdueOnly ? ' sq-chip--on' : ''}`}
            role='radio'
            aria-checked={!overdueOnly}
            data-testid='filter-overdue-all'
            onClick={() => setOverdueOnly(false)}
          >
            {!overdueOnly ? '✓ ' : ''}全部
          </View>
          <View
            className={`sq-chip${overdueOnly ? ' sq-chip--on' : ''}`}
            role='radio'
            aria-checked={overdueOnly}
            data-testid='filter-overdue-only'
            onClick={() => setOverdueOnly(true)}
          >
            {overdueOnly ? '✓ ' : ''}只看已超期
          </View>
        </View>
        <View className='sq-filters__group'>
          <View className='sq-filters__label'>督办级别</View>
          {LEVELS.map((l) => (
            <View
              key={l.label}
              className={`sq-chip${level === l.value ? ' sq-chip--on' : ''}`}
              role='radio'
              aria-checked={level === l.value}
              data-testid={`filter-level-${l.value ?? 'any'}`}
              onClick={() => setLevel(l.value)}
            >
              {level === l.value ? '✓ ' : ''}
              {l.label}
            </View>
          ))}
        </View>
      </View>

      <View className='sq-toolbar'>
        <View className='sq-toolbar__info' data-testid='queue-count'>
          {list.phase === 'ready'
            ? `${tabLabel}：已加载 ${list.items.length} 件${list.cursor ? '（还有更多）' : ''}，超期和督办级别高的在前`
            : ''}
        </View>
        <Button
          className='sq-toolbar__refresh'
          data-testid='queue-refresh'
          disabled={refreshing || list.phase === 'loading' || undefined}
          onClick={() => void refresh()}
        >
          {refreshing ? '正在刷新…' : '刷新'}
        </Button>
      </View>

      {list.phase === 'loading' ? (
        <StateBlock kind='loading' testId='queue-loading' title='正在加载诉求…' />
      ) : list.phase === 'error' ? (
        <StateBlock
          kind='error'
          testId='queue-error'
          title='诉求列表加载失败'
          detail={list.message}
          action={{ label: '重试', onClick: () => void load(false), testId: 'queue-retry' }}
        />
      ) : items.length === 0 && !list.cursor ? (
        <StateBlock
          kind='empty'
          testId='queue-empty'
          title={filtered ? '没有符合筛选条件的诉求' : `“${tabLabel}”中没有诉求`}
          detail={filtered ? '可以把“超期”或“督办级别”改为“全部/不限”再看看' : '有新的诉求时点“刷新”即可看到'}
        />
      ) : (
        <View className='sq-list' data-testid='queue-list'>
          {items.map((m) => (
            <QueueRow key={m.id} item={m} now={now} showUnit={!isUnit} onOpen={() => void openPage(matterUrl(m.id))} />
          ))}
        </View>
      )}

      {list.phase === 'ready' && list.cursor ? (
        <View className='sq-more'>
          {more.error ? (
            <View className='sq-more__error' role='alert' data-testid='queue-more-error'>
              加载更多失败：{more.error}
            </View>
          ) : null}
          <Button
            className='sq-more__button'
            data-testid='queue-more'
            disabled={more.loading || undefined}
            onClick={() => void loadMore()}
          >
            {more.loading ? '正在加载…' : more.error ? '重试加载更多' : '加载更多'}
          </Button>
        </View>
      ) : list.phase === 'ready' && items.length ? (
        <View className='sq-end' data-testid='queue-end'>
          已全部加载
        </View>
      ) : null}
    </View>
  );
}

export default function StaffQueue() {
  const { session, expired, expire, signOut } = useStaffSession();
  return (
    <View className='sq'>
      {session ? (
        <QueueView session={session} onExpired={expire} onSignOut={signOut} />
      ) : (
        <View className='sq__container'>
          <StateBlock
            kind='signed-out'
            testId='queue-signed-out'
            title={expired ? '登录已过期，请重新登录' : '请先登录'}
            action={{ label: '去登录', onClick: () => void replacePage(STAFF_ROUTES.login), testId: 'queue-login' }}
          />
        </View>
      )}
    </View>
  );
}
