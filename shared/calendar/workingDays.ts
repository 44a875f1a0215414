/**
 * Working-day arithmetic (docs/rules.md §2 "Working days"): "within N working days from the day following receipt"
 * ends at 23:59:59.999 +08:00 of the N-th working day after the Shanghai calendar day of receipt.
 */
import { endOfDay, formatDay, shanghaiDay, shanghaiDayIndex } from './time';
import type { Deadline, Instant, WorkCalendar } from './types';

/** Safety net against data with no working days at all: ten years of scanning beyond the usual ratio. */
const maxScan = (n: number): number => n * 7 + 3660;

/**
 * End of the n-th working day after the Shanghai day of `from` (n ≥ 1), or of the |n|-th working day before it
 * (n ≤ -1, e.g. "warn 1 WD before the deadline"). n = 0 or a non-integer throws RangeError.
 * `provisional` is true if any day walked (excluding `from`'s own day) is provisional.
 */
export function addWorkingDays(cal: WorkCalendar, from: Instant, n: number): Deadline {
  if (!Number.isInteger(n) || n === 0) {
    throw new RangeError(`addWorkingDays: n must be a non-zero integer, got ${n}`);
  }
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let index = shanghaiDayIndex(from);
  let provisional = false;
  for (let scanned = 0; remaining > 0; scanned++) {
    if (scanned > maxScan(Math.abs(n))) {
      throw new RangeError(`addWorkingDays: no ${n} working days found near ${shanghaiDay(from)}; check the calendar data`);
    }
    index += step;
    const day = formatDay(index);
    if (cal.isProvisional(day)) provisional = true;
    if (cal.isWorkingDay(day)) remaining--;
  }
  return { at: endOfDay(formatDay(index)), provisional };
}

/** Number of working days d with shanghaiDay(from) < d ≤ shanghaiDay(to); 0 when to's day ≤ from's day. */
export function workingDaysBetween(cal: WorkCalendar, from: Instant, to: Instant): number {
  const last = shanghaiDayIndex(to);
  let count = 0;
  for (let index = shanghaiDayIndex(from) + 1; index <= last; index++) {
    if (cal.isWorkingDay(formatDay(index))) count++;
  }
  return count;
}

/** Whether the Shanghai calendar day of the instant is a working day. */
export function isWorkingInstant(cal: WorkCalendar, instant: Instant): boolean {
  return cal.isWorkingDay(shanghaiDay(instant));
}
