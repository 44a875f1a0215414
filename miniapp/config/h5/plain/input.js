/**
 * Taro's Input in the H5 build as plain HTML: a `<div>` host (className, data-*, the page's props) around a native
 * `<input class="weui-input">` that gets `nativeProps` (e.g. aria-label) — the same DOM Taro's Stencil
 * `<taro-input-core>` renders, so page styles (`.x .weui-input`), test locators (`[data-testid=…] input`) and
 * labels keep working, without the Stencil runtime and component definition (~100 KiB) before the form is usable.
 * Events carry `detail.value` like Taro's: onInput, onFocus, onBlur, onChange, onConfirm (Enter), onKeyDown.
 */
import { createElement, forwardRef } from 'react';
import { hostClass, taroEvent } from './event.js';
import './controls.css';

/** Taro's type rules: confirmType 'search' and `password` win; 'digit' is a number field. */
function nativeType(type, confirmType, password) {
  if (confirmType === 'search') return 'search';
  if (password) return 'password';
  if (!type) return 'text';
  return type === 'digit' ? 'number' : type;
}

export const Input = forwardRef(function Input(props, ref) {
  const {
    className, value, type, password, placeholder, disabled, maxlength, confirmType, name, autoFocus, focus, nativeProps,
    onInput, onFocus, onBlur, onChange, onConfirm, onKeyDown,
    // Mini-program-only props with no H5 meaning.
    placeholderStyle, placeholderClass, cursorSpacing, confirmHold, cursor, selectionStart, selectionEnd, adjustPosition, holdKeyboard, alwaysEmbed,
    ...host
  } = props;
  const inputType = nativeType(type, confirmType, password);
  const max = typeof maxlength === 'number' && maxlength >= 0 ? maxlength : undefined;
  const input = createElement('input', {
    className: 'weui-input',
    type: inputType,
    placeholder,
    disabled,
    name,
    autoFocus: autoFocus || focus,
    maxLength: max,
    onInput: (e) => {
      let v = e.target.value;
      // A number field ignores maxLength in browsers: cut it here, as Taro does.
      if (inputType === 'number' && max !== undefined && v.length > max) e.target.value = v = v.slice(0, max);
      onInput?.(taroEvent('input', e, { value: v, cursor: v.length }));
    },
    // React's onChange fires on every keystroke; Taro's change is the native one (on blur), left to onBlur here.
    onChange: () => {},
    onFocus: (e) => onFocus?.(taroEvent('focus', e, { value: e.target.value })),
    onBlur: (e) => {
      onBlur?.(taroEvent('blur', e, { value: e.target.value }));
      onChange?.(taroEvent('change', e, { value: e.target.value }));
    },
    onKeyDown: (e) => {
      onKeyDown?.(taroEvent('keydown', e, { value: e.target.value, cursor: e.target.value.length, keyCode: e.keyCode }));
      if (e.key === 'Enter') onConfirm?.(taroEvent('confirm', e, { value: e.target.value }));
    },
    ...nativeProps,
    value: value ?? '',
  });
  return createElement('div', { ...host, className: hostClass('h5-input', className), ref }, input);
});
