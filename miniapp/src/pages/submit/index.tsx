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
import { useState } from 'react';
import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import Button from '../../components/Button';
import CategoryPicker from '../../components/CategoryPicker';
import CitizenPage from '../../components/CitizenPage';
import EmergencyAdvice from '../../components/EmergencyAdvice';
import PhotoPicker from '../../components/PhotoPicker';
import PickerFace from '../../components/PickerFace';
import StateBlock from '../../components/StateBlock';
import { useCitizenGate } from '../../hooks/useCitizenGate';
import { usePolicy } from '../../hooks/usePolicy';
import { usePhotoUploads } from '../../hooks/usePhotoUploads';
import { FIX_FIELDS_MESSAGE, useSubmission, type FieldErrors } from '../../hooks/useSubmission';
import { copyText } from '../../platform/clipboard';
import { now } from '../../platform/clock';
import { chooseLocation } from '../../platform/location';
import { redirectTo, reLaunch, ROUTES, withQuery } from '../../platform/navigation';
import { formatDeadline } from '../../services/format';
import { policyHandlingDays } from '../../services/policy';
import { CATEGORY_LABELS } from '../../../../shared/domain/labels';
import type { CitizenMatter, ScreeningResult } from '../../../../shared/views';
import { fieldLabel } from '../../components/fieldLabel';
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

function FieldError({ errors, field }: { errors: FieldErrors; field: keyof FieldErrors }) {
  const message = errors[field];
  return message ? (
    <Text className='field__error' data-testid={`error-${field}`} aria-live='polite'>
      {message}
    </Text>
  ) : null;
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

function SubmitFlow() {
  const { policy, retry } = usePolicy();
  const districts = policy.state === 'ready' ? policy.districts : null;
  const s = useSubmission(districts);
  const photos = usePhotoUploads();
  // Waits for photos still uploading, then sends their keys (or stops with a message if one failed).
  const send = () => void s.submit(photos.items.length ? photos.settle : undefined);
  const [locationNote, setLocationNote] = useState<string | null>(null);

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
        <View className='field'>
          <Text className='field__label'>
            诉求类别<Text className='field__tag'>必填</Text>
          </Text>
          <Text className='field__hint'>选一个最接近的，选错了也没关系，热线会帮您调整。</Text>
          <CategoryPicker value={form.category} onChange={(c) => s.update('category', c)} />
          <FieldError errors={errors} field='category' />
        </View>

        <View className='field'>
          <Text className='field__label'>
            诉求内容<Text className='field__tag'>必填</Text>
          </Text>
          <Text className='field__hint'>请说清楚：什么时间、什么地点、发生了什么事、希望怎么解决。</Text>
          <Textarea
            className='field__input field__textarea'
            data-testid='input-content'
            {...fieldLabel('诉求内容（必填）')}
            value={form.content}
            // Never cut pasted text silently (WeChat's default is 140): the counter says how much is over.
            maxlength={-1}
            placeholder='例如：天河路100号小区门口的路灯坏了一个多月，晚上很黑，希望尽快修好。'
            onInput={(e) => s.update('content', e.detail.value)}
          />
          <Text className='field__counter' data-testid='content-counter' aria-live='polite'>
            {contentCounter(form.content)}
          </Text>
          <FieldError errors={errors} field='content' />
        </View>

        <View className='field'>
          <Text className='field__label'>
            所在区<Text className='field__tag'>必填</Text>
          </Text>
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
          <FieldError errors={errors} field='district' />
        </View>

        <View className='field'>
          <Text className='field__label'>
            详细地址<Text className='field__tag'>选填</Text>
          </Text>
          <Input
            className='field__input'
            data-testid='input-address'
            {...fieldLabel('详细地址（选填）')}
            value={form.address}
            maxlength={200}
            placeholder='街道、小区、门牌号或附近的标志'
            onInput={(e) => s.update('address', e.detail.value)}
          />
          <FieldError errors={errors} field='address' />
        </View>

        <View className='field'>
          <Text className='field__label'>
            地图位置<Text className='field__tag'>选填</Text>
          </Text>
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
          <FieldError errors={errors} field='location' />
        </View>

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
      </View>

      <View className='card'>
        <View className='field'>
          <Text className='field__label'>
            手机号码<Text className='field__tag'>必填</Text>
          </Text>
          <Text className='field__hint'>办理的工作人员会用这个号码联系您、告诉您结果。</Text>
          <Input
            className='field__input'
            data-testid='input-phone'
            {...fieldLabel('手机号码（必填）')}
            type='number'
            value={form.contactPhone}
            maxlength={11}
            placeholder='11位手机号码'
            onInput={(e) => s.update('contactPhone', e.detail.value)}
          />
          <FieldError errors={errors} field='contactPhone' />
        </View>

        <View className='field'>
          <Text className='field__label'>
            怎么称呼您<Text className='field__tag'>选填</Text>
          </Text>
          <Input
            className='field__input'
            data-testid='input-name'
            {...fieldLabel('怎么称呼您（选填）')}
            value={form.contactName}
            maxlength={30}
            placeholder='例如：张先生、李阿姨'
            onInput={(e) => s.update('contactName', e.detail.value)}
          />
          <FieldError errors={errors} field='contactName' />
        </View>

        <View className='field'>
          <View className='submit__switch-row'>
            <Text className='field__label'>为我保密</Text>
            <Switch
              className='submit__switch'
              data-testid='input-confidential'
              {...fieldLabel('为我保密')}
              checked={form.confidential}
              color='#0b57a4'
              onChange={(e) => s.update('confidential', !!e.detail.value)}
            />
          </View>
          <Text className='text text--strong' data-testid='confidential-state'>
            {form.confidential ? '已开启：承办单位看不到您的姓名和手机号码' : '未开启'}
          </Text>
          <Text className='field__hint'>
            举报或担心被打扰时可以开启。开启后，负责办理的部门看不到您的姓名和手机号码，只有12345热线工作人员在需要时联系您。
          </Text>
        </View>

        {form.confidential ? null : (
          <View className='field'>
            <View className='submit__switch-row'>
              <Text className='field__label'>同意公开诉求内容</Text>
              <Switch
                className='submit__switch'
                data-testid='input-publish'
                {...fieldLabel('同意公开诉求内容')}
                checked={form.publishConsent}
                color='#0b57a4'
                onChange={(e) => s.update('publishConsent', !!e.detail.value)}
              />
            </View>
            <Text className='field__hint'>
              默认不公开。开启后，诉求内容会去掉姓名、电话、证件号和门牌地址，在政务公开数据中展示；不开启时只公开类别、所在区、办理状态和日期。
            </Text>
          </View>
        )}
      </View>

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
    </CitizenPage>
  );
}

function SubmitButton({ label, submitting, onSubmit }: { label: string; submitting: boolean; onSubmit: () => void }) {
  return (
    <Button className='btn btn--primary' data-testid='submit-send' disabled={submitting || undefined} onClick={onSubmit}>
      {submitting ? '正在提交，请稍候…' : label}
    </Button>
  );
}

function ScreeningAdvice({
  result,
  submitting,
  onSubmit,
  onResolved,
  onEdit,
}: {
  result: ScreeningResult;
  submitting: boolean;
  onSubmit: () => void;
  onResolved: () => void;
  onEdit: () => void;
}) {
  switch (result.outcome) {
    case 'emergency':
      return (
        <EmergencyAdvice
          result={result}
          renderSubmit={() => <SubmitButton label='仍要提交到12345' submitting={submitting} onSubmit={onSubmit} />}
        />
      );
    case 'redirect':
      return (
        <View className='screening' data-testid='screening-redirect'>
          <Text className='card__title'>建议通过“{result.channel?.label ?? '其他渠道'}”办理</Text>
          <Text className='text'>{result.channel?.guidance ?? result.message}</Text>
          <Text className='text text--muted'>如果您仍希望12345热线受理，可以继续提交，热线工作人员会再判断。</Text>
          <SubmitButton label='仍要提交' submitting={submitting} onSubmit={onSubmit} />
          <Button className='btn' data-testid='screening-edit' disabled={submitting || undefined} onClick={onEdit}>
            返回修改
          </Button>
        </View>
      );
    case 'knowledge':
      return (
        <View className='screening' data-testid='screening-knowledge'>
          <Text className='card__title'>这些解答也许能帮到您</Text>
          <Text className='text text--muted'>{result.message}</Text>
          {(result.articles ?? []).map((a) => (
            <View className='screening__article' key={a.id} data-testid={`article-${a.id}`}>
              <Text className='text text--strong'>{a.title}</Text>
              <Text className='text'>{a.snippet}</Text>
            </View>
          ))}
          <Button className='btn' data-testid='screening-resolved' disabled={submitting || undefined} onClick={onResolved}>
            已解决，不用提交了
          </Button>
          <SubmitButton label='没有解决，继续提交' submitting={submitting} onSubmit={onSubmit} />
        </View>
      );
    case 'accept':
    default:
      return (
        <View className='screening' data-testid='screening-accept'>
          <Text className='text'>{result.message}</Text>
          <Text className='text text--muted'>提交后，可以在“我的诉求”里查看办理进度。</Text>
          <SubmitButton label='确认提交' submitting={submitting} onSubmit={onSubmit} />
          <Button className='btn' data-testid='screening-edit' disabled={submitting || undefined} onClick={onEdit}>
            返回修改
          </Button>
        </View>
      );
  }
}

/**
 * After submitting: the tracking number, then once when the hotline passes the matter on (its dispatch deadline)
 * and roughly when an answer is due (the category's handling limit, counted from the hand-over).
 */
function Success({ matter, handlingDays }: { matter: CitizenMatter; handlingDays: number | null }) {
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const copy = async () => {
    const ok = await copyText(matter.trackingNo);
    if (ok) {
      setCopyNote('编号已复制'); // said once, beside the button (no toast over the page)
    } else {
      setCopyNote('复制没有成功，请把编号抄下来');
    }
  };
  return (
    <CitizenPage className='submit'>
      <View className='card success' data-testid='submit-success'>
        <Text className='card__title'>提交成功</Text>
        <Text className='text'>您的受理编号是：</Text>
        <View className='success__number' data-testid='tracking-no'>
          {matter.trackingNo}
        </View>
        <Text className='text text--muted'>请记下这个编号。打 12345 电话查询时，报这个编号就可以。</Text>
        {copyNote ? (
          <Text className='text text--strong' data-testid='copy-note' aria-live='polite'>
            {copyNote}
          </Text>
        ) : null}
        <Button className='btn' data-testid='copy-tracking-no' onClick={() => void copy()}>
          复制编号
        </Button>
        {matter.deadlines?.dispatchBy ? (
          <Text className='text' data-testid='success-dispatch-by'>
            热线将在 {formatDeadline(matter.deadlines.dispatchBy, now())} 前转交负责的部门。
          </Text>
        ) : (
          <Text className='text'>{matter.statusExplanation}</Text>
        )}
        {handlingDays ? (
          <Text className='text' data-testid='success-answer-by'>
            {CATEGORY_LABELS[matter.category]}类诉求，负责的部门一般在转交后 {handlingDays} 个工作日内答复您。
          </Text>
        ) : null}
        <Button
          className='btn btn--primary'
          data-testid='view-progress'
          onClick={() => void redirectTo(withQuery(ROUTES.matter, { id: matter.id }))}
        >
          查看进度
        </Button>
        <Button className='btn' data-testid='success-home' onClick={() => void reLaunch(ROUTES.home)}>
          返回首页
        </Button>
      </View>
    </CitizenPage>
  );
}

function Resolved() {
  return (
    <CitizenPage className='submit'>
      <View className='card' data-testid='submit-resolved'>
        <Text className='card__title'>很高兴问题已经解决</Text>
        <Text className='text'>您这次没有提交诉求。以后遇到问题，随时可以再来反映，或拨打 12345。</Text>
        <Button className='btn btn--primary' data-testid='resolved-home' onClick={() => void reLaunch(ROUTES.home)}>
          返回首页
        </Button>
      </View>
    </CitizenPage>
  );
}
