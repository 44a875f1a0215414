/** The registration form itself: the caller, the matter, confidentiality, the message and 登记. */
import { Input, Textarea, View } from '@tarojs/components';
import Button from '../../../components/Button';
import SwitchRow from '../../../components/SwitchRow';
import EmergencyTransfer from '../../components/EmergencyTransfer';
import DistrictField from './DistrictField';
import { CategoryChoice, Field } from './FormParts';
import { contentCounter, FIELD_KEYS, FIX_FIELDS_MESSAGE, PHONE_INPUT_TYPE } from './helpers';
import { TABBABLE } from './keyboard';
import type { Registration } from './useRegistration';

export default function RegisterForm({ r }: { r: Registration }) {
  const { form, errors, update, message } = r;
  const fieldMessages = FIELD_KEYS.map(([f]) => errors[f]).filter((m): m is string => !!m);
  return (
    <View className='rg__form' data-testid='reg-form'>
      <Field label='来电号码' tag='必填' errors={errors} field='callerPhone'>
        <Input
          className='rg-input'
          data-testid='reg-phone'
          data-kb='phone'
          type={PHONE_INPUT_TYPE}
          value={form.callerPhone}
          maxlength={13}
          placeholder='手机号码或带区号的固定电话'
          aria-label='来电号码'
          onInput={(e) => update('callerPhone', String(e.detail.value).replace(/[^\d-]/g, '').slice(0, 13))}
        />
      </Field>

      <Field label='来电人称呼' tag='选填' errors={errors} field='contactName'>
        <Input
          className='rg-input'
          data-testid='reg-name'
          data-kb='name'
          value={form.contactName}
          maxlength={30}
          placeholder='例如：张先生、李阿姨'
          aria-label='来电人称呼'
          onInput={(e) => update('contactName', e.detail.value)}
        />
      </Field>

      <Field label='诉求类别' tag='必填 · 按 1–5 选择' errors={errors} field='category'>
        <CategoryChoice value={form.category} onPick={(c) => update('category', c)} />
      </Field>

      <DistrictField r={r} />

      <Field label='详细地址' tag='选填 · 用于提示同一地址的在办诉求' errors={errors} field='address'>
        <Input
          className='rg-input'
          data-testid='reg-address'
          data-kb='address'
          value={form.address}
          maxlength={200}
          placeholder='街道、小区、门牌号或附近的标志'
          aria-label='详细地址'
          onInput={(e) => update('address', e.detail.value)}
        />
      </Field>

      <Field
        label='诉求内容'
        tag='必填 · Enter 换行，Ctrl+Enter 登记'
        errors={errors}
        field='content'
        after={<EmergencyTransfer content={form.content} />}
      >
        <Textarea
          className='rg-textarea'
          data-testid='reg-content'
          data-kb='content'
          value={form.content}
          // Never cut pasted text silently: the counter says how much is over and the form refuses it.
          maxlength={-1}
          placeholder='记录来电人反映的时间、地点、事情经过和诉求'
          aria-label='诉求内容'
          onInput={(e) => update('content', e.detail.value)}
        />
        <View className='rg-field__hint' data-testid='reg-content-counter' aria-live='polite'>
          {contentCounter(form.content)}
        </View>
      </Field>

      <View className='rg-field rg-switch'>
        <SwitchRow
          className='rg-switch__row'
          labelClassName='rg-field__label'
          testId='reg-confidential'
          kb='confidential'
          label='来电人要求保密'
          checked={form.confidential}
          onChange={(v) => update('confidential', v)}
        />
        <View className='rg-field__hint' data-testid='reg-confidential-state'>
          {form.confidential ? '已开启：承办单位看不到来电人的姓名和号码' : '未开启（空格键切换）'}
        </View>
      </View>

      {message ? (
        <View className='rg-notice rg-notice--error' data-testid='reg-message' role='alert'>
          <View className='rg-notice__strong'>{message}</View>
          {message === FIX_FIELDS_MESSAGE
            ? fieldMessages.map((m) => (
                <View key={m} className='rg-notice__line'>
                  · {m}
                </View>
              ))
            : null}
        </View>
      ) : null}

      <Button
        className='rg-submit'
        data-testid='reg-submit'
        data-kb='submit'
        data-kb-press
        {...TABBABLE}
        disabled={r.sending || r.policy.state !== 'ready' || undefined}
        onClick={() => void r.submit()}
      >
        {r.sending ? '正在登记…' : '登记（Ctrl+Enter）'}
      </Button>
    </View>
  );
}
