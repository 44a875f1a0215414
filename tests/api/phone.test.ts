/**
 * Telephone channel over HTTP against DynamoDB Local (docs/rules.md §2 "channels", GZ Art.2, WF Art.13–14, WF Art.25,
 * CS Art.25): an operator registers a call, the caller follows it by tracking number + last 4 digits, the matter
 * travels to a reply, and the centre records the caller's rating from a return call (source `callback`). The rating
 * time-out applies to telephone matters too. Abuse cases (lookup guessing → 429, claim twice → 409) are in abuse.test.ts.
 */
import { sweep } from '../../functions/sweep/sweep';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { sh } from '../fixtures/matters';
import { makeTestApi, type TestApi } from '../fixtures/app';

const CALLER = '13723456789';
const call = (n: number) => ({
  channel: 'phone',
  callerPhone: CALLER,
  contactName: '李女士',
  category: 'complaint',
  content: `第${n}次来电：海珠区江南大道中100号附近的工地夜间施工，噪音很大，影响休息。`,
  district: '海珠区',
  address: '江南大道中100号',
  confidential: false,
});
const reply = { process: '到现场检查，责令工地夜间停止高噪音作业', result: '工地已停止夜间施工', handledAt: '2026-11-04T10:00:00+08:00', contactedRequestor: true };

describe('telephone channel: register → … → callback rating', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
  });
  afterAll(() => api.close());

  const act = (id: string, action: string, token: string, body: unknown, now: string) =>
    api.call('POST', `/v1/matters/${id}/${action}`, { token, body, now });
  const lookup = (trackingNo: string, last4: string, now = '2026-11-02 10:30') =>
    api.call('GET', `/v1/lookup?trackingNo=${trackingNo}&phoneLast4=${last4}`, { now, sourceIp: '198.51.100.7' });

  async function registered(n: number) {
    const r = await api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: call(n), now: '2026-11-02 10:00' });
    expect(r.status).toBe(201);
    return r.body as { id: string; trackingNo: string; channel: string };
  }

  async function toAwaitingRating(id: string) {
    expect((await act(id, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00')).status).toBe(200);
    expect((await act(id, 'accept', api.tokens.unit, {}, '2026-11-02 14:00')).status).toBe(200);
    expect((await act(id, 'reply', api.tokens.unit, reply, '2026-11-04 11:00')).body.status).toBe('reply_review');
    expect((await act(id, 'reply-review', api.tokens.center, { decision: 'compliant' }, '2026-11-04 12:00')).body.status).toBe('awaiting_rating');
  }

  it('the operator registers the call; the caller follows it without personal data; the centre records a callback rating', async () => {
    const m = await registered(1);
    expect(m.channel).toBe('phone');
    expect(m.trackingNo).toMatch(/^GZ\d{10,}$/);

    // The caller looks it up: status, deadlines and timeline, nothing personal.
    const seen = await lookup(m.trackingNo, CALLER.slice(-4));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ trackingNo: m.trackingNo, status: 'received' });
    expect(seen.body.timeline.length).toBeGreaterThan(0);
    expect(JSON.stringify(seen.body)).not.toMatch(/1372345|6789|李女士|contact|江南大道中100号/);
    const wrong = await lookup(m.trackingNo, '1234');
    expect(wrong.status).toBe(404);

    await toAwaitingRating(m.id);
    // Only the centre records a rating for a matter nobody claimed: units cannot rate their own work.
    expect((await act(m.id, 'rating', api.tokens.unit, { result: 'satisfied' }, '2026-11-04 15:00')).status).toBe(403);
    const rated = await act(m.id, 'rating', api.tokens.center, { result: 'basically_satisfied', comment: '回访：噪音已减少' }, '2026-11-04 16:00');
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: 'closed', rating: { result: 'basically_satisfied', source: 'callback' } });

    // The caller sees the result and the rating in the lookup.
    const done = await lookup(m.trackingNo, CALLER.slice(-4), '2026-11-04 17:00');
    expect(done.body.status).toBe('closed');
    expect(done.body.timeline.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['submitted', 'dispatched', 'replied', 'rated', 'closed']));
    expect(JSON.stringify(done.body)).not.toMatch(/1372345|李女士|回访：噪音已减少/);
  });

  it('a first unsatisfied callback rating sends it back for re-handling, like a citizen rating', async () => {
    const m = await registered(2);
    await toAwaitingRating(m.id);
    const r = await act(m.id, 'rating', api.tokens.center, { result: 'unsatisfied', comment: '回访：晚上还在施工' }, '2026-11-04 16:00');
    expect(r.body).toMatchObject({ status: 'in_progress', rehandling: true, counts: { rehandles: 1 } });
  });

  it('the rating time-out still applies: no callback within 72 hours → closed as basically satisfied', async () => {
    const m = await registered(3);
    await toAwaitingRating(m.id); // awaiting rating from 2026-11-04 12:00
    await sweep(api.app.sweepDeps, sh('2026-11-07 11:59'));
    let detail = await api.call('GET', `/v1/matters/${m.id}`, { token: api.tokens.center, now: '2026-11-07 11:59' });
    expect(detail.body.status).toBe('awaiting_rating');
    await sweep(api.app.sweepDeps, sh('2026-11-07 12:01'));
    detail = await api.call('GET', `/v1/matters/${m.id}`, { token: api.tokens.center, now: '2026-11-07 12:01' });
    expect(detail.body).toMatchObject({ status: 'closed', rating: { result: 'basically_satisfied', source: 'timeout' } });
    // Too late for the callback now.
    expect((await act(m.id, 'rating', api.tokens.center, { result: 'satisfied' }, '2026-11-07 12:05')).status).toBe(409);
  });

  it('registration is validated like a WeChat submission, and the caller number is required', async () => {
    const { callerPhone: _omit, ...noPhone } = call(4);
    const missing = await api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: noPhone, now: '2026-11-02 10:00' });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.error)).toContain('callerPhone');
    const short = await api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: { ...call(5), content: '噪音' }, now: '2026-11-02 10:00' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body.error)).toContain('content');
    // Only the centre's operators register calls.
    expect((await api.call('POST', '/v1/work/matters', { token: api.tokens.unit, body: call(6), now: '2026-11-02 10:00' })).status).toBe(403);
  });
});

describe('same caller: the centre sees the caller\'s open matters while registering (GZ Art.22)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
  });
  afterAll(() => api.close());

  it('finds open matters from the same number on any channel, newest first, and nothing for other numbers', async () => {
    const reg = (phone: string, n: number) =>
      api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: { ...call(n), callerPhone: phone }, now: `2026-11-02 10:0${n}` });
    const first = (await reg(CALLER, 1)).body;
    const second = (await reg(CALLER, 2)).body;
    await reg('13900001111', 3);
    // The same person through WeChat, with the same number.
    const wechat = await api.call('POST', '/v1/matters', {
      token: await api.citizenToken('o-same-caller'),
      headers: { 'Idempotency-Key': 'same-caller-0001' },
      body: { category: 'help', content: '江南大道中的路灯坏了，晚上很黑，请尽快修理。', district: '海珠区', contactPhone: CALLER, confidential: false },
      now: '2026-11-02 10:05',
    });
    expect(wechat.status).toBe(201);
    // One of them is dispatched (still open), none closed yet.
    await api.call('POST', `/v1/matters/${first.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 11:00' });

    const found = await api.call('GET', `/v1/work/matters?callerPhone=${CALLER}`, { token: api.tokens.center, now: '2026-11-02 11:30' });
    expect(found.status).toBe(200);
    expect(found.body.items.map((m: { id: string }) => m.id)).toEqual([wechat.body.id, second.id, first.id]);
    // Staff summaries, no phone in them.
    expect(JSON.stringify(found.body)).not.toContain(CALLER);

    const none = await api.call('GET', '/v1/work/matters?callerPhone=13600000000', { token: api.tokens.center, now: '2026-11-02 11:30' });
    expect(none.body.items).toEqual([]);
  });

  it('a closed matter is not listed; a malformed number is a 400; units may not search by phone', async () => {
    const phone = '13711112222';
    const m = (await api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: { ...call(7), callerPhone: phone }, now: '2026-11-02 10:00' })).body;
    const declined = await api.call('POST', `/v1/matters/${m.id}/decline`, {
      token: api.tokens.center,
      body: { reason: 'litigation', guidance: '该纠纷已进入诉讼程序，请向海珠区人民法院咨询' },
      now: '2026-11-02 10:30',
    });
    expect(declined.body.status).toBe('not_accepted');
    const after = await api.call('GET', `/v1/work/matters?callerPhone=${phone}`, { token: api.tokens.center, now: '2026-11-02 11:00' });
    expect(after.body.items).toEqual([]);

    const bad = await api.call('GET', '/v1/work/matters?callerPhone=12345', { token: api.tokens.center });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('callerPhone');
    expect((await api.call('GET', `/v1/work/matters?callerPhone=${phone}`, { token: api.tokens.unit })).status).toBe(403);
  });
});
