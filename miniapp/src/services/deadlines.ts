/**
 * Deadlines in words, the one set for citizen and staff pages (docs/rules.md §2 "Working days"): what each deadline
 * is called, the time left ("还剩 N 个工作日" / "今天到期" / "已超期 N 个工作日"; the 72-hour rating window in
 * clock hours), and which deadline a citizen is waiting on. Working days come from shared/calendar (official
 * holidays and 调休). Import the calendar's browser-safe modules directly: its index pulls in node's fs
 * (shared/calendar/README.md).
 */
import { createCalendar } from '../../../shared/calendar/calendar';
import { shanghaiDay, toEpochMs } from '../../../shared/calendar/time';
import type { WorkCalendar } from '../../../shared/calendar/types';
import { workingDaysBetween } from '../../../shared/calendar/workingDays';
import { formatDeadline } from './format';
import type { Deadline, Deadlines, Status } from '../../../shared/views';

let calendar: WorkCalendar | null = null;

/** The working-day calendar, built on first use. */
export function workCalendar(): WorkCalendar {
  if (!calendar) calendar = createCalendar();
  return calendar;
}

export type DeadlineKind = 'dispatch' | 'handle' | 'rate';

/** What a deadline is for, in words a citizen and a clerk both read. */
export const DEADLINE_LABELS: Readonly<Record<keyof Deadlines, string>> = {
  dispatchBy: '转交承办单位期限',
  checkBy: '承办单位签收期限',
  handleBy: '办理期限',
  rateBy: '评价期限',
};

const KIND_FIELD: Readonly<Record<DeadlineKind, keyof Deadlines>> = {
  dispatch: 'dispatchBy',
  handle: 'handleBy',
  rate: 'rateBy',
};

/**
 * The deadline the citizen is waiting on: the handling deadline while a unit has the matter, the dispatch
 * deadline before that, the rating deadline after the reply. None while the centre reviews a return request or the
 * reply (the handling clock stands still then, docs/rules.md §2: shared/domain/statusGroups.ts
 * HANDLING_PAUSED_STATUSES) or once the matter has ended.
 */
export function runningDeadline(m: { status: Status; deadlines: Deadlines }): { kind: DeadlineKind; deadline: Deadline } | null {
  const d = m.deadlines;
  const pick = (kind: DeadlineKind) => {
    const deadline = d[KIND_FIELD[kind]];
    return deadline ? { kind, deadline } : null;
  };
  switch (m.status) {
    case 'received':
      return pick('dispatch') ?? pick('handle');
    case 'dispatched':
    case 'in_progress':
      return pick('handle') ?? pick('dispatch');
    case 'awaiting_rating':
      return pick('rate');
    default:
      return null;
  }
}

export interface TimeLeft {
  /** e.g. `还剩 3 个工作日` / `今天到期` / `已超期 2 个工作日` / `还剩约 5 小时` */
  text: string;
  overdue: boolean;
}

function workingDays(cal: WorkCalendar, fromMs: number, toMs: number): number | null {
  try {
    return workingDaysBetween(cal, fromMs, toMs);
  } catch {
    return null; // a year the calendar does not cover: say less rather than something wrong
  }
}

/**
 * Time left until `deadline` (`key` says which: the 72-hour rating window counts clock hours, the others
 * working days), or how late it is. `late` marks a deadline the backend already counts as missed.
 */
export function timeLeft(
  deadline: Deadline,
  key: keyof Deadlines,
  nowMs: number,
  { late = false, cal = workCalendar() }: { late?: boolean; cal?: WorkCalendar } = {},
): TimeLeft {
  let due: number;
  try {
    due = toEpochMs(deadline.at);
  } catch {
    return { text: '', overdue: false };
  }
  if (nowMs > due || late) {
    if (key === 'rateBy') return { text: '评价期限已过', overdue: true };
    const n = nowMs > due ? workingDays(cal, due, nowMs) : null;
    return { text: n ? `已超期 ${n} 个工作日` : '已超期', overdue: true };
  }
  if (key === 'rateBy') {
    const hours = Math.max(1, Math.ceil((due - nowMs) / 3_600_000));
    return { text: hours >= 24 ? `还剩约 ${Math.floor(hours / 24)} 天` : `还剩约 ${hours} 小时`, overdue: false };
  }
  if (shanghaiDay(nowMs) === shanghaiDay(due)) return { text: '今天到期', overdue: false };
  const n = workingDays(cal, nowMs, due);
  return { text: n && n > 0 ? `还剩 ${n} 个工作日` : '即将到期', overdue: false };
}

export interface Countdown {
  kind: DeadlineKind;
  /** e.g. `办理期限：11月20日，还剩 3 个工作日` */
  text: string;
  /** e.g. `还剩 3 个工作日` / `今天到期` / `已超期` */
  remaining: string;
  overdue: boolean;
}

/** The citizen's countdown for the running deadline at `nowMs`, or null when none is running. */
export function countdown(
  m: { status: Status; deadlines: Deadlines; overdue?: boolean },
  nowMs: number,
  cal: WorkCalendar = workCalendar(),
): Countdown | null {
  const running = runningDeadline(m);
  if (!running) return null;
  const { kind, deadline } = running;
  const key = KIND_FIELD[kind];
  const left = timeLeft(deadline, key, nowMs, { late: kind === 'handle' && !!m.overdue, cal });
  return { kind, text: `${DEADLINE_LABELS[key]}：${formatDeadline(deadline, nowMs)}，${left.text}`, remaining: left.text, overdue: left.overdue };
}
