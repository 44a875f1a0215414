/**
 * Shanghai calendar days and instants, with no wall-clock reads and no dependence on the process time zone.
 * Asia/Shanghai is a fixed UTC+08:00 (no daylight saving since 1991), so plain offset arithmetic is exact
 * for every date this platform handles.
 */
import type { Instant } from './types';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Date-time strings must carry an explicit offset: without one, JavaScript would read them in the process time zone. */
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day; throws RangeError if it is not a real calendar day. */
export function dayIndex(day: string): number {
  const m = typeof day === 'string' ? DAY_RE.exec(day) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const check = new Date(ms);
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`invalid day ${JSON.stringify(day)}: expected a calendar day as YYYY-MM-DD`);
}

const MAX_CACHED_DAYS = 100_000; // ~270 years of days: far more than any deployment walks
const dayStrings = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * 'YYYY-MM-DD' of a day index, by integer arithmetic (H. Hinnant's civil_from_days): this runs once per day
 * walked on the deadline hot path, where Date#toISOString would dominate the cost.
 */
export function formatDay(index: number): string {
  const cached = dayStrings.get(index);
  if (cached !== undefined) return cached;
  const z = index + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  // Reusing the same string objects also lets the calendar's Map skip re-hashing them.
  if (dayStrings.size < MAX_CACHED_DAYS) dayStrings.set(index, text);
  return text;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(index: number): number {
  return (((index + 4) % 7) + 7) % 7;
}

/** Epoch milliseconds of an instant; throws RangeError on invalid input. */
export function toEpochMs(instant: Instant): number {
  let ms: number;
  if (typeof instant === 'number') {
    ms = instant;
  } else if (instant instanceof Date) {
    ms = instant.getTime();
  } else if (typeof instant === 'string' && DAY_RE.test(instant)) {
    // A bare day means the start of that Shanghai calendar day (not UTC midnight, as Date.parse would read it).
    ms = dayIndex(instant) * DAY_MS - SHANGHAI_OFFSET_MS;
  } else if (typeof instant === 'string' && DATE_TIME_RE.test(instant)) {
    ms = Date.parse(instant);
  } else {
    throw new RangeError(
      `invalid instant ${JSON.stringify(instant)}: expected epoch ms, a Date, YYYY-MM-DD or an ISO-8601 date-time with Z or ±HH:MM`,
    );
  }
  if (!Number.isFinite(ms)) throw new RangeError(`invalid instant ${JSON.stringify(instant)}`);
  return ms;
}

/** Day index of the Shanghai calendar day containing the instant. */
export function shanghaiDayIndex(instant: Instant): number {
  return Math.floor((toEpochMs(instant) + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** Shanghai calendar day 'YYYY-MM-DD' of the instant (2026-11-20T17:30:00Z → '2026-11-21'). */
export function shanghaiDay(instant: Instant): string {
  return formatDay(shanghaiDayIndex(instant));
}

/** The instant as ISO-8601 with the +08:00 offset and milliseconds, e.g. '2026-11-21T01:30:00.000+08:00'. */
export function toShanghaiIso(instant: Instant): string {
  return new Date(toEpochMs(instant) + SHANGHAI_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** End of a Shanghai calendar day: '2026-10-09' → '2026-10-09T23:59:59.999+08:00' (docs/rules.md §2). */
export function endOfDay(day: string): string {
  dayIndex(day);
  return `${day}T23:59:59.999+08:00`;
}

/** A deadline as epoch ms; no deadline is never due. */
export const deadlineMs = (d: { at: string } | null | undefined): number => (d ? Date.parse(d.at) : Number.POSITIVE_INFINITY);
