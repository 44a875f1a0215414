/**
 * The centre's decisions over HTTP against DynamoDB Local, under each policy profile (docs/rules.md):
 * an answered consultation rated unsatisfied returns to the centre (GZ Art.13(1), Art.20); the CS Art.26 callback;
 * CS Art.21 extension review; GZ Art.23 / CS Art.34 / WF Art.26 manual supervision; who may give the new commands.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy, type PolicyName } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

const DISTRICT: Record<PolicyName, string> = { guangzhou: '天河区', changsha: '芙蓉区', weifang: '潍城区' };

describe.each(['guangzhou', 'changsha', 'weifang'] as const)('the centre decides (%s)', (policy) => {
  let api: TestApi;
  let citizen: string;
  let n = 0;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy(policy), calendar: loadDefaultCalendar({}) });
    citizen = await api.citizenToken(`o-centre-${policy}`);
  });
  afterAll(() => api.close());

  async function submitted(category = 'complaint') {
    n += 1;
    const r = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': `centre-${policy}-${n}-xxxx` },
      body: { category, content: `第${n}件：小区门口的路灯坏了一个多月，晚上很黑。`, district: DISTRICT[policy], contactPhone: '13812345678', confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }
  const act = (id: string, action: string, token: string, body: unknown, now = '2026-11-02 12:00') =>
    api.call('POST', `/v1/matters/${id}/${action}`, { token, body, now });

  it('an answered consultation rated unsatisfied returns to the centre, which answers again or dispatches', async () => {
    const id = await submitted('consultation');
    expect((await act(id, 'answer', api.tokens.center, { answer: '可在政务服务网办理' }, '2026-11-02 11:00')).status).toBe(200);
    let r = await act(id, 'rating', citizen, { result: 'unsatisfied', comment: '没有说清楚' });
    expect(r.status).toBe(200);
    if (policy === 'changsha') {
      // CS Art.26: a callback task first; the centre then decides to handle it again.
      expect(r.body).toMatchObject({ status: 'awaiting_rating', pending: null }); // the citizen does not see the task
      r = await act(id, 'callback-decision', api.tokens.center, { decision: 'rehandle' }, '2026-11-02 15:00');
      expect(r.status).toBe(200);
    }
    const seen = await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.center, now: '2026-11-02 16:00' });
    expect(seen.body).toMatchObject({ status: 'received', leadUnit: null, deadlines: { dispatchBy: { at: '2026-11-03T23:59:59.999+08:00' } } });
    expect((await act(id, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-03 09:00')).body.status).toBe('dispatched');
  });

  it('extension review and the callback exist only where the policy gives them to the centre (CS Art.21, 26)', async () => {
    const id = await submitted();
    await act(id, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    await act(id, 'accept', api.tokens.unit, {});
    const ext = await act(id, 'extension', api.tokens.unit, { reason: '需要协调多个部门' }, '2026-11-03 09:00');
    if (policy === 'weifang') {
      expect(ext.status).toBe(409); // WF Art.20: no extensions
    } else if (policy === 'changsha') {
      expect(ext.body.pending).toMatchObject({ kind: 'extension' });
      const approved = await act(id, 'extension-review', api.tokens.center, { decision: 'approve', note: '同意' }, '2026-11-03 10:00');
      expect(approved.status).toBe(200);
      expect(approved.body.timeline.at(-1)).toMatchObject({ type: 'extended' });
    } else {
      expect(ext.body.timeline.at(-1)).toMatchObject({ type: 'extended' });
      const review = await act(id, 'extension-review', api.tokens.center, { decision: 'approve' }, '2026-11-03 10:00');
      expect([review.status, review.body.error.code]).toEqual([409, 'INVALID_TRANSITION']);
    }
  });

  it('manual supervision: the centre only, a level 1–3 and a reason, in Chinese when wrong', async () => {
    const id = await submitted();
    await act(id, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    const bad = await act(id, 'supervise', api.tokens.center, { level: 5, reason: 'tv' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['level', 'reason']);
    expect(bad.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await act(id, 'supervise', api.tokens.unit, { level: 1, reason: 'media' })).status).toBe(403);
    expect((await act(id, 'supervise', citizen, { level: 1, reason: 'media' })).status).toBe(403);
    const ok = await act(id, 'supervise', api.tokens.center, { level: 2, reason: 'media', note: '电视台曝光' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ supervisionLevel: 2, supervisionReasons: ['media'] });
  });

  it('the new commands: units, citizens and admin are refused; another citizen sees nothing', async () => {
    const id = await submitted();
    const other = await api.citizenToken(`o-centre-other-${policy}`);
    for (const action of ['extension-review', 'callback-decision', 'supervise']) {
      const body = action === 'supervise' ? { level: 1, reason: 'media' } : action === 'callback-decision' ? { decision: 'rehandle' } : { decision: 'approve' };
      expect([action, (await act(id, action, api.tokens.unit, body)).status]).toEqual([action, 403]);
      expect([action, (await act(id, action, api.tokens.admin, body)).status]).toEqual([action, 403]);
      expect([action, (await act(id, action, citizen, body)).status]).toEqual([action, 403]);
      expect([action, (await act(id, action, other, body)).status]).toEqual([action, 404]);
    }
  });
});
