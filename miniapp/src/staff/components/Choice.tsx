/**
 * A short list of options as a radio group: large tap targets marked 已选/选择 (look 'option', the action forms), or
 * compact chips marked ✓ (look 'chip', components/chips.css). The chosen one is marked in words, not only by colour.
 * Works the same with a mouse on H5 and a finger in WeChat.
 */
import { View } from '@tarojs/components';
// Each option takes focus; Enter or Space chooses it (Press's document listener, which importing it installs).
import { tabStop } from './Press';
import './form.css';
import './chips.css';

export interface ChoiceOption {
  value: string;
  label: string;
  /** The option's test id when `${testId}-${value}` will not do (e.g. numbered options). */
  testId?: string;
  /** A state the group's owner shows on an option (the register page: a district the typed name matches). */
  className?: string;
}

interface Props {
  testId: string;
  label: string;
  options: readonly ChoiceOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
  look?: 'option' | 'chip';
  /** Chip height (chips.css): small for long lists, large for an 88px tap target. */
  size?: 'small' | 'large';
  /**
   * The page already shows the label and the error around the group (the register page's Field): render only the
   * radio group, named by `label`, with this class.
   */
  bare?: { className: string };
}

function optionClass(look: 'option' | 'chip', size: Props['size'], selected: boolean, extra?: string): string {
  const base =
    look === 'chip'
      ? `s-chip${size ? ` s-chip--${size}` : ''}${selected ? ' s-chip--on' : ''}`
      : `sf-choice__option${selected ? ' sf-choice__option--selected' : ''}`;
  return extra ? `${base} ${extra}` : base;
}

export default function Choice({ testId, label, options, value, onChange, error, disabled, look = 'option', size, bare }: Props) {
  const group = (
    <View className={bare?.className ?? 'sf-choice'} role='radiogroup' aria-label={label} data-testid={bare ? testId : undefined}>
      {options.map((o) => {
        const selected = o.value === value;
        return (
          <View
            key={o.value}
            className={optionClass(look, size, selected, o.className)}
            role='radio'
            aria-checked={selected}
            aria-disabled={disabled ? 'true' : undefined}
            {...tabStop(disabled ? -1 : 0)}
            data-press=''
            data-testid={o.testId ?? `${testId}-${o.value}`}
            onClick={() => !disabled && onChange(o.value)}
          >
            {look === 'chip' ? (
              <>
                {selected ? '✓ ' : ''}
                {o.label}
              </>
            ) : (
              <>
                <View className='sf-choice__mark'>{selected ? '✓ 已选' : '选择'}</View>
                <View className='sf-choice__text'>{o.label}</View>
              </>
            )}
          </View>
        );
      })}
    </View>
  );
  if (bare) return group;
  return (
    <View className='sf-field' data-testid={testId}>
      <View className='sf-field__label'>{label}</View>
      {group}
      {error ? (
        <View className='sf-field__error' data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  );
}
