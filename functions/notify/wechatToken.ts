/**
 * WeChat's access token (`cgi-bin/stable_token`), shared by every Lambda instance through one DynamoDB item and
 * refreshed before it expires by one fetcher at a time:
 *
 *   instance A: cache stale → conditional lease (leaseUntil < now) succeeds → fetches → writes token, drops lease
 *   instance B: cache stale → lease condition fails → re-reads the item until A's token is there (or A's lease ran out)
 *   within one instance, concurrent callers share one promise (single flight).
 *
 * stable_token in normal mode (force_refresh false) returns the token in force, so even a fetch that races the lease
 * (a lease that ran out) does not invalidate the token other instances hold.
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';

export const TOKEN_KEY = { pk: 'WXTOKEN', sk: 'T' } as const;
/** Refresh this long before WeChat's expiry (its own renewal window is the last five minutes). */
const EARLY_MS = 5 * 60_000;
const LEASE_MS = 10_000;

export class TransientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientError';
  }
}

export interface TokenSource {
  /** A token valid at `now`. */
  get(now: number): Promise<string>;
  /** The API said `token` is invalid or expired (40001/42001): forget it so the next get fetches again. */
  invalidate(token: string): Promise<void>;
}

export interface WeChatCredentials {
  apiBase: string;
  appId: string;
  secret: string;
}

export function createTokenCache(db: DynamoDBDocumentClient, table: string, creds: WeChatCredentials, o: { fetchTimeoutMs?: number } = {}): TokenSource & { fetches: () => number } {
  const me = randomUUID();
  let memo: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;
  let fetches = 0;

  const fresh = (t: { token?: string; expiresAt?: number } | undefined, now: number) => !!t?.token && Number(t.expiresAt) - EARLY_MS > now;

  async function fetchToken(now: number): Promise<{ token: string; expiresAt: number }> {
    fetches += 1;
    let res: Response;
    try {
      res = await fetch(`${creds.apiBase}/cgi-bin/stable_token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credential', appid: creds.appId, secret: creds.secret, force_refresh: false }),
        signal: AbortSignal.timeout(o.fetchTimeoutMs ?? 5_000),
      });
    } catch (e) {
      throw new TransientError(`stable_token unreachable: ${(e as Error).message}`);
    }
    if (!res.ok) throw new TransientError(`stable_token HTTP ${res.status}`);
    const body = (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
    if (!body.access_token) {
      // 40013/40125/40002 are configuration errors; -1 and 45009 pass. Either way the send is retried later.
      throw new TransientError(`stable_token errcode ${body.errcode}: ${body.errmsg ?? ''}`.trim());
    }
    return { token: body.access_token, expiresAt: now + Number(body.expires_in ?? 7200) * 1000 };
  }

  async function read(): Promise<{ token?: string; expiresAt?: number; leaseUntil?: number } | undefined> {
    const r = await db.send(new GetCommand({ TableName: table, Key: TOKEN_KEY, ConsistentRead: true }));
    return r.Item as { token?: string; expiresAt?: number; leaseUntil?: number } | undefined;
  }

  async function load(now: number): Promise<string> {
    const deadline = Date.now() + LEASE_MS + 2_000;
    for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
      const item = await read();
      if (fresh(item, now)) {
        memo = { token: item!.token!, expiresAt: Number(item!.expiresAt) };
        return memo.token;
      }
      const leased = await db
        .send(
          new UpdateCommand({
            TableName: table,
            Key: TOKEN_KEY,
            UpdateExpression: 'SET leaseUntil = :until, leaseOwner = :me',
            // …and only while no fresh token is there: an instance that read the item just before another one wrote
            // its new token must not fetch again.
            ConditionExpression: '(attribute_not_exists(leaseUntil) OR leaseUntil < :wall) AND (attribute_not_exists(expiresAt) OR expiresAt <= :need)',
            ExpressionAttributeValues: { ':until': Date.now() + LEASE_MS, ':me': me, ':wall': Date.now(), ':need': now + EARLY_MS },
          }),
        )
        .then(() => true)
        .catch((e) => {
          if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return false;
          throw e;
        });
      if (leased || Date.now() > deadline) {
        try {
          const t = await fetchToken(now);
          await db.send(new PutCommand({ TableName: table, Item: { ...TOKEN_KEY, entity: 'wechat_token', token: t.token, expiresAt: t.expiresAt, fetchedAt: now } }));
          memo = t;
          return t.token;
        } catch (e) {
          // Let another instance try at once instead of after the lease.
          if (leased) await db.send(new UpdateCommand({ TableName: table, Key: TOKEN_KEY, UpdateExpression: 'REMOVE leaseUntil, leaseOwner', ConditionExpression: 'leaseOwner = :me', ExpressionAttributeValues: { ':me': me } })).catch(() => {});
          throw e;
        }
      }
      // Another instance holds the lease and is fetching: wait for its token (a real pause, not a test wait).
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  return {
    fetches: () => fetches,
    async get(now) {
      if (memo && fresh(memo, now)) return memo.token;
      inflight ??= load(now).finally(() => (inflight = undefined));
      return inflight;
    },
    async invalidate(token) {
      if (memo?.token === token) memo = undefined;
      // Only the instance that sees this exact token rejected clears it; a newer token stays.
      await db
        .send(new UpdateCommand({ TableName: table, Key: TOKEN_KEY, UpdateExpression: 'REMOVE #t, expiresAt', ConditionExpression: '#t = :t', ExpressionAttributeNames: { '#t': 'token' }, ExpressionAttributeValues: { ':t': token } }))
        .catch((e) => {
          if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e;
        });
    },
  };
}
