/**
 * The registration page's keys (keyboard.ts delivers them): Enter moves to the next field, 1–5 and the arrows pick
 * the category, the district takes its name or number, Ctrl+Enter (⌘+Enter) registers from anywhere, and after
 * 登记成功 Enter starts the next call — even before focus has reached 继续登记 (the journey browser test relies on it).
 */
import { callerPhoneSchema } from '../../../../../shared/schemas';
import { CATEGORIES, type Category } from '../../../../../shared/domain/types';
import { typeAhead, useKeyboard, type KeyInfo } from './keyboard';
import type { Registration } from './useRegistration';

/** Category keys: a digit picks, the arrows step round, Space keeps, Enter confirms and moves on. */
function categoryKey(r: Registration, k: KeyInfo): boolean {
  const pick = (c: Category) => r.update('category', c);
  const i = k.value ? CATEGORIES.indexOf(k.value as Category) : -1;
  if (/^[1-5]$/.test(k.key)) {
    pick(CATEGORIES[Number(k.key) - 1]);
    r.focusOn('category');
    return true;
  }
  if (k.key === 'ArrowRight' || k.key === 'ArrowDown' || k.key === 'ArrowLeft' || k.key === 'ArrowUp') {
    const step = k.key === 'ArrowRight' || k.key === 'ArrowDown' ? 1 : -1;
    pick(CATEGORIES[(Math.max(i, 0) + step + CATEGORIES.length) % CATEGORIES.length]);
    r.focusOn('category');
    return true;
  }
  if (k.key === ' ' && i >= 0) {
    pick(CATEGORIES[i]);
    return true;
  }
  if (k.key === 'Enter') {
    if (i >= 0) pick(CATEGORIES[i]);
    r.focusOn('district');
    return true;
  }
  return false;
}

/** Enter in a field: check it where a check is cheap, then the next field (the content takes new lines). */
function enterInField(r: Registration, field: string | null): boolean | null {
  switch (field) {
    case 'phone': {
      const phone = callerPhoneSchema.safeParse(r.form.callerPhone);
      if (!phone.success) {
        r.setError('callerPhone', phone.error.issues[0]?.message ?? '请填写11位手机号码');
        return true;
      }
      r.focusOn('name');
      return true;
    }
    case 'name':
      r.focusOn('category');
      return true;
    case 'district':
      if (r.confirmDistrict()) r.focusOn('address');
      return true;
    case 'address':
      r.focusOn('content');
      return true;
    case 'confidential':
      void r.submit();
      return true;
    case 'content':
      return false; // a new line; Ctrl+Enter registers
    default:
      return null;
  }
}

export function registerKey(r: Registration, k: KeyInfo): boolean {
  // A held-down Enter must not run through the fields or register twice (new lines in the content are fine).
  if (k.repeat && k.key === 'Enter' && !(k.field === 'content' && !k.mod)) return true;
  // Typing that arrives before focus reaches its field (the next call's number right after 继续登记) is kept.
  if (!k.field && !k.press && !k.mod && typeAhead(k.key)) return true;
  if (r.result) {
    if ((k.key === 'Enter' || k.key === ' ') && k.press) {
      k.press.click();
      return true;
    }
    // Enter right after 登记成功, before focus has reached 继续登记, still starts the next call.
    if (k.key === 'Enter' && !k.field && !k.press) {
      r.next();
      return true;
    }
    return false;
  }
  if (k.key === 'Enter' && k.mod) {
    void r.submit();
    return true;
  }
  if (k.field === 'category') return categoryKey(r, k);
  if (k.key === 'Enter') {
    const used = enterInField(r, k.field);
    if (used !== null) return used;
  }
  if ((k.key === 'Enter' || k.key === ' ') && k.press) {
    k.press.click();
    return true;
  }
  return false;
}

/** Listens on the page's keyboard root (`data-kb-root="register"`) with the latest state. */
export function useRegisterKeys(r: Registration): void {
  useKeyboard('register', (k) => registerKey(r, k));
}
