/** 补充情况: new information for the unit, said inline once sent. */
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Button from '../../components/Button';
import { fieldLabel } from '../../components/fieldLabel';
import type { MatterAct } from './act';

export default function SupplementForm({ act }: { act: MatterAct }) {
  const [content, setContent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [sending, setSending] = useState(false);

  const send = async () => {
    if (sending) return;
    setSending(true);
    setError(null);
    const r = await act('supplement', { content });
    setSending(false);
    if (r.ok) {
      setContent('');
      setDone(true); // said inline (supplement-done), not in a toast over the form
    } else {
      setError(r.fields.content ?? r.message);
    }
  };

  return (
    <View className='card' data-testid='supplement-form'>
      <View className='card__title'>补充情况</View>
      <Text className='field__hint'>情况有变化，或想起新的信息，可以在这里补充，承办单位会看到。</Text>
      <Textarea
        className='field__input matter__textarea'
        data-testid='supplement-content'
        {...fieldLabel('补充内容')}
        value={content}
        maxlength={2000}
        placeholder='写下要补充的内容'
        onInput={(e) => {
          setContent(e.detail.value);
          setDone(false);
        }}
      />
      {error ? (
        <Text className='field__error' data-testid='supplement-error' aria-live='polite'>
          {error}
        </Text>
      ) : null}
      {done ? (
        <Text className='text text--strong' data-testid='supplement-done'>
          已提交，补充的内容在上面的“办理进展”里可以看到。
        </Text>
      ) : null}
      <Button className='btn btn--primary' data-testid='supplement-submit' disabled={sending || undefined} onClick={() => void send()}>
        {sending ? '正在提交…' : '提交补充'}
      </Button>
    </View>
  );
}
