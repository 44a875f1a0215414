/**
 * What keeping the statistics costs (issue §7): the extra items each command's transaction carries, their size, and
 * the write capacity that means, for two whole journeys through every kind of counted event. Printed for docs/stats.md.
 *
 * Why capacity is computed, not read back: DynamoDB Local reports one figure per transaction whatever the number of
 * small items in it (1, 2 and 4 items under 1 KB all report 2 units), so it cannot show the counters' cost. DynamoDB
 * charges a transactional write 2 WRU per item per started KB; every counter item is checked to stay under 1 KB and
 * carries no index attributes, so each costs exactly 2 WRU.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { sweep } from '../../functions/sweep/sweep';
import { sh } from '../fixtures/matters';
import { makeTestApi, testDocClient, type TestApi } from '../fixtures/app';

interface Row {
  label: string;
  events: string;
  items: number;
  statsItems: number;
  localWcu: number;
}

/** DynamoDB's item size: attribute names plus values (strings in UTF-8, numbers ≈ 1 byte per 2 digits + 1). */
export function itemBytes(item: Record<string, unknown>): number {
  let n = 0;
  for (const [k, v] of Object.entries(item)) {
    n += Buffer.byteLength(k);
    if (typeof v === 'string') n += Buffer.byteLength(v);
    else if (typeof v === 'number') n += Math.ceil(String(Math.abs(v)).replace(/[.-]/g, '').length / 2) + 1;
    else n += 1;
  }
  return n;
}

describe('cost of the statistics counters', () => {
  let api: TestApi;
  const meter = { items: 0, statsItems: 0, wcu: 0 };
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('changsha'), calendar: loadDefaultCalendar({}) });
    api.app.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'TransactWriteItemsCommand') return next(args);
        const input = args.input as { TransactItems: Array<{ Update?: { Key: { pk: string } } }>; ReturnConsumedCapacity?: string };
        input.ReturnConsumedCapacity = 'TOTAL';
        meter.items += input.TransactItems.length;
        meter.statsItems += input.TransactItems.filter((t) => /^(ST|HS)#/.test(t.Update?.Key.pk ?? '')).length;
        const out = await next(args);
        for (const c of (out.output as { ConsumedCapacity?: Array<{ CapacityUnits?: number }> }).ConsumedCapacity ?? []) meter.wcu += c.CapacityUnits ?? 0;
        return out;
      },
      { step: 'initialize', name: 'costMeter' },
    );
  });
  afterAll(() => api.close());

  it('counts the extra items per command and per journey; every counter item stays under 1 KB', async () => {
    const rows: Row[] = [];
    const citizen = await api.citizenToken('o-cost');
    let id = '';
    const step = async (label: string, run: () => Promise<unknown>, fresh = false) => {
      const before = fresh ? 0 : (await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.center })).body.version;
      Object.assign(meter, { items: 0, statsItems: 0, wcu: 0 });
      await run();
      const snapshot = { ...meter };
      const after = (await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.center })).body;
      const events = after.timeline.filter((e: { version: number }) => e.version > before).map((e: { type: string }) => e.type).join(', ');
      rows.push({ label, events, items: snapshot.items, statsItems: snapshot.statsItems, localWcu: snapshot.wcu });
    };
    const act = (action: string, token: string, body: unknown, now: string) => () =>
      api.call('POST', `/v1/matters/${id}/${action}`, { token, body, now }).then((r) => expect([action, r.status]).toEqual([action, 200]));
    const submit = (key: string) => async () => {
      const r = await api.call('POST', '/v1/matters', {
        token: citizen,
        headers: { 'Idempotency-Key': `cost-key-${key}` },
        body: { category: 'complaint', content: `小区门口的路灯坏了一个多月，晚上很黑（第${key}件）。`, district: '芙蓉区', contactPhone: '13812345678', contactName: '张三', confidential: false },
        now: '2026-11-02 10:00',
      });
      id = r.body.id;
    };
    const reply = { process: '现场查看并维修', result: '路灯已修复', handledAt: '2026-11-04T10:00:00+08:00', contactedRequestor: true };
    const { unit: roads, unitWater: water, center } = api.tokens;
    // Journey 1 — as in tests/api/roundTrips.test.ts: extension, re-handling, satisfied.
    await step('submit', submit('1'), true);
    await step('dispatch', act('dispatch', center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00'));
    await step('accept', act('accept', roads, {}, '2026-11-02 12:00'));
    await step('extension', act('extension', roads, { reason: '协调供电部门' }, '2026-11-03 09:00'));
    await step('extension-review', act('extension-review', center, { decision: 'approve' }, '2026-11-03 10:00')); // CS Art.21
    await step('reply', act('reply', roads, reply, '2026-11-04 11:00'));
    await step('reply-review', act('reply-review', center, { decision: 'compliant' }, '2026-11-04 12:00'));
    await step('rating unsatisfied → callback', act('rating', citizen, { result: 'unsatisfied' }, '2026-11-04 20:00'));
    await step('callback-decision → re-handling', act('callback-decision', center, { decision: 'rehandle' }, '2026-11-04 21:00')); // CS Art.26
    await step('reply (re-handled)', act('reply', roads, reply, '2026-11-05 10:00'));
    await step('reply-review', act('reply-review', center, { decision: 'compliant' }, '2026-11-05 11:00'));
    await step('rating satisfied → closed', act('rating', citizen, { result: 'satisfied' }, '2026-11-05 12:00'));
    const journey1 = rows.length;
    // Journey 2 — a return to another unit, the sweep's escalation ladder, closed unsatisfied, appeal upheld (CS Art.27).
    await step('submit', submit('2'), true);
    await step('dispatch', act('dispatch', center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00'));
    await step('return-request', act('return-request', roads, { reason: '不属于本单位职责', basis: '部门职责清单' }, '2026-11-02 12:00'));
    await step('return-review approve', act('return-review', center, { decision: 'approve', leadUnitId: 'u-water' }, '2026-11-02 13:00'));
    await step('accept', act('accept', water, {}, '2026-11-02 14:00'));
    await step('sweep (one tick: 催办 + 督办 + 督查)', () => sweep(api.app.sweepDeps, sh('2026-11-24 00:01')));
    await step('reply (late)', act('reply', water, reply, '2026-11-24 10:00'));
    await step('reply-review', act('reply-review', center, { decision: 'compliant' }, '2026-11-24 11:00'));
    await step('rating unsatisfied → callback', act('rating', citizen, { result: 'unsatisfied' }, '2026-11-24 12:00'));
    await step('callback-decision → re-handling', act('callback-decision', center, { decision: 'rehandle' }, '2026-11-24 13:00')); // CS Art.26
    await step('reply (re-handled)', act('reply', water, reply, '2026-11-25 10:00'));
    await step('reply-review', act('reply-review', center, { decision: 'compliant' }, '2026-11-25 11:00'));
    await step('rating unsatisfied → closed under supervision', act('rating', citizen, { result: 'unsatisfied' }, '2026-11-25 12:00'));
    await step('appeal', act('appeal', water, { evidence: '诉求超出职责范围，已书面说明' }, '2026-11-26 10:00'));
    await step('appeal-review approve', act('appeal-review', center, { decision: 'approve' }, '2026-11-26 11:00'));

    // Every counter item is under 1 KB (so 2 WRU in a transaction) and has no index attribute (no index writes).
    const db = testDocClient();
    const sizes: number[] = [];
    for (const pk of ['ST#CITY', 'ST#U#u-roads', 'ST#U#u-water', 'ST#NOW', 'HS#2026-W45']) {
      const r = await db.send(new QueryCommand({ TableName: api.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': pk } }));
      for (const it of r.Items ?? []) {
        expect(Object.keys(it).filter((k) => k.startsWith('gsi'))).toEqual([]);
        sizes.push(itemBytes(it));
      }
    }
    expect(Math.max(...sizes)).toBeLessThan(1024);

    const lines = [
      '| command | events | items in the transaction | statistics items | extra WRU (2 per item) |',
      '|---|---|---|---|---|',
    ];
    for (const r of rows) {
      expect([r.label, r.statsItems <= 6, r.items < 100]).toEqual([r.label, true, true]);
      lines.push(`| ${r.label} | ${r.events} | ${r.items} | ${r.statsItems} | ${2 * r.statsItems} |`);
    }
    const sum = (from: number, to: number) => rows.slice(from, to).reduce((a, r) => ({ items: a.items + r.items, stats: a.stats + r.statsItems, local: a.local + r.localWcu }), { items: 0, stats: 0, local: 0 });
    for (const [name, from, to] of [['journey 1 (extension, re-handling, satisfied)', 0, journey1], ['journey 2 (return, ladder, unsatisfied, appeal)', journey1, rows.length]] as const) {
      const s = sum(from, to);
      lines.push(`| **${name}** | | ${s.items} | ${s.stats} | ${2 * s.stats} (DynamoDB Local reports ${s.local} WCU for the journey's transactions) |`);
    }
    lines.push(`largest counter item: ${Math.max(...sizes)} bytes (${sizes.length} items)`);
    console.log(lines.join('\n'));
  }, 60_000);
});
