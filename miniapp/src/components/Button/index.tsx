/**
 * The one button every page uses. In the mini-program it is Taro's `<Button>`; in the H5 build Taro's button is a
 * `taro-button-core` custom element with tabIndex −1 and no role, so a keyboard cannot reach it and a screen reader
 * does not announce it. There it is a native `<button type="button">`: focusable, announced as a button with its
 * text (or `aria-label`) as its name, operated with Enter and Space, and really disabled when `disabled`.
 * `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
 */
import type { ReactNode } from 'react';
import { Button as TaroButton } from '@tarojs/components';

// H5 only: the stylesheet uses selectors (:where) that WXSS does not know, and the mini-program never needs it.
if (process.env.TARO_ENV === 'h5') require('./h5.css');

export interface ButtonProps {
  className?: string;
  disabled?: boolean;
  onClick?: () => void;
  children?: ReactNode;
  'data-testid'?: string;
  'aria-label'?: string;
  'aria-pressed'?: boolean;
  'aria-describedby'?: string;
  'aria-controls'?: string;
  'aria-expanded'?: boolean;
  id?: string;
  /** Any other data-* attribute (e.g. data-value) passes through. */
  [data: `data-${string}`]: string | number | boolean | undefined;
}

export default function Button({ className, disabled, onClick, children, ...rest }: ButtonProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <button type='button' className={className ? `a11y-button ${className}` : 'a11y-button'} disabled={disabled || undefined} onClick={onClick} {...rest}>
        {children}
      </button>
    );
  } else {
    // An `else` (not code after the `if`): webpack drops a constant condition's dead branch before it looks for
    // imports, so the H5 build never references Taro's Button and pages without other Stencil components load none.
    return (
      <TaroButton className={className} disabled={disabled || undefined} onClick={onClick} {...rest}>
        {children}
      </TaroButton>
    );
  }
}
