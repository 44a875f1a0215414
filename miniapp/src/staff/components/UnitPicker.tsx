/**
 * Unit picker for dispatch, return review, designation and joint handling: a search box over GET /v1/work/units and
 * a list to tap. Single mode picks the lead unit; multiple mode toggles co-units. The choice is repeated in words.
 */
import { useMemo, useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import type { Unit } from '../../../../shared/views';
import './form.css';

export type UnitsState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; units: Unit[] };

interface Props {
  testId: string;
  label: string;
  units: UnitsState;
  onRetry: () => void;
  multiple?: boolean;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Units that cannot be picked here (e.g. the chosen lead unit in the co-unit list). */
  exclude?: readonly string[];
  /** Marked in the list, e.g. the current lead unit. */
  note?: Readonly<Record<string, string>>;
  error?: string;
}

const VISIBLE_MAX = 50;

export default function UnitPicker({ testId, label, units, onRetry, multiple, value, onChange, exclude, note, error }: Props) {
  const [query, setQuery] = useState('');
  const all = units.state === 'ready' ? units.units : [];
  const names = useMemo(() => new Map(all.map((u) => [u.id, u.name])), [all]);
  const filtered = useMemo(() => {
    const q = query.trim();
    return all.filter((u) => !exclude?.includes(u.id) && (!q || u.name.includes(q) || u.id.includes(q)));
  }, [all, query, exclude]);

  const toggle = (id: string) => {
    if (!multiple) return onChange([id]);
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  };

  return (
    <View className='sf-field' data-testid={testId}>
      <View className='sf-field__label'>{label}</View>
      {units.state === 'loading' ? (
        <View className='sf-field__hint' data-testid={`${testId}-loading`}>
          正在加载单位列表…
        </View>
      ) : units.state === 'error' ? (
        <View className='sf-field__error' data-testid={`${testId}-load-error`}>
          单位列表加载失败：{units.message}
          <Button className='sf-button sf-button--small' data-testid={`${testId}-retry`} onClick={onRetry}>
            重试
          </Button>
        </View>
      ) : (
        <>
          <View className='sf-unit__chosen' data-testid={`${testId}-chosen`}>
            {value.length ? `已选：${value.map((id) => names.get(id) ?? id).join('、')}` : multiple ? '未选择（可不选）' : '尚未选择'}
          </View>
          <Input
            className='sf-input'
            data-testid={`${testId}-search`}
            value={query}
            placeholder='输入单位名称查找'
            onInput={(e) => setQuery(e.detail.value)}
          />
          <View className='sf-unit__list' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
            {filtered.slice(0, VISIBLE_MAX).map((u) => {
              const selected = value.includes(u.id);
              const parent = u.parentId ? names.get(u.parentId) : undefined;
              return (
                <View
                  key={u.id}
                  className={`sf-unit__option${selected ? ' sf-unit__option--selected' : ''}`}
                  role={multiple ? 'checkbox' : 'radio'}
                  aria-checked={selected}
                  data-testid={`${testId}-option-${u.id}`}
                  onClick={() => toggle(u.id)}
                >
                  <View className='sf-choice__mark'>{selected ? '✓ 已选' : multiple ? '添加' : '选择'}</View>
                  <View className='sf-unit__name'>
                    {u.name}
                    {note?.[u.id] ? `（${note[u.id]}）` : ''}
                    {parent ? <View className='sf-unit__parent'>上级：{parent}</View> : null}
                  </View>
                </View>
              );
            })}
            {filtered.length === 0 ? <View className='sf-field__hint'>没有找到匹配的单位</View> : null}
            {filtered.length > VISIBLE_MAX ? (
              <View className='sf-field__hint'>还有 {filtered.length - VISIBLE_MAX} 个单位，请输入名称缩小范围</View>
            ) : null}
          </View>
        </>
      )}
      {error ? (
        <View className='sf-field__error' data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  );
}
