/**
 * A short list of options as large tap targets (radio group). The chosen one is marked in words ("已选"), not only by
 * colour. Works the same with a mouse on H5 and a finger in WeChat.
 */
import { View } from '@tarojs/components';
// Each option takes focus; Enter or Space chooses it (Press's document listener, which importing it installs).
import { tabStop } from './Press';
import './form.css';

export interface ChoiceOption {
  value: string;
  label: string;
}

interface Props {
  testId: string;
  label: string;
  options: readonly ChoiceOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
}

export default function Choice({ testId, label, options, value, onChange, error, disabled }: Props) {
  return (
    <View className='sf-field' data-testid={testId}>
      <View className='sf-field__label'>{label}</View>
      <View className='sf-choice' role='radiogroup' aria-label={label}>
        {options.map((o) => {
          const selected = o.value === value;
          return (
            <View
              key={o.value}
              className={`sf-choice__option${selected ? ' sf-choice__option--selected' : ''}`}
              role='radio'
              aria-checked={selected}
              aria-disabled={disabled ? 'true' : undefined}
              {...tabStop(disabled ? -1 : 0)}
              data-press=''
              data-testid={`${testId}-${o.value}`}
              onClick={() => !disabled && onChange(o.value)}
            >
              <View className='sf-choice__mark'>{selected ? '✓ 已选' : '选择'}</View>
              <View className='sf-choice__text'>{o.label}</View>
            </View>
          );
        })}
      </View>
      {error ? (
        <View className='sf-field__error' data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  );
}
