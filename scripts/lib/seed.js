/**
 * Demo data for `npm start`, written through the running API when the local table is empty: units (with parent
 * units), staff accounts, knowledge articles (scripts/seed-data.json) and a few demo matters. Going through the API
 * means the same validation, password hashing and transactions as real use — no raw items.
 */
'use strict';

const data = require('../seed-data.json');

const ADMIN_PASSWORD = () => process.env.ADMIN_BOOTSTRAP_PASSWORD || 'admin-demo-2026';
const staff = (username) => data.staff.find((s) => s.username === username);

/** Demo sign-ins printed by `npm start`. */
const DEMO_LOGINS = [
  { who: '管理员 admin', username: 'admin', password: ADMIN_PASSWORD(), note: 'created on first sign-in (ADMIN_BOOTSTRAP_PASSWORD)' },
  { who: '中心话务员 centre operator', username: 'center1', password: staff('center1').password, note: 'dispatches, reviews' },
  { who: '承办单位 unit clerk', username: 'thcity', password: staff('thcity').password, note: '天河区城市管理和综合执法局' },
  { who: '市民 citizen (H5)', username: 'any openid via test:<openid>', password: '-', note: 'AUTH_WECHAT_FAKE=1, local only' },
];

async function call(apiUrl, method, path, { body, token, headers } = {}) {
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers || {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function must(p, what) {
  const r = await p;
  // 409: already there (a partly seeded table) — fine.
  if (r.status >= 400 && r.status !== 409) throw new Error(`seed: ${what} failed with ${r.status}: ${JSON.stringify(r.body)}`);
  return r;
}

/**
 * @param {string} apiUrl e.g. http://127.0.0.1:3000
 * @param {(msg: string) => void} [log]
 */
async function seedViaApi(apiUrl, log = console.log) {
  const admin = await must(call(apiUrl, 'POST', '/v1/auth/staff', { body: { username: 'admin', password: ADMIN_PASSWORD() } }), 'admin sign-in');
  const token = admin.body.token;
  for (const u of data.units) await must(call(apiUrl, 'POST', '/v1/admin/units', { token, body: u }), `unit ${u.id}`);
  for (const s of data.staff) await must(call(apiUrl, 'POST', '/v1/admin/staff', { token, body: s }), `staff ${s.username}`);
  for (const a of data.articles) await must(call(apiUrl, 'POST', '/v1/knowledge', { token, body: a }), `article ${a.title}`);

  // A few matters so the queues are not empty: one waiting for dispatch, one with the unit.
  const citizen = (await must(call(apiUrl, 'POST', '/v1/auth/wechat', { body: { code: 'test:demo-citizen' } }), 'citizen sign-in')).body.token;
  const center = (await must(call(apiUrl, 'POST', '/v1/auth/staff', { body: { username: 'center1', password: staff('center1').password } }), 'centre sign-in')).body.token;
  const submit = (key, body) => must(call(apiUrl, 'POST', '/v1/matters', { token: citizen, headers: { 'Idempotency-Key': key }, body }), 'demo matter');
  await submit('demo-seed-matter-1', {
    category: 'help',
    content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。',
    district: '天河区',
    address: '天河路100号',
    contactName: '张三',
    contactPhone: '13800138000',
    confidential: false,
  });
  const second = await submit('demo-seed-matter-2', {
    category: 'complaint',
    content: '林和西路一带夜间施工噪音很大，已经连续一周影响休息。',
    district: '天河区',
    contactPhone: '13800138000',
    confidential: true,
  });
  await must(call(apiUrl, 'POST', `/v1/matters/${second.body.id}/dispatch`, { token: center, body: { leadUnitId: 'th-city' } }), 'demo dispatch');
  log(`demo data seeded: ${data.units.length} units, ${data.staff.length} staff, ${data.articles.length} articles, 2 matters`);
}

module.exports = { seedViaApi, DEMO_LOGINS };
