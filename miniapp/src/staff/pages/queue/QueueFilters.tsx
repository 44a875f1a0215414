/**
 * The queue's status tabs and filters (overdue only, supervision level). A strip above the cards on a phone; the
 * side panel of the desktop layout. Every option is a focusable element announced with its role and state.
 */
import { View } from '@tarojs/components';
import type { QueueFilter } from '../../../../../shared/views';
import { LEVELS, type Tab } from './tabs';
import '../../components/chips.css';

interface Props {
  tabs: readonly Tab[];
  tab: string;
  onTab: (key: string) => void;
  overdueOnly: boolean;
  onOverdueOnly: (v: boolean) => void;
  level: QueueFilter['supervisionLevel'];
  onLevel: (v: QueueFilter['supervisionLevel']) => void;
}

/** Focusable (Enter/Space activate it through components/Press's document listener). */
const KEYS: Record<string, unknown> = { tabIndex: 0, 'data-press': '' };

export default function QueueFilters({ tabs, tab, onTab, overdueOnly, onOverdueOnly, level, onLevel }: Props) {
  const chip = (on: boolean, testId: string, text: string, onPress: () => void, key?: string) => (
    <View
      key={key}
      className={`s-chip s-chip--large${on ? ' s-chip--on' : ''}`}
      role='radio'
      aria-checked={on}
      data-testid={testId}
      onClick={onPress}
      {...KEYS}
    >
      {on ? '✓ ' : ''}
      {text}
    </View>
  );
  return (
    <View className='sq-side' data-testid='queue-filters'>
      <View className='sq-tabs' role='tablist' aria-label='按状态查看' aria-orientation='vertical'>
        {tabs.map((t) => (
          <View
            key={t.key}
            className={`sq-tab${t.key === tab ? ' sq-tab--active' : ''}`}
            role='tab'
            aria-selected={t.key === tab}
            data-testid={`queue-tab-${t.key}`}
            onClick={() => onTab(t.key)}
            {...KEYS}
          >
            {t.label}
            {t.key === tab ? <View className='sq-tab__mark'>当前</View> : null}
          </View>
        ))}
      </View>

      <View className='sq-filters'>
        <View className='sq-filters__group' role='radiogroup' aria-label='超期'>
          <View className='sq-filters__label'>超期</View>
          {chip(!overdueOnly, 'filter-overdue-all', '全部', () => onOverdueOnly(false))}
          {chip(overdueOnly, 'filter-overdue-only', '只看已超期', () => onOverdueOnly(true))}
        </View>
        <View className='sq-filters__group' role='radiogroup' aria-label='督办级别'>
          <View className='sq-filters__label'>督办级别</View>
          {LEVELS.map((l) => chip(level === l.value, `filter-level-${l.value ?? 'any'}`, l.label, () => onLevel(l.value), l.label))}
        </View>
      </View>
    </View>
  );
}
