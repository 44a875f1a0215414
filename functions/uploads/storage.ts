/**
 * Object storage for citizens' photos (docs/rules.md §2 attachments): S3 in AWS, s3rver locally (scripts/lib/s3-local.js).
 *
 * - Uploads never pass through Lambda: POST /v1/uploads returns a presigned POST (a form the client posts straight to
 *   the bucket) whose policy pins the key, the content type, a size range and a short expiry. A presigned POST, not a
 *   PUT, because WeChat's wx.uploadFile can only send a multipart form with extra fields.
 * - New uploads carry the tag `state=pending`; a lifecycle rule (serverless.yml UploadBucket) deletes pending objects
 *   after 2 days. Submitting a matter re-tags its photos `state=attached`, which also proves that each one exists.
 * - Readers get short-lived presigned GET URLs; the bucket is private.
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { MAX_PHOTO_BYTES } from '../../shared/schemas';
import { createS3 } from './s3';

/** How long a presigned POST may be used: enough for one photo on a slow mobile connection. */
export const UPLOAD_EXPIRES_S = 10 * 60;
/** How long a photo URL in a matter view works (the page asks again when it is reopened). */
export const READ_EXPIRES_S = 15 * 60;

const tagging = (state: 'pending' | 'attached') =>
  `<Tagging><TagSet><Tag><Key>state</Key><Value>${state}</Value></Tag></TagSet></Tagging>`;

/** s3rver's fixed account (scripts/lib/s3-local.js checks POST policy signatures with it). */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface PresignedUpload {
  /** POST a multipart form here: every `fields` entry, then the file as the last part, named `file`. */
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

export interface PhotoStorage {
  presignUpload(key: string, contentType: string): Promise<PresignedUpload>;
  /** Mark an uploaded photo as belonging to a matter, so the lifecycle rule keeps it. False: no such object. */
  attach(key: string): Promise<boolean>;
  /** A short-lived GET URL. */
  readUrl(key: string): Promise<string>;
}

export interface StorageOptions {
  bucket: string;
  region: string;
  /** S3-compatible endpoint (local and test stages); omit in AWS. */
  endpoint?: string;
  /** AWS credentials (the process's chain, e.g. the DynamoDB client's); s3rver's fixed account when `endpoint` is set. */
  credentials?: AwsCredentialIdentityProvider;
}

export function createPhotoStorage(o: StorageOptions): PhotoStorage {
  const credentials = o.endpoint ? async () => LOCAL_S3_CREDENTIALS : o.credentials;
  if (!credentials) throw new Error('photo storage needs credentials outside local stages');
  const s3 = createS3({ bucket: o.bucket, region: o.region, endpoint: o.endpoint, credentials });
  return {
    async presignUpload(key, contentType) {
      const expiresAt = new Date(Date.now() + UPLOAD_EXPIRES_S * 1000).toISOString();
      // Every field is also a policy condition (presignPost adds them), so none can be changed by the client.
      const { url, fields } = await s3.presignPost(key, { 'Content-Type': contentType, tagging: tagging('pending') }, [['content-length-range', 1, MAX_PHOTO_BYTES]], UPLOAD_EXPIRES_S);
      return { url, fields, expiresAt };
    },
    attach: (key) => s3.putTagging(key, { state: 'attached' }),
    readUrl: (key) => s3.presignGet(key, READ_EXPIRES_S),
  };
}
