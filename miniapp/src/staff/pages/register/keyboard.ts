/**
 * Keyboard handling for the registration page (H5 in a desktop browser; the operator is on the phone and should not
 * need the mouse). No Taro call here: only the DOM, and nothing at all in the mini-program build.
 *
 * Why a document-level capture listener rather than onKeyDown props: Taro's H5 Input and Textarea stop the native
 * keydown at the inner <input>/<textarea> (it never bubbles), their onKeyDown/onConfirm events carry no Ctrl/Meta
 * flag, and Taro's H5 Button is a <taro-button-core> element with no keyboard activation of its own. A capture
 * listener sees every key first, whatever element has focus.
 *
 * Elements take part through attributes that both the H5 components and the jest stubs keep:
 * - `data-kb="<field>"` names a field (focusField('phone') focuses it, or the native control inside it);
 * - `data-kb-press` marks a button that Enter or Space activates (a click, as a tap would).
 */
import { useEffect, useRef } from 'react';

/** The mini-program has no hardware keyboard and no DOM to speak of. */
const ENABLED = process.env.TARO_ENV !== 'weapp';

const NATIVE = /^(INPUT|TEXTAREA|BUTTON|SELECT)$/;
/** Taro H5 wrappers whose native control is rendered (asynchronously) inside. */
const WRAPPERS = /^TARO-(INPUT|TEXTAREA|SWITCH)-CORE$/;
/** The H5 build's plain-HTML Input, Textarea and Switch: a <div> host around the native control (config/h5/plain). */
const PLAIN_WRAPPERS = '.h5-input, .h5-textarea, .h5-switch';

function doc(): Document | null {
  return ENABLED && typeof document !== 'undefined' && typeof document.querySelector === 'function' ? document : null;
}

/** The element that actually takes focus for a field host, or null when it is not rendered yet. */
function focusTarget(host: HTMLElement): HTMLElement | null {
  if (NATIVE.test(host.tagName)) return host;
  if (WRAPPERS.test(host.tagName) || host.matches?.(PLAIN_WRAPPERS)) return host.querySelector<HTMLElement>('input, textarea');
  return host;
}

let generation = 0;
/** The field a focus request is still waiting for, and what was typed meanwhile (see typeAhead). */
let pending: { name: string; gen: number; typed: string } | null = null;

/**
 * Focus a field by its `data-kb` name. Among several (category options) the checked one wins, else the first.
 * Retries until the control exists: Taro's H5 components render their native control a moment after React mounts
 * them (longer on a busy machine). A newer request cancels an older one still retrying, so focus never jumps back.
 */
export function focusField(name: string): void {
  const gen = ++generation;
  pending = { name, gen, typed: pending?.typed ?? '' };
  attempt(name, gen, 100);
}

function attempt(name: string, gen: number, tries: number): void {
  const d = doc();
  if (!d || gen !== generation) return;
  const hosts = Array.from(d.querySelectorAll<HTMLElement>(`[data-kb="${name}"]`));
  const host = hosts.find((h) => h.getAttribute('aria-checked') === 'true') ?? hosts[0];
  const target = host ? focusTarget(host) : null;
  if (target) {
    target.focus();
    if (d.activeElement === target) {
      const typed = pending?.gen === gen ? pending.typed : '';
      pending = null;
      if (typed) insertText(target, typed);
      return;
    }
  }
  if (tries > 0) setTimeout(() => attempt(name, gen, tries - 1), 50);
  else if (pending?.gen === gen) pending = null;
}

/**
 * Type-ahead: a printable key pressed while focus is still on its way to a field (e.g. the caller's number right
 * after 继续登记, before the new form's input exists) is kept and typed into that field once it has focus, instead
 * of being lost. Returns false when no focus request is pending.
 */
export function typeAhead(key: string): boolean {
  if (!pending || key.length !== 1) return false;
  pending.typed += key;
  return true;
}

/** Appends text to a native input/textarea the way typing would: the value, then an `input` event for Taro/React. */
function insertText(el: HTMLElement, text: string): void {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, el.value + text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface KeyInfo {
  /** `data-kb` of the focused field, if any. */
  field: string | null;
  /** `data-value` of the focused element (category options). */
  value: string | null;
  /** The focused element is a `data-kb-press` button (null when it is disabled). */
  press: HTMLElement | null;
  key: string;
  /** Ctrl or ⌘ held. */
  mod: boolean;
  shift: boolean;
  /** Auto-repeat of a held-down key. */
  repeat: boolean;
}

/**
 * Calls `handler` for every key pressed inside the element marked `data-kb-root="<root>"` (not while an IME is
 * composing: Enter then confirms the Chinese input). Keys pressed elsewhere are ignored, so a page kept alive in the
 * H5 page stack (another page opened on top) never reacts. `handler` returns true when it used the key; the
 * browser's default is then prevented.
 */
export function useKeyboard(root: string, handler: (k: KeyInfo) => boolean): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const d = doc();
    if (!d) return undefined;
    const listener = (e: KeyboardEvent) => {
      if (e.isComposing || e.keyCode === 229 || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      // Focus can be on nothing (the body) for a moment, e.g. when the focused button was just replaced by a form:
      // the keys still belong to this page when it is the one on screen.
      const onNothing = !target || target === d.body || target === d.documentElement;
      if (onNothing ? !shownRoot(d, root) : !target?.closest(`[data-kb-root="${root}"]`)) return;
      const fieldHost = target?.closest('[data-kb]') ?? null;
      const pressHost = (target?.closest('[data-kb-press]') as HTMLElement | null) ?? null;
      // A disabled button is not pressed (Taro's H5 Button does not stop a scripted click on itself).
      const press = pressHost && !pressHost.hasAttribute('disabled') ? pressHost : null;
      const used = ref.current({
        field: fieldHost?.getAttribute('data-kb') ?? null,
        value: fieldHost?.getAttribute('data-value') ?? null,
        press,
        key: e.key,
        mod: e.ctrlKey || e.metaKey,
        shift: e.shiftKey,
        repeat: e.repeat,
      });
      if (used) e.preventDefault();
    };
    d.addEventListener('keydown', listener, true);
    return () => d.removeEventListener('keydown', listener, true);
  }, [root]);
}

/** The page's keyboard root, when it is on screen (pages kept in the H5 page stack are hidden). */
function shownRoot(d: Document, root: string): boolean {
  const el = d.querySelector<HTMLElement>(`[data-kb-root="${root}"]`);
  return !!el && el.getClientRects().length > 0;
}

/** Roving tab stop for a group (category options): only the given one is in the Tab order. */
export const tabStop = (inOrder: boolean): Record<string, unknown> => ({ tabIndex: inOrder ? 0 : -1 });

/** Makes a Taro H5 Button (a custom element) reachable with Tab. */
export const TABBABLE: Record<string, unknown> = { tabIndex: 0 };
