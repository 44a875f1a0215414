/**
 * The photo functions sign their S3 requests with @smithy/signature-v4 directly (functions/uploads/s3.ts) instead of
 * the S3 client and its presigners. s3rver checks POST policies but not GET signatures, so this pins the result to
 * what the AWS SDK itself produces for real S3 (virtual-hosted, session token) and for s3rver (path style): the same
 * form fields and policy, the same GET URL, byte for byte.
 */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createS3 } from '../../functions/uploads/s3';

const NOW = new Date('2026-12-06T03:04:05.678Z');
const KEY = 'uploads/6f1c2a8e-0d7b-4c3e-9a51-2b8f0e4d7c19-AbC_dEf-123.jpg';
const creds = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE' };

const targets = [
  { name: 'AWS (virtual-hosted, session token)', region: 'ap-east-1', endpoint: undefined, creds },
  { name: 's3rver (path style)', region: 'local', endpoint: 'http://127.0.0.1:4569', creds: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } },
];

describe.each(targets)('S3 signing matches the AWS SDK: $name', ({ region, endpoint, creds: c }) => {
  const bucket = 'hotline-12345-prod-uploadbucket-1a2b3c4d5e6f';
  const sdk = new S3Client({ region, credentials: c, ...(endpoint ? { endpoint, forcePathStyle: true } : {}) });
  const ours = createS3({ bucket, region, endpoint, credentials: async () => c });

  beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());
  afterAll(() => sdk.destroy());

  it('builds the same presigned POST form (URL, fields, policy, signature)', async () => {
    const fields = { 'Content-Type': 'image/jpeg', tagging: '<Tagging><TagSet><Tag><Key>state</Key><Value>pending</Value></Tag></TagSet></Tagging>' };
    const conditions = [['content-length-range', 1, 5 * 1024 * 1024] as ['content-length-range', number, number]];
    const expected = await createPresignedPost(sdk, { Bucket: bucket, Key: KEY, Fields: fields, Conditions: conditions, Expires: 600 });
    const actual = await ours.presignPost(KEY, fields, conditions, 600, new Date());
    expect(actual).toEqual(expected);
    expect(JSON.parse(Buffer.from(actual.fields.Policy, 'base64').toString()).expiration).toBe('2026-12-06T03:14:05Z');
  });

  it('builds the same presigned GET URL', async () => {
    const expected = await getSignedUrl(sdk, new GetObjectCommand({ Bucket: bucket, Key: KEY }), { expiresIn: 900 });
    const actual = await ours.presignGet(KEY, 900);
    expect(actual).toBe(expected);
    expect(new URL(actual).searchParams.get('X-Amz-Expires')).toBe('900');
  });
});
