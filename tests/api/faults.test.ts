/**
 * Fault injection (issue "Reliability and security" §2): DynamoDB failures — throttling, timeouts, service errors and
 * (on conditional writes) condition failures — at every call position of every step of a matter's life and of the
 * sweep. Each request ends in success or a clear 409/503 (never a 500, never a stack), 503s carry Retry-After, and the
 * table never holds a half-applied transition: version = number of events, and every event owes its outbox entries.
 *
 * Faults are injected with SDK middleware on the real client talking to DynamoDB Local (the SDK-level mock is only for
 * the fault; everything else is real).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { NOTIFY } from '../../shared/domain/notifications';
import { getPolicy } from '../../shared/policy';
import { sweep } from '../../functions/sweep/sweep';
import { sh } from '../fixtures/matters';
import { makeTestApi, testDocClient, type TestApi } from '../fixtures/app';

type Kind = 'throttle' | 'capacity' | 'timeout' | 'service' | 'condition';
const KINDS: Kind[] = ['throttle', 'capacity', 'timeout', 'service', 'condition'];

function fault(kind: Kind, command: string): Error {
  const make = (name: string, status: number) => Object.assign(new Error(`injected ${name}`), { name, $fault: 'server', $metadata: { httpStatusCode: status } });
  switch (kind) {
    case 'throttle':
      return make('ThrottlingException', 400);
    case 'capacity':
      return make('ProvisionedThroughputExceededException', 400);
    case 'timeout':
      return Object.assign(new Error('injected timeout'), { name: 'TimeoutError' });
    case 'service':
      return make('InternalServerError', 500);
    case 'condition':
      return command === 'TransactWriteItemsCommand'
        ? Object.assign(make('TransactionCanceledException', 400), { CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] })
        : make('ConditionalCheckFailedException', 400);
  }
}

const CONDITIONAL_WRITES = new Set(['TransactWriteItemsCommand', 'PutItemCommand', 'UpdateItemCommand']);

describe('faults at every DynamoDB call position', () => {
  let api: TestApi;
  const injector = { calls: 0, failAt: 0, kind: 'throttle' as Kind, injected: 0, names: [] as string[] };
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    api.app.db.middlewareStack.add(
      (next, context) => async (args) => {
        injector.calls += 1;
        injector.names.push(context.commandName ?? '?');
        if (injector.calls === injector.failAt) {
          const name = context.commandName ?? '';
          if (injector.kind !== 'condition' || CONDITIONAL_WRITES.has(name)) {
            injector.injected += 1;
            throw fault(injector.kind, name);
          }
        }
        return next(args);
      },
      { step: 'initialize', name: 'faultInjector' },
    );
  });
  afterAll(() => api.close());

  let n = 0;
  const submitBody = () => ({ category: 'complaint', content: `小区门口的路灯坏了，第${++n}次测试，晚上很黑。`, district: '天河区', contactPhone: '13812345678', confidential: false });
  const reply = { process: '现场维修', result: '已修复', handledAt: '2026-11-03T10:00:00+08:00', contactedRequestor: true };

  /** Steps of a matter's life; each prepares its matter without faults, then runs one request. */
  type Step = { name: string; prepare: string[]; run: (id: string, citizen: string) => Promise<{ status: number; body: any; headers: Record<string, string> }> };
  const act = (action: string, token: () => string, body: unknown, now = '2026-11-03 12:00') => (id: string) =>
    api.call('POST', `/v1/matters/${id}/${action}`, { token: token(), body, now });
  const steps: Step[] = [
    { name: 'submit', prepare: [], run: async (_id, citizen) => api.call('POST', '/v1/matters', { token: citizen, headers: { 'Idempotency-Key': `fault-submit-${++n}` }, body: submitBody() }) },
    { name: 'dispatch', prepare: [], run: (id) => act('dispatch', () => api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00')(id) },
    { name: 'accept', prepare: ['dispatch'], run: (id) => act('accept', () => api.tokens.unit, {})(id) },
    { name: 'extension', prepare: ['dispatch', 'accept'], run: (id) => act('extension', () => api.tokens.unit, { reason: '协调中' })(id) },
    { name: 'reply', prepare: ['dispatch', 'accept'], run: (id) => act('reply', () => api.tokens.unit, reply)(id) },
    { name: 'reply-review', prepare: ['dispatch', 'accept', 'reply'], run: (id) => act('reply-review', () => api.tokens.center, { decision: 'compliant' })(id) },
    { name: 'rating', prepare: ['dispatch', 'accept', 'reply', 'reply-review'], run: (id, c) => act('rating', () => c, { result: 'unsatisfied' })(id) },
    { name: 'detail', prepare: [], run: (id, c) => api.call('GET', `/v1/matters/${id}`, { token: c }) },
    { name: 'my matters', prepare: [], run: (_id, c) => api.call('GET', '/v1/matters', { token: c }) },
    { name: 'queue', prepare: ['dispatch'], run: () => api.call('GET', '/v1/work/matters?status=dispatched', { token: api.tokens.center }) },
  ];
  const PREP: Record<string, (id: string, c: string) => Promise<unknown>> = {
    dispatch: act('dispatch', () => api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00'),
    accept: act('accept', () => api.tokens.unit, {}, '2026-11-02 12:00'), // before the reply's handledAt (GZ Art.19)
    reply: act('reply', () => api.tokens.unit, reply),
    'reply-review': act('reply-review', () => api.tokens.center, { decision: 'compliant' }),
  };

  async function prepared(prepare: string[]) {
    injector.failAt = 0;
    const citizen = await api.citizenToken(`o-fault-${++n}`);
    const m = await api.call('POST', '/v1/matters', { token: citizen, headers: { 'Idempotency-Key': `fault-prep-${n}-x` }, body: submitBody() });
    for (const p of prepare) await PREP[p](m.body.id, citizen);
    return { id: m.body.id as string, citizen };
  }

  /** The table's invariants for one matter: version = events, contiguous, and each event's outbox entries exist. */
  async function assertWhole(id: string) {
    const items = (await testDocClient().send(new QueryCommand({ TableName: api.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `M#${id}` } }))).Items ?? [];
    const matter = items.find((i) => i.sk === 'M')!;
    const events = items.filter((i) => String(i.sk).startsWith('E#'));
    const outbox = new Set(items.filter((i) => String(i.sk).startsWith('O#')).map((i) => i.sk));
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: matter.version }, (_, i) => i + 1));
    for (const e of events) {
      for (const audience of NOTIFY[e.type as keyof typeof NOTIFY] ?? []) {
        if (audience === 'unit' && !matter.leadUnitId) continue;
        expect(outbox.has(`O#${String(e.version).padStart(6, '0')}#${audience}`)).toBe(true);
      }
    }
  }

  const counted: Record<string, number> = {};
  it.each(steps.map((s) => [s.name, s] as const))('%s: every call position × every fault kind', async (_name, step) => {
    // Count the calls the step makes when nothing fails.
    const probe = await prepared(step.prepare);
    injector.calls = 0;
    injector.failAt = 0;
    const clean = await step.run(probe.id, probe.citizen);
    expect(clean.status).toBeLessThan(300);
    const positions = injector.calls;
    expect(positions).toBeGreaterThan(0);
    for (let k = 1; k <= positions; k++) {
      for (const kind of KINDS) {
        const { id, citizen } = await prepared(step.prepare);
        injector.calls = 0;
        injector.failAt = k;
        const before = injector.injected;
        const r = await step.run(id, citizen);
        injector.failAt = 0;
        if (injector.injected === before) continue; // `condition` only applies to conditional writes
        counted[step.name] = (counted[step.name] ?? 0) + 1;
        const ctx = `${step.name} call ${k} ${kind} (${injector.names[k - 1]})`;
        expect([ctx, r.status < 300 || r.status === 409 || r.status === 503]).toEqual([ctx, true]);
        expect(JSON.stringify(r.body ?? '')).not.toMatch(/at .*\.ts:\d+|Error:|stack/);
        if (r.status === 503) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        await assertWhole(id);
        // A retry without the fault succeeds (or was already applied) and leaves the matter whole.
        if (r.status === 503) {
          const again = await step.run(id, citizen);
          expect([ctx, again.status < 300 || again.status === 409]).toEqual([ctx, true]);
          await assertWhole(id);
        }
      }
    }
  });

  it('the sweep survives a fault at every call position; the next run completes it exactly once', async () => {
    const all: string[] = [];
    const prepareDue = async () => {
      for (let i = 0; i < 2; i++) all.push((await prepared(['dispatch', 'accept'])).id);
    };
    // Count the calls of a clean sweep over two due matters.
    await prepareDue();
    injector.calls = 0;
    injector.failAt = 0;
    await sweep(api.app.sweepDeps, sh('2026-11-14 00:01'));
    const positions = injector.calls;
    expect(positions).toBeGreaterThanOrEqual(12); // 10 shard queries + 2 transactions
    for (let k = 1; k <= positions; k++) {
      for (const kind of ['throttle', 'condition'] as Kind[]) {
        all.push((await prepared(['dispatch', 'accept'])).id);
        injector.calls = 0;
        injector.failAt = k;
        const before = injector.injected;
        const report = await sweep(api.app.sweepDeps, sh('2026-11-14 00:01')).catch(() => null); // a failed Query fails the run
        injector.failAt = 0;
        if (injector.injected > before) counted.sweep = (counted.sweep ?? 0) + 1;
        if (report) expect(report.complete).toBe(true);
        await sweep(api.app.sweepDeps, sh('2026-11-14 00:01')); // the next scheduled run
      }
    }
    for (const id of all) {
      await assertWhole(id);
      const t = (await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.center })).body.timeline;
      expect(t.filter((e: { type: string }) => e.type === 'warning')).toHaveLength(1);
    }
  }, 180_000);

  afterAll(() => {
    const total = Object.values(counted).reduce((a, b) => a + b, 0);
    // Reported in the closing note: how many faults were injected where.
    console.log(`fault injection: ${total} injected cases — ${JSON.stringify(counted)}`);
  });
});
