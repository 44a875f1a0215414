/**
 * Photos end to end against DynamoDB Local and a real local S3 (s3rver with S3's POST-policy rules):
 * presign → POST the bytes to the bucket → submit with the key → every reader of the matter gets a GET URL that
 * downloads the same bytes. Refusals: a key issued to someone else, 10 photos, a photo never uploaded, a file over
 * the policy's size limit, a tampered form, a wrong content type.
 */
import { GetObjectTaggingCommand } from '@aws-sdk/client-s3';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { MAX_PHOTO_BYTES, UPLOAD_KEY_RE } from '../../shared/schemas';
import { makeTestApi, type TestApi } from '../fixtures/app';
import { LOCAL_S3_CREDENTIALS, verifyPostPolicy } from '../../scripts/lib/s3-local';
import { postForm, startTestS3, type TestS3 } from '../support/s3';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 300 }, (_, i) => i % 256), 0xff, 0xd9]);

describe('photos: presigned upload, submit, read', () => {
  let s3: TestS3;
  let api: TestApi;
  let alice: string;
  let bob: string;
  let n = 0;
  beforeAll(async () => {
    s3 = await startTestS3();
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}), storage: s3.storage });
    alice = await api.citizenToken('o-photo-alice');
    bob = await api.citizenToken('o-photo-bob');
  });
  afterAll(async () => {
    await api?.close();
    await s3?.stop();
  });

  const presign = (token: string, body: unknown = { contentType: 'image/jpeg', size: JPEG.length }) => api.call('POST', '/v1/uploads', { token, body });
  async function uploaded(token: string, bytes = JPEG): Promise<string> {
    const p = await presign(token, { contentType: 'image/jpeg', size: bytes.length });
    expect(p.status).toBe(201);
    const up = await postForm(p.body, bytes, 'image/jpeg');
    expect([up.status, up.text]).toEqual([204, '']);
    return p.body.key;
  }
  const submit = (token: string, attachments: unknown, confidential = false) => {
    n += 1;
    return api.call('POST', '/v1/matters', {
      token,
      headers: { 'Idempotency-Key': `photo-key-${n}-xxxxxxxx` },
      body: { category: 'complaint', content: `第${n}件：路边堆满建筑垃圾，挡住了人行道。`, district: '天河区', contactPhone: '13812345678', confidential, attachments },
    });
  };
  const tag = async (key: string) => (await s3.client.send(new GetObjectTaggingCommand({ Bucket: s3.bucket, Key: key }))).TagSet;

  it('presigns a POST for one photo: key bound to the caller, size and type pinned by the policy', async () => {
    const r = await presign(alice);
    expect(r.status).toBe(201);
    expect(r.body.key).toMatch(UPLOAD_KEY_RE);
    expect(r.body.url).toBe(`${s3.endpoint}/${s3.bucket}`);
    expect(r.body.maxBytes).toBe(MAX_PHOTO_BYTES);
    expect(r.body.fields).toMatchObject({ key: r.body.key, 'Content-Type': 'image/jpeg' });
    const policy = JSON.parse(Buffer.from(r.body.fields.Policy, 'base64').toString());
    expect(policy.conditions).toContainEqual(['content-length-range', 1, MAX_PHOTO_BYTES]);
    expect(Date.parse(policy.expiration) - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
  });

  it('refuses bad presign requests: type, size, role', async () => {
    expect((await presign(alice, { contentType: 'image/gif', size: 10 })).status).toBe(400);
    expect((await presign(alice, { contentType: 'image/jpeg', size: MAX_PHOTO_BYTES + 1 })).body.error.details[0]).toMatchObject({ field: 'size' });
    expect((await presign(alice, { contentType: 'image/jpeg', size: 0 })).status).toBe(400);
    expect((await api.call('POST', '/v1/uploads', { token: api.tokens.center, body: { contentType: 'image/jpeg', size: 10 } })).status).toBe(403);
    expect((await api.call('POST', '/v1/uploads', { body: { contentType: 'image/jpeg', size: 10 } })).status).toBe(401);
  });

  it('upload → submit → the owner, the centre and the lead unit download the same bytes; keys never leave the server', async () => {
    const second = new Uint8Array([...JPEG, 1, 2, 3]);
    const keys = [await uploaded(alice), await uploaded(alice, second)];
    expect((await tag(keys[0])) ?? []).toEqual([]); // s3rver ignores the form's tagging field; S3 would set state=pending
    const r = await submit(alice, keys, true);
    expect(r.status).toBe(201);
    expect(r.body.photos).toHaveLength(2);
    expect(r.body.attachments).toBeUndefined(); // only signed URLs leave the server, never bare keys
    expect(r.body.photos[0].url).toContain(keys[0]);
    expect(await tag(keys[0])).toEqual([{ Key: 'state', Value: 'attached' }]);

    const id = r.body.id;
    await api.call('POST', `/v1/matters/${id}/dispatch`, { token: api.tokens.center, body: { leadUnitId: 'u-roads' }, now: '2026-11-02 11:00' });
    for (const token of [alice, api.tokens.center, api.tokens.unit]) {
      const d = await api.call('GET', `/v1/matters/${id}`, { token });
      expect(d.status).toBe(200);
      const urls = d.body.photos.map((p: { url: string }) => p.url);
      expect(urls).toHaveLength(2);
      expect(urls[0]).toMatch(/X-Amz-Signature=/);
      expect(urls[0]).toMatch(/X-Amz-Expires=900/);
      const bodies = await Promise.all(urls.map(async (u: string) => new Uint8Array(await (await fetch(u)).arrayBuffer())));
      expect(bodies).toEqual([JPEG, second]);
      expect((await fetch(urls[0])).headers.get('content-type')).toBe('image/jpeg');
    }
    // Confidential: the lead unit sees the photos but not the contact (docs/rules.md §7).
    expect((await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.unit })).body.contact).toBeNull();
    // Another unit, another citizen: no access at all.
    expect((await api.call('GET', `/v1/matters/${id}`, { token: api.tokens.unitWater })).status).toBe(403);
    expect((await api.call('GET', `/v1/matters/${id}`, { token: bob })).status).toBe(404);
    // Lists never carry photos.
    const mine = await api.call('GET', '/v1/matters', { token: alice });
    expect(mine.body.items[0].photos).toBeUndefined();
  });

  it("refuses someone else's key with the field, and a key that was never uploaded", async () => {
    const bobs = await uploaded(bob);
    const r = await submit(alice, [await uploaded(alice), bobs]);
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([{ field: 'attachments.1', message: '不是您上传的图片' }]);

    const never = (await presign(alice)).body.key;
    const m = await submit(alice, [never]);
    expect(m.status).toBe(400);
    expect(m.body.error.details[0]).toMatchObject({ field: 'attachments.0' });

    expect((await submit(alice, ['uploads/../../etc/passwd'])).status).toBe(400);
  });

  it('refuses 10 photos, and the same photo twice', async () => {
    const key = await uploaded(alice);
    const ten = await submit(alice, Array.from({ length: 10 }, () => key));
    expect(ten.status).toBe(400);
    expect(ten.body.error.details[0]).toMatchObject({ field: 'attachments', message: '最多上传9张图片' });
    expect((await submit(alice, [key, key])).status).toBe(400);
  });

  it('the bucket enforces the policy: size limit, key, content type, signature, expiry', async () => {
    const p = (await presign(alice)).body;
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    const tooBig = await postForm(p, big, 'image/jpeg');
    expect(tooBig.status).toBe(400);
    expect(tooBig.text).toContain('EntityTooLarge');
    const otherKey = await postForm(p, JPEG, 'image/jpeg', { key: p.key.replace('uploads/', 'uploads/x') });
    expect([otherKey.status, otherKey.text.includes('Policy Condition failed')]).toEqual([403, true]);
    const otherType = await postForm(p, JPEG, 'image/jpeg', { 'Content-Type': 'text/html' });
    expect(otherType.status).toBe(403);
    const extra = await postForm(p, JPEG, 'image/jpeg', { acl: 'public-read' });
    expect(extra.text).toContain('Extra input fields');
    const policy = JSON.parse(Buffer.from(p.fields.Policy, 'base64').toString());
    policy.conditions = policy.conditions.map((c: unknown) => (Array.isArray(c) && c[0] === 'content-length-range' ? ['content-length-range', 1, 1e9] : c));
    const forged = await postForm(p, JPEG, 'image/jpeg', { Policy: Buffer.from(JSON.stringify(policy)).toString('base64') });
    expect(forged.text).toContain('SignatureDoesNotMatch');
    // None of these stored anything: submitting the key still finds no photo.
    expect((await submit(alice, [p.key])).status).toBe(400);
    // Expired: the same form 11 minutes later.
    const { key: _k, ...fields } = p.fields;
    const check = (now: number) => verifyPostPolicy({ ...fields, key: p.key }, JPEG.length, s3.bucket, { secretAccessKey: LOCAL_S3_CREDENTIALS.secretAccessKey, now });
    expect(() => check(Date.now())).not.toThrow();
    expect(() => check(Date.now() + 11 * 60 * 1000)).toThrow('Policy expired');
    // The untampered form still works.
    expect((await postForm(p, JPEG, 'image/jpeg')).status).toBe(204);
  });

  it('without storage configured: presign 503, views without photos', async () => {
    const bare = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    try {
      const t = await bare.citizenToken('o-photo-bare');
      expect((await bare.call('POST', '/v1/uploads', { token: t, body: { contentType: 'image/png', size: 10 } })).status).toBe(503);
    } finally {
      await bare.close();
    }
  });

  it('a telephone registration carries no photos', async () => {
    const key = await uploaded(alice);
    const r = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13912345678', category: 'help', content: '北京路路灯坏了一个多月，晚上很黑', district: '越秀区', confidential: false, attachments: [key] },
    });
    expect(r.status).toBe(201);
    expect(r.body.photos).toEqual([]);
  });
});
