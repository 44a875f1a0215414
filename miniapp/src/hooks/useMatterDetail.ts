/**
 * One of my matters: load, reload, and the citizen's actions (supplement, rating, withdraw) with If-Match.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ACTION_SCHEMAS } from '../../../shared/schemas';
import { ApiError, errorMessage, fieldErrors } from '../services/api';
import { actOnMine, getMine } from '../services/citizen';
import type { CitizenAction, CitizenMatter } from '../../../shared/views';

export type MatterDetailState =
  | { status: 'loading' }
  | { status: 'ready'; matter: CitizenMatter; refreshing: boolean }
  | { status: 'error'; message: string; notFound: boolean };

export type ActionResult = { ok: true } | { ok: false; message: string; fields: Record<string, string> };

export const CONFLICT_MESSAGE = '这件诉求刚刚有了新进展，页面已经更新，请看一下最新情况后再操作';
export const MISSING_ID_MESSAGE = '没有找到要查看的诉求，请从“我的诉求”进入';

export function useMatterDetail(id: string | undefined, enabled: boolean) {
  const [state, setState] = useState<MatterDetailState>({ status: 'loading' });
  /** Page-level message after an action the backend refused because the matter moved on (the form may be gone). */
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(0);
  const matterRef = useRef<CitizenMatter | null>(null);
  matterRef.current = state.status === 'ready' ? state.matter : null;

  /** Loads (or refreshes) the matter; resolves null, or the error message when a refresh failed. */
  const load = useCallback(async (): Promise<string | null> => {
    if (!id) {
      setState({ status: 'error', message: MISSING_ID_MESSAGE, notFound: true });
      return MISSING_ID_MESSAGE;
    }
    const req = ++latest.current;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    try {
      const matter = await getMine(id);
      if (req === latest.current) setState({ status: 'ready', matter, refreshing: false });
      return null;
    } catch (err) {
      if (req !== latest.current) return null;
      // A failed refresh keeps what is on screen; the caller says why.
      setState((s) =>
        s.status === 'ready'
          ? { ...s, refreshing: false }
          : { status: 'error', message: errorMessage(err), notFound: err instanceof ApiError && err.status === 404 },
      );
      return errorMessage(err);
    }
  }, [id]);

  useEffect(() => {
    if (enabled) void load();
    return () => {
      latest.current = -1;
    };
  }, [enabled, load]);

  /** Validate with the shared schema, send with If-Match, and show the matter the backend returns. */
  const act = useCallback(
    async (action: CitizenAction, input: Record<string, unknown>): Promise<ActionResult> => {
      const matter = matterRef.current;
      if (!matter) return { ok: false, message: MISSING_ID_MESSAGE, fields: {} };
      const parsed = ACTION_SCHEMAS[action].safeParse(input);
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const i of parsed.error.issues) {
          const key = String(i.path[0] ?? 'form');
          if (!fields[key]) fields[key] = i.message;
        }
        return { ok: false, message: parsed.error.issues[0]?.message ?? '请检查填写的内容', fields };
      }
      setNotice(null);
      try {
        const updated = await actOnMine(matter.id, action, parsed.data as Record<string, unknown>, matter.version);
        latest.current++;
        setState({ status: 'ready', matter: updated, refreshing: false });
        return { ok: true };
      } catch (err) {
        if (err instanceof ApiError && (err.code === 'VERSION_CONFLICT' || err.code === 'INVALID_TRANSITION')) {
          const message =
            err.code === 'VERSION_CONFLICT' ? CONFLICT_MESSAGE : `${errorMessage(err).replace(/[。.！!]+$/, '')}。页面已更新为最新情况。`;
          await load();
          setNotice(message);
          return { ok: false, message, fields: {} };
        }
        return { ok: false, message: errorMessage(err), fields: fieldErrors(err) };
      }
    },
    [load],
  );

  return { state, reload: load, act, notice };
}
