/**
 * Unit picker for dispatch, return review, designation and joint handling: a search box over GET /v1/work/units and
 * a list to tap. Single mode picks the lead unit; multiple mode toggles co-units. The choice is repeated in words.
 * Type-ahead from the keyboard (H5): the first match is highlighted as you type, ↑/↓ move the highlight, Enter
 * picks it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Input, View } from '@tarojs/components';
import Button from '../../components/Button';
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
  /** `data-kb` name of the search box (focusField()). */
  kbName?: string;
  /** Called after Enter picked a unit from the keyboard (the form moves focus on). */
  onPicked?: () => void;
}

const VISIBLE_MAX = 50;

export default function UnitPicker({ testId, label, units, onRetry, multiple, value, onChange, exclude, note, error, kbName, onPicked }: Props) {
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

  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [query]);
  const shown = filtered.slice(0, VISIBLE_MAX);
  const highlighted = query.trim() ? shown[Math.min(active, shown.length - 1)] : undefined;
  const keys = useRef({ shown, highlighted, toggle, onPicked });
  keys.current = { shown, highlighted, toggle, onPicked };
  useEffect(() => {
    if (!kbName || process.env.TARO_ENV === 'weapp' || typeof document === 'undefined') return undefined;
    // Capture: Taro's H5 Input stops keydown at its inner <input> (see pages/register/keyboard.ts).
    const listener = (e: KeyboardEvent) => {
      if (e.isComposing || e.keyCode === 229) return;
      const target = e.target instanceof Element ? e.target : null;
      if (!target?.closest(`[data-kb="${kbName}"]`)) return;
      const k = keys.current;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = k.shown.length;
        if (n) setActive((a) => (e.key === 'ArrowDown' ? Math.min(a + 1, n - 1) : Math.max(a - 1, 0)));
      } else if (e.key === 'Enter' && k.highlighted) {
        e.preventDefault();
        k.toggle(k.highlighted.id);
        k.onPicked?.();
      }
    };
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }, [kbName]);

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
            data-kb={kbName}
            value={query}
            placeholder='输入单位名称查找'
            onInput={(e) => setQuery(e.detail.value)}
          />
          <View className='sf-unit__list' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
            {highlighted ? (
              <View className='sf-unit__hint' aria-live='polite' data-testid={`${testId}-highlighted`}>
                按回车选择：{highlighted.name}（↑↓ 换一个）
              </View>
            ) : null}
            {shown.map((u) => {
              const selected = value.includes(u.id);
              const parent = u.parentId ? names.get(u.parentId) : undefined;
              return (
                <View
                  key={u.id}
                  className={`sf-unit__option${selected ? ' sf-unit__option--selected' : ''}${u === highlighted ? ' sf-unit__option--active' : ''}`}
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
