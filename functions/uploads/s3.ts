/**
 * The three S3 requests the photo functions make, signed with SigV4 by `@smithy/signature-v4` (the signer inside the
 * AWS SDK, already in every bundle through the DynamoDB client) instead of the whole `@aws-sdk/client-s3` and its two
 * presigners: a presigned POST form (what `@aws-sdk/s3-presigned-post` builds), a presigned GET URL (what
 * `@aws-sdk/s3-request-presigner` builds) and PutObjectTagging. That keeps the S3 client's ~100 KiB out of the
 * matters and uploads zips and out of their cold start. Requests go to the real S3 in AWS and to s3rver locally
 * (path-style endpoint), the same as before.
 */
import { createScope, getSigningKey, SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, SourceData } from '@smithy/types';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

const bytes = (d: SourceData): Buffer =>
  typeof d === 'string' ? Buffer.from(d, 'utf8') : ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : Buffer.from(d);

/** SHA-256 / HMAC-SHA-256 for the signer, from node:crypto (the SDK's Node runtime does the same). */
class Sha256 {
  private h: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.h.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}

export interface S3Options {
  bucket: string;
  region: string;
  /** S3-compatible endpoint (s3rver) for local and test stages, addressed path-style; omit in AWS. */
  endpoint?: string;
  credentials: AwsCredentialIdentityProvider;
  /** Per attempt. */
  timeoutMs?: number;
}

export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`S3 ${status} ${code}`);
    this.name = 'S3Error';
  }
}

const iso8601 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const ATTEMPTS = 3;

export function createS3(o: S3Options) {
  // Virtual-hosted style in AWS (bucket names from CloudFormation are DNS-safe); path style on s3rver.
  const base = new URL(o.endpoint ? `${o.endpoint.replace(/\/$/, '')}/${o.bucket}` : `https://${o.bucket}.s3.${o.region}.amazonaws.com`);
  const signer = new SignatureV4({ service: 's3', region: o.region, credentials: o.credentials, sha256: Sha256, uriEscapePath: false, applyChecksum: true });
  const objectPath = (key: string) => `${base.pathname.replace(/\/$/, '')}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const request = (method: string, key: string, query: Record<string, string>, headers: Record<string, string> = {}, body?: string) => ({
    method,
    protocol: base.protocol,
    hostname: base.hostname,
    port: base.port ? Number(base.port) : undefined,
    path: objectPath(key),
    query,
    headers: { host: base.host, ...headers },
    body,
  });
  const urlOf = (r: { path: string; query?: Record<string, string | string[] | null> }) => {
    const q = Object.entries(r.query ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => (v === '' || v == null ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`))
      .join('&');
    return `${base.protocol}//${base.host}${r.path}${q ? `?${q}` : ''}`;
  };

  return {
    /** The POST form's URL: the bucket's root. */
    bucketUrl: base.pathname === '/' ? `${base.origin}/` : `${base.origin}${base.pathname.replace(/\/$/, '')}`,

    /**
     * A browser-based upload form (S3 "POST Object" with a SigV4-signed policy), as `createPresignedPost` builds it:
     * every field is also a policy condition, plus `conditions`, the key and the expiry.
     */
    async presignPost(key: string, fields: Record<string, string>, conditions: unknown[], expiresS: number, now = new Date()) {
      const credentials: AwsCredentialIdentity = await o.credentials();
      const longDate = iso8601(now).replace(/[-:]/g, '');
      const shortDate = longDate.slice(0, 8);
      const all: Record<string, string> = {
        ...fields,
        bucket: o.bucket,
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': `${credentials.accessKeyId}/${createScope(shortDate, o.region, 's3')}`,
        'X-Amz-Date': longDate,
        ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
      };
      const policy = {
        expiration: iso8601(new Date(now.getTime() + expiresS * 1000)),
        conditions: [...conditions, ...Object.entries(all).map(([k, v]) => ({ [k]: v })), { key }],
      };
      const encoded = Buffer.from(JSON.stringify(policy), 'utf8').toString('base64');
      const signingKey = await getSigningKey(Sha256, credentials, shortDate, o.region, 's3');
      const mac = new Sha256(signingKey);
      mac.update(encoded);
      return { url: this.bucketUrl, fields: { ...all, key, Policy: encoded, 'X-Amz-Signature': hex(await mac.digest()) } };
    },

    /** A presigned GET URL (query-string SigV4, unsigned payload), as `getSignedUrl(GetObjectCommand)` builds it. */
    async presignGet(key: string, expiresS: number): Promise<string> {
      // `x-id` and the checksum mode as the SDK adds them: the URL is the one getSignedUrl makes (tests/api/s3Signing.test.ts).
      const query = { 'x-id': 'GetObject', 'x-amz-checksum-mode': 'ENABLED' };
      const signed = await signer.presign(request('GET', key, query, { 'X-Amz-Content-Sha256': UNSIGNED_PAYLOAD }), {
        expiresIn: expiresS,
        unsignableHeaders: new Set(['content-type']),
      });
      return urlOf(signed);
    },

    /** PutObjectTagging; false when there is no such object. Retries network errors and 5xx like the SDK (3 attempts). */
    async putTagging(key: string, tags: Record<string, string>): Promise<boolean> {
      const xml = `<Tagging><TagSet>${Object.entries(tags)
        .map(([k, v]) => `<Tag><Key>${k}</Key><Value>${v}</Value></Tag>`)
        .join('')}</TagSet></Tagging>`;
      const md5 = createHash('md5').update(xml).digest('base64');
      for (let attempt = 1; ; attempt++) {
        const signed = await signer.sign(request('PUT', key, { tagging: '' }, { 'content-type': 'application/xml', 'content-md5': md5 }, xml));
        let res: Response;
        try {
          res = await fetch(urlOf(signed), { method: 'PUT', headers: signed.headers, body: xml, signal: AbortSignal.timeout(o.timeoutMs ?? 5_000) });
        } catch (err) {
          if (attempt < ATTEMPTS) continue;
          throw err;
        }
        const text = await res.text();
        if (res.ok) return true;
        const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? String(res.status);
        if (res.status === 404 || code === 'NoSuchKey') return false;
        if (res.status >= 500 && attempt < ATTEMPTS) continue;
        throw new S3Error(res.status, code);
      }
    },
  };
}
