/**
 * The queue's data: one status partition (tab) with the overdue / supervision filters, loaded page by page with the
 * cursor. A reload (coming back from a matter, 刷新, an action taken in the split pane) fetches as many rows as
 * were loaded before, so the list never shrinks back to its first page and the operator keeps their place.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../../services/api';
import { fetchQueue } from '../../services/api';
import type { QueueFilter, QueueItem, StaffSession } from '../../../../../shared/views';

export type ListState =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; items: QueueItem[]; cursor: string | null };

export interface QueueData {
  list: ListState;
  more: { loading: boolean; error: string | null };
  refreshing: boolean;
  /** Reload from the first page; `keepRows` keeps the current rows on screen (and as many rows loaded) meanwhile. */
  load: (keepRows: boolean) => Promise<void>;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** Set once the first load has finished. */
  loadedOnce: React.MutableRefObject<boolean>;
}

export function useQueue(session: StaffSession, filter: QueueFilter, onExpired: () => void): QueueData {
  const [list, setList] = useState<ListState>({ phase: 'loading' });
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const [refreshing, setRefreshing] = useState(false);
  const latest = useRef(0);
  const loadedOnce = useRef(false);
  /** How many rows are loaded now: a reload fetches at least as many. */
  const loadedCount = useRef(0);
  const filterKey = JSON.stringify(filter);

  const fail = useCallback(
    (err: unknown) => {
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') onExpired();
      return errorMessage(err);
    },
    [onExpired],
  );

  const load = useCallback(
    async (keepRows: boolean) => {
      const id = ++latest.current;
      const want = keepRows ? loadedCount.current : 0;
      if (!keepRows) setList({ phase: 'loading' });
      setMore({ loading: false, error: null });
      try {
        const f = JSON.parse(filterKey) as QueueFilter;
        let page = await fetchQueue(session, f);
        const items = [...page.items];
        while (page.cursor && items.length < want && id === latest.current) {
          page = await fetchQueue(session, f, page.cursor);
          const seen = new Set(items.map((m) => m.id));
          items.push(...page.items.filter((m) => !seen.has(m.id)));
        }
        if (id === latest.current) {
          loadedCount.current = items.length;
          setList({ phase: 'ready', items, cursor: page.cursor });
        }
      } catch (err) {
        if (id === latest.current) setList({ phase: 'error', message: fail(err) });
      } finally {
        loadedOnce.current = true;
      }
    },
    [session, filterKey, fail],
  );

  useEffect(() => {
    loadedCount.current = 0;
    void load(false);
  }, [load]);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await load(true);
    } finally {
      setRefreshing(false);
    }
  }, [load]);

  const loadMore = useCallback(async () => {
    if (list.phase !== 'ready' || !list.cursor || more.loading) return;
    const id = latest.current;
    setMore({ loading: true, error: null });
    try {
      const page = await fetchQueue(session, JSON.parse(filterKey) as QueueFilter, list.cursor);
      if (id !== latest.current) return;
      setList((l) => {
        if (l.phase !== 'ready') return l;
        const seen = new Set(l.items.map((m) => m.id));
        const items = [...l.items, ...page.items.filter((m) => !seen.has(m.id))];
        loadedCount.current = items.length;
        return { phase: 'ready', items, cursor: page.cursor };
      });
      setMore({ loading: false, error: null });
    } catch (err) {
      if (id === latest.current) setMore({ loading: false, error: fail(err) });
    }
  }, [list, more.loading, session, filterKey, fail]);

  return { list, more, refreshing, load, refresh, loadMore, loadedOnce };
}
