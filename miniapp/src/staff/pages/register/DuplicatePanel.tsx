import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../../../shared/domain/labels';
import { openPage, STAFF_ROUTES } from '../../platform/navigation';
import { withQuery } from '../../../platform/navigation';
import { formatTime } from '../../services/format';
import { findDuplicates } from '../../services/register';
import type { QueueItem } from '../../../../../shared/views';
import { TABBABLE } from './keyboard';
import { type StaffReadState } from './useStaffRead';

export default function DuplicatePanel({
  state,
  caller,
  address,
  duplicates,
  onRetry,
  onRetryCaller,
}: {
  state: StaffReadState<QueueItem[]>;
  caller: StaffReadState<QueueItem[]>;
  address: string;
  duplicates: ReturnType<typeof findDuplicates>;
  onRetry: () => void;
  onRetryCaller: () => void;
}) {
  const callerNone = caller.status === 'ready' && !caller.items.length;
  return (
    <View className='rg-panel' data-testid='reg-dup'>
      <View className='rg-panel__title'>可能重复的在办诉求</View>
      <View className='rg-panel__hint'>
        按来电号码查找该号码所有未办结的诉求（含微信提交的）；按所在区和地址比对待转派、已转派、办理中的诉求（每种状态最近 50 件）。
      </View>
      {caller.status === 'loading' ? (
        <View className='rg-panel__hint' data-testid='reg-dup-caller-loading'>
          正在查找该号码的在办诉求…
        </View>
      ) : null}
      {caller.status === 'error' ? (
        <View className='rg-notice rg-notice--error' data-testid='reg-dup-caller-error' role='alert'>
          按来电号码查找没有成功：{caller.message}
          <Button className='rg-small' data-testid='reg-dup-caller-retry' data-kb-press {...TABBABLE} onClick={onRetryCaller}>
            重试
          </Button>
        </View>
      ) : null}
      {callerNone ? (
        <View className='rg-panel__hint' data-testid='reg-dup-caller-none'>
          该号码没有未办结的诉求。
        </View>
      ) : null}
      {state.status === 'loading' ? (
        <View className='rg-panel__hint' data-testid='reg-dup-loading'>
          正在读取在办诉求…
        </View>
      ) : null}
      {state.status === 'error' ? (
        <View className='rg-notice rg-notice--error' data-testid='reg-dup-error' role='alert'>
          在办诉求没有读取成功：{state.message}
          <Button className='rg-small' data-testid='reg-dup-retry' data-kb-press {...TABBABLE} onClick={onRetry}>
            重试
          </Button>
        </View>
      ) : null}
      {state.status === 'ready' && address.trim().length < 4 ? (
        <View className='rg-panel__hint' data-testid='reg-dup-hint'>
          填写详细地址后，这里会提示同一地址的在办诉求。
        </View>
      ) : null}
      {state.status === 'ready' && address.trim().length >= 4 && !duplicates.length ? (
        <View className='rg-panel__hint' data-testid='reg-dup-none'>
          没有发现同一地址的在办诉求。
        </View>
      ) : null}
      {duplicates.map(({ item, reason }) => (
        <View className='rg-dup' key={item.id} data-testid={`reg-dup-item-${item.id}`}>
          <View className='rg-dup__head'>
            <View className='rg-dup__no'>{item.trackingNo}</View>
            <View className='rg-dup__status'>{item.statusLabel ?? STATUS_LABELS[item.status]}</View>
          </View>
          <View className='rg-dup__meta'>
            {CATEGORY_LABELS[item.category]} · {item.district} · {formatTime(item.createdAt)} 受理
          </View>
          <View className='rg-dup__content'>{item.title || item.content}</View>
          <View className='rg-dup__reason'>{reason}</View>
          <View className='rg-panel__hint'>如果是同一件事，可告诉来电人原受理编号，不必重复登记。</View>
          <Button
            className='rg-small'
            data-testid={`reg-dup-open-${item.id}`}
            data-kb-press
            {...TABBABLE}
            onClick={() => void openPage(withQuery(STAFF_ROUTES.matter, { id: item.id }))}
          >
            查看这件诉求
          </Button>
        </View>
      ))}
    </View>
  );
}
