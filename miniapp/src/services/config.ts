/**
 * Build-time settings. API_BASE is replaced by webpack's DefinePlugin (config/index.ts); `typeof` is replaced too,
 * so the fallback below only runs where there is no build step (jest).
 */
export const FALLBACK_API_BASE = 'http://127.0.0.1:3000';

export const API_BASE_URL: string = typeof API_BASE === 'string' ? API_BASE : FALLBACK_API_BASE;

/**
 * Subscribe-message templates, one per message kind — the same ids as the backend's WECHAT_TEMPLATES (README
 * "Notifications"). Replace with the ids configured under 订阅消息 in the WeChat admin console; an unknown id only
 * makes the (ignored) request fail. Each acceptance allows one message of that template, and WeChat asks for at most
 * three at a time, so each tap asks for what the citizen expects next; anything not covered goes out by SMS.
 */
export const SUBSCRIBE_TEMPLATES = {
  accepted: 'REPLACE_WITH_ACCEPTED_TEMPLATE_ID',
  progress: 'REPLACE_WITH_PROGRESS_TEMPLATE_ID',
  deadline: 'REPLACE_WITH_DEADLINE_TEMPLATE_ID',
  result: 'REPLACE_WITH_RESULT_TEMPLATE_ID',
} as const;
const T = SUBSCRIBE_TEMPLATES;
/** Which templates each tap asks for: submit (accepted, dispatch, extension), claim, rating (re-handling, result). */
export const SUBSCRIBE_AT = {
  submit: [T.accepted, T.progress, T.deadline],
  claim: [T.progress, T.deadline, T.result],
  rating: [T.progress, T.result],
} as const;
export const SUBSCRIBE_TEMPLATE_IDS: readonly string[] = SUBSCRIBE_AT.submit;
