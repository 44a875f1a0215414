/**
 * The scheduled sweep (docs/rules.md §4): find matters whose next timer is due and apply the `tick` command to each.
 *
 * Reads: one Query per due-index shard (`store.duePage`: timers due by `now`), so reads grow with the number of due
 * timers, not with the number of matters stored. Writes: the state machine's decision, conditional on the matter's
 * version (store.apply). Idempotence: a (matter, timer, level) that has fired is recorded on the matter in the same
 * write as its event, so a second or concurrent sweep either sees it done or loses the version race and re-reads.
 * An interrupted sweep leaves every matter either fully applied or untouched; the next run picks up what is still due.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import { decide, type Ctx } from '../../shared/domain/stateMachine';
import type { Actor } from '../../shared/domain/types';
import { DUE_SHARDS } from '../store/keys';
import type { MatterStore, StoredMatter } from '../store/matterStore';

const SCHEDULER: Actor = { role: 'scheduler' };

export interface SweepDeps {
  db: DynamoDBDocumentClient;
  table: string;
  store: MatterStore;
  ctx: (now: number) => Ctx;
}

export interface SweepOptions {
  /** Items per Query page. */
  pageSize?: number;
  /** Matters processed at once. */
  concurrency?: number;
  /** Called between pages: return true to stop (e.g. the Lambda is close to its time limit). */
  shouldStop?: () => boolean;
  shards?: number;
}

export interface SweepReport {
  now: string;
  due: number;
  applied: number;
  events: number;
  conflicts: number;
  reindexed: number;
  /** Matters whose write failed (throttling, outage): untouched, still due, picked up by the next run. */
  failed: number;
  itemsRead: number;
  readCapacity: number;
  /** False when the sweep stopped early; the next run continues where this one left off. */
  complete: boolean;
}

export async function sweep(deps: SweepDeps, now: number, opts: SweepOptions = {}): Promise<SweepReport> {
  const pageSize = opts.pageSize ?? 100;
  const concurrency = opts.concurrency ?? 8;
  const report: SweepReport = { now: new Date(now).toISOString(), due: 0, applied: 0, events: 0, conflicts: 0, reindexed: 0, failed: 0, itemsRead: 0, readCapacity: 0, complete: true };
  const ctx = deps.ctx(now);

  for (let shard = 0; shard < (opts.shards ?? DUE_SHARDS); shard++) {
    let start: Record<string, unknown> | undefined;
    do {
      if (opts.shouldStop?.()) {
        report.complete = false;
        return report;
      }
      const page = await deps.store.duePage(shard, now, pageSize, start);
      const items = page.items;
      report.itemsRead += items.length;
      report.readCapacity += page.readCapacity;
      report.due += items.length;
      await inBatches(items, concurrency, async (stored) => {
        try {
          await tickOne(deps, stored, ctx, report);
        } catch {
          // One matter's failed write must not hold up the others: its timer stays due for the next run.
          report.failed += 1;
        }
      });
      start = page.next;
    } while (start);
  }
  return report;
}

/** Apply the due timers of one matter; on a lost version race re-read (consistently) and try again. */
async function tickOne(deps: SweepDeps, stored: StoredMatter, ctx: Ctx, report: SweepReport, attempt = 0): Promise<void> {
  try {
    const d = decide(stored.matter, { type: 'tick' }, SCHEDULER, ctx);
    if (d.events.length) {
      await deps.store.apply(stored, d);
      report.applied += 1;
      report.events += d.events.length;
    } else {
      // The index entry was early or stale (e.g. a calendar correction): write the matter back with its true next due time.
      await deps.store.reindex(stored);
      report.reindexed += 1;
    }
  } catch (e) {
    if (e instanceof DomainError && e.code === 'INVALID_TRANSITION') {
      await deps.store.reindex(stored).catch(() => undefined);
      report.reindexed += 1;
      return;
    }
    if (e instanceof DomainError && e.code === 'VERSION_CONFLICT' && attempt < 3) {
      report.conflicts += 1;
      const fresh = await deps.store.get(stored.matter.id);
      if (fresh) return tickOne(deps, fresh, ctx, report, attempt + 1);
      return;
    }
    throw e;
  }
}

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

