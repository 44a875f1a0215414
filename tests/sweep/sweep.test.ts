/**
 * The sweep against DynamoDB Local: due timers only, each (matter, timer, level) once however often or concurrently
 * it runs, interrupted runs completed by the next one. Fixed times on both sides of each boundary.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { sweep } from '../../functions/sweep/sweep';
import { sh } from '../fixtures/matters';
import { makeTestApi, type TestApi } from '../fixtures/app';

const calendar = loadDefaultCalendar({});

describe('sweep', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar });
  });
  afterAll(() => api.close());

  let n = 0;
  async function inProgress(at = '2026-11-02 10:00'): Promise<string> {
    n += 1;
    const citizen = await api.citizenToken(`o-sweep-${n}`);
    const r = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': `sweep-key-${n}-xxxx` },
      body: { category: 'complaint', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', confidential: false },
      now: at,
    });
    expect(r.status).toBe(201);
    await api.call('POST', `/v1/matters/${r.body.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 11:00' });
    await api.call('POST', `/v1/matters/${r.body.id}/accept`, { token: api.tokens.unit, body: {}, now: '2026-11-02 12:00' });
    return r.body.id;
  }
  const timeline = async (id: string) =>
    (await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.center, now: '2026-12-31 00:00' })).body.timeline.map((e: { type: string }) => e.type);
  const run = (when: string, opts = {}) => sweep(api.app.sweepDeps, sh(when), opts);

  it('fires the ladder at its boundaries, once each, and reads only what is due', async () => {
    const id = await inProgress(); // handleBy Mon 2026-11-16 end
    // Before the warning: nothing of this matter is due.
    expect((await run('2026-11-13 23:59')).applied).toBe(0);
    const w = await run('2026-11-14 00:01');
    expect(w).toMatchObject({ applied: 1, events: 1 });
    expect(await timeline(id)).toContain('warning');
    expect((await run('2026-11-16 23:59')).applied).toBe(0);
    expect((await run('2026-11-17 00:01')).events).toBe(1);
    expect((await run('2026-11-18 23:59')).applied).toBe(0);
    expect((await run('2026-11-19 00:01')).events).toBe(1);
    expect((await run('2026-11-23 23:59')).applied).toBe(0);
    expect((await run('2026-11-24 00:01')).events).toBe(1);
    expect((await run('2026-12-30 00:00')).due).toBe(0);
    const types = await timeline(id);
    expect(types.filter((t: string) => t.startsWith('supervision_'))).toEqual(['supervision_1', 'supervision_2', 'supervision_3']);
    expect(types.filter((t: string) => t === 'warning')).toHaveLength(1);
    const detail = (await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.center, now: '2026-12-31 00:00' })).body;
    expect(detail).toMatchObject({ overdue: true, supervisionLevel: 3 });
    const l1 = detail.timeline.find((e: { type: string }) => e.type === 'supervision_1');
    expect(l1.data).toMatchObject({ level: 1, overdue: true, handleBy: { at: '2026-11-16T23:59:59.999+08:00' } });
    // The centre's queue filters by supervision level.
    const q = await api.call('GET', '/v1/work/matters?status=in_progress&supervisionLevel=3', { token: api.tokens.center, now: '2026-12-31 00:00' });
    expect(q.body.items.map((m: { id: string }) => m.id)).toContain(id);
  });

  it('three sweeps at once apply each escalation exactly once', async () => {
    const ids = await Promise.all([0, 1, 2, 3, 4].map(() => inProgress('2026-11-02 10:00')));
    const reports = await Promise.all([run('2026-12-01 00:00'), run('2026-12-01 00:00'), run('2026-12-01 00:00')]);
    expect(reports.reduce((s, r) => s + r.events, 0)).toBe(ids.length * 3);
    for (const id of ids) {
      const t = await timeline(id);
      expect(t.filter((x: string) => x.startsWith('supervision_'))).toEqual(['supervision_1', 'supervision_2', 'supervision_3']);
      expect(t.filter((x: string) => x === 'warning')).toHaveLength(0);
    }
  });

  it('an interrupted sweep is completed by the next run, nothing lost or doubled', async () => {
    const ids = await Promise.all([0, 1, 2, 3, 4, 5].map(() => inProgress()));
    let pages = 0;
    const first = await run('2026-11-14 00:01', { pageSize: 1, shouldStop: () => ++pages > 2 });
    expect(first.complete).toBe(false);
    const second = await run('2026-11-14 00:01');
    expect(second.complete).toBe(true);
    for (const id of ids) expect((await timeline(id)).filter((t: string) => t === 'warning')).toHaveLength(1);
  });

  it('deemed acceptance when the check window ends; rating time-out closes as basically satisfied', async () => {
    const citizen = await api.citizenToken('o-sweep-deemed');
    const r = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': 'sweep-deemed-1' },
      body: { category: 'help', content: '楼下水管爆裂，水一直在流，需要维修。', district: '越秀区', contactPhone: '13912345678', confidential: false },
      now: '2026-11-02 10:00',
    });
    const id = r.body.id;
    await api.call('POST', `/v1/matters/${id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-water' }, now: '2026-11-02 11:00' });
    await run('2026-11-04 23:59');
    expect((await api.call('GET', `/v1/matters/${id}`, { token: citizen, now: '2026-11-05 00:00' })).body.status).toBe('dispatched');
    await run('2026-11-05 00:01'); // checkBy 11-04 end
    expect((await api.call('GET', `/v1/matters/${id}`, { token: citizen, now: '2026-11-05 00:02' })).body.status).toBe('in_progress');

    const reply = { process: '已维修', result: '水管已修复', handledAt: '2026-11-05T10:00:00+08:00', contactedRequestor: true };
    await api.call('POST', `/v1/matters/${id}/reply`, { token: api.tokens.unitWater, body: reply, now: '2026-11-05 10:00' });
    await api.call('POST', `/v1/matters/${id}/reply-review`, { token: api.tokens.center, body: { decision: 'compliant' }, now: '2026-11-05 11:00' });
    await run('2026-11-08 10:59'); // rateBy = 11-08 11:00
    expect((await api.call('GET', `/v1/matters/${id}`, { token: citizen, now: '2026-11-08 11:00' })).body.status).toBe('awaiting_rating');
    await run('2026-11-08 11:01');
    const closed = (await api.call('GET', `/v1/matters/${id}`, { token: citizen, now: '2026-11-08 11:02' })).body;
    expect(closed).toMatchObject({ status: 'closed', rating: { result: 'basically_satisfied', source: 'timeout' } });
  });
});
