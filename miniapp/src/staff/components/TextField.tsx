/** A text or date-time field of an action form: label, box (a full-height Textarea for long text), count, error. */
import { Input, Textarea, View } from '@tarojs/components';
import type { Field } from './actionFields';

interface Props {
  field: Extract<Field, { kind: 'text' | 'datetime' }>;
  testId: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
}

export default function TextField({ field: f, testId, value, onInput, error }: Props) {
  const multiline = f.kind === 'text' && f.multiline;
  const common = {
    className: multiline ? 'sf-textarea' : 'sf-input',
    'data-testid': `${testId}-input`,
    value,
    placeholder: f.kind === 'text' ? (f.placeholder ?? `请填写${f.label.replace(/（.*）$/, '')}`) : '2026-05-01 14:30',
    maxlength: f.kind === 'text' ? f.maxLength : 16,
    onInput: (e: { detail: { value: string } }) => onInput(e.detail.value),
  };
  return (
    <View className='sf-field' data-testid={testId} data-kb={`action-field-${f.name}`}>
      <View className='sf-field__label'>{f.label}</View>
      {multiline ? <Textarea {...common} autoHeight /> : <Input {...common} />}
      {f.kind === 'text' && f.multiline ? (
        <View className='sf-field__hint'>
          已输入 {value.length}/{f.maxLength} 字
        </View>
      ) : null}
      {error ? (
        <View className='sf-field__error' data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  );
}
