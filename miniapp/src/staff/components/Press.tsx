/**
 * A button that the keyboard reaches and screen readers announce (role="button" with its name), for the workbench.
 * Taro's H5 <Button> renders a <taro-button-core> with tabIndex −1 and no role; this is a plain View with both, and
 * Enter or Space activates it (one capture listener on the document, H5 only; the mini-program taps it).
 */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';

const KEYBOARD = process.env.TARO_ENV !== 'weapp' && typeof document !== 'undefined' && typeof document.addEventListener === 'function';

if (KEYBOARD && !(globalThis as { __staffPress?: boolean }).__staffPress) {
  (globalThis as { __staffPress?: boolean }).__staffPress = true;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (!el?.hasAttribute('data-press') || el.getAttribute('aria-disabled') === 'true') return;
      e.preventDefault();
      e.stopPropagation();
      el.click();
    },
    true,
  );
}

/** Puts an element in (0) or out of (−1) the Tab order; Taro's typings omit tabIndex, the H5 components pass it on. */
export const tabStop = (n: 0 | -1): Record<string, unknown> => ({ tabIndex: n });

interface Props {
  className?: string;
  testId?: string;
  /** The accessible name when the visible text is not enough (e.g. a key letter). */
  label?: string;
  disabled?: boolean;
  pressed?: boolean;
  /** `data-kb` name, for focusField(). */
  kb?: string;
  onPress: () => void;
  children: ReactNode;
}

export default function Press({ className, testId, label, disabled, pressed, kb, onPress, children }: Props) {
  return (
    <View
      className={`${className ?? ''}${disabled ? ' is-disabled' : ''}`}
      role='button'
      {...tabStop(0)}
      data-press=''
      data-testid={testId}
      data-kb={kb}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      aria-pressed={pressed === undefined ? undefined : pressed}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      {children}
    </View>
  );
}
