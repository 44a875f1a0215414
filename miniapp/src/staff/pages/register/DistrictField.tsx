/** 所在区: typed by name or number (Enter takes the first match), or clicked in the list; the policy's districts. */
import { Input, View } from '@tarojs/components';
import Button from '../../../components/Button';
import Choice from '../../components/Choice';
import { Field } from './FormParts';
import { TABBABLE } from './keyboard';
import type { Registration } from './useRegistration';

export default function DistrictField({ r }: { r: Registration }) {
  const { policy, districts, matches, form } = r;
  return (
    <Field label='所在区' tag='必填 · 输入区名或序号，按 Enter 确认' errors={r.errors} field='district'>
      {policy.state === 'loading' ? (
        <View className='rg-field__hint' data-testid='reg-district-loading'>
          正在读取区县列表…
        </View>
      ) : null}
      {policy.state === 'error' ? (
        <View className='rg-notice rg-notice--error' data-testid='reg-district-error' role='alert'>
          区县列表没有读取成功，暂时不能登记。
          <Button className='rg-small' data-testid='reg-district-retry' data-kb-press {...TABBABLE} onClick={() => r.loadPolicy()}>
            重新读取
          </Button>
        </View>
      ) : null}
      {districts ? (
        <View>
          <Input
            className='rg-input'
            data-testid='reg-district'
            data-kb='district'
            value={r.districtQuery}
            maxlength={10}
            placeholder='例如：天河 或 4'
            aria-label='所在区'
            onInput={(e) => r.typeDistrict(e.detail.value)}
          />
          <View className='rg-field__hint' data-testid='reg-district-state' aria-live='polite'>
            {form.district
              ? `已选择：${form.district}`
              : matches.length
                ? `按 Enter 选择：${matches[0]}${matches.length > 1 ? `（共 ${matches.length} 个相符）` : ''}`
                : '尚未选择'}
          </View>
          <Choice
            bare={{ className: 'rg-districts' }}
            look='chip'
            size='small'
            testId='reg-district-options'
            label='所在区（点选）'
            options={districts.map((d, i) => ({
              value: d,
              label: `${i + 1} ${d}`,
              testId: `reg-district-option-${i + 1}`,
              // A district the typed name or number matches, before it is chosen.
              className: form.district !== d && matches.includes(d) ? 'rg-district--hit' : undefined,
            }))}
            value={form.district ?? undefined}
            onChange={(d) => {
              r.chooseDistrict(d);
              r.focusOn('address');
            }}
          />
        </View>
      ) : null}
    </Field>
  );
}
