/**
 * Notifications through the real channel code against DynamoDB Local and the loopback fakes of WeChat's server API
 * and Tencent Cloud SMS (scripts/lib/fake-*.js): what each audience receives, the shared token, 43101 → SMS,
 * throttling, exactly-once under concurrency, an hour-long outage.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { readNotifyConfig, type NotifyConfig } from '../../functions/notify/config';
import { createNotifier, type Notifier } from '../../functions/notify/notifier';
import { deliverOutbox } from '../../functions/notify/sender';
import { createTokenCache } from '../../functions/notify/wechatToken';
import { startFakeWeChat, type FakeWeChat } from '../../scripts/lib/fake-wechat';
import { startFakeSms, type FakeSms } from '../../scripts/lib/fake-sms';
import { makeTestApi, testDocClient, type TestApi } from '../fixtures/app';
import { sh } from '../fixtures/matters';

const WX_TEMPLATES = ['tmpl-accepted', 'tmpl-progress', 'tmpl-deadline', 'tmpl-result'];
const SMS_TEMPLATES = { '100001': 1, '100002': 3, '100003': 4, '100004': 3, '100005': 2 };
const reply = { process: '到现场检查并修复', result: '路灯已修好', handledAt: '2026-11-04T10:00:00+08:00', contactedRequestor: true };

describe('notification channels against the fakes', () => {
  let api: TestApi;
  let wx: FakeWeChat;
  let sms: FakeSms;
  let config: NotifyConfig;
  let notifier: Notifier;
  let n = 0;

  beforeAll(async () => {
    [api, wx, sms] = await Promise.all([
      makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) }),
      startFakeWeChat({ templates: WX_TEMPLATES }),
      startFakeSms({ templates: SMS_TEMPLATES }),
    ]);
    config = readNotifyConfig({ WECHAT_API_BASE: wx.base, SMS_ENDPOINT: sms.base }, 'test', true);
    notifier = createNotifier({ db: api.app.db, table: api.table, cipher: api.app.cipher, config });
  });
  afterAll(async () => {
    await Promise.all([api.close(), wx.close(), sms.close()]);
  });
  beforeEach(async () => {
    // Deliver whatever earlier tests left, then start each test from clean fakes.
    await deliverOutbox(api.app.db, api.table, notifier.channel, sh('2027-06-01 00:00'), { limit: 500 });
    Object.assign(wx.state, { sent: [], tokenFetches: 0, sendCalls: 0, failures: [], down: false, refused: new Set() });
    Object.assign(sms.state, { sent: [], calls: 0, failures: [], down: false, blacklist: new Set() });
  });

  const act = (id: string, action: string, token: string, body: unknown, now: string) => api.call('POST', `/v1/matters/${id}/${action}`, { token, body, now });
  async function submitted(openid: string, phone = '13812345678') {
    n += 1;
    const r = await api.call('POST', '/v1/matters', {
      token: await api.citizenToken(openid),
      headers: { 'Idempotency-Key': `notify-key-${n}-xxxxxx` },
      body: { category: 'help', content: `第${n}件：小区门口的路灯坏了一个多月，晚上很黑。`, district: '天河区', contactPhone: phone, confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; trackingNo: string };
  }
  const deliver = (now: string) => deliverOutbox(api.app.db, api.table, notifier.channel, sh(now), { limit: 500 });

  it('every notifying event reaches the citizen by WeChat with the right template and fields; units get inbox entries', async () => {
    const m = await submitted('o-journey-1');
    await act(m.id, 'dispatch', api.tokens.center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    await act(m.id, 'accept', api.tokens.unit, {}, '2026-11-02 14:00');
    expect((await act(m.id, 'extension', api.tokens.unit, { reason: '需协调供电部门更换线路' }, '2026-11-03 09:00')).status).toBe(200);
    await act(m.id, 'supplement', await api.citizenToken('o-journey-1'), { content: '补充：另一盏路灯也坏了，灯杆编号 B-3' }, '2026-11-03 09:30');
    expect((await act(m.id, 'restart-clock', api.tokens.unit, { reason: 'new_information', note: '诉求人补充了新的地点' }, '2026-11-03 10:00')).status).toBe(200);
    expect((await act(m.id, 'long-term', api.tokens.center, { note: '涉及线路改造' }, '2026-11-03 11:00')).status).toBe(200);
    expect((await act(m.id, 'progress-report', api.tokens.unit, { content: '已完成线路勘察' }, '2026-11-04 09:00')).status).toBe(200);
    expect((await act(m.id, 'reply', api.tokens.unit, reply, '2026-11-04 11:00')).status).toBe(200);
    expect((await act(m.id, 'reply-review', api.tokens.center, { decision: 'compliant' }, '2026-11-04 12:00')).status).toBe(200);
    const report = await deliver('2026-11-04 12:01');
    expect(report.failed).toBe(0);

    const mine = wx.state.sent.filter((s) => s.data.character_string1.value === m.trackingNo);
    const byLabel = Object.fromEntries(mine.map((s) => [s.data.thing2.value, s]));
    expect(mine.every((s) => s.touser === 'o-journey-1' && s.page === `pages/matter/index?id=${m.id}`)).toBe(true);
    expect(byLabel['已受理'].template_id).toBe('tmpl-accepted');
    expect(byLabel['转派承办单位'].template_id).toBe('tmpl-progress');
    // GZ Art.18: the extension carries the reason AND the new deadline.
    expect(byLabel['延期办理'].template_id).toBe('tmpl-deadline');
    expect(byLabel['延期办理'].data.thing3.value).toBe('需协调供电部门更换线路');
    expect(byLabel['延期办理'].data.time4.value).toMatch(/^2026年\d+月\d+日 23:59$/);
    // GZ Art.17 ¶2: a clock restart with the unit's explanation; GZ Art.21: long-term marking and each progress report.
    expect(byLabel['重新计算办理时限'].data.thing3.value).toBe('诉求人补充了新的地点');
    expect(byLabel['列为长期办理'].data.thing3.value).toBe('长期办理：涉及线路改造');
    expect(byLabel['报送办理进展'].data.thing3.value).toBe('已完成线路勘察');
    expect(byLabel['办理结果审核通过'].template_id).toBe('tmpl-result');
    expect(sms.state.sent).toHaveLength(0);
    // Unit and centre audiences are inbox entries, not outside messages.
    const outbox = await api.outbox(m.id);
    expect(outbox.filter((o) => o.audience !== 'citizen').every((o) => (o as unknown as { deliveredBy: string }).deliveredBy === 'inbox')).toBe(true);
  });

  it('a telephone caller gets the tracking number and lookup instruction by SMS right after registration', async () => {
    const r = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13723456789', category: 'complaint', content: '工地夜间施工，噪音很大，影响休息。', district: '海珠区', confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(r.status).toBe(201);
    await deliver('2026-11-02 10:00');
    expect(sms.state.sent).toEqual([expect.objectContaining({ phone: '+8613723456789', templateId: '100001', params: [r.body.trackingNo], signName: '12345热线' })]);
    expect(wx.state.sendCalls).toBe(0);
  });

  it('10 concurrent senders (separate instances) fetch the token once', async () => {
    const caches = Array.from({ length: 10 }, () => createTokenCache(api.app.db, api.table, config.wechat));
    await testDocClient().send(new (await import('@aws-sdk/lib-dynamodb')).DeleteCommand({ TableName: api.table, Key: { pk: 'WXTOKEN', sk: 'T' } }));
    const tokens = await Promise.all(caches.map((c) => c.get(sh('2026-11-05 09:00'))));
    expect(new Set(tokens).size).toBe(1);
    expect(wx.state.tokenFetches).toBe(1);
    expect(caches.reduce((s, c) => s + c.fetches(), 0)).toBe(1);
  });

  it('43101 (refused) is not retried and falls back to SMS', async () => {
    wx.state.refused.add('o-refuser');
    const m = await submitted('o-refuser', '13900001111');
    await deliver('2026-11-02 10:01');
    expect(wx.state.sendCalls).toBe(1);
    expect(sms.state.sent).toEqual([expect.objectContaining({ phone: '+8613900001111', params: [m.trackingNo] })]);
    const [item] = (await api.outbox(m.id)) as unknown as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ deliveredBy: 'sms', attempts: 1 });
    expect(String(item.result)).toContain('43101');
    await deliver('2026-11-03 10:01');
    expect(wx.state.sendCalls).toBe(1);
  });

  it('an expired token (42001) is refreshed once and the send retried', async () => {
    await submitted('o-expiry-1');
    await deliver('2026-11-02 10:01'); // token in place
    const fetches = wx.state.tokenFetches;
    wx.state.tokenExpiresAt = 1; // WeChat now answers 42001 for it
    await submitted('o-expiry-2');
    const r = await deliver('2026-11-02 10:02');
    expect(r).toMatchObject({ sent: 1, failed: 0 });
    expect(wx.state.tokenFetches).toBe(fetches + 1);
  });

  it('throttling (45009) backs off: not retried before the backoff, delivered after it', async () => {
    wx.state.failures.push({ errcode: 45009, times: 1, path: 'subscribe' } as never);
    const m = await submitted('o-throttled');
    expect(await deliver('2026-11-02 10:00')).toMatchObject({ sent: 0, failed: 1 });
    expect(await deliver('2026-11-02 10:01')).toMatchObject({ sent: 0, failed: 0, itemsRead: 0 });
    expect(await deliver('2026-11-02 10:02')).toMatchObject({ sent: 1 });
    const [item] = (await api.outbox(m.id)) as unknown as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ attempts: 2, deliveredBy: 'wechat', lastError: expect.stringContaining('45009') });
  });

  it('three concurrent deliveries send each (matter, version, audience) exactly once', async () => {
    const ms = await Promise.all(Array.from({ length: 6 }, (_, i) => submitted(`o-race-${i}`)));
    const reports = await Promise.all([deliver('2026-11-02 10:01'), deliver('2026-11-02 10:01'), deliver('2026-11-02 10:01')]);
    expect(reports.reduce((s, r) => s + r.sent, 0)).toBe(6);
    const keys = wx.state.sent.map((s) => s.data.character_string1.value);
    expect(keys.sort()).toEqual(ms.map((m) => m.trackingNo).sort());
  });

  it('both providers down for an hour: nothing is lost, everything is delivered when they are back', async () => {
    wx.state.down = true;
    sms.state.down = true;
    const wechatMatter = await submitted('o-outage');
    const phone = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13612345678', category: 'help', content: '停水三天了，一直没有恢复供水。', district: '海珠区', confidential: false },
      now: '2026-11-02 10:00',
    });
    for (let minute = 0; minute <= 60; minute += 5) await deliver(`2026-11-02 ${10 + Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`);
    expect(wx.state.sent).toHaveLength(0);
    const waiting = [...(await api.outbox(wechatMatter.id)), ...(await api.outbox(phone.body.id))] as unknown as Array<Record<string, unknown>>;
    expect(waiting.every((i) => i.gsi3pk && !i.sentAt && !i.failedAt)).toBe(true);
    wx.state.down = false;
    sms.state.down = false;
    await deliver('2026-11-02 14:00');
    expect(wx.state.sent.map((s) => s.touser)).toEqual(['o-outage']);
    expect(sms.state.sent.map((s) => s.phone)).toEqual(['+8613612345678']);
  });

  it('a number that cannot receive SMS is recorded as undeliverable and not retried', async () => {
    sms.state.blacklist.add('+8613500002222');
    const r = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13500002222', category: 'help', content: '路口红绿灯不亮，很危险。', district: '海珠区', confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(await deliver('2026-11-02 10:01')).toMatchObject({ undeliverable: 1, failed: 0 });
    const [item] = (await api.outbox(r.body.id)) as unknown as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ undeliverableAt: expect.any(String), result: expect.stringContaining('PhoneNumberInBlacklist') });
    expect(item.gsi3pk).toBeUndefined();
    const calls = sms.state.calls;
    await deliver('2026-11-05 10:01');
    expect(sms.state.calls).toBe(calls);
  });

  it('unit and centre notifications land in the staff inbox once, with an unread count that reading lowers', async () => {
    const m = await submitted('o-inbox');
    await act(m.id, 'dispatch', api.tokens.center, { leadUnitId: 'u-water' }, '2026-11-02 11:00');
    await act(m.id, 'return-request', api.tokens.unitWater, { reason: '不属于本单位职责', basis: '本单位“三定”方案' }, '2026-11-02 12:00');
    await Promise.all([deliver('2026-11-02 12:01'), deliver('2026-11-02 12:01')]);
    const unitBox = await api.call('GET', '/v1/work/inbox', { token: api.tokens.unitWater, now: '2026-11-02 12:05' });
    expect(unitBox.body.items.filter((i: { matterId: string }) => i.matterId === m.id)).toEqual([
      expect.objectContaining({ type: 'dispatched', trackingNo: m.trackingNo, read: false }),
    ]);
    const centreBox = await api.call('GET', '/v1/work/inbox', { token: api.tokens.center, now: '2026-11-02 12:05' });
    const request = centreBox.body.items.find((i: { matterId: string }) => i.matterId === m.id);
    expect(request).toMatchObject({ type: 'return_requested', note: '不属于本单位职责', read: false });
    const before = centreBox.body.unread;
    const read = await api.call('POST', '/v1/work/inbox/read', { token: api.tokens.center, body: { key: request.key }, now: '2026-11-02 12:06' });
    expect(read.body.unread).toBe(before - 1);
    // Reading twice changes nothing; another unit's clerk cannot see this unit's inbox.
    expect((await api.call('POST', '/v1/work/inbox/read', { token: api.tokens.center, body: { key: request.key }, now: '2026-11-02 12:07' })).body.unread).toBe(before - 1);
    const other = await api.call('GET', '/v1/work/inbox', { token: api.tokens.unit, now: '2026-11-02 12:05' });
    expect(other.body.items.some((i: { matterId: string }) => i.matterId === m.id)).toBe(false);
  });

  it('督办/督查 also reach the unit\'s liaison phone by SMS (stored sealed)', async () => {
    await api.app.directory.createUnit({ id: 'u-liaison', name: '联络测试局', liaisonPhone: '13700001234' }, sh('2026-11-01 09:00'));
    const stored = await testDocClient().send(new (await import('@aws-sdk/lib-dynamodb')).GetCommand({ TableName: api.table, Key: { pk: 'UNITS', sk: 'U#u-liaison' } }));
    expect(JSON.stringify(stored.Item)).not.toContain('13700001234');
    const base = { audience: 'unit' as const, recipient: 'u-liaison', matterId: 'm-liaison', trackingNo: 'GZ2611020099', at: '2026-11-20T00:05:00.000+08:00' };
    await notifier.channel.send({ ...base, version: 9, type: 'supervision_2' }, sh('2026-11-20 00:05'));
    await notifier.channel.send({ ...base, version: 10, type: 'warning' }, sh('2026-11-20 00:05'));
    expect(sms.state.sent).toEqual([expect.objectContaining({ phone: '+8613700001234', templateId: '100005', params: ['GZ2611020099', '超期督办'] })]);
  });
});
