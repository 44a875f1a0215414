/**
 * One labelled field of a citizen form: the label with its 必填 / 选填 tag, an optional hint in words, the control, and
 * the field's message under it (announced politely, so a screen reader says what to fix). The control itself is
 * named with `fieldName(label, required)` through `fieldLabel`, so the name a screen reader reads matches the label.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

export interface FieldProps {
  label: string;
  required?: boolean;
  hint?: ReactNode;
  /** The field's message (e.g. "请填写诉求内容"), shown under the control. */
  error?: string;
  errorTestId?: string;
  className?: string;
  'data-testid'?: string;
  children?: ReactNode;
}

/** The control's accessible name: the label and whether it must be filled, as the tag shows it. */
export function fieldName(label: string, required?: boolean): string {
  return `${label}（${required ? '必填' : '选填'}）`;
}

export default function Field({ label, required, hint, error, errorTestId, className, children, 'data-testid': testId }: FieldProps) {
  return (
    <View className={className ? `field ${className}` : 'field'} data-testid={testId}>
      <Text className='field__label'>
        {label}
        <Text className='field__tag'>{required ? '必填' : '选填'}</Text>
      </Text>
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {children}
      {error ? (
        <Text className='field__error' data-testid={errorTestId} aria-live='polite'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
