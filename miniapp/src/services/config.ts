/**
 * Build-time settings. API_BASE is replaced by webpack's DefinePlugin (config/index.ts); `typeof` is replaced too,
 * so the fallback below only runs where there is no build step (jest).
 */
export const FALLBACK_API_BASE = 'http://127.0.0.1:3000';

export const API_BASE_URL: string = typeof API_BASE === 'string' ? API_BASE : FALLBACK_API_BASE;
