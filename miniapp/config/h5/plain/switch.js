/**
 * Taro's Switch in the H5 build as plain HTML: a `<div>` host around a native checkbox `<input class="weui-switch">`
 * with `nativeProps` — the DOM of Taro's Stencil `<taro-switch-core>` without its runtime (see ./input.js).
 * onChange gets `detail.value` = checked, as in Taro; `color` fills the switch when on.
 */
import { createElement, forwardRef } from 'react';
import { hostClass, taroEvent } from './event.js';
import './controls.css';

export const Switch = forwardRef(function Switch(props, ref) {
  const { className, checked, color, name, disabled, type, nativeProps, onChange, ...host } = props;
  const on = color || '#04BE02';
  const input = createElement('input', {
    type: 'checkbox',
    className: type === 'checkbox' ? 'weui-checkbox' : 'weui-switch',
    style: checked ? { borderColor: on, backgroundColor: on } : undefined,
    checked: !!checked,
    name,
    disabled,
    onChange: (e) => onChange?.(taroEvent('change', e, { value: e.target.checked })),
    ...nativeProps,
  });
  return createElement('div', { ...host, className: hostClass('h5-switch', className), ref }, input);
});
