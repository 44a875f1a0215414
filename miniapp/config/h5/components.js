/**
 * What `@tarojs/components` means in the H5 build (aliased in config/index.ts; the mini-program uses its native
 * components and never sees this file).
 *
 * View and Text, the only built-in components most pages render, are plain React components: View a bare `<div>`
 * (./view.js), Text Taro's `<span>` from @tarojs/components-react (Taro's `h5.useHtmlComponents` library). A page
 * made of them needs neither the Stencil runtime nor a custom-element definition, so the home page's JavaScript does
 * not carry them. Input, Textarea and Switch are plain HTML too (./plain/): a `<div>` host around the native control,
 * the same DOM, classes, events (`detail.value`) and `nativeProps` labels as Taro's Stencil versions, so a form page
 * no longer waits for the Stencil runtime and three component definitions. The other components the app uses
 * (Button, Picker, Image) stay Taro's Stencil web components — one module each (./stencil/), the same wrappers Taro's
 * own lib/react builds, so a page loads the Stencil runtime and only the components it renders; Picker and Image
 * load when first rendered (./lazy.js), so no page's first paint waits for the Stencil runtime.
 * This module is marked side-effect free in config/index.ts, so each import goes straight to its own module.
 * Anything else comes from Taro's full set.
 */
export * from '@tarojs/components/lib/react';
export { Text, PullDownRefresh } from '@tarojs/components-react';
export { View } from './view.js';
export { Button } from './stencil/button.js';
export { Image } from './lazy.js';
export { Input } from './plain/input.js';
export { Picker } from './lazy.js';
export { Switch } from './plain/switch.js';
export { Textarea } from './plain/textarea.js';
