/** A queue row in the phone layout (and the mini-program): a card with number, status, place, summary, deadline and badges. Its accessible name is its visible content (no aria-label hiding it). */
import { View } from '@tarojs/components';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../../../shared/domain/labels';
import { deadlineSummary, isOverdue } from '../../services/format';
import { CHANNEL_LABELS, SUPERVISION_BADGES } from '../../services/labels';
import type { QueueItem } from '../../../../../shared/views';

export function QueueRow({ item, now, showUnit, onOpen }: { item: QueueItem; now: number; showUnit: boolean; onOpen: () => void }) {
  const deadline = deadlineSummary(item, now);
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
