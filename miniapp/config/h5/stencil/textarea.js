// Taro's Stencil <taro-textarea-core> as a React component, one module per component (see ../components.js).
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-textarea-core.js';

export const Textarea = /*@__PURE__*/ createReactComponent('taro-textarea-core', undefined, manipulatePropsFunction, defineCustomElement);
