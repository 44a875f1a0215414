// Taro's Stencil <taro-image-core> as a React component, one module per component (see ../components.js).
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { defineCustomElement } from '@tarojs/components/dist/components/taro-image-core.js';

export const Image = /*@__PURE__*/ createReactComponent('taro-image-core', undefined, manipulatePropsFunction, defineCustomElement);
