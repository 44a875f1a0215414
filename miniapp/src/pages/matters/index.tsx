/**
 * 我的诉求: the citizen's matters, newest first. Each row says the status in plain words, the running deadline as
 * a working-day countdown ("还剩 N 个工作日" / "已超期"), and supervision / extension in words. Pull down to refresh;
 * "加载更多" (or reaching the bottom) fetches the next page with the backend's cursor.
 */
import { useRef } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import { CATEGORY_LABELS } from '../../../../shared/domain/labels';
import CitizenPage from '../../components/CitizenPage';
import StateBlock from '../../components/StateBlock';
import { useCitizenGate } from '../../hooks/useCitizenGate';
import { useMyMatters } from '../../hooks/useMyMatters';
import { now } from '../../platform/clock';
import { stopPullDownRefresh, useOnPullDownRefresh, useOnReachBottom, useOnShow } from '../../platform/lifecycle';
import { navigateTo, ROUTES, withQuery } from '../../platform/navigation';
import { showToast } from '../../platform/toast';
import { countdown } from '../../services/deadlines';
import { formatDate } from '../../services/format';
import { flagBadges, supervisionText } from '../../services/matterText';
import type { MatterSummary } from '../../../../shared/views';
import './index.css';

export function MatterRow({ m, nowMs }: { m: MatterSummary; nowMs: number }) {
  const due = countdown(m, nowMs);
  const supervision = supervisionText(m);
  const flags = flagBadges(m);
  return (
    <Button
      className='matter-row'
      data-testid={`matter-${m.id}`}
      onClick={() => void navigateTo(withQuery(ROUTES.matter, { id: m.id }))}
    >
      <View className='matter-row__head'>
        <Text className='matter-row__status' data-testid={`status-${m.id}`}>
          {m.statusLabel}
        </Text>
        <Text className='matter-row__category'>{CATEGORY_LABELS[m.category] ?? ''}</Text>
      </View>
      <Text className='matter-row__content'>{m.title || m.content}</Text>
      {due ? (
        <Text className={`matter-row__due${due.overdue ? ' matter-row__due--overdue' : ''}`} data-testid={`countdown-${m.id}`}>
          {due.text}
        </Text>
      ) : null}
      {supervision || flags.length ? (
        <View className='badges'>
          {supervision ? (
            <Text className='badge badge--alert' data-testid={`supervision-${m.id}`}>
              {supervision}
            </Text>
          ) : null}
          {flags.map((f) => (
            <Text className='badge' key={f} data-testid={`flag-${m.id}`}>
              {f}
            </Text>
          ))}
        </View>
      ) : null}
      <Text className='matter-row__meta'>
        受理编号 {m.trackingNo} · {formatDate(m.createdAt, nowMs)}提交
      </Text>
      <Text className='matter-row__more'>查看详情 ›</Text>
    </Button>
  );
}

export default function Matters() {
  const allowed = useCitizenGate(ROUTES.matters);
  const { state, refresh, loadMore } = useMyMatters(allowed);
  const shown = useRef(false);

  useOnPullDownRefresh(() => {
    void refresh().finally(() => stopPullDownRefresh());
  });
  useOnReachBottom(() => {
    if (state.cursor && !state.loadingMore && !state.moreError) void loadMore();
  });
  // Coming back from a matter (rated, withdrawn…): show the new status.
  useOnShow(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    if (allowed && state.status === 'ready') void refresh();
  });

  const nowMs = now();

  if (!allowed) {
    return (
      <CitizenPage className='matters'>
        <StateBlock kind='loading' text='请先阅读个人信息保护说明…' />
      </CitizenPage>
    );
  }

  return (
    <CitizenPage
      className='matters'
      header={
        <View className='page-header'>
          <View className='page-header__title'>我的诉求</View>
          <View className='page-header__subtitle'>点一条诉求查看办理进展。向下拉可以刷新。</View>
        </View>
      }
    >
      {state.status === 'loading' ? <StateBlock kind='loading' text='正在读取您的诉求…' /> : null}

      {state.status === 'error' ? (
        <StateBlock kind='error' text='读取失败' detail={state.error} actionText='重试' onAction={() => void refresh()} />
      ) : null}

      {state.status === 'ready' && state.items.length === 0 ? (
        <StateBlock
          kind='empty'
          text='您还没有提交过诉求'
          detail='遇到问题，可以点下面的按钮反映。'
          actionText='我要反映'
          onAction={() => void navigateTo(ROUTES.submit)}
        />
      ) : null}

      {state.status === 'ready' && state.items.length === 0 ? (
        <View className='notice' data-testid='matters-claim-hint'>
          <Text className='text'>在12345电话里反映过？凭受理编号和手机号后4位认领后，就会显示在这里。</Text>
          <Button className='btn' data-testid='matters-claim' onClick={() => void navigateTo(ROUTES.claim)}>
            认领电话诉求
          </Button>
        </View>
      ) : null}

      {state.status === 'ready' && state.refreshing ? (
        <View className='notice' data-testid='refreshing'>
          正在刷新…
        </View>
      ) : null}

      {state.status === 'ready' && state.items.length > 0 ? (
        <View className='matters__list' data-testid='matters-list'>
          {state.items.map((m) => (
            <MatterRow key={m.id} m={m} nowMs={nowMs} />
          ))}
        </View>
      ) : null}

      {state.status === 'ready' && state.moreError ? (
        <View className='notice notice--error' data-testid='more-error'>
          {state.moreError}
        </View>
      ) : null}

      {state.status === 'ready' && state.cursor ? (
        <View className='matters__more'>
          <Button
            className='btn'
            data-testid='load-more'
            disabled={state.loadingMore || undefined}
            onClick={() => void loadMore()}
          >
            {state.loadingMore ? '正在加载…' : '加载更多'}
          </Button>
        </View>
      ) : null}

      {state.status === 'ready' && !state.cursor && state.items.length > 0 ? (
        <Text className='matters__end' data-testid='list-end'>
          已经到底了，共 {state.items.length} 条
        </Text>
      ) : null}

      {state.status === 'ready' && state.items.length > 0 ? (
        <View className='matters__more'>
          <Button
            className='btn btn--primary'
            data-testid='matters-submit'
            onClick={() => {
              void navigateTo(ROUTES.submit).catch(() => showToast('页面打开失败，请重试'));
            }}
          >
            再反映一个问题
          </Button>
        </View>
      ) : null}
    </CitizenPage>
  );
}
