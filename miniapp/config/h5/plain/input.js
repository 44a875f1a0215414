/**
 * Taro's Input in the H5 build as plain HTML: a `<div>` host (className, data-*, the page's props) around a native
 * `<input class="weui-input">` that gets `nativeProps` (e.g. aria-label) — the same DOM Taro's Stencil
 * `<taro-input-core>` renders, so page styles (`.x .weui-input`), test locators (`[data-testid=…] input`) and
 * labels keep working, without the Stencil runtime and component definition (~100 KiB) before the form is usable.
 * Events carry `detail.value` like Taro's: onInput, onFocus, onBlur, onChange, onConfirm (Enter), onKeyDown.
 */
import { createElement, forwardRef } from 'react';
import { hostClass, taroEvent, taroMaxLength, textFieldEvents } from './event.js';
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
  const max = taroMaxLength(maxlength);
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
    ...textFieldEvents({ onFocus, onBlur, onChange, onKeyDown, onConfirm }, (e) => ({ cursor: e.target.value.length })),
    ...nativeProps,
    value: value ?? '',
  });
  return createElement('div', { ...host, className: hostClass('h5-input', className), ref }, input);
});
