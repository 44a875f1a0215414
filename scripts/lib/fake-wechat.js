/**
 * A local stand-in for WeChat's server API (api.weixin.qq.com), loopback only. It implements the two calls the
 * notification sender makes, with the documented requests, responses and error codes:
 *
 *   POST /cgi-bin/stable_token  {grant_type:'client_credential', appid, secret, force_refresh?}
 *        → {access_token, expires_in}; the same token while it is valid, a new one (old one invalid) on force_refresh;
 *          40013 invalid appid, 40125 invalid appsecret, 40002 invalid grant_type
 *   POST /cgi-bin/message/subscribe/send?access_token=…  {touser, template_id, page?, data, miniprogram_state?, lang?}
 *        → {errcode:0, errmsg:'ok', msgid}; 41001 access_token missing, 40001 invalid, 42001 expired,
 *          40003 invalid openid, 40037 invalid template_id, 47003 argument invalid (data field rules),
 *          43101 user refuse to accept the msg (not subscribed / subscription used up)
 *
 * Test and demo controls (not WeChat's): GET /__sent (messages accepted), GET /__stats (token fetches, sends),
 * POST /__fail {errcode?, status?, times?, path?} queue injected failures (e.g. 45009, -1, or HTTP 503),
 * POST /__down {on} answer every call 503, POST /__refuse {openid} that user has refused,
 * POST /__expire make the current token expired (42001), POST /__reset.
 */
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');

const ERRMSG = {
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40037: 'invalid template_id',
  40125: 'invalid appsecret',
  41001: 'access_token missing',
  42001: 'access_token expired',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  47001: 'data format error',
  47003: 'argument invalid!',
  '-1': 'system error',
};

/** WeChat's documented value rules per template field kind (subscribe message "模板参数值要求"). */
const FIELD_RULES = {
  thing: (v) => [...v].length <= 20,
  character_string: (v) => v.length <= 32 && /^[\x21-\x7e]+$/.test(v),
  number: (v) => v.length <= 32 && /^[0-9.]+$/.test(v),
  phrase: (v) => [...v].length <= 5 && /^[\u4e00-\u9fa5]+$/.test(v),
  // 24-hour time, optionally with a date: "15:01" or "2019年10月1日 15:01"
  time: (v) => /^(\d{4}年\d{1,2}月\d{1,2}日 )?\d{1,2}:\d{2}(~(\d{4}年\d{1,2}月\d{1,2}日 )?\d{1,2}:\d{2})?$/.test(v),
  date: (v) => /^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?$/.test(v),
  phone_number: (v) => v.length <= 17 && /^[0-9+\-]+$/.test(v),
  name: (v) => [...v].length <= 10,
};

function fieldError(data) {
  if (!data || typeof data !== 'object') return 'data';
  for (const [key, entry] of Object.entries(data)) {
    const kind = key.replace(/\d+$/, '');
    const rule = FIELD_RULES[kind];
    const v = entry && entry.value;
    if (!rule || typeof v !== 'string' || !v || !rule(v)) return `data.${key}.value`;
  }
  return null;
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch {
        resolve(undefined);
      }
    });
  });
}

/**
 * @param {{port?: number, appid?: string, secret?: string, templates?: string[], expiresIn?: number}} [o]
 *   templates: template ids that exist (default: any id accepted)
 */
async function startFakeWeChat(o = {}) {
  const appid = o.appid ?? 'wx0000000000000000';
  const secret = o.secret ?? 'local-wechat-secret';
  const expiresIn = o.expiresIn ?? 7200;
  const state = { token: null, tokenExpiresAt: 0, sent: [], tokenFetches: 0, sendCalls: 0, failures: [], down: false, refused: new Set() };
  const reply = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const err = (res, code, extra = '') => reply(res, 200, { errcode: code, errmsg: `${ERRMSG[code] ?? 'error'}${extra} rid: ${crypto.randomBytes(6).toString('hex')}` });
  /** The next injected failure for this path, if any. */
  const injected = (path) => {
    const i = state.failures.findIndex((f) => !f.path || path.includes(f.path));
    if (i < 0) return null;
    const f = state.failures[i];
    if (f.times !== undefined && --f.times <= 0) state.failures.splice(i, 1);
    return f;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    // controls
    if (url.pathname === '/__sent') return reply(res, 200, state.sent);
    if (url.pathname === '/__stats') return reply(res, 200, { tokenFetches: state.tokenFetches, sendCalls: state.sendCalls, sent: state.sent.length });
    if (url.pathname === '/__fail') return state.failures.push({ times: 1, ...body }), reply(res, 200, { ok: true });
    if (url.pathname === '/__down') return (state.down = !!body?.on), reply(res, 200, { ok: true });
    if (url.pathname === '/__refuse') return state.refused.add(body?.openid), reply(res, 200, { ok: true });
    if (url.pathname === '/__expire') return (state.tokenExpiresAt = 1), reply(res, 200, { ok: true });
    if (url.pathname === '/__reset') {
      Object.assign(state, { token: null, tokenExpiresAt: 0, sent: [], tokenFetches: 0, sendCalls: 0, failures: [], down: false, refused: new Set() });
      return reply(res, 200, { ok: true });
    }
    if (state.down) return reply(res, 503, { errcode: -1, errmsg: 'system error' });
    if (req.method !== 'POST' || body === undefined) return err(res, 47001);
    const f = injected(url.pathname);
    if (f) return f.status ? reply(res, f.status, { errcode: -1, errmsg: ERRMSG['-1'] }) : err(res, f.errcode);

    if (url.pathname === '/cgi-bin/stable_token') {
      state.tokenFetches += 1;
      if (body.grant_type !== 'client_credential') return err(res, 40002);
      if (body.appid !== appid) return err(res, 40013);
      if (body.secret !== secret) return err(res, 40125);
      const now = Date.now();
      // Normal mode returns the token in force; it is renewed in its last five minutes or on force_refresh.
      if (!state.token || body.force_refresh === true || state.tokenExpiresAt - now < 300_000) {
        state.token = crypto.randomBytes(24).toString('base64url');
        state.tokenExpiresAt = now + expiresIn * 1000;
      }
      return reply(res, 200, { access_token: state.token, expires_in: Math.max(0, Math.round((state.tokenExpiresAt - now) / 1000)) });
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      state.sendCalls += 1;
      const token = url.searchParams.get('access_token');
      if (!token) return err(res, 41001);
      if (token !== state.token) return err(res, 40001);
      if (state.tokenExpiresAt <= Date.now()) return err(res, 42001);
      if (typeof body.touser !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(body.touser)) return err(res, 40003);
      if (typeof body.template_id !== 'string' || (o.templates && !o.templates.includes(body.template_id))) return err(res, 40037);
      const bad = fieldError(body.data);
      if (bad) return err(res, 47003, ` hint: [${bad}]`);
      if (state.refused.has(body.touser)) return err(res, 43101);
      const msgid = state.sent.length + 1;
      state.sent.push({ msgid, at: new Date().toISOString(), ...body });
      return reply(res, 200, { errcode: 0, errmsg: 'ok', msgid });
    }
    return reply(res, 404, { errcode: 404, errmsg: 'not found' });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', resolve);
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    appid,
    secret,
    state,
    close: () => new Promise((r) => (server.closeAllConnections?.(), server.close(() => r()))),
  };
}

module.exports = { startFakeWeChat, FIELD_RULES };
