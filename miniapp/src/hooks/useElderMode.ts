/**
 * 长辈版 (elder mode): larger type and tap targets on every citizen page. The choice is kept in storage and shared
 * by every mounted page, so switching on the home page also changes the pages below it in the stack.
 * Pages put `rootClass` on their root View; styles/tokens.css turns `.elder` into larger type and targets (token overrides).
 */
import { useCallback, useEffect, useState } from 'react';
import { getItem, setItem } from '../platform/storage';

const ELDER_MODE_KEY = 'hotline.elderMode';
const listeners = new Set<(on: boolean) => void>();

export function readElderMode(): boolean {
  return getItem<boolean>(ELDER_MODE_KEY) === true;
}

export function writeElderMode(on: boolean): void {
  try {
    setItem(ELDER_MODE_KEY, on);
  } catch {
    // storage full or unavailable: the switch still works for this visit
  }
  for (const l of listeners) l(on);
}

export function useElderMode(): { elder: boolean; setElder: (on: boolean) => void; rootClass: string } {
  const [elder, setState] = useState(readElderMode);
  useEffect(() => {
    const l = (on: boolean) => setState(on);
    listeners.add(l);
    // Another page may have switched between our first render and this effect.
    setState(readElderMode());
    return () => {
      listeners.delete(l);
    };
  }, []);
  const setElder = useCallback((on: boolean) => writeElderMode(on), []);
  return { elder, setElder, rootClass: elder ? 'citizen elder' : 'citizen' };
}
