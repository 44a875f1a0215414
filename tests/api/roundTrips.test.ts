/**
 * The DynamoDB calls each route makes, and the capacity one full journey consumes (issue "Matter lifecycle API":
 * every route should need at most two round trips). Calls are counted by SDK middleware on the real client against
 * DynamoDB Local, which also asks every call for its consumed capacity. The table is printed for the closing note.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { sweep } from '../../functions/sweep/sweep';
import { sh } from '../fixtures/matters';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('DynamoDB round trips per route and capacity per journey', () => {
  let api: TestApi;
  const meter = { calls: [] as string[], rcu: 0, wcu: 0 };
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    api.app.db.middlewareStack.add(
      (next, context) => async (args) => {
        (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
        // The unit list is cached per process for a minute; the test's clock jumps hours, so its refreshes are not counted.
        const isUnitList = (args.input as { ExpressionAttributeValues?: Record<string, unknown> }).ExpressionAttributeValues?.[':p'] === 'UNITS';
        if (!isUnitList) meter.calls.push(context.commandName ?? '?');
        const out = await next(args);
        const cc = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        for (const c of (Array.isArray(cc) ? cc : cc ? [cc] : []) as Array<{ ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number }>) {
          // DynamoDB Local reports CapacityUnits; split reads/writes by command kind.
          const units = c.CapacityUnits ?? 0;
          if (/Get|Query|Scan/.test(context.commandName ?? '')) meter.rcu += c.ReadCapacityUnits ?? units;
          else meter.wcu += c.WriteCapacityUnits ?? units;
        }
        return out;
      },
      { step: 'initialize', name: 'meter' },
    );
  });
  afterAll(() => api.close());

  const rows: string[] = [];
  async function measure(label: string, run: () => Promise<{ status: number; body: any }>, maxCalls: number) {
    meter.calls = [];
    const r = await run();
    expect([label, r.status < 300]).toEqual([label, true]);
    rows.push(`${label.padEnd(34)} ${String(meter.calls.length).padStart(2)}  ${meter.calls.join(', ')}`);
    expect([label, meter.calls.length <= maxCalls]).toEqual([label, true]);
    return r;
  }

  it('counts calls per route and the capacity of one full journey', async () => {
    const citizen = await api.citizenToken('o-trips');
    await api.call('GET', '/v1/work/units', { token: api.tokens.center }); // warm the per-process unit cache
    meter.rcu = 0;
    meter.wcu = 0;
    const m = (
      await measure('POST /v1/matters (submit)', () =>
        api.call('POST', '/v1/matters', {
          token: citizen,
          headers: { 'Idempotency-Key': 'trips-key-000001' },
          body: { category: 'complaint', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', contactName: '张三', confidential: false },
          now: '2026-11-02 10:00',
        }),
      2)
    ).body;
    const act = (action: string, token: string, body: unknown, now: string) => () => api.call('POST', `/v1/matters/${m.id}/${action}`, { token, body, now });
    const reply = { process: '现场查看并维修', result: '路灯已修复', handledAt: '2026-11-04T10:00:00+08:00', contactedRequestor: true };
    await measure('POST …/dispatch', act('dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00'), 2);
    await measure('POST …/accept', act('accept', api.tokens.unit, {}, '2026-11-02 12:00'), 2);
    await measure('POST …/extension', act('extension', api.tokens.unit, { reason: '协调供电部门' }, '2026-11-03 09:00'), 2);
    await measure('POST …/reply', act('reply', api.tokens.unit, reply, '2026-11-04 11:00'), 2);
    await measure('POST …/reply-review', act('reply-review', api.tokens.center, { decision: 'compliant' }, '2026-11-04 12:00'), 2);
    await measure('POST …/rating (unsatisfied)', act('rating', citizen, { result: 'unsatisfied' }, '2026-11-04 20:00'), 2);
    await measure('POST …/reply (re-handled)', act('reply', api.tokens.unit, reply, '2026-11-05 10:00'), 2);
    await measure('POST …/reply-review', act('reply-review', api.tokens.center, { decision: 'compliant' }, '2026-11-05 11:00'), 2);
    await measure('POST …/rating (satisfied)', act('rating', citizen, { result: 'satisfied' }, '2026-11-05 12:00'), 2);
    const journey = { rcu: meter.rcu, wcu: meter.wcu };
    // A retried submission: the cancelled transaction returns the idempotency record (ALL_OLD), then one read of the
    // matter it names — no separate look-up of the key.
    const replay = await measure('POST /v1/matters (replay)', () =>
      api.call('POST', '/v1/matters', {
        token: citizen,
        headers: { 'Idempotency-Key': 'trips-key-000001' },
        body: { category: 'complaint', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', contactName: '张三', confidential: false },
        now: '2026-11-05 13:00',
      }), 3);
    expect([replay.status, replay.body.id, meter.calls]).toEqual([200, m.id, ['UpdateItemCommand', 'TransactWriteItemsCommand', 'QueryCommand']]);
    await measure('GET /v1/matters/{id}', () => api.call('GET', `/v1/matters/${m.id}`, { token: citizen }), 1);
    await measure('GET /v1/matters (mine)', () => api.call('GET', '/v1/matters', { token: citizen }), 1);
    await measure('GET /v1/work/matters (centre)', () => api.call('GET', '/v1/work/matters?status=closed', { token: api.tokens.center }), 1);
    await measure('GET /v1/work/matters (unit)', () => api.call('GET', '/v1/work/matters', { token: api.tokens.unit }), 1);
    await measure('POST /v1/auth/wechat', () => api.call('POST', '/v1/auth/wechat', { body: { code: 'test:o-trips' } }), 1);
    await measure('POST /v1/screening', () => api.call('POST', '/v1/screening', { token: citizen, body: { content: '社保卡丢了怎么办' } }), 1);
    await measure('GET /v1/knowledge', () => api.call('GET', '/v1/knowledge?q=社保卡'), 1);
    const phone = await measure('POST /v1/work/matters (phone)', () =>
      api.call('POST', '/v1/work/matters', {
        token: api.tokens.center,
        body: { channel: 'phone', callerPhone: '13698765432', category: 'help', content: '家门口下水道堵塞，污水漫到路面。', district: '海珠区', confidential: false },
      }), 2);
    // lookup: the two rate-limit counters and the tracking number in parallel, then the matter: 2 sequential round trips.
    await measure('GET /v1/lookup (+2 parallel limits)', () => api.call('GET', `/v1/lookup?trackingNo=${phone.body.trackingNo}&phoneLast4=5432`), 4);
    meter.calls = [];
    const s = await sweep(api.app.sweepDeps, sh('2026-11-30 00:00'));
    rows.push(`${'sweep'.padEnd(34)} ${String(meter.calls.length).padStart(2)}  10 shard queries + 1 write per due matter (${s.due} due)`);

    console.log(
      [
        'DynamoDB calls per route (the per-process unit-list cache not counted):',
        ...rows,
        `capacity of one full journey (submit → … → re-handle → satisfied): ${journey.rcu.toFixed(1)} RCU, ${journey.wcu.toFixed(1)} WCU`,
      ].join('\n'),
    );
    expect(journey.wcu).toBeGreaterThan(0);
  });
});
