/**
 * What `@tarojs/components` means in the H5 build (aliased in config/index.ts; the mini-program uses its native
 * components and never sees this file).
 *
 * View and Text, the only built-in components most pages render, are Taro's plain React components (`<div>`,
 * `<span>`, from @tarojs/components-react, Taro's `h5.useHtmlComponents` library): a page made of them needs neither
 * the Stencil runtime nor a custom-element definition, so the home page's JavaScript does not carry them. Every
 * other component (Button, Input, Textarea, Switch, Picker, Image …) stays Taro's Stencil web component, with the
 * DOM, roles and labels the pages, their tests and the accessibility checks rely on; a page that renders one loads
 * the Stencil runtime with it.
 */
export * from '@tarojs/components/lib/react';
export { View, Text, PullDownRefresh } from '@tarojs/components-react';
