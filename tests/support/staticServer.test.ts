/**
 * scripts/lib/static-server.js serves the H5 build like a CDN: compressed text, year-long immutable caching for
 * content-hashed files, revalidation (ETag → 304) for index.html, and nothing outside its folder.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require('../../scripts/lib/static-server') as {
  serveStatic: (o: { root: string; port: number }) => Promise<{ url: string; port: number; close: () => Promise<void> }>;
};

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server for the H5 build', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-'));
  const js = `console.log(${JSON.stringify('政务服务'.repeat(400))});`;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    mkdirSync(join(root, 'js'));
    writeFileSync(join(root, 'js', 'app.3f2a9c1d.js'), js);
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>x</title>${'<p>12345</p>'.repeat(100)}`);
    server = await serveStatic({ root, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('compresses with brotli when accepted, else gzip, else not at all', async () => {
    const br = await get(server.port, '/js/app.3f2a9c1d.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(js.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(js);
    const gz = await get(server.port, '/js/app.3f2a9c1d.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(js);
    const plain = await get(server.port, '/js/app.3f2a9c1d.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    expect(plain.headers.vary).toBe('Accept-Encoding');
  });

  it('caches hashed files for a year; index.html is revalidated with its ETag', async () => {
    expect((await get(server.port, '/js/app.3f2a9c1d.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const html = await get(server.port, '/');
    expect(html.headers['cache-control']).toBe('no-cache');
    const again = await get(server.port, '/', { 'if-none-match': String(html.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves nothing outside its folder', async () => {
    expect((await get(server.port, '/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get(server.port, '/js/missing.js')).status).toBe(404);
  });
});
