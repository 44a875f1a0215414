/**
 * Delivery within seconds, through the stream: DynamoDB Local's stream read the way Lambda's trigger reads the
 * table's (scripts/lib/stream-local.js), handed to the notify function's code. No sweep runs in this test.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { readNotifyConfig } from '../../functions/notify/config';
import { createNotifier } from '../../functions/notify/notifier';
import { deliverStreamBatch } from '../../functions/notify/stream';
import { startFakeWeChat, type FakeWeChat } from '../../scripts/lib/fake-wechat';
import { startFakeSms, type FakeSms } from '../../scripts/lib/fake-sms';
import { startStreamReader, type StreamReader } from '../../scripts/lib/stream-local';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('outbox delivery from the table stream', () => {
  let api: TestApi;
  let wx: FakeWeChat;
  let sms: FakeSms;
  let reader: StreamReader;
  const batches: number[] = [];

  beforeAll(async () => {
    [api, wx, sms] = await Promise.all([makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) }), startFakeWeChat(), startFakeSms()]);
    const notifier = createNotifier({ db: api.app.db, table: api.table, cipher: api.app.cipher, config: readNotifyConfig({ WECHAT_API_BASE: wx.base, SMS_ENDPOINT: sms.base }, 'test', true) });
    reader = await startStreamReader({
      endpoint: process.env.DYNAMODB_ENDPOINT!,
      table: api.table,
      onRecords: async (records) => {
        batches.push((await deliverStreamBatch(api.app.db, api.table, notifier.channel, records, Date.now())).sent);
      },
    });
  });
  afterAll(async () => {
    await reader.stop();
    await Promise.all([api.close(), wx.close(), sms.close()]);
  });

  it('a submission is announced from the stream, once, without any sweep', async () => {
    const r = await api.call('POST', '/v1/matters', {
      token: await api.citizenToken('o-stream-1'),
      headers: { 'Idempotency-Key': 'stream-key-000001' },
      body: { category: 'help', content: '小区门口的路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(r.status).toBe(201);
    // Wait for the state, not for a time: read the stream until the message is out (bounded).
    for (let i = 0; i < 50 && wx.state.sent.length === 0; i++) await reader.idle();
    expect(wx.state.sent).toEqual([expect.objectContaining({ touser: 'o-stream-1', template_id: 'tmpl-accepted' })]);
    const [item] = (await api.outbox(r.body.id)) as unknown as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ deliveredBy: 'wechat', sentAt: expect.any(String) });
    expect(item.gsi3pk).toBeUndefined();
    // The item's later MODIFY (marked sent) is not an insert: nothing is sent twice.
    await reader.idle();
    await reader.idle();
    expect(wx.state.sent).toHaveLength(1);
  });
});
