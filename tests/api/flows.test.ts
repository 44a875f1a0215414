/**
 * The lifecycle's side roads over HTTP against DynamoDB Local: returns (approve / reject / joint), three returns →
 * difficult → designate → return refused, a rejected reply keeps the deadline, supplement + restart-clock, withdraw,
 * decline with guidance.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('lifecycle side roads over HTTP', () => {
  let api: TestApi;
  let citizen: string;
  let n = 0;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    citizen = await api.citizenToken('o-flows');
  });
  afterAll(() => api.close());

  async function submitted(category = 'complaint') {
    n += 1;
    const r = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': `flows-key-${n}-xxxx` },
      body: { category, content: `第${n}件：小区门口的路灯坏了一个多月，晚上很黑。`, district: '天河区', contactPhone: '13812345678', confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }
  const act = (id: string, action: string, token: string, body: unknown, now = '2026-11-02 12:00') =>
    api.call('POST', `/v1/matters/${id}/${action}`, { token, body, now });
  const unitToken = (unitId: string) => api.token({ role: 'unit', username: `${unitId}-clerk`, unitId });
  const returnRequest = { reason: '不属于本单位职责', basis: '本单位“三定”方案' };

  it('return approved → re-dispatched with fresh timers; rejected → original deadline; joint → co-units', async () => {
    const a = await submitted();
    await act(a, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    expect((await act(a, 'return-request', api.tokens.unit, returnRequest)).body.status).toBe('return_requested');
    const approved = await act(a, 'return-review', api.tokens.center, { decision: 'approve', leadUnitId: 'u-water' }, '2026-11-03 09:00');
    expect(approved.body).toMatchObject({ status: 'dispatched', leadUnit: { id: 'u-water' }, counts: { returns: 1 } });
    expect(approved.body.deadlines.handleBy.at).toBe('2026-11-17T23:59:59.999+08:00');

    const b = await submitted();
    const dispatched = await act(b, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    await act(b, 'return-request', api.tokens.unit, returnRequest);
    // CS Art.33: the centre's review is timed; its deadline is on the staff queue's row, never on the citizen's list.
    const queue = await api.call('GET', '/v1/work/matters?status=return_requested', { token: api.tokens.center, now: '2026-11-02 12:00' });
    expect(queue.body.items.find((m: { id: string }) => m.id === b)?.reviewBy).toMatchObject({ at: expect.stringMatching(/^2026-11-\d\dT23:59:59\.999\+08:00$/) });
    const mine = await api.call('GET', '/v1/matters', { token: citizen, now: '2026-11-02 12:00' });
    expect(mine.body.items.find((m: { id: string }) => m.id === b)).toMatchObject({ status: 'return_requested', reviewBy: null });
    const rejected = await act(b, 'return-review', api.tokens.center, { decision: 'reject', note: '属于你单位职责，请办理' }, '2026-11-04 09:00');
    expect(rejected.body.status).toBe('in_progress');
    // docs/rules.md §4: the two working days the return spent with the centre are not the unit's (Mon 11-16 → Wed 11-18).
    expect(dispatched.body.deadlines.handleBy.at).toBe('2026-11-16T23:59:59.999+08:00');
    expect(rejected.body.deadlines.handleBy.at).toBe('2026-11-18T23:59:59.999+08:00');

    const c = await submitted();
    await act(c, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    await act(c, 'return-request', api.tokens.unit, returnRequest);
    const joint = await act(c, 'return-review', api.tokens.center, { decision: 'joint', coUnitIds: ['u-water'] });
    expect(joint.body).toMatchObject({ status: 'in_progress', leadUnit: { id: 'u-roads' }, coUnits: [{ id: 'u-water', name: '水务局' }] });
    // The co-unit reads and adds notes, but cannot act as lead.
    expect((await act(c, 'note', api.tokens.unitWater, { content: '协办意见：管线归我局' })).status).toBe(200);
    expect((await act(c, 'extension', api.tokens.unitWater, { reason: '协调' })).status).toBe(403);
  });

  it('three returns make it difficult; the next return is refused; the centre designates', async () => {
    const id = await submitted();
    const units = ['u-roads', 'u-water', 'u-market', 'u-roads'];
    await act(id, 'dispatch', api.tokens.center, { leadUnitId: units[0] }, '2026-11-02 11:00');
    for (let i = 0; i < 3; i++) {
      expect((await act(id, 'return-request', await unitToken(units[i]), returnRequest)).status).toBe(200);
      const r = await act(id, 'return-review', api.tokens.center, { decision: 'approve', leadUnitId: units[i + 1] });
      expect(r.body.difficult).toBe(i === 2);
    }
    const refused = await act(id, 'return-request', await unitToken('u-roads'), returnRequest);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(refused.body.error.message).toContain('疑难');
    const designated = await act(id, 'designate', api.tokens.center, { leadUnitId: 'u-water', basis: '市政府协调会议纪要' });
    expect(designated.body).toMatchObject({ status: 'in_progress', leadUnit: { id: 'u-water' }, difficult: true });
  });

  it('a rejected reply goes back under the original deadline; supplement + restart-clock restarts it', async () => {
    const id = await submitted();
    await act(id, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    const accepted = await act(id, 'accept', api.tokens.unit, {});
    const reply = { process: '已到现场', result: '已处理', handledAt: '2026-11-03T10:00:00+08:00', contactedRequestor: false };
    await act(id, 'reply', api.tokens.unit, reply, '2026-11-03 11:00');
    const back = await act(id, 'reply-review', api.tokens.center, { decision: 'non_compliant', note: '未联系诉求人' }, '2026-11-03 12:00');
    expect(back.body.status).toBe('in_progress');
    expect(back.body.deadlines.handleBy).toEqual(accepted.body.deadlines.handleBy);
    const noNote = await act(id, 'restart-clock', api.tokens.unit, { reason: 'new_information' }, '2026-11-04 09:00');
    expect(noNote.status).toBe(409);
    await api.call('POST', `/v1/matters/${id}/supplement`, { token: citizen, body: { content: '补充：另一盏路灯也坏了，灯杆编号 B-3' }, now: '2026-11-04 10:00' });
    const restarted = await act(id, 'restart-clock', api.tokens.unit, { reason: 'new_information' }, '2026-11-04 11:00');
    expect(restarted.status).toBe(200);
    expect(restarted.body.deadlines.handleBy.at).toBe('2026-11-18T23:59:59.999+08:00');
  });

  it('withdraw before a reply; decline with guidance the citizen can read', async () => {
    const w = await submitted();
    const withdrawn = await api.call('POST', `/v1/matters/${w}/withdraw`, { token: citizen, body: { reason: '问题已自行解决' } });
    expect(withdrawn.body.status).toBe('withdrawn');
    const d = await submitted();
    const declined = await act(d, 'decline', api.tokens.center, { reason: 'litigation', guidance: '该纠纷已进入诉讼程序，请向天河区人民法院咨询' });
    expect(declined.body.status).toBe('not_accepted');
    const seen = (await api.call('GET', `/v1/matters/${d}`, { token: citizen })).body;
    expect(seen.outcome).toEqual({ reason: 'litigation', guidance: '该纠纷已进入诉讼程序，请向天河区人民法院咨询' });
    expect(seen.statusLabel).toBe('不予受理');
    expect((await api.outbox(d)).map((o) => o.type)).toContain('declined');
  });
});
