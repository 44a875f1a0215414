/**
 * Taro's Textarea in the H5 build as plain HTML: a `<div>` host around a native `<textarea class="taro-textarea">`
 * with `nativeProps` — the DOM of Taro's Stencil `<taro-textarea-core>` without its runtime (see ./input.js).
 * `autoHeight` grows the box with its text (CSS `field-sizing: content`).
 */
import { createElement, forwardRef } from 'react';
import { hostClass, taroEvent, taroMaxLength, textFieldEvents } from './event.js';
import './controls.css';

export const Textarea = forwardRef(function Textarea(props, ref) {
  const {
    className, value, placeholder, disabled, maxlength, autoFocus, focus, autoHeight, name, nativeProps,
    onInput, onFocus, onBlur, onChange, onConfirm, onKeyDown, onLineChange,
    placeholderStyle, placeholderClass, cursorSpacing, cursor, showConfirmBar, selectionStart, selectionEnd, adjustPosition, holdKeyboard, fixed, disableDefaultPadding,
    ...host
  } = props;
  const textarea = createElement('textarea', {
    className: autoHeight ? 'taro-textarea auto-height' : 'taro-textarea',
    placeholder,
    disabled,
    name,
    autoFocus: autoFocus || focus,
    maxLength: taroMaxLength(maxlength),
    onInput: (e) => onInput?.(taroEvent('input', e, { value: e.target.value, cursor: e.target.value.length })),
    ...textFieldEvents({ onFocus, onBlur, onChange, onKeyDown, onConfirm }),
    ...nativeProps,
    value: value ?? '',
  });
  return createElement('div', { ...host, className: hostClass('h5-textarea', className), ref }, textarea);
});
