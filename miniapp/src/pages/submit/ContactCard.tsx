/** How the hotline reaches the citizen: the phone number, a name, 为我保密 and consent to publish the content. */
import { Text, View } from '@tarojs/components';
import InputField from '../../components/Field/InputField';
import SwitchRow from '../../components/SwitchRow';
import type { DraftForm } from '../../services/draft';
import type { FieldErrors } from '../../hooks/useSubmission';

interface Props {
  form: DraftForm;
  errors: FieldErrors;
  update: <K extends keyof DraftForm>(field: K, value: DraftForm[K]) => void;
}

export default function ContactCard({ form, errors, update }: Props) {
  return (
    <View className='card'>
      <InputField
        label='手机号码'
        required
        hint='办理的工作人员会用这个号码联系您、告诉您结果。'
        error={errors.contactPhone}
        errorTestId='error-contactPhone'
        testId='input-phone'
        type='number'
        value={form.contactPhone}
        maxlength={11}
        placeholder='11位手机号码'
        onInput={(v) => update('contactPhone', v)}
      />

      <InputField
        label='怎么称呼您'
        error={errors.contactName}
        errorTestId='error-contactName'
        testId='input-name'
        value={form.contactName}
        maxlength={30}
        placeholder='例如：张先生、李阿姨'
        onInput={(v) => update('contactName', v)}
      />

      <View className='field'>
        <SwitchRow
          className='submit__switch-row'
          labelClassName='field__label'
          switchClassName='submit__switch'
          testId='input-confidential'
          label='为我保密'
          checked={form.confidential}
          onChange={(v) => update('confidential', v)}
        />
        <Text className='text text--strong' data-testid='confidential-state'>
          {form.confidential ? '已开启：承办单位看不到您的姓名和手机号码' : '未开启'}
        </Text>
        <Text className='field__hint'>
          举报或担心被打扰时可以开启。开启后，负责办理的部门看不到您的姓名和手机号码，只有12345热线工作人员在需要时联系您。
        </Text>
      </View>

      {form.confidential ? null : (
        <View className='field'>
          <SwitchRow
            className='submit__switch-row'
            labelClassName='field__label'
            switchClassName='submit__switch'
            testId='input-publish'
            label='同意公开诉求内容'
            checked={form.publishConsent}
            onChange={(v) => update('publishConsent', v)}
          />
          <Text className='field__hint'>
            默认不公开。开启后，诉求内容会去掉姓名、电话、证件号和门牌地址，在政务公开数据中展示；不开启时只公开类别、所在区、办理状态和日期。
          </Text>
        </View>
      )}
    </View>
  );
}
