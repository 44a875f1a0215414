/**
 * A real local S3 (s3rver + the POST-policy check of scripts/lib/s3-local.js) for the tests that need photos: started
 * in-process by the test file on a free port, objects in a temporary folder removed by stop().
 *
 *   let s3: TestS3;
 *   beforeAll(async () => { s3 = await startTestS3(); api = await makeTestApi({ ..., storage: s3.storage }); });
 *   afterAll(() => s3.stop());
 */
import { randomBytes } from 'node:crypto';
import { startS3Local, type S3Local } from '../../scripts/lib/s3-local';
import { createPhotoStorage, LOCAL_S3_CREDENTIALS, type PhotoStorage } from '../../functions/uploads/storage';
import { S3Client } from '@aws-sdk/client-s3';

export interface TestS3 extends S3Local {
  client: S3Client;
  storage: PhotoStorage;
}

export async function startTestS3(): Promise<TestS3> {
  const bucket = `test-photos-${randomBytes(4).toString('hex')}`;
  const local = await startS3Local({ bucket, port: 0 });
  // The AWS SDK's own S3 client, to check from outside what the photo functions' signed requests did.
  const client = new S3Client({ region: 'local', endpoint: local.endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS });
  return {
    ...local,
    client,
    storage: createPhotoStorage({ bucket, region: 'local', endpoint: local.endpoint }),
    stop: async () => {
      client.destroy();
      await local.stop();
    },
  };
}

/** POST a presigned form the way the mini-program does (fields first, the file last, named `file`). */
export async function postForm(target: { url: string; fields: Record<string, string> }, bytes: Uint8Array<ArrayBuffer>, contentType: string, tamper?: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...target.fields, ...(tamper ?? {}) })) form.append(k, v);
  form.append('file', new Blob([bytes], { type: contentType }), 'photo');
  const res = await fetch(target.url, { method: 'POST', body: form });
  return { status: res.status, text: await res.text() };
}
