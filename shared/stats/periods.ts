/**
 * Calendar buckets for statistics (docs/rules.md §6): Shanghai calendar days, ISO weeks (Monday–Sunday) and months.
 * Pure arithmetic on 'YYYY-MM-DD' strings; nothing here reads the clock.
 */
import { dayIndex, formatDay, weekdayOf } from '../calendar/time';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO-8601 week of a day, e.g. '2026-11-02' → '2026-W45' (the week-year is the year of the week's Thursday). */
export function isoWeekOf(day: string): string {
  const index = dayIndex(day);
  const isoWeekday = ((weekdayOf(index) + 6) % 7) + 1; // Monday = 1 … Sunday = 7
  const thursday = index - isoWeekday + 4;
  const year = Number(formatDay(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayIndex(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/** Monday of an ISO week ('2026-W45' → '2026-11-02'). */
export function weekMonday(week: string): string {
  const m = WEEK_RE.exec(week);
  if (!m) throw new RangeError(`invalid ISO week ${JSON.stringify(week)}`);
  const jan4 = dayIndex(`${m[1]}-01-04`); // 4 January is always in week 1
  const mondayOfWeek1 = jan4 - (((weekdayOf(jan4) + 6) % 7) + 1) + 1;
  return formatDay(mondayOfWeek1 + (Number(m[2]) - 1) * 7);
}

/** The ISO week `n` weeks before (n > 0) or after (n < 0) `week`. */
export const shiftWeek = (week: string, n: number): string => isoWeekOf(formatDay(dayIndex(weekMonday(week)) - 7 * n));

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = dayIndex(from), last = dayIndex(to); i <= last; i++) out.push(formatDay(i));
  return out;
}

export const addDays = (day: string, n: number): string => formatDay(dayIndex(day) + n);
export const daySpan = (from: string, to: string): number => dayIndex(to) - dayIndex(from) + 1;

/** Bucket key of a day: the day itself, its ISO week or its month ('2026-11'). */
export function bucketOf(day: string, period: Period): string {
  if (period === 'day') return day;
  if (period === 'week') return isoWeekOf(day);
  return day.slice(0, 7);
}

export interface Bucket {
  key: string;
  /** First and last day of the bucket that fall inside the requested range. */
  from: string;
  to: string;
}

/** The buckets covering [from, to], in order, each clipped to the range. */
export function bucketsOf(from: string, to: string, period: Period): Bucket[] {
  const out: Bucket[] = [];
  for (const day of daysFrom(from, to)) {
    const key = bucketOf(day, period);
    const last = out[out.length - 1];
    if (last && last.key === key) last.to = day;
    else out.push({ key, from: day, to: day });
  }
  return out;
}

/** ISO weeks touching [from, to], in order. */
export const weeksOf = (from: string, to: string): string[] => bucketsOf(from, to, 'week').map((b) => b.key);

/** Shanghai start of a day as a UTC ISO instant (how gsi sort keys store createdAt). */
export const dayStartUtc = (day: string): string => new Date(Date.parse(`${day}T00:00:00.000+08:00`)).toISOString();
/** Shanghai end of a day as a UTC ISO instant. */
export const dayEndUtc = (day: string): string => new Date(Date.parse(`${day}T23:59:59.999+08:00`)).toISOString();
