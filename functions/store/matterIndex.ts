/**
 * Reading matters through the matter partition and the indexes (docs/data-model.md): a citizen's list (gsi1), the
 * work queues (gsi2 unit, gsi4 centre), the due timers (gsi3). Key shapes come from ./keys.ts; MatterStore adds the
 * writes on top of this class.
 */
import { QueryCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import type { Matter, Status, TimelineEvent } from '../../shared/domain/types';
import { INDEX_ATTRIBUTES, isEventSk, isMatterSk, queries } from './keys';
import { queryAll } from './queryAll';

type Item = Record<string, NativeAttributeValue>;

/** Attributes on a matter item that are storage, not domain. */
const STORAGE_ONLY = new Set<string>(['pk', 'sk', 'entity', 'pii', 'phoneLast4Hash', 'phoneHash', ...INDEX_ATTRIBUTES]);

export interface StoredMatter {
  matter: Matter;
  /** Sealed contact name and phone (functions/privacy/pii.ts). */
  pii: string | null;
  phoneLast4Hash: string | null;
  /** Fingerprint of the whole contact phone (absent on matters stored before it existed). */
  phoneHash?: string | null;
}

export interface MatterPage {
  items: Matter[];
  cursor: string | null;
}

export interface QueueFilter {
  unitId?: string;
  status?: Status;
  overdue?: boolean;
  supervisionLevel?: number;
  /** Only matters whose contact phone has this fingerprint (centre queue only). */
  phoneHash?: string;
  /** Newest first instead of the queue's oldest-first order. */
  newestFirst?: boolean;
  cursor?: string | null;
  limit?: number;
}

/** One page of due matters (gsi3) with what it cost. */
export interface DuePage {
  items: StoredMatter[];
  next: Item | undefined;
  readCapacity: number;
}

const encodeCursor = (k: Item | undefined): string | null => (k ? Buffer.from(JSON.stringify(k)).toString('base64url') : null);
export function decodeCursor(c: string | null | undefined): Item | undefined {
  if (!c) return undefined;
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && typeof v.pk === 'string') return v as Item;
  } catch {
    /* fall through to the validation error */
  }
  throw new DomainError('VALIDATION_FAILED', '分页参数不正确，请从第一页重新加载', [{ field: 'cursor', message: '无效' }]);
}

export function toMatter(item: Item): Matter {
  const m: Item = {};
  for (const [k, v] of Object.entries(item)) if (!STORAGE_ONLY.has(k)) m[k] = v;
  return m as Matter;
}

export class MatterIndex {
  constructor(
    protected readonly db: DynamoDBDocumentClient,
    readonly table: string,
  ) {}

  unpack(item: Item): StoredMatter {
    return {
      matter: toMatter(item),
      pii: (item.pii as string) ?? null,
      phoneLast4Hash: (item.phoneLast4Hash as string) ?? null,
      phoneHash: (item.phoneHash as string) ?? null,
    };
  }

  /** The matter and its whole timeline in one Query (they share a partition). */
  async getWithTimeline(id: string): Promise<(StoredMatter & { events: TimelineEvent[] }) | null> {
    let matter: StoredMatter | null = null;
    const events: TimelineEvent[] = [];
    for (const it of await queryAll(this.db, { TableName: this.table, ...queries.timeline(id), ConsistentRead: true })) {
      if (isMatterSk(it.sk)) matter = this.unpack(it);
      else if (isEventSk(it.sk)) {
        const { pk: _pk, sk: _sk, entity: _e, matterId: _m, ...e } = it;
        events.push(e as TimelineEvent);
      }
    }
    return matter ? { ...(matter as StoredMatter), events } : null;
  }

  /** A citizen's matters, newest first (gsi1). */
  async listByOwner(openid: string, cursor?: string | null, limit = 20): Promise<MatterPage> {
    const r = await this.db.send(
      new QueryCommand({ TableName: this.table, ...queries.owner(openid), ScanIndexForward: false, Limit: limit, ExclusiveStartKey: decodeCursor(cursor) }),
    );
    return { items: (r.Items ?? []).map(toMatter), cursor: encodeCursor(r.LastEvaluatedKey) };
  }

  /**
   * Work queues: a unit's matters as lead (gsi2, optionally by status) or the centre's matters by status (gsi4).
   * Overdue and supervision filters apply inside the one partition the key selects.
   */
  async queue(f: QueueFilter): Promise<MatterPage> {
    const key = f.unitId ? queries.unitQueue(f.unitId, f.status) : queries.centerQueue(f.status ?? 'received');
    const names: Record<string, string> = {};
    const values: Item = { ...key.ExpressionAttributeValues };
    const filters: string[] = [];
    const filter = (name: string, attribute: string, op: string, value: NativeAttributeValue) => {
      names[`#${name}`] = attribute;
      values[`:${name}`] = value;
      filters.push(`#${name} ${op} :${name}`);
    };
    if (f.overdue !== undefined) filter('o', 'overdue', '=', f.overdue);
    if (f.supervisionLevel !== undefined) filter('l', 'supervisionLevel', '>=', f.supervisionLevel);
    if (f.phoneHash !== undefined) filter('h', 'phoneHash', '=', f.phoneHash);
    const r = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        ...key,
        FilterExpression: filters.length ? filters.join(' AND ') : undefined,
        ExpressionAttributeNames: filters.length ? names : undefined,
        ExpressionAttributeValues: values,
        ScanIndexForward: !f.newestFirst, // queues: oldest first, the most urgent work is the longest waiting
        Limit: f.limit ?? 50,
        ExclusiveStartKey: decodeCursor(f.cursor),
      }),
    );
    return { items: (r.Items ?? []).map(toMatter), cursor: encodeCursor(r.LastEvaluatedKey) };
  }

  /** One page of the matters of due shard `shard` whose next timer is due at `now` (gsi3), oldest due first. */
  async duePage(shard: number, now: number, limit: number, start?: Item): Promise<DuePage> {
    const r = await this.db.send(
      new QueryCommand({ TableName: this.table, ...queries.dueBy(shard, now), Limit: limit, ExclusiveStartKey: start, ReturnConsumedCapacity: 'TOTAL' }),
    );
    return { items: (r.Items ?? []).map((it) => this.unpack(it)), next: r.LastEvaluatedKey, readCapacity: r.ConsumedCapacity?.CapacityUnits ?? 0 };
  }

  /** Ids of every matter in a status (the centre queue, gsi4; ids only). */
  async idsInStatus(status: Status): Promise<string[]> {
    const heads = await queryAll(this.db, { TableName: this.table, ...queries.centerQueue(status), ExpressionAttributeNames: { '#id': 'id' }, ProjectionExpression: '#id' });
    return heads.map((h) => String(h.id));
  }
}
