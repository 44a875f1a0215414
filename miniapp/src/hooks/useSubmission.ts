/**
 * The submission flow: draft → validate (shared schema, same messages as the backend) → screening (advice) →
 * submit with the draft's Idempotency-Key → the tracking number.
 *
 * Double taps and retries: `sending` blocks a second submission while one is in flight, and the key is created
 * once per draft and kept (in storage too) until the backend confirms, so a retry after a network error reuses it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { submissionSchema } from '../../../shared/schemas';
import { requestSubscription } from '../platform/subscribe';
import { PhotosNotReady } from './usePhotoUploads';
import { errorMessage, fieldErrors } from '../services/api';
import { screenMyDraft, submitMyMatter } from '../services/citizen';
import { loadScreening } from '../services/screening';
import { SUBSCRIBE_TEMPLATE_IDS } from '../services/config';
import {
  discardDraft,
  finishDraft,
  loadDraft,
  newIdempotencyKey,
  saveDraft,
  type Draft,
  type DraftForm,
} from '../services/draft';
import type { CitizenMatter, ScreeningResult, SubmissionBody } from '../../../shared/views';

export type SubmissionPhase =
  /** Filling in the form. */
  | 'form'
  /** Screening request in flight. */
  | 'checking'
  /** Screening answered: its advice is shown with the ways to go on. */
  | 'screened'
  /** Screening failed: the citizen may retry it or submit anyway (screening only advises). */
  | 'check_failed'
  /** The knowledge base answered the question; nothing submitted. */
  | 'resolved'
  /** Submitted: the tracking number is shown. */
  | 'done';

/** Per field; `attachments` (and the backend's `attachments.<i>`) concern the photos. */
export type FieldErrors = Partial<Record<keyof DraftForm | 'form' | 'attachments', string>> & Record<string, string | undefined>;

export const FIX_FIELDS_MESSAGE = '请按下面的提示修改后再提交';

function toInput(form: DraftForm, attachments: readonly string[]) {
  return {
    category: form.category ?? undefined,
    content: form.content,
    district: form.district ?? undefined,
    address: form.address,
    location: form.location ? { lat: form.location.lat, lng: form.location.lng } : null,
    contactName: form.contactName,
    contactPhone: form.contactPhone,
    confidential: form.confidential,
    publishConsent: form.publishConsent && !form.confidential,
    attachments: [...attachments],
  };
}

/** Validates with the backend's schema; returns the body to send or the first message per field. */
export function validateDraft(
  form: DraftForm,
  districts: readonly string[],
  attachments: readonly string[] = [],
): { ok: true; body: SubmissionBody } | { ok: false; errors: FieldErrors } {
  const r = submissionSchema(districts).safeParse(toInput(form, attachments));
  if (r.success) return { ok: true, body: r.data as SubmissionBody };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? 'form') as keyof FieldErrors;
    if (!errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

export function useSubmission(districts: readonly string[] | null) {
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<SubmissionPhase>('form');
  const [screening, setScreening] = useState<ScreeningResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<CitizenMatter | null>(null);

  const draftRef = useRef(draft);
  draftRef.current = draft;
  const sending = useRef(false);
  const checking = useRef(0);

  useEffect(() => {
    if (phase !== 'done' && phase !== 'resolved') saveDraft(draft);
  }, [draft, phase]);

  const update = useCallback(<K extends keyof DraftForm>(field: K, value: DraftForm[K]) => {
    setDraft((d) => ({ ...d, form: { ...d.form, [field]: value } }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    setMessage(null);
    // Advice was for the old text: ask again.
    // The classifier "下一步" runs: fetched while the citizen writes (services/screening).
    if (field === 'content') void loadScreening().catch(() => undefined);
    if (field === 'content' || field === 'category') {
      checking.current++;
      setScreening(null);
      setPhase((p) => (p === 'screened' || p === 'check_failed' || p === 'checking' ? 'form' : p));
    }
  }, []);

  const validate = useCallback((attachments: readonly string[] = []): SubmissionBody | null => {
    const r = validateDraft(draftRef.current.form, districts ?? [], attachments);
    if (r.ok) {
      setErrors({});
      return r.body;
    }
    setErrors(r.errors);
    setMessage(FIX_FIELDS_MESSAGE);
    return null;
  }, [districts]);

  /** "下一步": validate, then ask the screening service for advice. */
  const check = useCallback(async () => {
    const body = validate();
    if (!body) return;
    const id = ++checking.current;
    setMessage(null);
    // The emergency classifier runs here too (shared/screening, ~6 KiB gzip, loaded on first use): an emergency is
    // answered at once, offline or not, with no round trip between the citizen and the call button (issue 13).
    // If it could not be loaded, the screening service below still answers.
    const emergency = await loadScreening().then(
      (m) => m.screenEmergency(body.content),
      () => null,
    );
    if (id !== checking.current) return;
    if (emergency) {
      setScreening(emergency);
      setPhase('screened');
      return;
    }
    setPhase('checking');
    try {
      const res = await screenMyDraft({ content: body.content, category: body.category });
      if (id !== checking.current) return;
      setScreening(res);
      setPhase('screened');
    } catch (err) {
      if (id !== checking.current) return;
      setMessage(errorMessage(err));
      setPhase('check_failed');
    }
  }, [validate]);

  /**
   * Send the matter. Must run from a tap: it first asks for subscribe-message consent (failures ignored).
   * `photos` (hooks/usePhotoUploads settle) waits for uploads in flight and gives their keys — after the consent
   * request, which WeChat only allows directly in the tap — or throws PhotosNotReady to stop with its message.
   */
  const submit = useCallback(async (photos?: () => Promise<string[]>) => {
    if (sending.current) return;
    sending.current = true;
    setSubmitting(true);
    setMessage(null);
    try {
      await requestSubscription(SUBSCRIBE_TEMPLATE_IDS);
      const attachments = photos ? await photos() : [];
      const body = validate(attachments);
      if (!body) {
        setPhase('form');
        return;
      }
      let key = draftRef.current.idempotencyKey;
      if (!key) {
        key = newIdempotencyKey();
        const withKey = { ...draftRef.current, idempotencyKey: key };
        draftRef.current = withKey;
        saveDraft(withKey); // before sending: a crash mid-request must not lose the key
        setDraft(withKey);
      }
      const matter = await submitMyMatter(body, key);
      finishDraft({ phone: body.contactPhone, name: body.contactName ?? '' });
      setResult(matter);
      setPhase('done');
    } catch (err) {
      if (err instanceof PhotosNotReady) {
        setMessage(err.message);
        return;
      }
      const fields = fieldErrors(err) as FieldErrors;
      if (Object.keys(fields).length) {
        setErrors(fields);
        setPhase('form');
      }
      setMessage(errorMessage(err));
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  }, [validate]);

  /** The knowledge base answered it: drop the draft. */
  const resolved = useCallback(() => {
    discardDraft();
    setPhase('resolved');
  }, []);

  /** Back from the advice to the form (e.g. to change the text). */
  const edit = useCallback(() => {
    checking.current++;
    setPhase('form');
    setMessage(null);
  }, []);

  return { form: draft.form, idempotencyKey: draft.idempotencyKey, errors, phase, screening, message, submitting, result, update, check, submit, resolved, edit };
}
