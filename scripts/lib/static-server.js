/**
 * A tiny static file server for the mini-program's H5 build (Node's http module only): 127.0.0.1, GET/HEAD,
 * no directory listings, no path traversal, index.html for `/` (Taro's H5 uses hash routes, so that is enough).
 *
 * It serves like a production CDN would, so local measurements are honest: text is compressed (brotli when the
 * browser accepts it, else gzip; each file compressed once per build and kept in memory), files whose names carry a
 * content hash (`app.3f2a9c1d.js`) are cacheable for a year and immutable, and everything else (index.html) is
 * revalidated with an ETag on every load so a new build shows at once.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');

/** `name.[contenthash:8].ext`, as miniapp/config/index.ts names JS and CSS. */
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/;
const COMPRESSIBLE = /\.(html|js|mjs|css|json|map|svg|txt)$/;
/** Compressed bodies by path, size and mtime (a new build changes mtime, so stale entries are never served). */
const compressed = new Map();

function encodingFor(req) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

function compress(file, st, encoding) {
  const key = `${encoding}:${file}:${st.size}:${st.mtimeMs}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = fs.readFileSync(file);
    body =
      encoding === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : zlib.gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/**
 * @param {{ root: string, port: number, host?: string }} o
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
function serveStatic(o) {
  const root = path.resolve(o.root);
  const host = o.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(res, 400, 'bad request');
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, `.${rel}`);
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'forbidden');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        if (!fs.existsSync(path.join(root, 'index.html'))) return send(res, 503, 'H5 build not available yet');
        return send(res, 404, 'not found');
      }
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      const headers = {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        // A hashed name never changes content: cache it for a year. Anything else: ask every time (ETag).
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        etag,
        vary: 'Accept-Encoding',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      const encoding = COMPRESSIBLE.test(file) && st.size > 256 ? encodingFor(req) : null;
      if (encoding) {
        const body = compress(file, st, encoding);
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, { ...headers, 'content-length': st.size });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, host, () => {
      const { port } = server.address();
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}

module.exports = { serveStatic };
