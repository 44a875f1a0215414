/**
 * Which deadline is running for a matter, and the countdown a citizen reads: "还剩 N 个工作日" / "今天到期" / "已超期".
 * Working days come from shared/calendar (official holidays and 调休). Import the calendar's browser-safe modules
 * directly: its index pulls in node's fs (shared/calendar/README.md).
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

/** What a deadline is for, in the citizen's words. */
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
 * deadline before that, the rating deadline after the reply. None while the reply is being reviewed (the unit
 * has answered) or once the matter has ended.
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
    case 'return_requested':
    case 'in_progress':
      return pick('handle') ?? pick('dispatch');
    case 'awaiting_rating':
      return pick('rate');
    default:
      return null;
  }
}

export interface Countdown {
  kind: DeadlineKind;
  /** e.g. `办理期限：11月20日，还剩 3 个工作日` */
  text: string;
  /** e.g. `还剩 3 个工作日` / `今天到期` / `已超期` */
  remaining: string;
  overdue: boolean;
}

/** Countdown for the running deadline at `nowMs`, or null when none is running. */
export function countdown(
  m: { status: Status; deadlines: Deadlines; overdue?: boolean },
  nowMs: number,
  cal: WorkCalendar = workCalendar(),
): Countdown | null {
  const running = runningDeadline(m);
  if (!running) return null;
  const { kind, deadline } = running;
  const due = toEpochMs(deadline.at);
  const label = DEADLINE_LABELS[KIND_FIELD[kind]];
  const when = formatDeadline(deadline, nowMs);
  const overdue = nowMs > due || (kind === 'handle' && !!m.overdue);
  let remaining: string;
  if (overdue) {
    remaining = kind === 'rate' ? '评价期限已过' : '已超期';
  } else if (kind === 'rate') {
    // The rating window is counted in clock hours (72 h), not working days.
    const hours = Math.max(1, Math.ceil((due - nowMs) / 3_600_000));
    remaining = hours >= 24 ? `还剩约 ${Math.floor(hours / 24)} 天` : `还剩约 ${hours} 小时`;
  } else if (shanghaiDay(nowMs) === shanghaiDay(due)) {
    remaining = '今天到期';
  } else {
    const n = workingDaysBetween(cal, nowMs, due);
    remaining = n > 0 ? `还剩 ${n} 个工作日` : '即将到期';
  }
  return { kind, text: `${label}：${when}，${remaining}`, remaining, overdue };
}
