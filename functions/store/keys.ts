/**
 * Key and index attribute builders for the single table (docs/data-model.md). Every key shape lives here.
 */
import { createHash } from 'node:crypto';
import type { Matter } from '../../shared/domain/types';

export const DUE_SHARDS = 10;
export const OUTBOX_SHARDS = 10;

const pad = (n: number) => String(n).padStart(6, '0');
const utc = (isoOrMs: string | number) => new Date(isoOrMs).toISOString();

export const shardOf = (id: string, shards: number): number => createHash('sha1').update(id).digest().readUInt16BE(0) % shards;

export const keys = {
  matter: (id: string) => ({ pk: `M#${id}`, sk: 'M' }),
  event: (id: string, version: number) => ({ pk: `M#${id}`, sk: `E#${pad(version)}` }),
  outbox: (id: string, version: number, audience: string) => ({ pk: `M#${id}`, sk: `O#${pad(version)}#${audience}` }),
  tracking: (trackingNo: string) => ({ pk: `T#${trackingNo}`, sk: 'T' }),
  sequence: (prefixAndDay: string) => ({ pk: `SEQ#${prefixAndDay}`, sk: 'SEQ' }),
  idempotency: (openid: string, key: string) => ({ pk: `I#${openid}#${key}`, sk: 'I' }),
  unit: (id: string) => ({ pk: 'UNITS', sk: `U#${id}` }),
  staff: (username: string) => ({ pk: `S#${username}`, sk: 'S' }),
  article: (id: string) => ({ pk: 'KB', sk: `A#${id}` }),
  rateLimit: (scope: string, subject: string, window: number) => ({ pk: `RL#${scope}#${subject}#${window}`, sk: 'RL' }),
  /** Same requestor, same facts (GZ Art.22): keyed by a fingerprint of the requestor and the normalised content. */
  repeat: (fingerprint: string) => ({ pk: `R#${fingerprint}`, sk: 'R' }),
};

export const duePk = (shard: number) => `DUE#${shard}`;
export const outboxPk = (shard: number) => `OUTBOX#${shard}`;

/** Index attributes of a matter item: owner list, unit queue, centre queue, due timer (sparse where absent). */
export function matterIndexAttributes(m: Matter, nextDueAt: number | null): Record<string, string | undefined> {
  const created = utc(m.createdAt);
  return {
    gsi1pk: m.ownerOpenid ? `OWNER#${m.ownerOpenid}` : undefined,
    gsi1sk: m.ownerOpenid ? `${created}#${m.id}` : undefined,
    gsi2pk: m.leadUnitId ? `UNIT#${m.leadUnitId}` : undefined,
    gsi2sk: m.leadUnitId ? `${m.status}#${created}#${m.id}` : undefined,
    gsi4pk: `CENTER#${m.status}`,
    gsi4sk: `${created}#${m.id}`,
    gsi3pk: nextDueAt === null ? undefined : duePk(shardOf(m.id, DUE_SHARDS)),
    gsi3sk: nextDueAt === null ? undefined : `${utc(nextDueAt)}#${m.id}`,
  };
}

export const INDEX_ATTRIBUTES = ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk'] as const;
export const eventVersionSk = pad;
