/**
 * "My matters" list: first page, pull-to-refresh and load-more with the backend's cursor.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../services/api';
import { listMine } from '../services/citizen';
import type { MatterSummary } from '../../../shared/views';

export interface MyMattersState {
  /** `loading`: first page in flight with nothing to show; `error`: first page failed. */
  status: 'loading' | 'ready' | 'error';
  items: MatterSummary[];
  /** Cursor of the next page; null when the list is complete. */
  cursor: string | null;
  error: string | null;
  refreshing: boolean;
  loadingMore: boolean;
  moreError: string | null;
}

const INITIAL: MyMattersState = {
  status: 'loading',
  items: [],
  cursor: null,
  error: null,
  refreshing: false,
  loadingMore: false,
  moreError: null,
};

export function useMyMatters(enabled: boolean) {
  const [state, setState] = useState<MyMattersState>(INITIAL);
  // Only the latest first-page load may write; a load-more that finishes after a refresh is dropped.
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const cursorRef = useRef<string | null>(null);
  cursorRef.current = state.status === 'ready' ? state.cursor : null;

  const refresh = useCallback(async (): Promise<void> => {
    const gen = ++generation.current;
    moreInFlight.current = false;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true, moreError: null } : { ...INITIAL }));
    try {
      const page = await listMine(null);
      if (gen !== generation.current) return;
      setState({ ...INITIAL, status: 'ready', items: page.items, cursor: page.cursor ?? null });
    } catch (err) {
      if (gen !== generation.current) return;
      setState((s) =>
        s.status === 'ready'
          ? { ...s, refreshing: false, moreError: errorMessage(err) }
          : { ...INITIAL, status: 'error', error: errorMessage(err) },
      );
    }
  }, []);

  const loadMore = useCallback(async (): Promise<void> => {
    if (moreInFlight.current) return;
    const gen = generation.current;
    const cursor = cursorRef.current;
    if (!cursor) return;
    moreInFlight.current = true;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    try {
      const page = await listMine(cursor);
      if (gen !== generation.current) return;
      setState((s) => {
        const seen = new Set(s.items.map((m) => m.id));
        return {
          ...s,
          items: [...s.items, ...page.items.filter((m) => !seen.has(m.id))],
          cursor: page.cursor ?? null,
          loadingMore: false,
        };
      });
    } catch (err) {
      if (gen === generation.current) setState((s) => ({ ...s, loadingMore: false, moreError: errorMessage(err) }));
    } finally {
      if (gen === generation.current) moreInFlight.current = false;
    }
  }, []);

  useEffect(() => {
    if (enabled) void refresh();
    return () => {
      generation.current = -1;
    };
  }, [enabled, refresh]);

  return { state, refresh, loadMore };
}
