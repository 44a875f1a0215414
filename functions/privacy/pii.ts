/**
 * Personal data at rest (docs/rules.md §7; GZ Art.25, CS Art.15, WF Art.11): contact name and phone are sealed with
 * AES-256-GCM before they reach DynamoDB. Locally the key is PII_KEY (32 bytes, hex or base64). In AWS the same
 * interface is meant to be backed by a KMS data key (envelope encryption: the wrapped data key is stored beside the
 * ciphertext as `kid`), which is why ciphertexts carry a version/key id prefix.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export type { Contact as ContactPii } from '../../shared/views/types';
import type { Contact as ContactPii } from '../../shared/views/types';

export interface PiiCipher {
  seal(pii: ContactPii): string;
  open(sealed: string): ContactPii;
  /** Keyed hash for equality look-ups (last 4 digits, repeat detection) without storing the value. */
  fingerprint(value: string): string;
}

const VERSION = 'v1';

export function parseKey(raw: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('PII_KEY must be 32 bytes, given as 64 hex characters or base64');
  return key;
}

export function createLocalCipher(rawKey: string): PiiCipher {
  const key = parseKey(rawKey);
  const macKey = createHmac('sha256', key).update('fingerprint').digest();
  return {
    seal(pii) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(JSON.stringify(pii), 'utf8'), c.final()]);
      return [VERSION, iv.toString('base64'), c.getAuthTag().toString('base64'), body.toString('base64')].join('.');
    },
    open(sealed) {
      const [v, iv, tag, body] = sealed.split('.');
      if (v !== VERSION || !iv || !tag || !body) throw new Error('unreadable personal-data ciphertext');
      const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      d.setAuthTag(Buffer.from(tag, 'base64'));
      return JSON.parse(Buffer.concat([d.update(Buffer.from(body, 'base64')), d.final()]).toString('utf8')) as ContactPii;
    },
    fingerprint(value) {
      return createHmac('sha256', macKey).update(value).digest('base64url').slice(0, 22);
    },
  };
}

/** Masking for staff views lives with the views: shared/views/mask.ts. */
export { maskName, maskPhone } from '../../shared/views/mask';
