/**
 * The queue as a dense table (desktop layout): number, category, district, summary, status, time left coloured by
 * urgency, supervision level, lead unit. Column headers sort (again: the other direction); the default order is
 * by urgency (services/format sortByUrgency). The selected row is the one the split pane shows.
 */
import { View } from '@tarojs/components';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../../../shared/domain/labels';
import { clockLeft, isOverdue, nearestDeadline, PAUSED_TEXT, urgencyOf, type Urgency } from '../../services/format';
import { tabStop } from '../../components/Press';
import { SUPERVISION_BADGES } from '../../services/labels';
import type { QueueItem } from '../../../../../shared/views';

export type SortKey = 'urgency' | 'trackingNo' | 'category' | 'district' | 'status' | 'due' | 'supervision' | 'leadUnit';
export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}

const URGENCY_WORDS: Record<Urgency, string> = { green: '充裕', amber: '临近', red: '紧急', overdue: '已超期' };

interface Column {
  key: SortKey;
  label: string;
  className: string;
}

const COLUMNS: readonly Column[] = [
  { key: 'trackingNo', label: '编号', className: 'sqt-no' },
  { key: 'category', label: '类别', className: 'sqt-cat' },
  { key: 'district', label: '所在区', className: 'sqt-district' },
  { key: 'urgency', label: '诉求摘要', className: 'sqt-summary' },
  { key: 'status', label: '状态', className: 'sqt-status' },
  { key: 'due', label: '剩余时间', className: 'sqt-due' },
  { key: 'supervision', label: '督办', className: 'sqt-level' },
  { key: 'leadUnit', label: '主办单位', className: 'sqt-unit' },
];

const due = (m: QueueItem) => {
  const n = nearestDeadline(m);
  return n ? Date.parse(n.deadline.at) : Number.POSITIVE_INFINITY;
};

const TEXT: Partial<Record<SortKey, (m: QueueItem) => string>> = {
  trackingNo: (m) => m.trackingNo,
  category: (m) => CATEGORY_LABELS[m.category] ?? m.category,
  district: (m) => m.district,
  status: (m) => m.statusLabel ?? STATUS_LABELS[m.status],
  leadUnit: (m) => m.leadUnit?.name ?? '',
};

/** Rows in the chosen order (`urgent` is the urgency order, used for 'urgency' and to break ties). */
export function sortRows(urgent: readonly QueueItem[], sort: Sort): QueueItem[] {
  if (sort.key === 'urgency') return sort.dir === 1 ? [...urgent] : [...urgent].reverse();
  const rank = new Map(urgent.map((m, i) => [m.id, i]));
  const text = TEXT[sort.key];
  const cmp = (a: QueueItem, b: QueueItem): number => {
    if (sort.key === 'due') return due(a) === due(b) ? 0 : due(a) < due(b) ? -1 : 1;
    if (sort.key === 'supervision') return b.supervisionLevel - a.supervisionLevel;
    return text ? text(a).localeCompare(text(b), 'zh-CN') : 0;
  };
  return [...urgent].sort((a, b) => cmp(a, b) * sort.dir || rank.get(a.id)! - rank.get(b.id)!);
}

interface Props {
  rows: readonly QueueItem[];
  now: number;
  sort: Sort;
  onSort: (key: SortKey) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export default function QueueTable({ rows, now, sort, onSort, selectedId, onSelect }: Props) {
  return (
    <View className='sqt' role='grid' aria-label='诉求列表' aria-rowcount={rows.length + 1} data-testid='queue-table'>
      <View className='sqt-row sqt-row--head' role='row'>
        {COLUMNS.map((c) => {
          const key: SortKey = c.key;
          const sorted = sort.key === key;
          return (
            <View
              key={c.label}
              className={`sqt-cell sqt-head ${c.className}`}
              role='columnheader'
              aria-sort={sorted ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
            >
              <View
                className='sqt-sort'
                role='button'
                {...tabStop(0)}
                data-press=''
                data-testid={`sort-${key}`}
                aria-label={`按${key === 'urgency' ? '紧急程度' : c.label}排序`}
                onClick={() => onSort(key)}
              >
                {key === 'urgency' ? `${c.label}（按紧急程度）` : c.label}
                {sorted ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
              </View>
            </View>
          );
        })}
      </View>
      {rows.map((m) => {
        const n = nearestDeadline(m);
        const c = n ? clockLeft(n.deadline, n.key, now) : null;
        const u: Urgency | null = n ? urgencyOf(n.deadline, now, n.key) : isOverdue(m, now) ? 'overdue' : null;
        const selected = m.id === selectedId;
        return (
          <View
            key={m.id}
            className={`sqt-row${selected ? ' sqt-row--selected' : ''}${u === 'overdue' ? ' sqt-row--overdue' : ''}`}
            role='row'
            aria-selected={selected}
            {...tabStop(selected ? 0 : -1)}
            data-row-id={m.id}
            data-testid={`queue-row-${m.id}`}
            onClick={() => onSelect(m.id)}
          >
            <View className='sqt-cell sqt-no' role='gridcell'>
              {m.trackingNo}
            </View>
            <View className='sqt-cell sqt-cat' role='gridcell'>
              {CATEGORY_LABELS[m.category] ?? m.category}
            </View>
            <View className='sqt-cell sqt-district' role='gridcell'>
              {m.district}
            </View>
            <View className='sqt-cell sqt-summary' role='gridcell'>
              {m.title || m.content}
            </View>
            <View className='sqt-cell sqt-status' role='gridcell'>
              {m.statusLabel ?? STATUS_LABELS[m.status]}
            </View>
            <View className={`sqt-cell sqt-due${u ? ` sqt-due--${u}` : ''}`} role='gridcell' data-testid='row-deadline' data-urgency={u ?? undefined}>
              {/* Under review the time left is the centre's (CS Art.33); the status column says so. */}
              {c ? `${c.text}${n?.deadline.provisional ? '（暂定）' : ''}` : u === 'overdue' ? '已超期' : m.deadlines.handleBy ? PAUSED_TEXT : '—'}
              {u && u !== 'overdue' ? <View className='sqt-due__word'>{URGENCY_WORDS[u]}</View> : null}
            </View>
            <View className='sqt-cell sqt-level' role='gridcell'>
              {m.supervisionLevel > 0 ? SUPERVISION_BADGES[m.supervisionLevel] : '—'}
            </View>
            <View className='sqt-cell sqt-unit' role='gridcell'>
              {m.leadUnit?.name ?? '未转派'}
            </View>
          </View>
        );
      })}
    </View>
  );
}
