/**
 * The registration form's state and actions (index.tsx draws it, useRegisterKeys.ts drives it from the keyboard):
 * the district list from the policy, the form and its errors, the duplicate and knowledge look-ups beside it,
 * registering (with a knowledge answer, GZ Art.13(1)) and starting the next call.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { answerable } from '../../../../../shared/domain/guards';
import { callerPhoneSchema } from '../../../../../shared/schemas';
import type { KnowledgeArticle, StaffSession } from '../../../../../shared/views';
import { ApiError, errorMessage, fieldErrors } from '../../../services/api';
import { usePolicy } from '../../../hooks/usePolicy';
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
import { CONSULTATION_ONLY_MESSAGE, districtMatches, FIELD_KEYS, FIX_FIELDS_MESSAGE, NETWORK_UNSURE_MESSAGE, type Result } from './helpers';
import { focusField } from './keyboard';
import { useKnowledgeSuggestions } from './useKnowledgeSuggestions';
import { useStaffRead } from './useStaffRead';

export function useRegistration(session: StaffSession, onExpired: () => void) {
  const { policy, retry: loadPolicy } = usePolicy();
  const [form, setForm] = useState<RegistrationForm>(EMPTY_REGISTRATION);
  const [districtQuery, setDistrictQuery] = useState('');
  const [errors, setErrors] = useState<RegistrationErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const sendingRef = useRef(false);

  const knowledge = useKnowledgeSuggestions(form.content);
  const readOpen = useCallback(() => fetchOpenMatters(session), [session]);
  const { state: openMatters, reload: reloadOpen } = useStaffRead(readOpen, onExpired, { keepOnReload: true });
  const districts = policy.state === 'ready' ? policy.districts : null;
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

  // Focus moves after React has drawn the target (e.g. "继续登记" → the empty form): a request, served after commit.
  const [focusRequest, setFocusRequest] = useState<{ name: string; n: number }>({ name: 'phone', n: 0 });
  const focusOn = useCallback((name: string) => setFocusRequest((r) => ({ name, n: r.n + 1 })), []);
  useEffect(() => focusField(focusRequest.name), [focusRequest]);

  const update = useCallback(<K extends keyof RegistrationForm>(field: K, value: RegistrationForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    setMessage(null);
  }, []);

  const setError = (field: keyof RegistrationErrors, text: string) => setErrors((e) => ({ ...e, [field]: text }));

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
      setError('district', districtQuery.trim() ? '没有这个区，请输入区名或序号' : '请选择所在区');
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

  return {
    policy,
    districts,
    loadPolicy,
    form,
    update,
    districtQuery,
    matches,
    typeDistrict,
    chooseDistrict,
    confirmDistrict,
    errors,
    setError,
    message,
    sending,
    result,
    submit,
    next,
    focusOn,
    open,
    toggleOpen: (id: string) => setOpen((o) => (o === id ? null : id)),
    knowledge,
    openMatters,
    reloadOpen,
    callerMatters,
    reloadCaller,
    duplicates,
  };
}

export type Registration = ReturnType<typeof useRegistration>;
