// Taro's Stencil <taro-switch-core> as a React component, one module per component (see ../components.js).
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-switch-core.js';

export const Switch = /*@__PURE__*/ createReactComponent('taro-switch-core', undefined, manipulatePropsFunction, defineCustomElement);
