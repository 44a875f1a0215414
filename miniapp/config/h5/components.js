/**
 * What `@tarojs/components` means in the H5 build (aliased in config/index.ts; the mini-program uses its native
 * components and never sees this file).
 *
 * View and Text, the only built-in components most pages render, are plain React components: View a bare `<div>`
 * (./view.js), Text Taro's `<span>` from @tarojs/components-react (Taro's `h5.useHtmlComponents` library). A page
 * made of them needs neither the Stencil runtime nor a custom-element definition, so the home page's JavaScript does
 * not carry them. The other
 * components the app uses (Button, Input, Textarea, Switch, Picker, Image) stay Taro's Stencil web components, with
 * the DOM, roles and labels the pages, their tests and the accessibility checks rely on — one module each
 * (./stencil/), the same wrappers Taro's own lib/react builds, so a page loads the Stencil runtime and only the
 * components it renders (Taro's lib/react defines them all in one module: every page with an input loaded all six).
 * This module is marked side-effect free in config/index.ts, so each import goes straight to its own module.
 * Anything else comes from Taro's full set.
 */
export * from '@tarojs/components/lib/react';
export { Text, PullDownRefresh } from '@tarojs/components-react';
export { View } from './view.js';
export { Button } from './stencil/button.js';
export { Image } from './stencil/image.js';
export { Input } from './stencil/input.js';
export { Picker } from './stencil/picker.js';
export { Switch } from './stencil/switch.js';
export { Textarea } from './stencil/textarea.js';
