/**
 * Key and index attribute builders for the single table (docs/data-model.md). Every key shape lives here.
 */
import { createHash } from 'node:crypto';
import type { Notification } from '../../shared/domain/notifications';
import type { Matter, Status } from '../../shared/domain/types';

export const DUE_SHARDS = 10;
export const OUTBOX_SHARDS = 10;

const pad = (n: number) => String(n).padStart(6, '0');
const utc = (isoOrMs: string | number) => new Date(isoOrMs).toISOString();

export const shardOf = (id: string, shards: number): number => createHash('sha1').update(id).digest().readUInt16BE(0) % shards;

const MATTER_SK = 'M';
const UNITS_PK = 'UNITS';
const ARTICLES_PK = 'KB';
const EVENT_PREFIX = 'E#';

export const keys = {
  matter: (id: string) => ({ pk: `M#${id}`, sk: MATTER_SK }),
  event: (id: string, version: number) => ({ pk: `M#${id}`, sk: `E#${pad(version)}` }),
  outbox: (id: string, version: number, audience: string) => ({ pk: `M#${id}`, sk: `O#${pad(version)}#${audience}` }),
  tracking: (trackingNo: string) => ({ pk: `T#${trackingNo}`, sk: 'T' }),
  sequence: (prefixAndDay: string) => ({ pk: `SEQ#${prefixAndDay}`, sk: 'SEQ' }),
  idempotency: (openid: string, key: string) => ({ pk: `I#${openid}#${key}`, sk: 'I' }),
  unit: (id: string) => ({ pk: UNITS_PK, sk: `U#${id}` }),
  staff: (username: string) => ({ pk: `S#${username}`, sk: 'S' }),
  article: (id: string) => ({ pk: ARTICLES_PK, sk: `A#${id}` }),
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

/** Index attributes of an unsent outbox entry (gsi3, its own shards): removed once it is sent or parked. */
export const outboxIndexAttributes = (n: Pick<Notification, 'matterId' | 'version' | 'audience' | 'at'>) => ({
  gsi3pk: outboxPk(shardOf(`${n.matterId}#${n.version}`, OUTBOX_SHARDS)),
  gsi3sk: `${utc(n.at)}#${n.matterId}#${n.version}#${n.audience}`,
});

/**
 * The sender's expression fragments for the unsent index (gsi3 on outbox items), so that it never spells the index
 * attributes itself. An item is unsent while it carries gsi3pk; a retry moves its gsi3sk to the retry time; delivery
 * (or parking) removes both, which takes it out of the index while the item stays as the record.
 */
export const outboxIndex = {
  /** Condition: the item is still in the unsent index. */
  isUnsent: 'attribute_exists(gsi3pk)',
  /** `SET` assignment of the retry time's sort key to the value placeholder `value` (see `retrySk`). */
  setRetry: (value: string) => `gsi3sk = ${value}`,
  /** The sort key that makes an unsent item due again at `retryAt` (epoch ms). */
  retrySk: (n: Pick<Notification, 'matterId' | 'version' | 'audience'>, retryAt: number) => outboxIndexAttributes({ ...n, at: utc(retryAt) }).gsi3sk,
  /** `REMOVE` list that takes the item out of the unsent index. */
  remove: 'gsi3pk, gsi3sk',
} as const;

/** The key condition of one Query (with its `:p`, `:s`, `:a`, `:b`, `:now` values; callers add their own filter values). */
export interface KeyQuery {
  IndexName?: string;
  KeyConditionExpression: string;
  ExpressionAttributeValues: Record<string, string>;
}

/** Upper bound of `<ISO time>#<id>` sort keys up to and including the ISO instant `iso`. */
const upTo = (iso: string) => `${iso}#\uffff`;

/** Queries of the matter partition and the indexes (docs/data-model.md): the one place that spells their keys. */
export const queries = {
  /** A matter and its timeline: one partition, from the first event to the matter item. */
  timeline: (id: string): KeyQuery => ({
    KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
    ExpressionAttributeValues: { ':p': keys.matter(id).pk, ':a': EVENT_PREFIX, ':b': MATTER_SK },
  }),
  /** gsi1: a citizen's matters by creation time. */
  owner: (openid: string): KeyQuery => ({ IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': `OWNER#${openid}` } }),
  /** gsi2: a unit's queue (matters it leads), optionally in one status, by creation time. */
  unitQueue: (unitId: string, status?: Status): KeyQuery =>
    status
      ? { IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :p AND begins_with(gsi2sk, :s)', ExpressionAttributeValues: { ':p': `UNIT#${unitId}`, ':s': `${status}#` } }
      : { IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :p', ExpressionAttributeValues: { ':p': `UNIT#${unitId}` } },
  /** gsi4: the centre's queue of one status, by creation time. */
  centerQueue: (status: Status): KeyQuery => ({ IndexName: 'gsi4', KeyConditionExpression: 'gsi4pk = :p', ExpressionAttributeValues: { ':p': `CENTER#${status}` } }),
  /** Matters in one status created from instant `from` to instant `to` (ISO): a unit's (gsi2) or the centre's (gsi4). */
  createdBetween: (status: Status, from: string, to: string, unitId?: string | null): KeyQuery =>
    unitId
      ? { IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :p AND gsi2sk BETWEEN :a AND :b', ExpressionAttributeValues: { ':p': `UNIT#${unitId}`, ':a': `${status}#${from}`, ':b': `${status}#${upTo(to)}` } }
      : { IndexName: 'gsi4', KeyConditionExpression: 'gsi4pk = :p AND gsi4sk BETWEEN :a AND :b', ExpressionAttributeValues: { ':p': `CENTER#${status}`, ':a': from, ':b': upTo(to) } },
  /** gsi3: matters of one due shard whose next timer is due at or before `now`. */
  dueBy: (shard: number, now: number): KeyQuery => ({ IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :p AND gsi3sk <= :now', ExpressionAttributeValues: { ':p': duePk(shard), ':now': upTo(utc(now)) } }),
  /** Every unit (one partition). */
  units: (): KeyQuery => ({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': UNITS_PK } }),
  /** Every knowledge article (one partition). */
  articles: (): KeyQuery => ({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': ARTICLES_PK } }),
  /** gsi3: unsent outbox entries of one outbox shard due at or before `now`. */
  outboxDueBy: (shard: number, now: number): KeyQuery => ({ IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :p AND gsi3sk <= :now', ExpressionAttributeValues: { ':p': outboxPk(shard), ':now': upTo(utc(now)) } }),
};

export const isMatterSk = (sk: unknown) => sk === MATTER_SK;
/** An outbox item still in the unsent index (the sender removes gsi3pk/gsi3sk once it is delivered or parked). */
export const isUnsentOutbox = (item: Record<string, unknown>) => item.entity === 'outbox' && !!item.gsi3pk;

/** The staff inbox (functions/notify/inbox.ts): one partition per unit / the centre, entries by time, an unread counter. */
export const inboxKeys = {
  box: (audience: string, recipient: string | null) => (audience === 'unit' ? `INBOX#unit#${recipient}` : `INBOX#${audience}`),
  /** `<ISO instant>#<matterId>#<version>`: what the API calls an entry's key. */
  entryKey: (at: string, matterId: string, version: number) => `${utc(at)}#${matterId}#${pad(version)}`,
  isEntryKey: (key: string) => /^[0-9TZ:.-]+#[A-Za-z0-9_-]+#\d{6}$/.test(key),
  entry: (box: string, key: string) => ({ pk: box, sk: `E#${key}` }),
  keyOfEntry: (sk: string) => sk.slice(2),
  unread: (box: string) => ({ pk: box, sk: 'UNREAD' }),
  entries: (box: string): KeyQuery => ({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': box, ':s': 'E#' } }),
};
export const isEventSk = (sk: unknown) => typeof sk === 'string' && sk.startsWith(EVENT_PREFIX);

export const INDEX_ATTRIBUTES = ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk'] as const;
export const eventVersionSk = pad;
