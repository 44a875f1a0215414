/**
 * Picker and Image in the H5 build: Taro's Stencil components (./stencil/), loaded when a page first renders one
 * instead of with the page. The submit form shows its Picker only once the district list has arrived and photos
 * only after the citizen adds some, so the Stencil runtime (~11 KiB gzip, a long task of its own on a slow phone)
 * no longer runs before the page's first paint. Until the component has loaded, its place is held by a plain box with
 * the same class and children (the Picker's face shows at once; no layout shift).
 */
import { createElement, forwardRef, lazy, Suspense } from 'react';
import './plain/controls.css';

function deferred(load, placeholder) {
  const Real = lazy(load);
  return forwardRef(function Deferred(props, ref) {
    return createElement(Suspense, { fallback: placeholder(props) }, createElement(Real, { ...props, ref }));
  });
}

export const Picker = deferred(
  () => import(/* webpackChunkName: "stencil-picker" */ './stencil/picker.js').then((m) => ({ default: m.Picker })),
  ({ className, style, children }) => createElement('div', { className, style }, children),
);

export const Image = deferred(
  () => import(/* webpackChunkName: "stencil-image" */ './stencil/image.js').then((m) => ({ default: m.Image })),
  ({ className, style }) => createElement('div', { className: className ? `h5-image ${className}` : 'h5-image', style }),
);
