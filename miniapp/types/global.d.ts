/// <reference types="@tarojs/taro" />

/**
 * Backend base URL without a trailing slash, e.g. `http://127.0.0.1:3000`.
 * Replaced at build time by webpack's DefinePlugin (config/index.ts `defineConstants`, from TARO_APP_API_BASE).
 * Read it only through src/services/config.ts: under jest it is not defined.
 */
declare const API_BASE: string;

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Platform being built, set by the Taro CLI (`--type`). Optional here: backend code shares this tsconfig. */
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony' | 'plugin';
    /** Backend base URL for the mini-program build (see API_BASE). */
    TARO_APP_API_BASE?: string;
  }
}
