/**
 * Personal data (docs/rules.md §7): after full journeys, a raw scan of the table holds no plaintext phone number or name,
 * captured logs hold none, and each role sees what it may.
 */
import { Writable } from 'node:stream';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createLogger } from '../../functions/lib/logger';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, testDocClient, type TestApi } from '../fixtures/app';

const PHONE = '13912345678';
const NAME = '王小明';
const CALLER = '13698765432';

describe('personal data', () => {
  let api: TestApi;
  const logLines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logLines.push(chunk.toString());
        cb();
      },
    });
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) }, { logger: createLogger({ level: 'debug', destination: sink }) });
  });
  afterAll(() => api.close());

  it('never stores or logs a phone number or name in plaintext', async () => {
    const citizen = await api.citizenToken('o-privacy');
    const submit = (key: string, extra: object = {}) =>
      api.call('POST', '/v1/matters', {
        token: citizen,
        headers: { 'Idempotency-Key': key },
        body: { category: 'report', content: '某工厂夜间偷排污水，河水发黑发臭。', district: '白云区', contactPhone: PHONE, contactName: NAME, confidential: true, ...extra },
      });
    const m = (await submit('privacy-key-0001')).body;
    // Bad input that carries personal data is refused without echoing it into logs.
    expect((await submit('privacy-key-0002', { district: '不存在区' })).status).toBe(400);
    expect((await api.call('POST', '/v1/matters', { token: citizen, headers: { 'Idempotency-Key': 'privacy-key-0003' }, rawBody: `{"contactPhone":"${PHONE}",` })).status).toBe(400);
    const phone = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: CALLER, contactName: NAME, category: 'complaint', content: '餐馆油烟直排，影响周边居民生活。', district: '越秀区', confidential: false },
    });
    expect(phone.status).toBe(201);
    expect(phone.body.contact).toEqual({ name: '王**', phone: '136****5432' });
    await api.call('POST', `/v1/matters/${m.id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 11:00' });
    const unitView = await api.call('GET', `/v1/matters/${m.id}`, { token: api.tokens.unit });
    expect(unitView.body.contact).toBeNull();
    const own = await api.call('GET', `/v1/matters/${m.id}`, { token: citizen });
    expect(own.body.contact).toEqual({ name: NAME, phone: PHONE });

    const items = (await testDocClient().send(new ScanCommand({ TableName: api.table }))).Items ?? [];
    const raw = JSON.stringify(items);
    expect(items.length).toBeGreaterThan(5);
    for (const secret of [PHONE, NAME, CALLER, PHONE.slice(3), CALLER.slice(-8)]) expect(raw).not.toContain(secret);
    expect(raw).toContain('"pii":"v1.');
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [PHONE, NAME, CALLER]) expect(logs).not.toContain(secret);
  });
});
