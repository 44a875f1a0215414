/**
 * Knowledge-base answers for the content as the operator types it (GET /v1/knowledge?q=, debounced), so a
 * consultation can be answered while the caller is still on the line (GZ Art.13(1)). Only the latest query may
 * update the list; the previous answers stay on screen while a new search runs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, searchKnowledge } from '../../../services/api';
import type { KnowledgeArticle } from '../../../../../shared/views';

/** Wait this long after the last keystroke before searching. */
export const KNOWLEDGE_DEBOUNCE_MS = 400;
/** Fewer characters than this say too little to search on. */
export const KNOWLEDGE_MIN_CHARS = 4;
export const KNOWLEDGE_MAX_ITEMS = 5;

export type KnowledgeState =
  | { status: 'idle' }
  | { status: 'loading'; items: KnowledgeArticle[] }
  | { status: 'ready'; q: string; items: KnowledgeArticle[] }
  | { status: 'error'; message: string };

export function useKnowledgeSuggestions(content: string): { state: KnowledgeState; retry: () => void } {
  const q = content.trim().slice(0, 200);
  const [state, setState] = useState<KnowledgeState>({ status: 'idle' });
  const latest = useRef(0);

  const search = useCallback(async (query: string) => {
    const id = ++latest.current;
    try {
      const res = await searchKnowledge(query);
      const items = Array.isArray(res?.items) ? res.items.slice(0, KNOWLEDGE_MAX_ITEMS) : [];
      if (id === latest.current) setState({ status: 'ready', q: query, items });
    } catch (err) {
      if (id === latest.current) setState({ status: 'error', message: errorMessage(err) });
    }
  }, []);

  useEffect(() => {
    if (q.length < KNOWLEDGE_MIN_CHARS) {
      latest.current++;
      setState({ status: 'idle' });
      return undefined;
    }
    setState((s) => ({ status: 'loading', items: s.status === 'ready' || s.status === 'loading' ? s.items : [] }));
    const timer = setTimeout(() => void search(q), KNOWLEDGE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, search]);

  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  const retry = useCallback(() => {
    if (q.length < KNOWLEDGE_MIN_CHARS) return;
    setState({ status: 'loading', items: [] });
    void search(q);
  }, [q, search]);

  return { state, retry };
}
