/**
 * Repeat and abusive use (GZ Art.12/22, WF Art.12): the same requestor re-submitting the same facts is linked to the
 * original; an absurd submission rate is throttled with a clear message; public look-ups are limited against guessing.
 */
import { DEFAULT_LIMITS } from '../../functions/api/rateLimit';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

const body = { category: 'complaint', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', confidential: false };

describe('repeat and abusive use', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}), limits: DEFAULT_LIMITS });
  });
  afterAll(() => api.close());

  it('the same facts from the same requestor are linked to the original, not entered again', async () => {
    const token = await api.citizenToken('o-repeat');
    const first = await api.call('POST', '/v1/matters', { token, headers: { 'Idempotency-Key': 'repeat-key-0001' }, body });
    expect(first.status).toBe(201);
    // Same facts, different spacing and punctuation, new idempotency key (a new attempt, not a retry).
    const again = await api.call('POST', '/v1/matters', {
      token,
      headers: { 'Idempotency-Key': 'repeat-key-0002' },
      body: { ...body, content: '小区门口的路灯坏了一个多月 ，晚上很黑！' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, linkedRepeat: true });
    expect(again.body.notice).toContain('关联到原诉求');
    expect((await api.call('GET', '/v1/matters', { token })).body.items).toHaveLength(1);
    // Someone else reporting the same lamp is a new matter.
    const other = await api.call('POST', '/v1/matters', { token: await api.citizenToken('o-neighbour'), headers: { 'Idempotency-Key': 'repeat-key-0003' }, body });
    expect(other.status).toBe(201);
  });

  it('an absurd submission rate gets 429 with Retry-After and a clear message', async () => {
    const token = await api.citizenToken('o-flood');
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < DEFAULT_LIMITS.submit.max + 2; i++) {
      last = await api.call('POST', '/v1/matters', { token, headers: { 'Idempotency-Key': `flood-key-${i}-xxxx` }, body: { ...body, content: `${body.content}（第${i}次）` } });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, DEFAULT_LIMITS.submit.max).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(-1)[0]).toBe(429);
    expect(last!.body.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(last!.body.error.message).toContain('请');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lookup guessing is limited per tracking number; wrong digits look exactly like an unknown number', async () => {
    const phone = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13698765432', category: 'help', content: '家门口下水道堵塞，污水漫到路面。', district: '海珠区', confidential: false },
    });
    const no = phone.body.trackingNo;
    const right = await api.call('GET', `/v1/lookup?trackingNo=${no}&phoneLast4=5432`);
    expect(right.status).toBe(200);
    expect(JSON.stringify(right.body)).not.toMatch(/1369876|5432|contact/);
    const wrong = await api.call('GET', `/v1/lookup?trackingNo=${no}&phoneLast4=0000`);
    const unknown = await api.call('GET', `/v1/lookup?trackingNo=GZ2601019999&phoneLast4=0000`);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual(unknown.body);
    const tries: number[] = [];
    for (let i = 0; i < DEFAULT_LIMITS['lookup-no'].max + 1; i++) {
      tries.push((await api.call('GET', `/v1/lookup?trackingNo=${no}&phoneLast4=${String(1000 + i)}`, { sourceIp: `10.0.0.${i}` })).status);
    }
    expect(tries).toContain(429);
  });

  it('a phone matter is claimed once', async () => {
    const phone = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13511112222', category: 'consultation', content: '请问居住证怎么办理，需要什么材料？', district: '天河区', confidential: false },
    });
    const claim = { trackingNo: phone.body.trackingNo, phoneLast4: '2222' };
    const a = await api.citizenToken('o-claim-a');
    const first = await api.call('POST', '/v1/matters/claim', { token: a, body: claim });
    expect(first.status).toBe(200);
    expect(first.body.contact.phone).toBe('13511112222');
    expect((await api.call('GET', '/v1/matters', { token: a })).body.items.map((m: { id: string }) => m.id)).toContain(phone.body.id);
    const second = await api.call('POST', '/v1/matters/claim', { token: await api.citizenToken('o-claim-b'), body: claim });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ALREADY_CLAIMED');
  });
});
