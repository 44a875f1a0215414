/**
 * The outbox sender: every notification written with its event is delivered once; a failed send is retried later
 * and never lost; a run racing another never double-marks.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { deliverOutbox, recordingChannel, subscribeMessage, type Channel } from '../../functions/notify/sender';
import { loadDefaultCalendar } from '../../functions/lib/config';
import type { Notification } from '../../shared/domain/notifications';
import { getPolicy } from '../../shared/policy';
import { sh } from '../fixtures/matters';
import { makeTestApi, testDocClient, type TestApi } from '../fixtures/app';

describe('outbox sender', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
  });
  afterAll(() => api.close());

  const outboxItems = async (id: string) =>
    (await testDocClient().send(new QueryCommand({ TableName: api.table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :o)', ExpressionAttributeValues: { ':p': `M#${id}`, ':o': 'O#' } }))).Items ?? [];

  it('retries a failed send with backoff and delivers it later; nothing is lost', async () => {
    const citizen = await api.citizenToken('o-outbox');
    const m = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': 'outbox-key-00001' },
      body: { category: 'help', content: '楼下水管爆裂，水一直在流，需要维修。', district: '天河区', contactPhone: '13812345678', confidential: false },
      now: '2026-11-02 10:00',
    });
    await api.call('POST', `/v1/matters/${m.body.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-water' }, now: '2026-11-02 11:00' });
    const failing: Channel = {
      async send() {
        throw new Error('WeChat said 45015');
      },
    };
    const first = await deliverOutbox(api.app.db, api.table, failing, sh('2026-11-02 11:01'));
    expect(first.failed).toBeGreaterThanOrEqual(3); // submitted→citizen, dispatched→citizen, dispatched→unit
    let items = await outboxItems(m.body.id);
    expect(items.every((i) => i.attempts === 1 && !i.sentAt && i.lastError === 'WeChat said 45015')).toBe(true);
    // Not due again yet (backoff): a run a second later reads nothing of this matter.
    expect((await deliverOutbox(api.app.db, api.table, failing, sh('2026-11-02 11:01'))).failed).toBe(0);
    const sent: Notification[] = [];
    const ok: Channel = {
      async send(n) {
        sent.push(n);
        return recordingChannel.send(n, 0);
      },
    };
    await deliverOutbox(api.app.db, api.table, ok, sh('2026-11-02 12:00'));
    items = await outboxItems(m.body.id);
    expect(items.every((i) => typeof i.sentAt === 'string' && i.gsi3pk === undefined && i.attempts === 2)).toBe(true);
    expect(sent.filter((n) => n.matterId === m.body.id).map((n) => `${n.type}:${n.audience}`).sort()).toEqual(['dispatched:citizen', 'dispatched:unit', 'submitted:citizen']);
    // Delivered ones are not sent again.
    expect((await deliverOutbox(api.app.db, api.table, ok, sh('2026-11-03 12:00'))).sent).toBe(0);
  });

  it('an extension message carries the reason AND the new deadline (GZ Art.18)', () => {
    const msg = subscribeMessage({
      audience: 'citizen',
      recipient: 'o-1',
      matterId: 'm-1',
      trackingNo: 'GZ2611020001',
      version: 5,
      type: 'extended',
      at: '2026-11-03T09:00:00.000+08:00',
      note: '需协调三个部门现场勘查',
      data: { handleBy: { at: '2026-11-30T23:59:59.999+08:00', provisional: false } },
    });
    expect(msg).not.toBeNull();
    expect(msg!.touser).toBe('o-1');
    expect(msg!.template).toBe('deadline');
    expect(msg!.data.character_string1.value).toBe('GZ2611020001');
    expect(msg!.data.thing2.value).toBe('延期办理');
    expect(msg!.data.thing3.value).toBe('需协调三个部门现场勘查');
    expect(msg!.data.time4.value).toBe('2026年11月30日 23:59');
  });
});
