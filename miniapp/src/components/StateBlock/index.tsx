/**
 * The one loading / empty / error / signed-out block, for citizen and staff pages alike: the state said in words,
 * with the one useful next step as a button (重试, 去反映, 去登录…). Errors and a lost session are announced at once
 * (`alert`), loading and empty politely (`status`). Sizes and colours come from the design tokens (index.css).
 */
import { Text, View } from '@tarojs/components';
import Button from '../Button';
import './index.css';

export interface StateBlockProps {
  kind: 'loading' | 'empty' | 'error' | 'signed-out';
  text: string;
  detail?: string | null;
  actionText?: string;
  onAction?: () => void;
  /** Default `state-<kind>`. */
  testId?: string;
  /** Default `<testId>-action`. */
  actionTestId?: string;
}

export default function StateBlock({ kind, text, detail, actionText, onAction, testId, actionTestId }: StateBlockProps) {
  const id = testId ?? `state-${kind}`;
  return (
    <View
      className={`state state--${kind}`}
      data-testid={id}
      role={kind === 'error' || kind === 'signed-out' ? 'alert' : 'status'}
      aria-live='polite'
    >
      <Text className='state__text'>{text}</Text>
      {detail ? <Text className='state__detail'>{detail}</Text> : null}
      {actionText && onAction ? (
        <Button className='btn btn--primary' data-testid={actionTestId ?? `${id}-action`} onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
