/**
 * 我要反映: the submission form, screening advice before submitting, and the tracking number afterwards.
 *
 * - Validation uses the backend's own schema (shared/schemas submissionSchema) and shows its messages next to the
 *   fields; the district list is the backend policy's (GET /v1/health → shared/policy).
 * - Screening only advises (docs/rules.md §2): an emergency shows a big call button and hides submitting behind a small
 *   "不是紧急情况" link; a redirect names where to go and still offers to submit; knowledge articles may answer it.
 * - Submitting asks for subscribe-message consent on the tap, sends the draft's Idempotency-Key, and is blocked while
 *   a request is in flight (see hooks/useSubmission.ts).
 * - Photos (≤ 9) upload as soon as they are picked (hooks/usePhotoUploads.ts); submitting waits for them.
 */
import { startTransition, useEffect, useState } from 'react';
import { Picker, Text, Textarea, View } from '@tarojs/components';
import Button from '../../components/Button';
import CategoryPicker from '../../components/CategoryPicker';
import CitizenPage from '../../components/CitizenPage';
import PhotoPicker from '../../components/PhotoPicker';
import PickerFace from '../../components/PickerFace';
import StateBlock from '../../components/StateBlock';
import { useCitizenGate } from '../../hooks/useCitizenGate';
import { usePolicy } from '../../hooks/usePolicy';
import { usePhotoUploads } from '../../hooks/usePhotoUploads';
import { FIX_FIELDS_MESSAGE, useSubmission } from '../../hooks/useSubmission';
import { chooseLocation } from '../../platform/location';
import { ROUTES } from '../../platform/navigation';
import { policyHandlingDays } from '../../services/policy';
import { fieldLabel } from '../../components/fieldLabel';
import Field, { fieldName } from '../../components/Field';
import InputField from '../../components/Field/InputField';
import { Resolved, Success } from './afterForm';
import ScreeningAdvice, { SubmitButton } from './ScreeningAdvice';
import ContactCard from './ContactCard';
import './index.css';

export const CONTENT_MIN = 10;
export const CONTENT_MAX = 2000;
export const LOCATION_UNAVAILABLE_MESSAGE = '现在无法打开地图选择位置。位置可以不填，请在“详细地址”里写清楚地点就可以。';

/** `已输入 5 字，还需至少 5 字` / `已输入 120 字（最多 2000 字）`. */
export function contentCounter(content: string): string {
  const n = content.trim().length;
  if (n < CONTENT_MIN) return `已输入 ${n} 字，还需至少 ${CONTENT_MIN - n} 字`;
  if (n > CONTENT_MAX) return `已输入 ${n} 字，超出 ${n - CONTENT_MAX} 字，请删减`;
  return `已输入 ${n} 字（最多 ${CONTENT_MAX} 字）`;
}

export default function Submit() {
  const allowed = useCitizenGate(ROUTES.submit);
  if (!allowed) {
    return (
      <CitizenPage className='submit'>
        <StateBlock kind='loading' text='请先阅读个人信息保护说明…' />
      </CitizenPage>
    );
  }
  return <SubmitFlow />;
}

/**
 * Whether the form's lower part (district onwards, the contact card, the buttons) is rendered. In H5 the first render
 * is the header, the emergency notice, the category and the content (the top of the form); the rest follows at once
 * as a transition, which React renders in slices between frames, so the first paint is not one long task
 * (Lighthouse, mobile). It is added after everything already shown, at the end of the page (nothing moves: CLS
 * stays 0), and in its place in the DOM (keyboard order unchanged). The mini-program renders it all at once.
 */
function useLowerPart(): boolean {
  const [lower, setLower] = useState(process.env.TARO_ENV !== 'h5');
  useEffect(() => {
    if (!lower) startTransition(() => setLower(true));
  }, [lower]);
  return lower;
}

function SubmitFlow() {
  const { policy, retry } = usePolicy();
  const districts = policy.state === 'ready' ? policy.districts : null;
  const s = useSubmission(districts);
  const photos = usePhotoUploads();
  // Waits for photos still uploading, then sends their keys (or stops with a message if one failed).
  const send = () => void s.submit(photos.items.length ? photos.settle : undefined);
  const [locationNote, setLocationNote] = useState<string | null>(null);
  const lower = useLowerPart();

  if (s.phase === 'done' && s.result) {
    const handlingDays = policy.state === 'ready' ? policyHandlingDays(policy.policy, s.result.category) : null;
    return <Success matter={s.result} handlingDays={handlingDays} />;
  }
  if (s.phase === 'resolved') return <Resolved />;

  const { form, errors } = s;
  const districtIndex = districts && form.district ? districts.indexOf(form.district) : -1;
  const busy = s.phase === 'checking' || s.submitting;
  const fieldMessages = Object.entries(errors).filter(([, m]) => !!m) as Array<[string, string]>;

  const pickLocation = async () => {
    setLocationNote(null);
    const r = await chooseLocation();
    if (r.status === 'ok') {
      s.update('location', { lat: r.lat, lng: r.lng, name: r.name || r.address || '已选择的位置' });
      if (!form.address.trim() && (r.address || r.name)) s.update('address', `${r.address}${r.name && r.name !== r.address ? ` ${r.name}` : ''}`.trim());
    } else if (r.status === 'unavailable') {
      setLocationNote(LOCATION_UNAVAILABLE_MESSAGE);
    }
  };

  return (
    <CitizenPage
      className='submit'
      header={
        <View className='page-header'>
          <View className='page-header__title'>我要反映</View>
          <View className='page-header__subtitle'>把遇到的问题告诉我们，热线会转给负责的部门办理。带“必填”的要填写，其他可以不填。</View>
        </View>
      }
    >
      <View className='notice' data-testid='emergency-hint'>
        遇到违法犯罪、火灾、急病、交通事故等紧急情况，请不要在这里反映，直接拨打 110、119、120、122。
      </View>

      <View className='card'>
        <Field label='诉求类别' required hint='选一个最接近的，选错了也没关系，热线会帮您调整。' error={errors.category} errorTestId='error-category'>
          <CategoryPicker value={form.category} onChange={(c) => s.update('category', c)} />
        </Field>

        <Field label='诉求内容' required hint='请说清楚：什么时间、什么地点、发生了什么事、希望怎么解决。' error={errors.content} errorTestId='error-content'>
          <Textarea
            className='field__input field__textarea'
            data-testid='input-content'
            {...fieldLabel(fieldName('诉求内容', true))}
            value={form.content}
            // Never cut pasted text silently (WeChat's default is 140): the counter says how much is over.
            maxlength={-1}
            placeholder='例如：天河路100号小区门口的路灯坏了一个多月，晚上很黑，希望尽快修好。'
            onInput={(e) => s.update('content', e.detail.value)}
          />
          <Text className='field__counter' data-testid='content-counter' aria-live='polite'>
            {contentCounter(form.content)}
          </Text>
        </Field>

        {lower ? (
          <>
            <Field label='所在区' required error={errors.district} errorTestId='error-district'>
              {policy.state === 'loading' ? (
                <Text className='field__hint' data-testid='district-loading'>
                  正在读取区县列表…
                </Text>
              ) : null}
              {policy.state === 'error' ? (
                <View className='notice notice--error notice--inline' data-testid='district-error'>
                  <Text className='text'>区县列表没有读取成功：{policy.message}</Text>
                  <Button className='btn' data-testid='district-retry' onClick={retry}>
                    重新读取
                  </Button>
                </View>
              ) : null}
              {districts ? (
                <Picker
                  mode='selector'
                  range={districts as string[]}
                  value={districtIndex >= 0 ? districtIndex : 0}
                  data-testid='input-district'
                  onChange={(e) => s.update('district', districts[Number(e.detail.value)] ?? null)}
                >
                  <PickerFace
                    className='field__input field__picker'
                    label={`所在区（必填）：${form.district && districtIndex >= 0 ? form.district : '未选择'}`}
                  >
                    <Text>{form.district && districtIndex >= 0 ? form.district : '请选择所在区'}</Text>
                    <Text className='field__tag'>点击选择</Text>
                  </PickerFace>
                </Picker>
              ) : null}
            </Field>

            <InputField
              label='详细地址'
              error={errors.address}
              errorTestId='error-address'
              testId='input-address'
              value={form.address}
              maxlength={200}
              placeholder='街道、小区、门牌号或附近的标志'
              onInput={(v) => s.update('address', v)}
            />

            <Field label='地图位置' error={errors.location} errorTestId='error-location'>
              {form.location ? (
                <Text className='text' data-testid='location-chosen'>
                  已选择：{form.location.name}
                </Text>
              ) : null}
              <View className={form.location ? 'btn-row' : ''}>
                <Button className='btn' data-testid='location-pick' onClick={() => void pickLocation()}>
                  {form.location ? '重新选择位置' : '在地图上选择位置'}
                </Button>
                {form.location ? (
                  <Button className='btn' data-testid='location-clear' onClick={() => s.update('location', null)}>
                    不提供位置
                  </Button>
                ) : null}
              </View>
              {locationNote ? (
                <Text className='field__hint' data-testid='location-note' aria-live='polite'>
                  {locationNote}
                </Text>
              ) : null}
            </Field>

            <PhotoPicker
              items={photos.items}
              remaining={photos.remaining}
              note={photos.note}
              error={errors.attachments ?? Object.entries(errors).find(([k]) => k.startsWith('attachments.'))?.[1]}
              disabled={s.submitting}
              onPick={() => void photos.pick()}
              onRemove={photos.remove}
              onRetry={photos.retry}
            />
          </>
        ) : null}
      </View>

      {lower ? (
        <>
          <ContactCard form={form} errors={errors} update={s.update} />

          <View className='card submit__actions' data-testid='submit-actions'>
            {s.message ? (
              <View className='notice notice--error notice--inline' data-testid='submit-message' aria-live='polite'>
                <Text className='text text--strong'>{s.message}</Text>
                {s.message === FIX_FIELDS_MESSAGE
                  ? fieldMessages.map(([field, m]) => (
                      <Text className='text' key={field}>
                        · {m}
                      </Text>
                    ))
                  : null}
              </View>
            ) : null}

            {s.phase === 'form' || s.phase === 'checking' ? (
              <Button
                className='btn btn--primary'
                data-testid='submit-check'
                disabled={busy || policy.state !== 'ready' || undefined}
                onClick={() => void s.check()}
              >
                {s.phase === 'checking' ? '正在检查…' : '下一步：检查并提交'}
              </Button>
            ) : null}

            {s.phase === 'screened' && s.screening ? (
              <ScreeningAdvice
                result={s.screening}
                submitting={s.submitting}
                onSubmit={send}
                onResolved={s.resolved}
                onEdit={s.edit}
              />
            ) : null}

            {s.phase === 'check_failed' ? (
              <View data-testid='screening-failed'>
                <Text className='text'>检查没有完成。如果不是紧急情况，您可以直接提交，不影响受理。</Text>
                <SubmitButton label='直接提交' submitting={s.submitting} onSubmit={send} />
                <Button className='btn' data-testid='screening-retry' disabled={s.submitting || undefined} onClick={() => void s.check()}>
                  重新检查
                </Button>
              </View>
            ) : null}
          </View>
        </>
      ) : null}
    </CitizenPage>
  );
}
