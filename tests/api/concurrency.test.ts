/**
 * Conflicting commands and retried submits at once, against DynamoDB Local (issue "Reliability and security" §1).
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

const calendar = loadDefaultCalendar({});
const body = { category: 'complaint', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', confidential: false };

describe('concurrency', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar });
  });
  afterAll(() => api.close());

  it('20 concurrent submits with one Idempotency-Key create one matter', async () => {
    const token = await api.citizenToken('o-idem');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.call('POST', '/v1/matters', { token, headers: { 'Idempotency-Key': 'same-key-123456' }, body })),
    );
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const mine = await api.call('GET', '/v1/matters', { token });
    expect(mine.body.items).toHaveLength(1);
  });

  it('50 conflicting commands on one matter: exactly one applies, the rest get 409, one event per version', async () => {
    const token = await api.citizenToken('o-race');
    const m = (await api.call('POST', '/v1/matters', { token, headers: { 'Idempotency-Key': 'race-key-123456' }, body })).body;
    const units = ['u-roads', 'u-water', 'u-market'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.call('POST', `/v1/matters/${m.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: units[i % 3] }, now: '2026-11-02 11:00' }),
      ),
    );
    const applied = results.filter((r) => r.status === 200);
    expect(applied).toHaveLength(1);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect(['VERSION_CONFLICT', 'INVALID_TRANSITION']).toContain(r.body.error.code);
    const detail = (await api.call('GET', `/v1/matters/${m.id}`, { token: api.tokens.center })).body;
    expect(detail.version).toBe(2);
    expect(detail.timeline.map((e: { version: number }) => e.version)).toEqual([1, 2]);
    expect(detail.leadUnit.id).toBe(applied[0].body.leadUnit.id);
  });

  it('If-Match with a stale version → 409 VERSION_CONFLICT; the current one applies', async () => {
    const token = await api.citizenToken('o-ifmatch');
    const m = (await api.call('POST', '/v1/matters', { token, headers: { 'Idempotency-Key': 'ifmatch-key-1234' }, body })).body;
    const stale = await api.call('POST', `/v1/matters/${m.id}/supplement`, { token, headers: { 'If-Match': '7' }, body: { content: '补充：灯杆编号 A-12' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const ok = await api.call('POST', `/v1/matters/${m.id}/supplement`, { token, headers: { 'If-Match': String(m.version) }, body: { content: '补充：灯杆编号 A-12' } });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(m.version + 1);
  });
});
