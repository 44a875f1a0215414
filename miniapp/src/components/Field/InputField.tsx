/**
 * A Field whose control is one text Input, named from the field's own label and 必填/选填 (`fieldName`), so the label
 * a citizen sees and the name a screen reader reads are written once and cannot drift apart.
 */
import { Input, type InputProps } from '@tarojs/components';
import { fieldLabel } from '../fieldLabel';
import Field, { fieldName, type FieldProps } from './index';

export interface InputFieldProps extends Omit<FieldProps, 'children' | 'className' | 'data-testid'> {
  testId: string;
  /** Classes beside `field__input` (e.g. a wider letter spacing for codes). */
  inputClassName?: string;
  value: string;
  maxlength: number;
  placeholder: string;
  type?: InputProps['type'];
  onInput: (value: string) => void;
  onConfirm?: () => void;
}

export default function InputField({ label, required, hint, error, errorTestId, testId, inputClassName, onInput, ...input }: InputFieldProps) {
  return (
    <Field label={label} required={required} hint={hint} error={error} errorTestId={errorTestId}>
      <Input
        className={inputClassName ? `field__input ${inputClassName}` : 'field__input'}
        data-testid={testId}
        {...fieldLabel(fieldName(label, required))}
        {...input}
        onInput={(e) => onInput(e.detail.value)}
      />
    </Field>
  );
}
