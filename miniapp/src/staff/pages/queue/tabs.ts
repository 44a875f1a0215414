/** Status partitions (tabs) and the supervision filter of the queue. */
import type { QueueFilter, Status } from '../../../../../shared/views';

export interface Tab {
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

export const LEVELS: ReadonlyArray<{ value: QueueFilter['supervisionLevel']; label: string }> = [
  { value: undefined, label: '不限' },
  { value: 1, label: '催办及以上' },
  { value: 2, label: '督办及以上' },
  { value: 3, label: '报送督查' },
];
