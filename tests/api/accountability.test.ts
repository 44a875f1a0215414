/**
 * GZ Art.26, CS Art.39: every staff action on the timeline names the account that took it; citizens see the unit
 * or the centre only.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('the acting staff account on every timeline event', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
  });
  afterAll(() => api.close());

  it('records username and display name for staff; the citizen view shows neither', async () => {
    const created = await api.call('POST', '/v1/admin/staff', {
      token: api.tokens.admin,
      body: { username: 'zhang3', password: 'zhang3-pass-2026', role: 'center', displayName: '张三' },
      now: '2026-11-02 09:00',
    });
    expect(created.status).toBe(201);
    // The display name comes with the session token from sign-in.
    const signIn = await api.call('POST', '/v1/auth/staff', { body: { username: 'zhang3', password: 'zhang3-pass-2026' }, now: '2026-11-02 09:01' });
    expect(signIn.status).toBe(200);
    const zhang3 = signIn.body.token as string;
    const citizen = await api.citizenToken('o-accountable');
    const m = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': 'accountable-key-0001' },
      body: { category: 'help', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', confidential: false },
      now: '2026-11-02 10:00',
    });
    await api.call('POST', `/v1/matters/${m.body.id}/dispatch`, { token: zhang3, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 11:00' });
    await api.call('POST', `/v1/matters/${m.body.id}/accept`, { token: api.tokens.unit, body: {}, now: '2026-11-02 14:00' });

    const staffView = await api.call('GET', `/v1/matters/${m.body.id}`, { token: api.tokens.center, now: '2026-11-02 15:00' });
    const actorOf = (t: string, view: typeof staffView) => view.body.timeline.find((e: { type: string }) => e.type === t)?.actor;
    expect(actorOf('dispatched', staffView)).toEqual({ role: 'center', username: 'zhang3', name: '张三' });
    expect(actorOf('accepted', staffView)).toMatchObject({ role: 'unit', unitId: 'u-roads', username: 'roads1', name: 'roads1' });

    const citizenView = await api.call('GET', `/v1/matters/${m.body.id}`, { token: citizen, now: '2026-11-02 15:00' });
    expect(actorOf('dispatched', citizenView)).toEqual({ role: 'center' });
    expect(actorOf('accepted', citizenView)).toEqual({ role: 'unit', unitId: 'u-roads', unitName: '道路管理局' });
  });
});
