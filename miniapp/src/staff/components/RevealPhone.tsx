/**
 * 查看完整号码 (callbacks, CS Art.16/25/26): the masked number stays masked until the clerk gives a reason; the
 * reveal is recorded by the backend (who, when, why) and limited per account. The revealed number offers
 * tap-to-call (wx.makePhoneCall; `tel:` in H5).
 */
import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import Button from '../../components/Button';
import { errorMessage } from '../../services/api';
import { makePhoneCall } from '../../platform/phone';
import type { StaffSession } from '../../../../shared/views';
import { revealPhone, type RevealedContact } from './reveal';

export default function RevealPhone({ matterId, session }: { matterId: string; session: StaffSession }) {
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<RevealedContact | null>(null);

  if (shown) {
    return (
      <View className='sm-reveal' data-testid='reveal-shown'>
        <View data-testid='reveal-phone'>完整号码：{shown.phone}</View>
        <Button className='sm-reveal__button' data-testid='reveal-call' onClick={() => void makePhoneCall(shown.phone)}>
          拨打电话
        </Button>
      </View>
    );
  }
  if (!open) {
    return (
      <Button className='sm-reveal__button' data-testid='reveal-open' onClick={() => setOpen(true)}>
        查看完整号码（回访用）
      </Button>
    );
  }
  const send = async () => {
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      setShown(await revealPhone(session, matterId, reason.trim()));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSending(false);
    }
  };
  return (
    <View className='sm-reveal'>
      <View className='sm-note'>查看记录会留存（账号、时间、原因），请填写原因：</View>
      <Input className='field__input' data-testid='reveal-reason' value={reason} maxlength={200} placeholder='例如：回访诉求人，核实办理情况' onInput={(e) => setReason(e.detail.value)} />
      {error ? (
        <View className='sm-error' role='alert' data-testid='reveal-error'>
          {error}
        </View>
      ) : null}
      <Button className='sm-reveal__button' data-testid='reveal-submit' disabled={sending || undefined} onClick={() => void send()}>
        {sending ? '正在查看…' : '查看'}
      </Button>
    </View>
  );
}
