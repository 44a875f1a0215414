/**
 * Build-time settings. API_BASE is replaced by webpack's DefinePlugin (config/index.ts); `typeof` is replaced too,
 * so the fallback below only runs where there is no build step (jest).
 */
export const FALLBACK_API_BASE = 'http://127.0.0.1:3000';

export const API_BASE_URL: string = typeof API_BASE === 'string' ? API_BASE : FALLBACK_API_BASE;

/**
 * Subscribe-message templates asked for when a citizen submits (progress and result notifications). Replace with
 * the template ids configured under 订阅消息 in the WeChat admin console; an unknown id only makes the
 * (ignored) request fail.
 */
export const SUBSCRIBE_TEMPLATE_IDS: readonly string[] = ['REPLACE_WITH_PROGRESS_TEMPLATE_ID'];
