/**
 * Taro's View in the H5 build: a bare `<div>` that passes every prop through (className, role, aria-*, data-*,
 * handlers, ref). @tarojs/components-react's View keeps hover state in two useState hooks and re-renders once after
 * mounting to apply `hoverClass`, which no page uses; the home page renders ~40 Views, and that work came before
 * its first paint. Taro's `hoverClass` props are dropped rather than written to the DOM.
 */
import { createElement, forwardRef } from 'react';

export const View = forwardRef(function View({ hoverClass, hoverStartTime, hoverStayTime, ...props }, ref) {
  return createElement('div', { ...props, ref });
});
