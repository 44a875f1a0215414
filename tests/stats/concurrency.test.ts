/**
 * Counters under concurrent commands: many matters written at the same instant share the city's day counter items
 * (split over 10 shards). No update may be lost, and no command may fail because another held a counter item
 * (MatterStore retries a transaction cancelled only by TransactionConflict).
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('statistics counters under concurrency', () => {
  let api: TestApi;
  const calls = { transactions: 0, conflicts: 0, injectConflicts: 0 };
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    api.app.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') {
          calls.transactions += 1;
          // Real DynamoDB cancels a transaction that touches an item another transaction holds; DynamoDB Local
          // serialises them instead, so the conflict is injected here (nothing is written, as in DynamoDB).
          if (calls.injectConflicts > 0) {
            calls.injectConflicts -= 1;
            const n = (args.input as { TransactItems: unknown[] }).TransactItems.length;
            throw Object.assign(new Error('Transaction cancelled'), {
              name: 'TransactionCanceledException',
              $metadata: { httpStatusCode: 400 },
              CancellationReasons: Array.from({ length: n }, (_, i) => ({ Code: i === n - 1 ? 'TransactionConflict' : 'None' })),
            });
          }
        }
        try {
          return await next(args);
        } catch (e) {
          const reasons = (e as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
          if (reasons.some((r) => r.Code === 'TransactionConflict')) calls.conflicts += 1;
          throw e;
        }
      },
      { step: 'initialize', name: 'conflictMeter' },
    );
  });
  afterAll(() => api.close());

  it('40 submissions and then 40 dispatches at the same instant: all succeed, every one counted once', async () => {
    const N = 40;
    const now = '2026-11-02 10:00';
    const submitted = await Promise.all(
      Array.from({ length: N }, async (_, i) =>
        api.call('POST', '/v1/matters', {
          token: await api.citizenToken(`o-con-${i}`),
          headers: { 'Idempotency-Key': `con-key-${i}-abcdef` },
          body: { category: 'help', content: `小区第${i}栋楼道灯坏了，晚上很黑，请尽快维修。`, district: '天河区', contactPhone: '13812345678', confidential: false },
          now,
        }),
      ),
    );
    expect(submitted.map((r) => r.status)).toEqual(Array(N).fill(201));
    const dispatched = await Promise.all(
      submitted.map((r, i) => api.call('POST', `/v1/matters/${r.body.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: i % 2 ? 'u-roads' : 'u-water' }, now: '2026-11-02 10:30' })),
    );
    expect(dispatched.map((r) => r.status)).toEqual(Array(N).fill(200));
    const s = await api.call('GET', '/v1/stats?from=2026-11-02&to=2026-11-02&groupBy=unit', { token: api.tokens.center, now: '2026-11-02 12:00' });
    expect(s.body.city.totals.counts).toMatchObject({ submitted: N, dispatched: N, dispatchedOnTime: N, assigned: N });
    const unit = (id: string) => s.body.series.find((x: { unitId: string }) => x.unitId === id).totals.counts.assigned;
    expect([unit('u-roads'), unit('u-water')]).toEqual([N / 2, N / 2]);
    expect(s.body.hotspots.cells).toEqual([expect.objectContaining({ week: '2026-W45', category: 'help', district: '天河区', count: N })]);
    console.log(`concurrency on DynamoDB Local: ${calls.transactions} transactions for ${2 * N} commands, ${calls.conflicts} cancelled by TransactionConflict`);
    // A transaction cancelled only by a conflict on a counter item is retried: twice in a row still succeeds, once.
    const citizen = await api.citizenToken('o-con-retry');
    calls.injectConflicts = 2;
    const r = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': 'con-retry-abcdef' },
      body: { category: 'help', content: '小区楼道灯坏了，晚上很黑，请尽快维修。', district: '天河区', contactPhone: '13812345678', confidential: false },
      now,
    });
    expect(r.status).toBe(201);
    calls.injectConflicts = 2;
    expect((await api.call('POST', `/v1/matters/${r.body.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 10:30' })).status).toBe(200);
    // Three in a row: the client is told to retry (503 with Retry-After), and nothing was written.
    calls.injectConflicts = 3;
    const busy = await api.call('POST', `/v1/matters/${r.body.id}/accept`, { token: api.tokens.unit, body: {}, now: '2026-11-02 11:00' });
    expect([busy.status, Number(busy.headers['retry-after']) > 0]).toEqual([503, true]);
    expect((await api.call('GET', `/v1/matters/${r.body.id}`, { token: api.tokens.center })).body.status).toBe('dispatched');
    const after = await api.call('GET', '/v1/stats?from=2026-11-02&to=2026-11-02&groupBy=city', { token: api.tokens.center, now: '2026-11-02 12:00' });
    expect(after.body.city.totals.counts).toMatchObject({ submitted: N + 1, dispatched: N + 1 });

  }, 60_000);
});
