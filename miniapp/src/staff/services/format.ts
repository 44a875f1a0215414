/**
 * Deadlines and times for the workbench (docs/rules.md §2 "Working days"): the nearest running deadline, its urgency,
 * urgency sort, Shanghai times. The words (labels, time left) are src/services/deadlines.ts, shared with the
 * citizen pages; "（暂定）" marks a deadline resting on a provisional calendar year.
 */
import { shanghaiDay, toShanghaiIso } from '../../../../shared/calendar/time';
import { workingDaysBetween } from '../../../../shared/calendar/workingDays';
import { isHandlingPaused } from '../../../../shared/domain/statusGroups';
import { DEADLINE_LABELS, timeLeft, workCalendar } from '../../services/deadlines';
import type { Deadline, Deadlines, QueueItem, StaffMatter } from '../../../../shared/views';

const cal = workCalendar;

/** `2026-10-09T23:59:59.999+08:00` → `2026-10-09 23:59` (Shanghai time); the input unchanged if unreadable. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return toShanghaiIso(ms).slice(0, 16).replace('T', ' ');
}

export const DEADLINE_KEYS: readonly (keyof Deadlines)[] = ['dispatchBy', 'checkBy', 'handleBy', 'rateBy'];

type Clocked = Pick<QueueItem, 'status' | 'deadlines'> & { reviewBy?: Deadline | null };

/** The matter's clocks on the desk: its four deadlines and the centre's own review deadline (CS Art.33). */
export type ClockKey = keyof Deadlines | 'reviewBy';
export const CLOCK_LABELS: Readonly<Record<ClockKey, string>> = { ...DEADLINE_LABELS, reviewBy: '中心审核期限' };

/**
 * The nearest running deadline of a matter, or null when no timer runs. While the centre reviews a return request or
 * a reply, the unit's handling clock stands still and the centre's review deadline is the one running.
 */
export function nearestDeadline(m: Clocked): { key: ClockKey; deadline: Deadline } | null {
  const paused = isHandlingPaused(m.status);
  const clocks: Array<[ClockKey, Deadline | null | undefined]> = DEADLINE_KEYS.map((key) => [key, m.deadlines?.[key]]);
  if (paused) clocks.push(['reviewBy', m.reviewBy]);
  let best: { key: ClockKey; deadline: Deadline; at: number } | null = null;
  for (const [key, deadline] of clocks) {
    const at = deadline ? Date.parse(deadline.at) : NaN;
    if (!deadline || !Number.isFinite(at) || (key === 'handleBy' && paused)) continue;
    if (!best || at < best.at) best = { key, deadline, at };
  }
  return best ? { key: best.key, deadline: best.deadline } : null;
}

/** Time left on a desk clock, in the words citizen and staff pages share (the review deadline counts working days). */
export const clockLeft = (deadline: Deadline, key: ClockKey, now: number) => timeLeft(deadline, key === 'reviewBy' ? 'handleBy' : key, now);

/** Words for a handling deadline that stands still (docs/rules.md §2, return-review and reply-review). */
export const PAUSED_TEXT = '中心审核期间暂停计时';

/** "办理期限：还剩3个工作日（暂定）" for a row; "办理期限：中心审核期间暂停计时" while the centre reviews; null when nothing runs. */
export function deadlineSummary(m: Clocked, now: number): { text: string; overdue: boolean } | null {
  const n = nearestDeadline(m);
  if (!n) return m.deadlines?.handleBy ? { text: `${DEADLINE_LABELS.handleBy}：${PAUSED_TEXT}`, overdue: false } : null;
  const c = clockLeft(n.deadline, n.key, now);
  return { text: `${CLOCK_LABELS[n.key]}：${c.text}${n.deadline.provisional ? '（暂定）' : ''}`, overdue: c.overdue };
}

/**
 * The handling deadline as it stood when the unit handed the matter to the centre ("交审核时还剩 2 个工作日"), for a
 * matter whose handling clock stands still; null otherwise. The unit keeps those days if the matter comes back.
 */
export function pausedHandling(m: Pick<StaffMatter, 'status' | 'deadlines' | 'reply' | 'pending'>): { text: string; overdue: boolean } | null {
  const handleBy = m.deadlines?.handleBy;
  if (!handleBy || !isHandlingPaused(m.status)) return null;
  const since = Date.parse((m.status === 'reply_review' ? m.reply?.at : m.pending?.at) ?? '');
  if (!Number.isFinite(since)) return { text: PAUSED_TEXT, overdue: false };
  const c = timeLeft(handleBy, 'handleBy', since);
  return { text: `${PAUSED_TEXT}（交审核时${c.text}）`, overdue: c.overdue };
}

/** How urgent a running deadline is, for colour (the words say it too): overdue; red due today or within one working
 * day (the 72-hour rating window: under 24 hours); amber within three working days (48 hours); green otherwise. */
export type Urgency = 'green' | 'amber' | 'red' | 'overdue';

export function urgencyOf(deadline: Deadline, now: number, key: ClockKey = 'handleBy'): Urgency {
  const at = Date.parse(deadline.at);
  if (!Number.isFinite(at)) return 'green';
  if (now > at) return 'overdue';
  if (key === 'rateBy') {
    const hours = (at - now) / 3_600_000;
    return hours < 24 ? 'red' : hours < 48 ? 'amber' : 'green';
  }
  if (shanghaiDay(now) === shanghaiDay(at)) return 'red';
  let left: number;
  try {
    left = workingDaysBetween(cal(), now, at);
  } catch {
    left = Math.ceil((at - now) / 86_400_000);
  }
  return left <= 1 ? 'red' : left <= 3 ? 'amber' : 'green';
}

/** Whether a row counts as overdue: the backend's flag or a passed deadline. */
export function isOverdue(item: Clocked & Pick<QueueItem, 'overdue'>, now: number): boolean {
  if (item.overdue) return true;
  const n = nearestDeadline(item);
  return !!n && now > Date.parse(n.deadline.at);
}

/**
 * Most urgent first: overdue, then higher supervision level, then the nearest deadline (none last),
 * then the oldest. Stable for equal keys.
 */
export function sortByUrgency<T extends Clocked & Pick<QueueItem, 'overdue' | 'supervisionLevel' | 'createdAt'>>(
  items: readonly T[],
  now: number,
): T[] {
  const key = (m: T) => {
    const n = nearestDeadline(m);
    return {
      overdue: isOverdue(m, now) ? 1 : 0,
      level: m.supervisionLevel ?? 0,
      due: n ? Date.parse(n.deadline.at) : Number.POSITIVE_INFINITY,
      created: Date.parse(m.createdAt) || 0,
    };
  };
  return items
    .map((m, i) => ({ m, i, k: key(m) }))
    .sort(
      (a, b) =>
        b.k.overdue - a.k.overdue ||
        b.k.level - a.k.level ||
        (a.k.due === b.k.due ? 0 : a.k.due < b.k.due ? -1 : 1) ||
        a.k.created - b.k.created ||
        a.i - b.i,
    )
    .map((x) => x.m);
}

/** The current time as `YYYY-MM-DD HH:mm` in Shanghai (default for 办理时间). */
export function nowLocalInput(now: number): string {
  return formatTime(new Date(now).toISOString());
}

/**
 * `YYYY-MM-DD HH:mm` (Shanghai) → ISO with +08:00, as the reply schema wants; anything else is returned as is
 * so the schema reports it.
 */
export function localInputToIso(text: string): string {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return text.trim();
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23) return text.trim();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:00+08:00`;
}
