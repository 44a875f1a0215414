/**
 * Field rules over HTTP (docs/rules.md §5): every refusal a clear Chinese 400 naming the field, header and body
 * problems together, the IETF Idempotency-Key draft's reuse rule, landlines on the telephone channel, text over a
 * limit refused (never cut), and a reply's handledAt between the unit's acceptance and now (GZ Art.19).
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

const CJK = /[\u4e00-\u9fa5]/;
const body = (content = '小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。') => ({
  category: 'complaint',
  content,
  district: '天河区',
  contactPhone: '13812345678',
  confidential: false,
});
const fields = (r: { body: { error: { details?: Array<{ field?: string }> } } }) => (r.body.error.details ?? []).map((d) => d.field);

describe('field rules', () => {
  let api: TestApi;
  let citizen: string;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    citizen = await api.citizenToken('o-fields');
  });
  afterAll(() => api.close());
  const submit = (b: unknown, key?: string) =>
    api.call('POST', '/v1/matters', { token: citizen, headers: key ? { 'Idempotency-Key': key } : {}, body: b, now: '2026-11-02 10:00' });

  it('a missing Idempotency-Key and body problems are reported together, the header first', async () => {
    const r = await submit({ ...body('短'), district: '火星区' });
    expect(r.status).toBe(400);
    expect(fields(r)).toEqual(['Idempotency-Key', 'content', 'district']);
    expect(r.body.error.message).toMatch(CJK);
  });

  it('a body of any shape is answered in Chinese', async () => {
    for (const b of [[], [1, 2], 'text', 42]) {
      const r = await submit(b, 'fields-shape-key');
      expect([JSON.stringify(b), r.status]).toEqual([JSON.stringify(b), 400]);
      expect(r.body.error.message).toMatch(CJK);
      expect(fields(r)).toEqual(['body']);
      expect(JSON.stringify(r.body)).not.toMatch(/Invalid input|expected/);
    }
  });

  it('text over the limit is refused with the limit, never cut', async () => {
    const r = await submit(body('路灯坏了。'.repeat(462)), 'fields-long-key'); // 2,310 characters
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([expect.objectContaining({ field: 'content', message: '诉求内容不能超过2000个字' })]);
  });

  it('the same Idempotency-Key: the same body → the first matter; another body → 422 naming the key', async () => {
    const first = await submit(body(), 'fields-idem-key-1');
    expect(first.status).toBe(201);
    const again = await submit(body(), 'fields-idem-key-1');
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    const other = await submit(body('另一件事：楼下餐馆油烟很大，影响居民开窗通风。'), 'fields-idem-key-1');
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: [{ field: 'Idempotency-Key' }] });
    expect(other.body.error.message).toMatch(CJK);
  });

  it('a landline is accepted on the telephone channel; lookup and claim by its last 4 digits', async () => {
    const call = { channel: 'phone', callerPhone: '020-87654321', contactName: '王伯', category: 'help', content: '家里老人独居，楼道灯坏了，晚上上下楼很危险。', district: '天河区', confidential: false };
    const r = await api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: call, now: '2026-11-02 10:00' });
    expect(r.status).toBe(201);
    const seen = await api.call('GET', `/v1/lookup?trackingNo=${r.body.trackingNo}&phoneLast4=4321`, { now: '2026-11-02 10:30', sourceIp: '198.51.100.9' });
    expect(seen.status).toBe(200);
    const claimed = await api.call('POST', '/v1/matters/claim', { token: citizen, body: { trackingNo: r.body.trackingNo, phoneLast4: '4321' }, now: '2026-11-02 11:00' });
    expect(claimed.status).toBe(200);
    const bad = await api.call('POST', '/v1/work/matters', { token: api.tokens.center, body: { ...call, callerPhone: '87654321' }, now: '2026-11-02 10:00' });
    expect([bad.status, fields(bad)]).toEqual([400, ['callerPhone']]);
  });

  it('handledAt: not before the unit accepted, not in the future (400 naming the field)', async () => {
    const m = await submit(body('第二件：公园里的健身器材坏了，有安全隐患，请尽快维修。'), 'fields-reply-key');
    const act = (action: string, token: string, b: unknown, now: string | number) => api.call('POST', `/v1/matters/${m.body.id}/${action}`, { token, body: b, now });
    await act('dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    // Accepted at 14:00:42; the reply form gives minutes, so "14:00" is not before the acceptance.
    await act('accept', api.tokens.unit, {}, Date.parse('2026-11-02T14:00:42+08:00'));
    const reply = (handledAt: string) => ({ process: '现场查看并维修', result: '器材已修复', handledAt, contactedRequestor: true });
    const early = await act('reply', api.tokens.unit, reply('2026-11-02T13:00:00+08:00'), '2026-11-03 10:00');
    expect([early.status, fields(early), early.body.error.message]).toEqual([400, ['handledAt'], '办理时间不能早于签收时间（2026-11-02 14:00）']);
    const future = await act('reply', api.tokens.unit, reply('2026-11-04T10:00:00+08:00'), '2026-11-03 10:00');
    expect([future.status, fields(future)]).toEqual([400, ['handledAt']]);
    const sameMinute = await act('reply', api.tokens.unit, reply('2026-11-02T14:00:00+08:00'), '2026-11-03 10:00');
    expect([sameMinute.status, sameMinute.body.error?.message]).toEqual([200, undefined]);
  });
});
