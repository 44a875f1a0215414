// Taro's Stencil <taro-picker-core> as a React component, one module per component (see ../components.js).
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-picker-core.js';

export const Picker = /*@__PURE__*/ createReactComponent('taro-picker-core', undefined, manipulatePropsFunction, defineCustomElement);
