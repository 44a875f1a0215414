/** Loading / empty / error / signed-out states, said in words, with the one useful next step as a button. */
import { View } from '@tarojs/components';
import Button from '../../components/Button';
import './state.css';

interface Props {
  kind: 'loading' | 'empty' | 'error' | 'signed-out';
  testId: string;
  title: string;
  detail?: string;
  action?: { label: string; onClick: () => void; testId: string };
}

export default function StateBlock({ kind, testId, title, detail, action }: Props) {
  return (
    <View
      className={`ss-state ss-state--${kind}`}
      data-testid={testId}
      role={kind === 'error' || kind === 'signed-out' ? 'alert' : 'status'}
      aria-live='polite'
    >
      <View className='ss-state__title'>{title}</View>
      {detail ? <View className='ss-state__detail'>{detail}</View> : null}
      {action ? (
        <Button className='ss-state__button' data-testid={action.testId} onClick={action.onClick}>
          {action.label}
        </Button>
      ) : null}
    </View>
  );
}
