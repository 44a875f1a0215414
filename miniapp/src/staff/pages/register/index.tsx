/**
 * 登记电话诉求 (docs/rules.md §2 "channels", GZ Art.2): a centre operator registers a call on the caller's behalf while still
 * on the line, then reads the tracking number back to the caller.
 *
 * Built for speed with a keyboard (keyboard.ts): the caller's number has focus on arrival; Enter moves to the next
 * field (digits 1–5 pick the category, the district takes its name or its number); Ctrl+Enter (⌘+Enter) registers
 * from anywhere in the form; after registering, Enter on "继续登记" starts the next call with focus back on the number.
 *
 * Beside the form (right column on a desktop window, below on a narrow one):
 * - knowledge-base answers for the content as it is typed; "用此答复" registers the consultation and answers it in
 *   one request (POST /v1/work/matters with `answer`, GZ Art.13(1)): both or neither, so a refused answer leaves
 *   nothing registered and the operator simply corrects and sends again;
 * - open matters at the same address (GZ Art.22), matched here on the open queues (services/register.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Switch, Textarea, View } from '@tarojs/components';
import { CATEGORY_HINTS, CATEGORY_LABELS, STATUS_LABELS } from '../../../../../shared/domain/labels';
import { CATEGORIES, type Category } from '../../../../../shared/domain/types';
import { answerable } from '../../../../../shared/domain/guards';
import { callerPhoneSchema } from '../../../../../shared/schemas';
import { ApiError, errorMessage, fieldErrors } from '../../../services/api';
import type { KnowledgeArticle } from '../../../../../shared/views';
import StateBlock from '../../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import { backToQueue, openPage, replacePage, STAFF_ROUTES, useRouteParams } from '../../platform/navigation';
import { withQuery } from '../../../platform/navigation';
import { fetchPolicy } from '../../services/api';
import { formatTime } from '../../services/format';
import {
  answerText,
  EMPTY_REGISTRATION,
  fetchCallerMatters,
  fetchOpenMatters,
  findDuplicates,
  mergeDuplicates,
  registerPhoneMatter,
  validateRegistration,
  type RegistrationErrors,
  type RegistrationForm,
} from '../../services/register';
import { ROLE_LABELS } from '../../services/session';
import type { QueueItem, StaffMatter, StaffSession } from '../../../../../shared/views';
import { focusField, TABBABLE, tabStop, typeAhead, useKeyboard, type KeyInfo } from './keyboard';
import { useKnowledgeSuggestions, KNOWLEDGE_MIN_CHARS } from './useKnowledgeSuggestions';
import EmergencyTransfer from '../../components/EmergencyTransfer';
import { useStaffRead, type StaffReadState } from './useStaffRead';
import { CONTENT_MAX, FIX_FIELDS_MESSAGE, NETWORK_UNSURE_MESSAGE, CONSULTATION_ONLY_MESSAGE, NOT_CENTER_MESSAGE, FIELD_KEYS, PHONE_INPUT_TYPE, contentCounter, districtMatches , type Result } from './helpers';
import DuplicatePanel from './DuplicatePanel';
import KnowledgePanel from './KnowledgePanel';
import Success from './Success';
import './index.css';

export { CONTENT_MIN, CONTENT_MAX, FIX_FIELDS_MESSAGE, NETWORK_UNSURE_MESSAGE, CONSULTATION_ONLY_MESSAGE, NOT_CENTER_MESSAGE, contentCounter, districtMatches, trackingGroups } from './helpers';

type PolicyState = { status: 'loading' } | { status: 'ready'; districts: readonly string[] } | { status: 'error' };


function FieldError({ errors, field }: { errors: RegistrationErrors; field: keyof RegistrationErrors }) {
  const message = errors[field];
  return message ? (
    <View className='rg-field__error' data-testid={`reg-error-${field}`} role='alert'>
      {message}
    </View>
  ) : null;
}

function RegisterView({ session, onExpired }: { session: StaffSession; onExpired: () => void }) {
  const params = useRouteParams();
  const [policy, setPolicy] = useState<PolicyState>({ status: 'loading' });
  const [form, setForm] = useState<RegistrationForm>(EMPTY_REGISTRATION);
  const [districtQuery, setDistrictQuery] = useState('');
  const [errors, setErrors] = useState<RegistrationErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const sendingRef = useRef(false);

  const { state: kb, retry: retryKb } = useKnowledgeSuggestions(form.content);
  const readOpen = useCallback(() => fetchOpenMatters(session), [session]);
  const { state: openMatters, reload: reloadOpen } = useStaffRead(readOpen, onExpired, { keepOnReload: true });
  const districts = policy.status === 'ready' ? policy.districts : null;
  const matches = useMemo(() => (districts ? districtMatches(districts, districtQuery) : []), [districts, districtQuery]);
  // The caller's open matters, once the number is a whole mobile number (and again when it changes).
  const callerPhone = callerPhoneSchema.safeParse(form.callerPhone).success ? form.callerPhone : null;
  const readCaller = useMemo(() => (callerPhone ? () => fetchCallerMatters(session, callerPhone) : null), [session, callerPhone]);
  const { state: callerMatters, reload: reloadCaller } = useStaffRead(readCaller, onExpired);
  const duplicates = useMemo(
    () =>
      mergeDuplicates(
        callerMatters.status === 'ready' ? callerMatters.items : [],
        openMatters.status === 'ready' ? findDuplicates(openMatters.items, { district: form.district, address: form.address }) : [],
      ),
    [callerMatters, openMatters, form.district, form.address],
  );

  const loadPolicy = useCallback(async () => {
    setPolicy({ status: 'loading' });
    const p = await fetchPolicy();
    setPolicy(p ? { status: 'ready', districts: p.districts } : { status: 'error' });
  }, []);

  useEffect(() => {
    void loadPolicy();
  }, [loadPolicy]);

  // Focus moves after React has drawn the target (e.g. "继续登记" → the empty form): a request, served after commit.
  const [focusRequest, setFocusRequest] = useState<{ name: string; n: number }>({ name: 'phone', n: 0 });
  const focusOn = useCallback((name: string) => setFocusRequest((r) => ({ name, n: r.n + 1 })), []);
  useEffect(() => focusField(focusRequest.name), [focusRequest]);

  const update = useCallback(<K extends keyof RegistrationForm>(field: K, value: RegistrationForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    setMessage(null);
  }, []);

  const typeDistrict = (text: string) => {
    setDistrictQuery(text);
    // The district counts as chosen only when the text is exactly one of the names.
    update('district', districts && districts.includes(text.trim()) ? text.trim() : null);
  };

  const chooseDistrict = (d: string) => {
    setDistrictQuery(d);
    update('district', d);
  };

  /** Enter in the district field: take the first match; say so when nothing matches. */
  const confirmDistrict = (): boolean => {
    const first = matches[0];
    if (!first) {
      setErrors((e) => ({ ...e, district: districtQuery.trim() ? '没有这个区，请输入区名或序号' : '请选择所在区' }));
      return false;
    }
    chooseDistrict(first);
    return true;
  };

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.status === 401) onExpired();
    if (err instanceof ApiError && err.code === 'NETWORK_ERROR') {
      setMessage(NETWORK_UNSURE_MESSAGE);
      reloadOpen();
      return;
    }
    const fields = fieldErrors(err) as RegistrationErrors;
    const known = FIELD_KEYS.filter(([f]) => fields[f]);
    if (known.length) {
      setErrors(Object.fromEntries(known.map(([f]) => [f, fields[f]])) as RegistrationErrors);
      focusOn(known[0][1]);
    }
    setMessage(errorMessage(err));
  };

  /** Validate, register, and (with an article) answer the consultation on the spot. */
  const submit = async (answerWith?: KnowledgeArticle) => {
    if (sendingRef.current) return;
    if (!districts) {
      setMessage('区县列表还没有读取成功，请先点“重新读取”');
      return;
    }
    const v = validateRegistration(form, districts);
    if (!v.ok) {
      setErrors(v.errors);
      setMessage(FIX_FIELDS_MESSAGE);
      const first = FIELD_KEYS.find(([f]) => v.errors[f]);
      if (first) focusOn(first[1]);
      return;
    }
    if (answerWith && !answerable(v.body.category)) {
      setMessage(CONSULTATION_ONLY_MESSAGE);
      focusOn('category');
      return;
    }
    sendingRef.current = true;
    setSending(true);
    setErrors({});
    setMessage(null);
    try {
      const answer = answerWith ? answerText(answerWith) : undefined;
      let done: Result;
      try {
        const matter = answer === undefined ? await registerPhoneMatter(session, v.body) : await registerPhoneMatter(session, v.body, answer);
        done = answerWith && answer !== undefined ? { matter, answeredWith: { title: answerWith.title, answer } } : { matter };
      } catch (err) {
        fail(err);
        return;
      }
      setResult(done);
      reloadOpen();
      focusOn('continue');
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  /** 继续登记: a clean form, focus on the caller's number. */
  const next = () => {
    setResult(null);
    setForm(EMPTY_REGISTRATION);
    setDistrictQuery('');
    setErrors({});
    setMessage(null);
    setOpen(null);
    focusOn('phone');
  };

  const pickCategory = (c: Category) => update('category', c);

  const onKey = (k: KeyInfo): boolean => {
    // A held-down Enter must not run through the fields or register twice (new lines in the content are fine).
    if (k.repeat && k.key === 'Enter' && !(k.field === 'content' && !k.mod)) return true;
    // Typing that arrives before focus reaches its field (the next call's number right after 继续登记) is kept.
    if (!k.field && !k.press && !k.mod && typeAhead(k.key)) return true;
    if (result) {
      if ((k.key === 'Enter' || k.key === ' ') && k.press) {
        k.press.click();
        return true;
      }
      // Enter right after 登记成功, before focus has reached 继续登记, still starts the next call.
      if (k.key === 'Enter' && !k.field && !k.press) {
        next();
        return true;
      }
      return false;
    }
    if (k.key === 'Enter' && k.mod) {
      void submit();
      return true;
    }
    if (k.field === 'category') {
      const i = k.value ? CATEGORIES.indexOf(k.value as Category) : -1;
      if (/^[1-5]$/.test(k.key)) {
        pickCategory(CATEGORIES[Number(k.key) - 1]);
        focusOn('category');
        return true;
      }
      if (k.key === 'ArrowRight' || k.key === 'ArrowDown' || k.key === 'ArrowLeft' || k.key === 'ArrowUp') {
        const step = k.key === 'ArrowRight' || k.key === 'ArrowDown' ? 1 : -1;
        const to = CATEGORIES[(Math.max(i, 0) + step + CATEGORIES.length) % CATEGORIES.length];
        pickCategory(to);
        focusOn('category');
        return true;
      }
      if (k.key === ' ' && i >= 0) {
        pickCategory(CATEGORIES[i]);
        return true;
      }
      if (k.key === 'Enter') {
        if (i >= 0) pickCategory(CATEGORIES[i]);
        focusOn('district');
        return true;
      }
      return false;
    }
    if (k.key === 'Enter') {
      switch (k.field) {
        case 'phone': {
          const phone = callerPhoneSchema.safeParse(form.callerPhone);
          if (!phone.success) {
            const phoneError = phone.error.issues[0]?.message ?? '请填写11位手机号码';
            setErrors((e) => ({ ...e, callerPhone: phoneError }));
            return true;
          }
          focusOn('name');
          return true;
        }
        case 'name':
          focusOn('category');
          return true;
        case 'district':
          if (confirmDistrict()) focusOn('address');
          return true;
        case 'address':
          focusOn('content');
          return true;
        case 'confidential':
          void submit();
          return true;
        case 'content':
          return false; // a new line; Ctrl+Enter registers
        default:
          break;
      }
    }
    if ((k.key === 'Enter' || k.key === ' ') && k.press) {
      k.press.click();
      return true;
    }
    return false;
  };
  useKeyboard('register', onKey);

  if (result) {
    return <Success result={result} onNext={next} />;
  }

  const fieldMessages = FIELD_KEYS.map(([f]) => errors[f]).filter((m): m is string => !!m);

  return (
    <View className='rg__container'>
      <View className='rg__header'>
        <View>
          <View className='rg__title'>登记电话诉求</View>
          <View className='rg__who'>
            {ROLE_LABELS[session.role]}
            {session.username ? ` ${session.username}` : ''} · 来电渠道：电话
          </View>
        </View>
        <Button className='rg__back' data-testid='reg-back' data-kb-press {...TABBABLE} onClick={() => void backToQueue(params.from === 'queue')}>
          ‹ 返回工作队列
        </Button>
      </View>

      <View className='rg__shortcuts' data-testid='reg-shortcuts'>
        快捷键：Enter 到下一项 · 类别按 1–5 · 所在区输入区名或序号后按 Enter · Ctrl+Enter（Mac 用 ⌘+Enter）立即登记
      </View>

      <View className='rg__layout'>
        <View className='rg__form' data-testid='reg-form'>
          <View className='rg-field'>
            <View className='rg-field__label'>
              来电号码<View className='rg-field__tag'>必填</View>
            </View>
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
            <FieldError errors={errors} field='callerPhone' />
          </View>

          <View className='rg-field'>
            <View className='rg-field__label'>
              来电人称呼<View className='rg-field__tag'>选填</View>
            </View>
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
            <FieldError errors={errors} field='contactName' />
          </View>

          <View className='rg-field'>
            <View className='rg-field__label'>
              诉求类别<View className='rg-field__tag'>必填 · 按 1–5 选择</View>
            </View>
            <View className='rg-cats' role='radiogroup' aria-label='诉求类别'>
              {CATEGORIES.map((c, i) => {
                const selected = form.category === c;
                const inOrder = selected || (!form.category && i === 0);
                return (
                  <Button
                    key={c}
                    className={`rg-cat${selected ? ' rg-cat--on' : ''}`}
                    data-testid={`reg-category-${c}`}
                    data-kb='category'
                    data-value={c}
                    aria-checked={selected}
                    {...{ role: 'radio', ...tabStop(inOrder) }}
                    onClick={() => pickCategory(c)}
                  >
                    <View className='rg-cat__head'>
                      <View className='rg-cat__key'>{i + 1}</View>
                      <View className='rg-cat__label'>{CATEGORY_LABELS[c]}</View>
                      {selected ? <View className='rg-cat__mark'>✓ 已选</View> : null}
                    </View>
                    <View className='rg-cat__hint'>{CATEGORY_HINTS[c]}</View>
                  </Button>
                );
              })}
            </View>
            <FieldError errors={errors} field='category' />
          </View>

          <View className='rg-field'>
            <View className='rg-field__label'>
              所在区<View className='rg-field__tag'>必填 · 输入区名或序号，按 Enter 确认</View>
            </View>
            {policy.status === 'loading' ? (
              <View className='rg-field__hint' data-testid='reg-district-loading'>
                正在读取区县列表…
              </View>
            ) : null}
            {policy.status === 'error' ? (
              <View className='rg-notice rg-notice--error' data-testid='reg-district-error' role='alert'>
                区县列表没有读取成功，暂时不能登记。
                <Button className='rg-small' data-testid='reg-district-retry' data-kb-press {...TABBABLE} onClick={() => void loadPolicy()}>
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
                  value={districtQuery}
                  maxlength={10}
                  placeholder='例如：天河 或 4'
                  aria-label='所在区'
                  onInput={(e) => typeDistrict(e.detail.value)}
                />
                <View className='rg-field__hint' data-testid='reg-district-state' aria-live='polite'>
                  {form.district
                    ? `已选择：${form.district}`
                    : matches.length
                      ? `按 Enter 选择：${matches[0]}${matches.length > 1 ? `（共 ${matches.length} 个相符）` : ''}`
                      : '尚未选择'}
                </View>
                <View className='rg-districts'>
                  {districts.map((d, i) => {
                    const chosen = form.district === d;
                    const hit = !chosen && matches.includes(d);
                    return (
                      <View
                        key={d}
                        className={`rg-district${chosen ? ' rg-district--on' : hit ? ' rg-district--hit' : ''}`}
                        data-testid={`reg-district-option-${i + 1}`}
                        role='radio'
                        aria-checked={chosen}
                        onClick={() => {
                          chooseDistrict(d);
                          focusOn('address');
                        }}
                      >
                        {i + 1} {d}
                        {chosen ? ' ✓' : ''}
                      </View>
                    );
                  })}
                </View>
              </View>
            ) : null}
            <FieldError errors={errors} field='district' />
          </View>

          <View className='rg-field'>
            <View className='rg-field__label'>
              详细地址<View className='rg-field__tag'>选填 · 用于提示同一地址的在办诉求</View>
            </View>
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
            <FieldError errors={errors} field='address' />
          </View>

          <View className='rg-field'>
            <View className='rg-field__label'>
              诉求内容<View className='rg-field__tag'>必填 · Enter 换行，Ctrl+Enter 登记</View>
            </View>
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
            <FieldError errors={errors} field='content' />
            <EmergencyTransfer content={form.content} />
          </View>

          <View className='rg-field rg-switch'>
            <View className='rg-switch__row'>
              <View className='rg-field__label'>来电人要求保密</View>
              <Switch
                data-testid='reg-confidential'
                data-kb='confidential'
                aria-label='来电人要求保密'
                checked={form.confidential}
                color='#0b57a4'
                onChange={(e) => update('confidential', !!e.detail.value)}
              />
            </View>
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
            disabled={sending || policy.status !== 'ready' || undefined}
            onClick={() => void submit()}
          >
            {sending ? '正在登记…' : '登记（Ctrl+Enter）'}
          </Button>
        </View>

        <View className='rg__side'>
          <KnowledgePanel
            state={kb}
            contentLength={form.content.trim().length}
            category={form.category}
            sending={sending}
            open={open}
            onToggle={(id) => setOpen(open === id ? null : id)}
            onRetry={retryKb}
            onUse={(a) => void submit(a)}
          />
          <DuplicatePanel
            state={openMatters}
            caller={callerMatters}
            address={form.address}
            duplicates={duplicates}
            onRetry={reloadOpen}
            onRetryCaller={reloadCaller}
          />
        </View>
      </View>
    </View>
  );
}

export default function StaffRegister() {
  const { session, expired, expire } = useStaffSession();
  return (
    <View className='rg' data-testid='reg-page' data-kb-root='register'>
      {!session ? (
        <View className='rg__container'>
          <StateBlock
            kind='signed-out'
            testId='reg-signed-out'
            text={expired ? '登录已过期，请重新登录' : '请先登录'}
            detail={expired ? '已填写的内容没有登记，重新登录后请再登记一次。' : undefined}
            actionText='去登录' onAction={() => void replacePage(STAFF_ROUTES.login)} actionTestId='reg-login'
          />
        </View>
      ) : session.role !== 'center' ? (
        <View className='rg__container'>
          <StateBlock
            kind='error'
            testId='reg-forbidden'
            text={NOT_CENTER_MESSAGE}
            detail={`您登录的是${ROLE_LABELS[session.role]}账号。来电请由热线话务员登记。`}
            actionText='返回工作队列' onAction={() => void replacePage(STAFF_ROUTES.queue)} actionTestId='reg-forbidden-back'
          />
        </View>
      ) : (
        <RegisterView session={session} onExpired={expire} />
      )}
    </View>
  );
}
