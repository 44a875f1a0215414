/** 撤回诉求 before a reply, with a confirmation step and an optional reason. */
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Button from '../../components/Button';
import { fieldLabel } from '../../components/fieldLabel';
import type { MatterAct } from './act';

export default function WithdrawPanel({ act }: { act: MatterAct }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    if (sending) return;
    setSending(true);
    setError(null);
    const r = await act('withdraw', { reason });
    setSending(false);
    if (r.ok) {
      setConfirming(false); // the header now reads 已撤回: no toast over the page
    } else {
      setError(r.fields.reason ?? r.message);
    }
  };

  if (!confirming) {
    return (
      <View className='card' data-testid='withdraw'>
        <View className='card__title'>不需要办理了？</View>
        <Text className='field__hint'>问题已经自己解决，或者不想再反映，可以撤回。承办单位答复以后就不能撤回了。</Text>
        <Button className='btn btn--danger' data-testid='withdraw-start' onClick={() => setConfirming(true)}>
          撤回诉求
        </Button>
      </View>
    );
  }
  return (
    <View className='card matter__confirm' data-testid='withdraw-confirm'>
      <View className='card__title'>确定要撤回吗？</View>
      <Text className='text text--strong'>撤回后，这件诉求将不再办理，也不能恢复。</Text>
      <Text className='field__label matter__label'>
        撤回原因<Text className='field__tag'>选填</Text>
      </Text>
      <Textarea
        className='field__input matter__textarea--small'
        data-testid='withdraw-reason'
        {...fieldLabel('撤回原因')}
        value={reason}
        maxlength={200}
        placeholder='例如：问题已经解决了'
        onInput={(e) => setReason(e.detail.value)}
      />
      {error ? (
        <Text className='field__error' data-testid='withdraw-error' aria-live='polite'>
          {error}
        </Text>
      ) : null}
      <Button className='btn btn--danger' data-testid='withdraw-confirm-button' disabled={sending || undefined} onClick={() => void send()}>
        {sending ? '正在撤回…' : '确认撤回'}
      </Button>
      <Button className='btn' data-testid='withdraw-cancel' disabled={sending || undefined} onClick={() => setConfirming(false)}>
        不撤回，继续办理
      </Button>
    </View>
  );
}
