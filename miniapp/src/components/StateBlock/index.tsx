/**
 * Loading, error and empty states in words, with an optional action (重试, 去反映…). Uses app.css `.state`.
 */
import { Text, View } from '@tarojs/components';
import Button from '../Button';

export interface StateBlockProps {
  kind: 'loading' | 'error' | 'empty';
  text: string;
  detail?: string | null;
  actionText?: string;
  onAction?: () => void;
  testId?: string;
}

export default function StateBlock({ kind, text, detail, actionText, onAction, testId }: StateBlockProps) {
  return (
    <View
      className={`state state--${kind}`}
      data-testid={testId ?? `state-${kind}`}
      aria-live='polite'
    >
      <Text className='state__text'>{text}</Text>
      {detail ? <Text className='state__detail'>{detail}</Text> : null}
      {actionText && onAction ? (
        <Button className='btn btn--primary' data-testid={`${testId ?? `state-${kind}`}-action`} onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
