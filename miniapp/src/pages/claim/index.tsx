/**
 * 认领电话反映的诉求 (docs/rules.md §2 "channels"): someone who called 12345 enters the tracking number the operator read out
 * and the last 4 digits of the phone they called from; the matter then appears under 我的诉求, where they can follow
 * it, add information and rate the result. Needs the privacy consent and sign-in first, like the other citizen pages.
 *
 * Validation uses the backend's own schema (shared/schemas claimSchema). Refusals are said in words:
 * 404 → check the number and digits; 409 ALREADY_CLAIMED and 429 → the backend's message.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import CitizenPage from '../../components/CitizenPage';
import StateBlock from '../../components/StateBlock';
import { SERVICE_HOTLINE } from '../../constants/hotlines';
import { useCitizenGate } from '../../hooks/useCitizenGate';
import { useRouteParams } from '../../platform/lifecycle';
import { navigateTo, redirectTo, ROUTES, withQuery } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import { ApiError, errorMessage, fieldErrors } from '../../services/api';
import { requestSubscription } from '../../platform/subscribe';
import { SUBSCRIBE_AT } from '../../services/config';
import { claimPhoneMatter, CLAIM_ROUTE, validateClaim, type ClaimErrors, type ClaimInput } from '../../services/claim';
import InputField from '../../components/Field/InputField';
import './index.css';

export const NOT_FOUND_MESSAGE = '未找到该诉求，请核对受理编号和手机号后4位';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** Refused: the message, and whether it is ALREADY_CLAIMED (then 我的诉求 is the next step). */
  | { kind: 'refused'; message: string; claimed: boolean };

/** Tracking numbers are read out over the phone: accept lower case and spaces (`gz 2611 2200 07`). */
const cleanTrackingNo = (v: string) => v.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 14);
const cleanDigits = (v: string) => v.replace(/\D/g, '').slice(0, 4);

export default function Claim() {
  const params = useRouteParams();
  const initialNo = cleanTrackingNo(params.trackingNo ?? '');
  const allowed = useCitizenGate(initialNo ? withQuery(CLAIM_ROUTE, { trackingNo: initialNo }) : CLAIM_ROUTE);
  if (!allowed) {
    return (
      <CitizenPage className='claim'>
        <StateBlock kind='loading' text='请先阅读个人信息保护说明…' />
      </CitizenPage>
    );
  }
  return <ClaimForm initialNo={initialNo} />;
}

function ClaimForm({ initialNo }: { initialNo: string }) {
  const [input, setInput] = useState<ClaimInput>({ trackingNo: initialNo, phoneLast4: '' });
  const [errors, setErrors] = useState<ClaimErrors>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const sending = outcome.kind === 'sending';

  const update = (field: keyof ClaimInput, value: string) => {
    setInput((i) => ({ ...i, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    if (outcome.kind === 'refused') setOutcome({ kind: 'idle' });
  };

  const submit = async () => {
    if (sending) return;
    const v = validateClaim(input);
    if (!v.ok) {
      setErrors(v.errors);
      return;
    }
    setErrors({});
    setOutcome({ kind: 'sending' });
    // On the tap (WeChat allows the consent dialog nowhere else); a refusal never blocks the claim.
    await requestSubscription(SUBSCRIBE_AT.claim);
    try {
      const matter = await claimPhoneMatter(v.body);
      setOutcome({ kind: 'idle' });
      await redirectTo(withQuery(ROUTES.matter, { id: matter.id }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        setOutcome({ kind: 'refused', message: NOT_FOUND_MESSAGE, claimed: false });
        return;
      }
      const fields = fieldErrors(err);
      if (fields.trackingNo || fields.phoneLast4) setErrors({ trackingNo: fields.trackingNo, phoneLast4: fields.phoneLast4 });
      setOutcome({ kind: 'refused', message: errorMessage(err), claimed: err instanceof ApiError && err.code === 'ALREADY_CLAIMED' });
    }
  };

  return (
    <CitizenPage
      className='claim'
      header={
        <View className='page-header'>
          <View className='page-header__title'>认领电话反映的诉求</View>
          <View className='page-header__subtitle'>在12345电话里反映过问题？认领后，可以在“我的诉求”里查看进度、补充情况和评价。</View>
        </View>
      }
    >
      <View className='card'>
        <Text className='text'>需要两样东西：</Text>
        <Text className='text'>1. 受理编号：话务员在电话里告诉您的编号，例如 GZ2611220007。</Text>
        <Text className='text'>2. 手机号后4位：您打12345时用的那个手机号码的最后4位。</Text>
        <Text className='text text--muted'>每件诉求只能认领一次。</Text>
      </View>

      <View className='card'>
        <InputField
          label='受理编号'
          required
          error={errors.trackingNo}
          errorTestId='claim-error-trackingNo'
          testId='claim-tracking-no'
          inputClassName='claim__number'
          value={input.trackingNo}
          maxlength={20}
          placeholder='例如：GZ2611220007'
          onInput={(v) => update('trackingNo', cleanTrackingNo(v))}
        />

        <InputField
          label='手机号后4位'
          required
          error={errors.phoneLast4}
          errorTestId='claim-error-phoneLast4'
          testId='claim-phone-last4'
          inputClassName='claim__digits'
          type='number'
          value={input.phoneLast4}
          maxlength={4}
          placeholder='4位数字'
          onInput={(v) => update('phoneLast4', cleanDigits(v))}
          onConfirm={() => void submit()}
        />

        {outcome.kind === 'refused' ? (
          <View className='notice notice--error notice--inline' data-testid='claim-refused' aria-live='polite'>
            <Text className='text text--strong' data-testid='claim-message'>
              {outcome.message}
            </Text>
            {outcome.claimed ? (
              <Button className='btn' data-testid='claim-my-matters' onClick={() => void navigateTo(ROUTES.matters)}>
                查看我的诉求
              </Button>
            ) : null}
            <Text className='text text--muted'>有疑问可以拨打 {SERVICE_HOTLINE.number} 咨询。</Text>
          </View>
        ) : null}

        <Button
          className='btn btn--primary'
          data-testid='claim-submit'
          disabled={sending || undefined}
          onClick={() => void submit()}
        >
          {sending ? '正在认领，请稍候…' : '认领'}
        </Button>
      </View>

      <View className='card'>
        <Text className='text'>忘了受理编号？可以拨打 {SERVICE_HOTLINE.number} 询问。</Text>
        <Button
          className='btn'
          data-testid='claim-call'
          aria-label={`拨打${SERVICE_HOTLINE.number}${SERVICE_HOTLINE.label}`}
          onClick={() => void makePhoneCall(SERVICE_HOTLINE.number)}
        >
          拨打 {SERVICE_HOTLINE.number}
        </Button>
      </View>
    </CitizenPage>
  );
}
