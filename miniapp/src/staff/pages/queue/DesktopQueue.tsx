/**
 * Desktop layout of the queue (H5 ≥ 1200 px): filters in a side panel, the table in the middle, the selected
 * matter with its timeline and actions on the right (components/MatterPane). Keyboard triage (useTriageKeys) and
 * a shortcut strip. After an action the rows reload to as many as were loaded (useQueue) and the selection keeps
 * its place: when the matter left the partition, the row that slid into its place is next.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import MatterView, { type MatterCommand } from '../../components/MatterPane';
import { tabStop } from '../../components/Press';
import { ACTION_LABELS } from '../../services/actions';
import type { QueueItem, StaffSession } from '../../../../../shared/views';
import QueueTable, { sortRows, type Sort, type SortKey } from './QueueTable';
import ShortcutHelp from './ShortcutHelp';
import type { QueueData } from './useQueue';
import { useTriageKeys } from './useTriageKeys';

const ROOT = 'staff-queue';

interface Props {
  session: StaffSession;
  onExpired: () => void;
  header: ReactNode;
  filters: ReactNode;
  toolbar: ReactNode;
  state: ReactNode;
  more: ReactNode;
  /** Loaded rows in urgency order. */
  items: QueueItem[];
  now: number;
  queue: QueueData;
  /** Changes with the tab and filters: the selection starts again at the top. */
  resetKey: string;
}

function focusSelector(selector: string): void {
  if (typeof document === 'undefined') return;
  const el = document.querySelector<HTMLElement>(`[data-kb-root="${ROOT}"] ${selector}`);
  el?.focus();
  el?.scrollIntoView?.({ block: 'nearest' });
}

export default function DesktopQueue({ session, onExpired, header, filters, toolbar, state, more, items, now, queue, resetKey }: Props) {
  const [sort, setSort] = useState<Sort>({ key: 'urgency', dir: 1 });
  const rows = sortRows(items, sort);
  const [sel, setSel] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const [command, setCommand] = useState<MatterCommand | null>(null);
  const [help, setHelp] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => setSel({ id: null, index: 0 }), [resetKey]);

  // The selected row: by id while it is listed, else the row now at its old place.
  const foundAt = sel.id ? rows.findIndex((m) => m.id === sel.id) : -1;
  const index = foundAt >= 0 ? foundAt : Math.min(sel.index, rows.length - 1);
  const current = rows[index] ?? null;
  const paneId = sel.id ?? current?.id ?? null;

  // Another matter in the pane: start at its top.
  useEffect(() => {
    if (typeof document === 'undefined' || !paneId) return;
    const pane = document.querySelector<HTMLElement>(`[data-kb-root="${ROOT}"] [data-testid="matter-pane"]`);
    if (pane) pane.scrollTop = 0;
  }, [paneId]);

  const select = useCallback((m: QueueItem | undefined, i: number, focus = true) => {
    if (!m) return;
    setSel({ id: m.id, index: i });
    setCommand(null);
    if (focus) setTimeout(() => focusSelector(`[data-row-id="${m.id}"]`), 0);
  }, []);

  const rowsRef = useRef({ rows, index, queue });
  rowsRef.current = { rows, index, queue };

  useTriageKeys(true, ROOT, {
    move: (delta) => {
      const { rows: r, index: i, queue: q } = rowsRef.current;
      // The selected matter left the list (e.g. dispatched): the row now at its place is "next", one up is "previous".
      const gone = sel.id !== null && foundAt < 0;
      const from = gone && delta === 1 ? i - 1 : i;
      const next = Math.max(0, Math.min(r.length - 1, from + delta));
      select(r[next], next);
      // Near the end of what is loaded: fetch the next page (the selection stays where it is).
      if (next >= r.length - 3 && q.list.phase === 'ready' && q.list.cursor) void q.loadMore();
    },
    open: () => {
      if (current && !sel.id) setSel({ id: current.id, index });
      focusSelector('[data-testid="matter-pane"]');
    },
    command: (action) => {
      if (!paneId) return;
      if (!sel.id && current) setSel({ id: current.id, index });
      setCommand((c) => ({ action, seq: (c?.seq ?? 0) + 1 }));
    },
    back: () => {
      const cancel = document.querySelector<HTMLElement>(`[data-kb-root="${ROOT}"] [data-testid="action-form-cancel"]`);
      if (cancel) cancel.click();
      else if (help) setHelp(false);
      if (paneId) setTimeout(() => focusSelector(`[data-row-id="${paneId}"]`), 0);
    },
    toggleHelp: () => setHelp((h) => !h),
  });

  const onSort = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }));

  return (
    <View className='sq-desk' data-kb-root={ROOT}>
      <View className='sq-desk__top' role='banner'>
        {header}
      </View>
      <View className='sq-desk__body'>
        <View className='sq-desk__side' role='complementary' aria-label='筛选'>
          {filters}
        </View>
        <View className='sq-desk__list' role='main' aria-label='诉求列表'>
          {toolbar}
          {done ? (
            <View className='sq-desk__done' role='status' data-testid='queue-done'>
              {done}
            </View>
          ) : null}
          {state ?? (
            <View className='sq-desk__table'>
              <QueueTable rows={rows} now={now} sort={sort} onSort={onSort} selectedId={current?.id ?? null} onSelect={(id) => select(rows.find((m) => m.id === id), rows.findIndex((m) => m.id === id), false)} />
              {more}
            </View>
          )}
          <ShortcutHelp open={help} onToggle={() => setHelp((h) => !h)} />
        </View>
        <View className='sq-desk__pane' data-testid='matter-pane' {...tabStop(-1)} role='region' aria-label='诉求详情'>
          {paneId ? (
            <MatterView
              key={paneId}
              id={paneId}
              session={session}
              onExpired={onExpired}
              refreshKey={refreshKey}
              desktop
              command={command}
              onChanged={(action) => {
                const m = rows.find((r) => r.id === paneId);
                setDone(`诉求 ${m?.trackingNo ?? ''} 已${ACTION_LABELS[action]}。按 J 处理下一件`);
                setRefreshKey((k) => k + 1);
                void queue.load(true);
                setTimeout(() => focusSelector(`[data-row-id="${paneId}"]`), 0);
              }}
            />
          ) : (
            <View className='sq-desk__hint'>在左侧选择一件诉求，这里显示详情、办理记录和可以办理的操作。</View>
          )}
        </View>
      </View>
    </View>
  );
}
