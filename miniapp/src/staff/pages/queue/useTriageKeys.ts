/**
 * Keyboard triage for the desktop queue (H5 only): J/K or ↓/↑ move the selection, Enter moves focus into the
 * matter pane, D/A/R open dispatch/accept/reply there, Esc cancels an open form or returns focus to the queue, ?
 * toggles the shortcut help. Keys typed into a text box or pressed inside an open form are left alone (except Esc).
 * A document capture listener, as in pages/register/keyboard.ts, because Taro's H5 components swallow keydown.
 */
import { useEffect, useRef } from 'react';
import type { StaffActionType } from '../../services/actions';

export interface TriageHandlers {
  move: (delta: 1 | -1) => void;
  open: () => void;
  command: (action: StaffActionType) => void;
  back: () => void;
  toggleHelp: () => void;
}

const ACTIONS: Record<string, StaffActionType> = { d: 'dispatch', a: 'accept', r: 'reply' };

export function useTriageKeys(enabled: boolean, root: string, handlers: TriageHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled || typeof document === 'undefined') return undefined;
    const listener = (e: KeyboardEvent) => {
      if (e.isComposing || e.keyCode === 229 || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      // Only while this page is the one shown (Taro keeps earlier pages in the DOM).
      const page = document.querySelector(`[data-kb-root="${root}"]`);
      if (!page || (page as HTMLElement).offsetParent === null) return;
      if (target && target !== document.body && !page.contains(target)) return;
      const h = ref.current;
      if (e.key === 'Escape') {
        e.preventDefault();
        h.back();
        return;
      }
      const typing = !!target?.closest('input, textarea, [contenteditable="true"]');
      if (typing || target?.closest('[data-testid="action-form"]')) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      let used = true;
      if (key === 'j' || key === 'ArrowDown') h.move(1);
      else if (key === 'k' || key === 'ArrowUp') h.move(-1);
      else if ((key === 'Enter' && !target?.hasAttribute('data-press')) || key === 'o') h.open();
      else if (key in ACTIONS) h.command(ACTIONS[key]);
      else if (key === '?') h.toggleHelp();
      else used = false;
      if (used) e.preventDefault();
    };
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }, [enabled, root]);
}
