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

function doc(): Document | null {
  return ENABLED && typeof document !== 'undefined' && typeof document.querySelector === 'function' ? document : null;
}

/** The element that actually takes focus for a field host, or null when it is not rendered yet. */
function focusTarget(host: HTMLElement): HTMLElement | null {
  if (NATIVE.test(host.tagName)) return host;
  if (WRAPPERS.test(host.tagName)) return host.querySelector<HTMLElement>('input, textarea');
  return host;
}

let generation = 0;

/**
 * Focus a field by its `data-kb` name. Among several (category options) the checked one wins, else the first.
 * Retries briefly: Taro's H5 components render their native control a moment after React mounts them. A newer
 * request cancels an older one still retrying, so focus never jumps back.
 */
export function focusField(name: string): void {
  attempt(name, ++generation, 20);
}

function attempt(name: string, gen: number, tries: number): void {
  const d = doc();
  if (!d || gen !== generation) return;
  const hosts = Array.from(d.querySelectorAll<HTMLElement>(`[data-kb="${name}"]`));
  const host = hosts.find((h) => h.getAttribute('aria-checked') === 'true') ?? hosts[0];
  const target = host ? focusTarget(host) : null;
  if (target) {
    target.focus();
    if (d.activeElement === target) return;
  }
  if (tries > 0) setTimeout(() => attempt(name, gen, tries - 1), 50);
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
      if (!target?.closest(`[data-kb-root="${root}"]`)) return;
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

/** Roving tab stop for a group (category options): only the given one is in the Tab order. */
export const tabStop = (inOrder: boolean): Record<string, unknown> => ({ tabIndex: inOrder ? 0 : -1 });

/** Makes a Taro H5 Button (a custom element) reachable with Tab. */
export const TABBABLE: Record<string, unknown> = { tabIndex: 0 };
