/**
 * The submission draft, kept in storage so nothing typed is lost when the page is left or the app restarts, and
 * its Idempotency-Key: created once per draft and kept until the backend confirms the matter, so a double tap or
 * a retry after a network error sends the same key and can never create two matters.
 */
import { now } from '../platform/clock';
import { getItem, removeItem, setItem } from '../platform/storage';
import { randomId } from './session';
import type { Category } from '../../../shared/views';

const DRAFT_KEY = 'hotline.submitDraft';
const CONTACT_KEY = 'hotline.lastContact';

export interface DraftForm {
  category: Category | null;
  content: string;
  district: string | null;
  address: string;
  location: { lat: number; lng: number; name: string } | null;
  contactPhone: string;
  contactName: string;
  confidential: boolean;
  /** Open data: publish a redacted description (off unless ticked; GZ Art.25, CS Art.28). */
  publishConsent: boolean;
}

export interface Draft {
  form: DraftForm;
  /** Set at the first submission attempt; null before. */
  idempotencyKey: string | null;
}

export const EMPTY_FORM: DraftForm = {
  category: null,
  content: '',
  district: null,
  address: '',
  location: null,
  contactPhone: '',
  contactName: '',
  confidential: false,
  publishConsent: false,
};

const KEY_RE = /^[A-Za-z0-9_-]{8,64}$/;

/** A fresh Idempotency-Key (8–64 chars of [A-Za-z0-9_-], as POST /v1/matters requires). */
export function newIdempotencyKey(): string {
  return `d${now().toString(36)}-${randomId(20)}`;
}

/** The stored draft, or an empty one prefilled with the contact details used last time. */
export function loadDraft(): Draft {
  const stored = getItem<Draft>(DRAFT_KEY);
  if (stored && stored.form && typeof stored.form === 'object') {
    return {
      form: { ...EMPTY_FORM, ...stored.form },
      idempotencyKey: typeof stored.idempotencyKey === 'string' && KEY_RE.test(stored.idempotencyKey) ? stored.idempotencyKey : null,
    };
  }
  const contact = getItem<{ phone?: string; name?: string }>(CONTACT_KEY);
  return {
    form: { ...EMPTY_FORM, contactPhone: contact?.phone ?? '', contactName: contact?.name ?? '' },
    idempotencyKey: null,
  };
}

export function saveDraft(draft: Draft): void {
  try {
    setItem(DRAFT_KEY, draft);
  } catch {
    // storage full: the draft still lives in the page
  }
}

/** After the backend confirmed the matter: forget the draft and its key, remember the contact for next time. */
export function finishDraft(contact: { phone: string; name: string }): void {
  removeItem(DRAFT_KEY);
  try {
    setItem(CONTACT_KEY, contact);
  } catch {
    // not important
  }
}

export function discardDraft(): void {
  removeItem(DRAFT_KEY);
}
