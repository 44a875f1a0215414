/**
 * Citizens' photos (docs/rules.md §2: attachments, images, ≤ 9): presigned uploads, the ownership check at submit time, and
 * short-lived read URLs in matter views.
 *
 * A key is `uploads/<uuid>-<mac>.<ext>` where mac = HMAC(PII key, openid|uuid) (functions/privacy/pii.ts fingerprint).
 * The mac binds a key to the citizen it was issued to, so a submission can only carry the caller's own uploads (a key
 * seen in someone else's URL is refused), without a per-upload database record. Unlike an `uploads/<openid-hash>/`
 * prefix, nothing in a key links one citizen's matters: a unit that sees photo URLs on several confidential matters
 * cannot tell they came from the same person (docs/rules.md §7, WF Art.11).
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/domain/errors';
import type { Actor } from '../../shared/domain/types';
import { MAX_PHOTO_BYTES, parseOrThrow, PHOTO_TYPES, UPLOAD_KEY_RE, uploadRequestSchema } from '../../shared/schemas';
import type { RateLimiter } from '../api/rateLimit';
import type { PiiCipher } from '../privacy/pii';
import type { PhotoStorage, PresignedUpload } from './storage';

export interface Photo {
  url: string;
}

const unavailable = () => new DomainError('UNAVAILABLE', '图片上传暂时不可用，请稍后再试，或先用文字说明情况');

export class PhotoService {
  constructor(private readonly d: { storage?: PhotoStorage; cipher: PiiCipher; limits?: RateLimiter }) {}

  private mac(openid: string, uuid: string): string {
    return this.d.cipher.fingerprint(`photo|${openid}|${uuid}`);
  }

  /** Whether `key` was issued to this citizen by `presign`. */
  isOwnKey(openid: string, key: string): boolean {
    // UPLOAD_KEY_RE captures the uuid (1) and the mac (2).
    const m = UPLOAD_KEY_RE.exec(key);
    return !!m && m[2] === this.mac(openid, m[1]);
  }

  /** POST /v1/uploads (citizen): a presigned POST for one photo. */
  async presign(actor: Actor, body: unknown, now: number): Promise<PresignedUpload & { key: string; maxBytes: number }> {
    const { contentType } = parseOrThrow(uploadRequestSchema, body);
    if (!this.d.storage) throw unavailable();
    const openid = actor.openid!;
    await this.d.limits?.hit('upload', openid, now);
    const uuid = randomUUID();
    const key = `uploads/${uuid}-${this.mac(openid, uuid)}.${PHOTO_TYPES[contentType]}`;
    const { url, fields, expiresAt } = await this.d.storage.presignUpload(key, contentType);
    return { key, url, fields, expiresAt, maxBytes: MAX_PHOTO_BYTES };
  }

  /**
   * Submit time: every key must be the caller's own and uploaded. Marks them attached (kept by the lifecycle rule).
   * 400 VALIDATION_FAILED with field `attachments.<i>` otherwise.
   */
  async attachAll(openid: string, keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    const foreign = keys.findIndex((k) => !this.isOwnKey(openid, k));
    if (foreign >= 0) {
      throw new DomainError('VALIDATION_FAILED', `第${foreign + 1}张图片不是您上传的，请重新选择`, [
        { field: `attachments.${foreign}`, message: '不是您上传的图片' },
      ]);
    }
    if (!this.d.storage) throw unavailable();
    const storage = this.d.storage;
    const found = await Promise.all(keys.map((k) => storage.attach(k)));
    const missing = found.findIndex((ok) => !ok);
    if (missing >= 0) {
      throw new DomainError('VALIDATION_FAILED', `第${missing + 1}张图片没有上传成功或已过期，请删除后重新上传`, [
        { field: `attachments.${missing}`, message: '图片未上传或已过期' },
      ]);
    }
  }

  /** Short-lived read URLs, in order; none when storage is not configured. */
  async urls(keys: readonly string[]): Promise<Photo[]> {
    const storage = this.d.storage;
    if (!storage || !keys.length) return [];
    return Promise.all(keys.map(async (k) => ({ url: await storage.readUrl(k) })));
  }
}
