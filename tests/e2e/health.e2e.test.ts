/**
 * End to end over real HTTP: the local stack started by the same code as `npm start` (scripts/lib/stack.js) —
 * table from serverless.yml, seed, serverless-offline with serverless-esbuild — on free ports, against the run's
 * DynamoDB Local. Then it is stopped, and no process it started may survive.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { liveGroupMembers } from '../../scripts/lib/dynamo-local';
import { startStack, type Stack } from '../../scripts/lib/stack';
import { deleteTestTable, testEndpoint, uniqueTableName } from '../support/db';

const ROOT = join(__dirname, '..', '..');
const START_TIMEOUT_MS = 60_000;

/** Processes whose command line mentions `needle` (Linux /proc). */
function processesMentioning(needle: string): { pid: number; cmd: string }[] {
  const found: { pid: number; cmd: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(needle)) found.push({ pid: Number(entry), cmd });
    } catch {
      // exited while we looked
    }
  }
  return found;
}

describe('local stack (e2e)', () => {
  const table = uniqueTableName('e2e');
  const workFolder = `.esbuild/e2e-${process.pid}`;
  let stack: Stack | undefined;
  let starting: Promise<Stack> | undefined;
  // If start-up outlives its hook's timeout, afterAll aborts it: startStack then stops what it started.
  const controller = new AbortController();

  beforeAll(async () => {
    starting = startStack({
      dynamo: { endpoint: testEndpoint() },
      ports: { api: 0, lambda: 0, h5: 0 },
      h5: false,
      stage: 'local',
      tableName: table,
      esbuildWorkFolder: workFolder,
      signal: controller.signal,
    });
    stack = await starting;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    // Safety net when start-up or a test failed before the stop test.
    controller.abort();
    await starting?.catch(() => undefined);
    await stack?.stop();
    await deleteTestTable(table);
    rmSync(join(ROOT, workFolder), { recursive: true, force: true });
  });

  it('seeds the fresh table and serves GET /v1/health over HTTP with the policy', async () => {
    expect(stack!.seeded).toBe(true);
    const res = await fetch(`${stack!.apiUrl}/v1/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', policy: 'guangzhou', stage: 'local' });
    expect(body.calendar.officialYears).toEqual([2004, 2026]);
  });

  it('serves the API bundled by esbuild under serverless-offline: seeded staff sign in and see the demo matters', async () => {
    const login = await fetch(`${stack!.apiUrl}/v1/auth/staff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'center1', password: 'center-demo-2026' }),
    });
    expect(login.status).toBe(200);
    const { token, role } = await login.json();
    expect(role).toBe('center');
    const queue = await fetch(`${stack!.apiUrl}/v1/work/matters?status=received`, { headers: { authorization: `Bearer ${token}` } });
    expect(queue.status).toBe(200);
    const { items } = await queue.json();
    expect(items.map((m: { district: string }) => m.district)).toContain('天河区');
    const bad = await fetch(`${stack!.apiUrl}/v1/matters`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(bad.status).toBe(403); // the centre cannot submit as a citizen
  });

  it('serves a route of every API function through its own entry, which composes only the app parts its routes use', async () => {
    const api = stack!.apiUrl;
    const staff = async (username: string, password: string) =>
      (await (await fetch(`${api}/v1/auth/staff`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })).json()).token as string;
    const center = { authorization: `Bearer ${await staff('center1', 'center-demo-2026')}` };
    const admin = { authorization: `Bearer ${await staff('admin', 'admin-demo-2026')}` };
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${api}${path}`, { headers });
      return [path, res.status, await res.json()] as const;
    };
    const [, docsStatus, docs] = await get('/v1/openapi.json'); // docs
    expect([docsStatus, docs.openapi]).toEqual([200, '3.1.0']);
    const [, kbStatus, kb] = await get(`/v1/knowledge?q=${encodeURIComponent('社保卡丢了')}`); // knowledge
    expect([kbStatus, kb.items.length > 0]).toEqual([200, true]);
    const citizen = (await (await fetch(`${api}/v1/auth/wechat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'test:o-e2e-screening' }) })).json()).token;
    const screening = await fetch(`${api}/v1/screening`, { method: 'POST', headers: { authorization: `Bearer ${citizen}`, 'content-type': 'application/json' }, body: JSON.stringify({ content: '家里着火了，烟很大', category: 'help' }) });
    expect(screening.status).toBe(200); // knowledge (screening lives with the search)
    expect((await screening.json()).outcome).toBe('emergency');
    expect((await get('/v1/admin/units', admin))[1]).toBe(200); // admin
    expect((await get('/v1/stats?from=2026-11-01&to=2026-11-30', center))[1]).toBe(200); // stats
    expect((await get('/v1/open311/services.json'))[1]).toBe(200); // public (Open311)
    const [, lookupStatus, lookup] = await get('/v1/lookup?trackingNo=GZ0000000000&phoneLast4=0000'); // public (lookup)
    expect([lookupStatus, lookup.error?.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('answers CORS preflights for the H5 app with the API\'s custom headers', async () => {
    const res = await fetch(`${stack!.apiUrl}/v1/health`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:10086',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,idempotency-key',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });

  it('uploads a photo through the local S3 it started (presign → POST from the H5 origin → submit → signed GET)', async () => {
    const api = stack!.apiUrl;
    const { token } = await (await fetch(`${api}/v1/auth/wechat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'test:o-e2e-photo' }) })).json();
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
    const presigned = await fetch(`${api}/v1/uploads`, { method: 'POST', headers: auth, body: JSON.stringify({ contentType: 'image/png', size: bytes.length }) });
    expect(presigned.status).toBe(201);
    const p = await presigned.json();
    expect(p.url).toBe(`${stack!.s3Endpoint}/${stack!.uploadBucket}`);
    const form = new FormData();
    for (const [k, v] of Object.entries(p.fields as Record<string, string>)) form.append(k, v);
    form.append('file', new Blob([bytes], { type: 'image/png' }), 'photo.png');
    const up = await fetch(p.url, { method: 'POST', body: form, headers: { origin: 'http://127.0.0.1:10086' } });
    expect(up.status).toBe(204);
    expect(up.headers.get('access-control-allow-origin')).toBe('*'); // the H5 app may read the answer
    const submitted = await fetch(`${api}/v1/matters`, {
      method: 'POST',
      headers: { ...auth, 'idempotency-key': 'e2e-photo-0001' },
      body: JSON.stringify({ category: 'help', content: '小区门口路灯坏了一个多月，晚上很黑。', district: '天河区', contactPhone: '13812345678', confidential: false, attachments: [p.key] }),
    });
    expect(submitted.status).toBe(201);
    const { photos } = await submitted.json();
    expect(new Uint8Array(await (await fetch(photos[0].url)).arrayBuffer())).toEqual(bytes);
  });

  it('stops every process it started', async () => {
    const s = stack!;
    const port = new URL(s.apiUrl).port;
    expect(processesMentioning(`--httpPort ${port}`)).not.toEqual([]);
    await s.stop();
    stack = undefined;
    // Each child was its own process group leader: no live member of any of those groups may remain.
    for (const pid of s.pids) expect({ pid, members: liveGroupMembers(pid) }).toEqual({ pid, members: [] });
    expect(processesMentioning(`--httpPort ${port}`)).toEqual([]);
    expect(processesMentioning(join(ROOT, workFolder))).toEqual([]);
    await expect(fetch(`${s.apiUrl}/v1/health`)).rejects.toThrow();
    await expect(fetch(`${s.s3Endpoint}/${s.uploadBucket}`)).rejects.toThrow(); // the in-process s3rver is closed
    if (process.env.HOTLINE_TEST_VERBOSE) console.log(`e2e stack timings (ms): ${JSON.stringify(s.timings)}`);
    expect(existsSync(join(ROOT, workFolder))).toBe(true); // the build happened in its own folder
  });
});
