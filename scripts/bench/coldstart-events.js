/**
 * The first request of each function for `npm run bench:coldstart` (scripts/bench/coldstart.js): the route a cold
 * start most often serves, or its schedule or stream event, with a session token where the route needs one.
 */
'use strict';

const crypto = require('crypto');

/** The bench runs the functions with this AUTH_SECRET, and mints the tokens its requests carry with it. */
const AUTH_SECRET = 'coldstart-bench-auth-secret-0123456789abcdef';

/** An HS256 session token as functions/auth/tokens.ts signs it. */
function token(role, sub, extra = {}) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const iat = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ role, ...extra, iss: 'hotline-12345', sub, iat, exp: iat + 3600 })}`;
  return `${body}.${crypto.createHmac('sha256', AUTH_SECRET).update(body).digest('base64url')}`;
}

/** An HTTP API (payload 2.0) event for `routeKey`; `now` is filled in by the probe at invocation. */
function http(routeKey, { role, query, params, body } = {}) {
  const [method, route] = routeKey.split(' ');
  const who = { citizen: ['citizen', 'o-coldstart'], center: ['center', 'center1'], admin: ['admin', 'admin'] }[role];
  const rawPath = route.replace(/\{(\w+)\}/g, (_, k) => params?.[k] ?? k);
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(query ?? {}).toString(),
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${token(...who)}` } : {}) },
    ...(query ? { queryStringParameters: query } : {}),
    ...(params ? { pathParameters: params } : {}),
    ...(body ? { body: JSON.stringify(body) } : {}),
    isBase64Encoded: false,
    requestContext: { http: { method, path: rawPath, sourceIp: '127.0.0.1' }, requestId: 'coldstart', routeKey, timeEpoch: 0 },
  };
}

/** One representative first request per function: the route a cold start most often serves. */
const FIRST_REQUEST = {
  health: () => http('GET /v1/health'),
  auth: () => http('POST /v1/auth/wechat', { body: { code: 'test:o-coldstart' } }),
  matters: () => http('GET /v1/matters', { role: 'citizen' }),
  uploads: () => http('POST /v1/uploads', { role: 'citizen', body: { contentType: 'image/jpeg', size: 245760 } }),
  work: () => http('GET /v1/work/matters', { role: 'center' }),
  public: () => http('GET /v1/lookup', { query: { trackingNo: 'GZ2611220007', phoneLast4: '5678' } }),
  docs: () => http('GET /v1/openapi.json'),
  stats: () => http('GET /v1/stats', { role: 'center' }),
  knowledge: () => http('GET /v1/knowledge', { query: { q: '路灯不亮' } }),
  admin: () => http('GET /v1/admin/units', { role: 'admin' }),
  sweep: () => ({ time: '' }),
  surges: () => ({ time: '' }),
  notify: () => ({ Records: [] }),
};

module.exports = { AUTH_SECRET, FIRST_REQUEST };
