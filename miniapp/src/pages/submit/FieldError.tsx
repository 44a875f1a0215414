/** A field's message under it, in words ("请填写…"), announced politely. */
import { Text } from '@tarojs/components';
import type { FieldErrors } from '../../hooks/useSubmission';

export default function FieldError({ errors, field }: { errors: FieldErrors; field: keyof FieldErrors }) {
  const message = errors[field];
  return message ? (
    <Text className='field__error' data-testid={`error-${field}`} aria-live='polite'>
      {message}
    </Text>
  ) : null;
}
