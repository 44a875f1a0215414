/**
 * Sign-in: WeChat code2Session behind its adapter, the local/test fake, staff passwords, the admin bootstrap,
 * the sign-in rate limit; and knowledge search on Chinese text.
 */
import { createWeChatAuth } from '../../functions/auth/wechat';
import { DEFAULT_LIMITS } from '../../functions/api/rateLimit';
import { DomainError } from '../../shared/domain/errors';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('WeChat sign-in adapter', () => {
  it('exchanges a code through code2Session', async () => {
    const calls: string[] = [];
    const fetchImpl = (async (url: URL) => {
      calls.push(String(url));
      return { json: async () => ({ openid: 'o-real-1', session_key: 'k' }) };
    }) as unknown as typeof fetch;
    const auth = createWeChatAuth({ STAGE: 'prod', WECHAT_APPID: 'wx123', WECHAT_SECRET: 's' }, fetchImpl);
    await expect(auth.code2Session('abc')).resolves.toEqual({ openid: 'o-real-1' });
    expect(calls[0]).toContain('js_code=abc');
    expect(calls[0]).toContain('appid=wx123');
  });
  it('refuses the test: code outside local/test stages, whatever AUTH_WECHAT_FAKE says', async () => {
    const prod = createWeChatAuth({ STAGE: 'prod', AUTH_WECHAT_FAKE: '1', WECHAT_APPID: 'wx', WECHAT_SECRET: 's' });
    await expect(prod.code2Session('test:o-1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const local = createWeChatAuth({ STAGE: 'local', AUTH_WECHAT_FAKE: '1' });
    await expect(local.code2Session('test:o-1')).resolves.toEqual({ openid: 'o-1' });
    const off = createWeChatAuth({ STAGE: 'test', AUTH_WECHAT_FAKE: '0' });
    await expect(off.code2Session('test:o-1')).rejects.toBeInstanceOf(DomainError);
  });
  it('maps a WeChat outage to 503 and a bad code to 401', async () => {
    const down = createWeChatAuth({ STAGE: 'prod', WECHAT_APPID: 'wx', WECHAT_SECRET: 's' }, (async () => {
      throw new Error('ECONNRESET');
    }) as unknown as typeof fetch);
    await expect(down.code2Session('abc')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const bad = createWeChatAuth({ STAGE: 'prod', WECHAT_APPID: 'wx', WECHAT_SECRET: 's' }, (async () => ({ json: async () => ({ errcode: 40029 }) })) as unknown as typeof fetch);
    await expect(bad.code2Session('abc')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('staff sign-in and knowledge search over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}), limits: DEFAULT_LIMITS });
  });
  afterAll(() => api.close());

  it('creates admin from ADMIN_BOOTSTRAP_PASSWORD on first sign-in, then admin creates staff who sign in', async () => {
    expect((await api.call('POST', '/v1/auth/staff', { body: { username: 'admin', password: 'wrong' } })).status).toBe(401);
    const admin = await api.call('POST', '/v1/auth/staff', { body: { username: 'admin', password: 'bootstrap-pass-2026' } });
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ role: 'admin', username: 'admin' });
    const created = await api.call('POST', '/v1/admin/staff', { token: admin.body.token, body: { username: 'roads2', password: 'a-long-password', role: 'unit', unitId: 'u-roads' } });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain('a-long-password');
    const dup = await api.call('POST', '/v1/admin/staff', { token: admin.body.token, body: { username: 'roads2', password: 'a-long-password', role: 'unit', unitId: 'u-roads' } });
    expect(dup.status).toBe(409);
    const noUnit = await api.call('POST', '/v1/admin/staff', { token: admin.body.token, body: { username: 'roads3', password: 'a-long-password', role: 'unit' } });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.details[0].field).toBe('unitId');
    const clerk = await api.call('POST', '/v1/auth/staff', { body: { username: 'roads2', password: 'a-long-password' } });
    expect(clerk.body).toMatchObject({ role: 'unit', unitId: 'u-roads' });
    expect((await api.call('POST', '/v1/auth/staff', { body: { username: 'roads2', password: 'wrong-password' } })).body.error.message).toBe('用户名或密码不正确');
  });

  it('limits sign-in attempts per openid with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= DEFAULT_LIMITS.signin.max; i++) statuses.push((await api.call('POST', '/v1/auth/wechat', { body: { code: 'test:o-hammer' } })).status);
    expect(statuses.slice(0, DEFAULT_LIMITS.signin.max).every((s) => s === 200)).toBe(true);
    expect(statuses[DEFAULT_LIMITS.signin.max]).toBe(429);
  });

  it('finds knowledge articles from Chinese text without spaces', async () => {
    const admin = (await api.call('POST', '/v1/auth/staff', { body: { username: 'admin', password: 'bootstrap-pass-2026' } })).body.token;
    await api.call('POST', '/v1/knowledge', { token: admin, body: { title: '社保卡丢失怎么补办', body: '先拨打12333挂失，再到服务网点补卡。', tags: ['社保卡'] } });
    await api.call('POST', '/v1/knowledge', { token: admin, body: { title: '如何办理居住证', body: '持身份证到居住地派出所申请。', tags: ['居住证'] } });
    const hit = await api.call('GET', `/v1/knowledge?q=${encodeURIComponent('我的社保卡丢了怎么办')}`);
    expect(hit.body.items[0].title).toBe('社保卡丢失怎么补办');
    expect(hit.body.items.map((a: { title: string }) => a.title)).not.toContain('如何办理居住证');
    const citizen = await api.citizenToken('o-kb');
    const screening = await api.call('POST', '/v1/screening', { token: citizen, body: { content: '社保卡丢了，怎么补办？' } });
    expect(screening.body).toMatchObject({ outcome: 'knowledge' });
    expect(screening.body.articles[0].title).toBe('社保卡丢失怎么补办');
    const fire = await api.call('POST', '/v1/screening', { token: citizen, body: { content: '楼下着火了，好多烟' } });
    expect(fire.body).toMatchObject({ outcome: 'emergency', hotline: { number: '119' } });
  });
});
