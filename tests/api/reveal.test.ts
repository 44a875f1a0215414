/**
 * Revealing the citizen's number for a callback (CS Art.16/25/26) without giving up its protection (GZ Art.25,
 * CS Art.15, WF Art.11): who may, the audit record, the per-account limit.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('revealing the citizen\'s phone number', () => {
  let api: TestApi;
  let n = 0;
  beforeAll(async () => {
    api = await makeTestApi({
      policy: getPolicy('guangzhou'),
      calendar: loadDefaultCalendar({}),
      limits: { reveal: { max: 3, windowSeconds: 3600, message: '查看诉求人号码过于频繁，请一小时后再试' } },
    });
  });
  afterAll(() => api.close());

  async function dispatched(confidential: boolean) {
    n += 1;
    const m = await api.call('POST', '/v1/matters', {
      token: await api.citizenToken(`o-reveal-${n}`),
      headers: { 'Idempotency-Key': `reveal-key-${n}-xxxxxx` },
      body: { category: 'complaint', content: `第${n}件：工地夜间施工，噪音很大，影响休息。`, district: '天河区', contactPhone: '13812345678', contactName: '王先生', confidential },
      now: '2026-11-02 10:00',
    });
    expect(m.status).toBe(201);
    await api.call('POST', `/v1/matters/${m.body.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 11:00' });
    return m.body as { id: string; trackingNo: string };
  }
  const reveal = (id: string, token: string, body: unknown = { reason: '回访诉求人，核实办理情况' }) =>
    api.call('POST', `/v1/matters/${id}/reveal-phone`, { token, body, now: '2026-11-03 09:00' });
  const log = async () => (await api.call('GET', '/v1/work/reveals?month=2026-11', { token: api.tokens.admin, now: '2026-11-03 10:00' })).body.items as Array<Record<string, string>>;

  it('a unit on a confidential matter is refused (403) and nothing is logged as revealed', async () => {
    const m = await dispatched(true);
    const r = await reveal(m.id, api.tokens.unit);
    expect(r.status).toBe(403);
    expect(JSON.stringify(r.body)).toContain('保密');
    expect(JSON.stringify(r.body)).not.toContain('13812345678');
    expect((await log()).filter((x) => x.matterId === m.id)).toEqual([]);
  });

  it('the centre and the lead unit see the full number with tap-to-call; every reveal is recorded with who, when, why', async () => {
    const m = await dispatched(false);
    const byUnit = await reveal(m.id, api.tokens.unit);
    expect(byUnit.status).toBe(200);
    expect(byUnit.body).toEqual({ phone: '13812345678', name: '王先生', tel: 'tel:13812345678' });
    expect((await reveal(m.id, api.tokens.unitWater)).status).toBe(403); // not the lead unit
    expect((await reveal(m.id, api.tokens.center)).status).toBe(200);
    const entries = (await log()).filter((x) => x.matterId === m.id);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ username: 'op1', role: 'center', reason: '回访诉求人，核实办理情况', trackingNo: m.trackingNo, at: '2026-11-03T01:00:00.000Z' }),
      expect.objectContaining({ username: 'roads1', role: 'unit', unitId: 'u-roads' }),
    ]));
    // Units cannot read the log.
    expect((await api.call('GET', '/v1/work/reveals', { token: api.tokens.unit, now: '2026-11-03 10:00' })).status).toBe(403);
  });

  it('a reveal needs a reason (400 naming the field) and is limited per account (429)', async () => {
    const m = await dispatched(false);
    const noReason = await reveal(m.id, api.tokens.unit, {});
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await reveal(m.id, api.tokens.unit)).status);
    expect(statuses).toEqual([200, 200, 429]); // roads1 already revealed once in the previous test
  });
});
