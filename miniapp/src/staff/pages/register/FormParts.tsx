/** Small pieces of the registration form: a field's frame (label, tag, error) and the category choice. */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import { CATEGORY_HINTS, CATEGORY_LABELS } from '../../../../../shared/domain/labels';
import { CATEGORIES, type Category } from '../../../../../shared/domain/types';
import type { RegistrationErrors } from '../../services/register';
import { tabStop } from './keyboard';

export function FieldError({ errors, field }: { errors: RegistrationErrors; field: keyof RegistrationErrors }) {
  const message = errors[field];
  return message ? (
    <View className='rg-field__error' data-testid={`reg-error-${field}`} role='alert'>
      {message}
    </View>
  ) : null;
}

/** A labelled field with its tag (必填 / 选填 and the key to press), its error under it, then `after`. */
export function Field({
  label,
  tag,
  errors,
  field,
  children,
  after,
}: {
  label: string;
  tag: string;
  errors: RegistrationErrors;
  field: keyof RegistrationErrors;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <View className='rg-field'>
      <View className='rg-field__label'>
        {label}
        <View className='rg-field__tag'>{tag}</View>
      </View>
      {children}
      <FieldError errors={errors} field={field} />
      {after}
    </View>
  );
}

/** 诉求类别 as a radio group with a roving tab stop; keys 1–5 and the arrows are handled in useRegisterKeys. */
export function CategoryChoice({ value, onPick }: { value: Category | null; onPick: (c: Category) => void }) {
  return (
    <View className='rg-cats' role='radiogroup' aria-label='诉求类别'>
      {CATEGORIES.map((c, i) => {
        const selected = value === c;
        const inOrder = selected || (!value && i === 0);
        return (
          <Button
            key={c}
            className={`rg-cat${selected ? ' rg-cat--on' : ''}`}
            data-testid={`reg-category-${c}`}
            data-kb='category'
            data-value={c}
            aria-checked={selected}
            {...{ role: 'radio', ...tabStop(inOrder) }}
            onClick={() => onPick(c)}
          >
            <View className='rg-cat__head'>
              <View className='rg-cat__key'>{i + 1}</View>
              <View className='rg-cat__label'>{CATEGORY_LABELS[c]}</View>
              {selected ? <View className='rg-cat__mark'>✓ 已选</View> : null}
            </View>
            <View className='rg-cat__hint'>{CATEGORY_HINTS[c]}</View>
          </Button>
        );
      })}
    </View>
  );
}
