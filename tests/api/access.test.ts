/**
 * Access-control matrix generated from the route table: every route × role (anonymous, citizen owner, other citizen,
 * centre, lead unit, co-unit, other unit, admin) → the expected status. The rule: a route's `roles` decide 401/403;
 * ownership of the matter then decides 404 (another citizen's matter) or 403 (another unit's).
 */
import { SignJWT } from 'jose';
import { ROUTES, routeKey, type Route } from '../../functions/api/routes';
import { loadDefaultCalendar } from '../../functions/lib/config';
import type { Role } from '../../shared/domain/types';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, TEST_SECRET, type TestApi } from '../fixtures/app';

const calendar = loadDefaultCalendar({});
type Who = 'anonymous' | 'owner' | 'otherCitizen' | 'center' | 'leadUnit' | 'coUnit' | 'otherUnit' | 'admin';
const WHO: Who[] = ['anonymous', 'owner', 'otherCitizen', 'center', 'leadUnit', 'coUnit', 'otherUnit', 'admin'];
const ROLE_OF: Record<Exclude<Who, 'anonymous'>, Role> = {
  owner: 'citizen',
  otherCitizen: 'citizen',
  center: 'center',
  leadUnit: 'unit',
  coUnit: 'unit',
  otherUnit: 'unit',
  admin: 'admin',
};

/** What a permitted caller gets for the request the matrix sends to each route. */
const SUCCESS: Record<string, number> = {
  'POST /v1/auth/wechat': 200,
  'POST /v1/auth/staff': 401, // wrong password for everyone: sign-in does not depend on who asks
  'POST /v1/screening': 200,
  'POST /v1/uploads': 201,
  'POST /v1/matters': 201,
  'GET /v1/matters': 200,
  'GET /v1/matters/{id}': 200,
  'POST /v1/matters/{id}/{action}': 200,
  'POST /v1/matters/claim': 404, // digits that do not match look like an unknown number
  'POST /v1/work/matters': 201,
  'GET /v1/work/matters': 200,
  'GET /v1/work/units': 200,
  'GET /v1/work/reveals': 200,
  'GET /v1/work/inbox': 200,
  'POST /v1/work/inbox/read': 200, // the example's key: marking an entry that is not there changes nothing
  'GET /v1/lookup': 404,
  'GET /v1/knowledge': 200,
  'POST /v1/knowledge': 201,
  'PUT /v1/knowledge/{id}': 404, // unknown article
  'GET /v1/admin/units': 200,
  'POST /v1/admin/units': 201,
  'POST /v1/admin/staff': 201,
  'GET /v1/stats': 200, // a unit gets its own unit's figures (the example asks for no other unit)
  'GET /v1/stats/export': 200,
  'GET /v1/open311/services.json': 200,
  'GET /v1/open311/requests.json': 200,
  'GET /v1/open311/requests/{id}': 404, // the matrix sends a matter id, not a tracking number
  'GET /v1/openapi.json': 200,
};

/** Ownership outcomes for permitted roles on matter routes (the matter is owned by `owner`, led by u-roads with co-unit u-water). */
const OWNERSHIP: Record<string, Partial<Record<Who, number>>> = {
  'GET /v1/matters/{id}': { otherCitizen: 404, otherUnit: 403 },
  // The matrix sends `note` (units and the centre) and `supplement` (citizens) — see request().
  'POST /v1/matters/{id}/{action}': { otherCitizen: 404, otherUnit: 403 },
};

function expected(route: Route, who: Who): number {
  const key = routeKey(route);
  if (route.roles === 'public') return SUCCESS[key];
  if (who === 'anonymous') return 401;
  if (!route.roles.includes(ROLE_OF[who])) return 403;
  return OWNERSHIP[key]?.[who] ?? SUCCESS[key];
}

describe('access control matrix', () => {
  let api: TestApi;
  let tokens: Record<Who, string | undefined>;
  let matterId: string;
  let n = 0;
  beforeAll(async () => {
    // Presigning is local computation; the real S3 round trip is tested in photos.test.ts.
    const storage = {
      presignUpload: async (key: string) => ({ url: 'http://s3.invalid/bucket', fields: { key }, expiresAt: new Date().toISOString() }),
      attach: async () => true,
      readUrl: async (key: string) => `http://s3.invalid/bucket/${key}`,
    };
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar, storage });
    tokens = {
      anonymous: undefined,
      owner: await api.citizenToken('o-owner'),
      otherCitizen: await api.citizenToken('o-other'),
      center: api.tokens.center,
      leadUnit: api.tokens.unit,
      coUnit: api.tokens.unitWater,
      otherUnit: await api.token({ role: 'unit', username: 'market1', unitId: 'u-market' }),
      admin: api.tokens.admin,
    };
    const m = await api.call('POST', '/v1/matters', {
      token: tokens.owner,
      headers: { 'Idempotency-Key': 'matrix-key-0001' },
      body: { category: 'help', content: '楼下水管爆裂，水一直在流，需要维修。', district: '天河区', contactPhone: '13812345678', confidential: true },
    });
    matterId = m.body.id;
    const d = await api.call('POST', `/v1/matters/${matterId}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads', coUnitIds: ['u-water'] }, now: '2026-11-02 11:00' });
    expect(d.status).toBe(200);
  });
  afterAll(() => api.close());

  function request(route: Route, who: Who) {
    n += 1;
    const path = route.path
      .replace('{id}', route.path.startsWith('/v1/knowledge') ? 'no-such-article' : matterId)
      .replace('{action}', ROLE_OF[who as Exclude<Who, 'anonymous'>] === 'citizen' ? 'supplement' : 'note');
    const bodies: Record<string, unknown> = {
      'POST /v1/auth/staff': { username: 'center1', password: 'wrong-password' },
      'POST /v1/matters/{id}/{action}': { content: '补充说明：情况仍在持续' },
      'POST /v1/matters/claim': { trackingNo: 'GZ2611020001', phoneLast4: '0000' },
      'POST /v1/admin/units': { id: `u-new-${n}`, name: '新单位' },
      'POST /v1/admin/staff': { username: `staff${n}`, password: 'long-enough-pass', role: 'center' },
      'POST /v1/matters': { category: 'help', content: `小区电梯经常停运，第${n}次反映，请尽快检修。`, district: '天河区', contactPhone: '13812345678', confidential: false },
    };
    const query = route.example?.query ? '?' + new URLSearchParams(route.example.query).toString() : '';
    const body = bodies[routeKey(route)] ?? route.example?.body;
    const headers = routeKey(route) === 'POST /v1/matters' ? { 'Idempotency-Key': `matrix-${n}-abcdef` } : undefined;
    return api.call(route.method, path + (route.method === 'GET' ? query : ''), { token: tokens[who], body, headers, now: '2026-11-02 12:00' });
  }

  const cases = ROUTES.flatMap((r) => WHO.map((w) => [routeKey(r), w, r] as const));
  it.each(cases)('%s as %s', async (_key, who, route) => {
    const r = await request(route, who);
    expect({ status: r.status, body: r.status >= 400 ? r.body.error.code : 'ok' }).toMatchObject({ status: expected(route, who) });
  });

  it('a unit never sees the identity on a confidential matter; the centre sees it masked; the owner in full', async () => {
    const unit = (await api.call('GET', `/v1/matters/${matterId}`, { token: tokens.leadUnit })).body;
    expect(unit.contact).toBeNull();
    expect(JSON.stringify(unit)).not.toContain('13812345678');
    const center = (await api.call('GET', `/v1/matters/${matterId}`, { token: tokens.center })).body;
    expect(center.contact.phone).toBe('138****5678');
    const owner = (await api.call('GET', `/v1/matters/${matterId}`, { token: tokens.owner })).body;
    expect(owner.contact.phone).toBe('13812345678');
  });

  it("a unit asking for another unit's queue is refused", async () => {
    const r = await api.call('GET', '/v1/work/matters?unitId=u-roads', { token: tokens.otherUnit });
    expect(r.status).toBe(403);
  });

  it('tampered, expired and alg:none tokens are refused; a role claimed in the body is ignored', async () => {
    const good = tokens.center!;
    const [h, p, s] = good.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url')}.${s}`;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url')}.`;
    const expired = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hotline-12345')
      .setSubject('admin')
      .setIssuedAt(Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000))
      .setExpirationTime(Math.floor(Date.parse('2026-01-02T00:00:00Z') / 1000))
      .sign(new TextEncoder().encode(TEST_SECRET));
    const otherKey = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('hotline-12345').setSubject('admin').setExpirationTime('1y').sign(new TextEncoder().encode('another-secret-another-secret-0000'));
    for (const token of [tampered, none, expired, otherKey, 'not-a-token']) {
      const r = await api.call('GET', '/v1/admin/units', { token });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('UNAUTHENTICATED');
    }
    const claimed = await api.call('POST', '/v1/admin/units', { token: tokens.owner, body: { id: 'u-x', name: '越权单位', role: 'admin' } });
    expect(claimed.status).toBe(403);
  });
});
