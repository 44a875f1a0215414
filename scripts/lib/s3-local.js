/**
 * A local S3 for photos: s3rver (pure Node, in-process) with the bucket created and CORS open to the H5 app, used by
 * `npm start` (data in .data/s3) and by the tests (a temporary folder, a free port).
 *
 * s3rver stores POST Object uploads but ignores the form's policy entirely (no signature, expiry, size or key check),
 * so a small middleware in front of it enforces the presigned POST policy the way S3 does: SigV4 signature with
 * s3rver's fixed secret, expiration, every condition (exact, `eq`, `starts-with`, `content-length-range`) and "every
 * form field must be covered by a condition". An upload that S3 would refuse is refused here too (403 AccessDenied /
 * 400 EntityTooLarge), so the tests of the size limit and of tampered forms mean something locally. It then hands
 * s3rver a clean form (key, Content-Type, file) so signing fields are not stored as object metadata.
 * Presigned GET signatures are not verified by s3rver (V4 "unimplemented"): locally, any GET of a known key works.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createHmac } = require('node:crypto');
const { Readable } = require('node:stream');
const { pickPort } = require('./dynamo-local');

/** s3rver's built-in account. functions/uploads/storage.ts signs with the same pair when S3_ENDPOINT is set. */
const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const DEFAULT_S3_PORT = 4569;
/** Bodies above this are refused before parsing (the photo limit is 5 MB). */
const MAX_POST_BYTES = 12 * 1024 * 1024;

const hmac = (key, data) => createHmac('sha256', key).update(data).digest();

class PolicyError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Check a POST Object form against its policy, as S3 does (SigV4). Pure; throws PolicyError.
 * @param {Record<string,string>} fields form fields (not the file), names as sent
 * @param {number} fileSize bytes of the `file` part
 * @param {string} bucket the bucket in the URL
 * @param {{secretAccessKey: string, now?: number}} o
 */
function verifyPostPolicy(fields, fileSize, bucket, o) {
  const get = (name) => {
    const k = Object.keys(fields).find((f) => f.toLowerCase() === name.toLowerCase());
    return k === undefined ? undefined : fields[k];
  };
  const policyB64 = get('policy');
  const signature = get('x-amz-signature');
  const credential = get('x-amz-credential');
  if (!policyB64 || !signature || !credential || get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') {
    throw new PolicyError(403, 'AccessDenied', 'Bucket POST must contain a policy, x-amz-algorithm, x-amz-credential and x-amz-signature');
  }
  const [accessKeyId, date, region, service, term] = credential.split('/');
  if (accessKeyId !== LOCAL_S3_CREDENTIALS.accessKeyId || service !== 's3' || term !== 'aws4_request') {
    throw new PolicyError(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  let key = hmac(`AWS4${o.secretAccessKey}`, date);
  for (const part of [region, 's3', 'aws4_request']) key = hmac(key, part);
  if (hmac(key, policyB64).toString('hex') !== signature) {
    throw new PolicyError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  let policy;
  try {
    policy = JSON.parse(Buffer.from(policyB64, 'base64').toString('utf8'));
  } catch {
    throw new PolicyError(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.');
  }
  if (!(Date.parse(policy.expiration) > (o.now ?? Date.now()))) throw new PolicyError(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
  const valueOf = (name) => (name.toLowerCase() === 'bucket' ? bucket : get(name));
  const covered = new Set(['policy', 'x-amz-signature', 'file']);
  const failed = (c) => new PolicyError(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ${JSON.stringify(c)}`);
  for (const c of policy.conditions ?? []) {
    if (Array.isArray(c)) {
      const [op, a, b] = c;
      if (op === 'content-length-range') {
        if (fileSize > b) throw new PolicyError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
        if (fileSize < a) throw new PolicyError(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size');
        continue;
      }
      const name = String(a).replace(/^\$/, '');
      covered.add(name.toLowerCase());
      const v = valueOf(name) ?? '';
      if (op === 'eq' ? v !== b : op === 'starts-with' ? !v.startsWith(b) : true) throw failed(c);
    } else {
      for (const [name, expected] of Object.entries(c)) {
        covered.add(name.toLowerCase());
        if (valueOf(name) !== expected) throw failed(c);
      }
    }
  }
  for (const name of Object.keys(fields)) {
    const n = name.toLowerCase();
    if (!covered.has(n) && !n.startsWith('x-ignore-')) {
      throw new PolicyError(403, 'AccessDenied', `Invalid according to Policy: Extra input fields: ${name}`);
    }
  }
}

/** Koa middleware for s3rver: POST Object forms must satisfy their policy. */
function postPolicyMiddleware(secretAccessKey) {
  return async function postPolicy(ctx, next) {
    const m = /^\/([^/]+)\/?$/.exec(ctx.path);
    if (ctx.method !== 'POST' || !m || !/^multipart\/form-data/i.test(ctx.get('content-type'))) return next();
    const origin = ctx.get('origin');
    try {
      const declared = Number(ctx.get('content-length'));
      if (declared > MAX_POST_BYTES) throw new PolicyError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      const chunks = [];
      let size = 0;
      for await (const chunk of ctx.req) {
        size += chunk.length;
        if (size > MAX_POST_BYTES) throw new PolicyError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
        chunks.push(chunk);
      }
      const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': ctx.get('content-type') } }).formData();
      const fields = {};
      let file = null;
      for (const [name, value] of form.entries()) {
        if (name === 'file') file = value;
        else if (typeof value === 'string') fields[name] = value;
      }
      if (!file || typeof file === 'string') throw new PolicyError(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
      verifyPostPolicy(fields, file.size, decodeURIComponent(m[1]), { secretAccessKey });
      // Hand s3rver a clean form: key, content type, file.
      const clean = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        if (/^(key|content-type)$/i.test(name)) clean.append(name, value);
      }
      clean.append('file', file, 'upload');
      const encoded = new Request('http://local/', { method: 'POST', body: clean });
      const body = Buffer.from(await encoded.arrayBuffer());
      const req = Readable.from([body]);
      req.headers = { ...ctx.req.headers, 'content-type': encoded.headers.get('content-type'), 'content-length': String(body.length) };
      delete req.headers['transfer-encoding'];
      req.method = ctx.req.method;
      req.url = ctx.req.url;
      req.socket = ctx.req.socket;
      ctx.req = ctx.request.req = req;
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      ctx.status = err.status;
      ctx.type = 'application/xml';
      if (origin) ctx.set('Access-Control-Allow-Origin', '*');
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${err.code}</Code><Message>${err.message.replace(/[<&>]/g, '')}</Message></Error>`;
      return undefined;
    }
    return next();
  };
}

const corsXml = (origins) =>
  `<CORSConfiguration>${`<CORSRule>${origins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`).join('')}` +
    '<AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>' +
    '<AllowedHeader>*</AllowedHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>'}</CORSConfiguration>`;

/**
 * Start s3rver on 127.0.0.1 with `bucket` created.
 * @param {object} o
 * @param {string} o.bucket
 * @param {number} [o.port] preferred port (taken if free, else any free port); 0 = any
 * @param {string} [o.directory] where objects live; default a fresh temporary folder removed on stop()
 * @param {string[]} [o.corsOrigins] default ['*']
 * @returns {Promise<{endpoint: string, port: number, bucket: string, directory: string, stop(): Promise<void>}>}
 */
async function startS3Local(o) {
  const S3rver = require('s3rver');
  const temporary = !o.directory;
  const directory = o.directory ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-s3-'));
  fs.mkdirSync(directory, { recursive: true });
  const port = await pickPort(o.port ?? DEFAULT_S3_PORT);
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: o.bucket, configs: [corsXml(o.corsOrigins ?? ['*'])] }],
  });
  // Before s3rver's own middleware (Koa composes `middleware` when the server starts listening).
  server.middleware.unshift(postPolicyMiddleware(LOCAL_S3_CREDENTIALS.secretAccessKey));
  const address = await server.run();
  let stopped;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    bucket: o.bucket,
    directory,
    stop: () =>
      (stopped ??= (async () => {
        await server.close().catch(() => {});
        if (temporary) fs.rmSync(directory, { recursive: true, force: true });
      })()),
  };
}

module.exports = { startS3Local, verifyPostPolicy, PolicyError, LOCAL_S3_CREDENTIALS, DEFAULT_S3_PORT };
