/**
 * Dates for people, in Shanghai time whatever the phone's time zone: `11月2日 10:00`, `11月20日`.
 * The year is added only when it is not the current one.
 */
import { toEpochMs } from '../../../shared/calendar/time';
import type { Deadline } from '../../../shared/views';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function parts(instant: string | number): Parts | null {
  let ms: number;
  try {
    ms = toEpochMs(instant);
  } catch {
    return null;
  }
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function dayText(p: Parts, nowMs?: number): string {
  const current = nowMs === undefined ? null : parts(nowMs);
  const year = current && current.year !== p.year ? `${p.year}年` : '';
  return `${year}${p.month}月${p.day}日`;
}

/** `2026-11-02T10:00:00+08:00` → `11月2日 10:00` (with `2025年` in front when not in the year of `nowMs`). */
export function formatDateTime(instant: string, nowMs?: number): string {
  const p = parts(instant);
  return p ? `${dayText(p, nowMs)} ${pad(p.hour)}:${pad(p.minute)}` : '';
}

/** `2026-11-20T23:59:59.999+08:00` → `11月20日`. */
export function formatDate(instant: string, nowMs?: number): string {
  const p = parts(instant);
  return p ? dayText(p, nowMs) : '';
}

/**
 * A deadline as people say it: an end-of-day deadline is just the day (`11月20日`), any other one has the time
 * (`11月5日 10:00`); a deadline computed from a provisional calendar year is marked `（暂定）`.
 */
export function formatDeadline(deadline: Deadline, nowMs?: number): string {
  const p = parts(deadline.at);
  if (!p) return '';
  const endOfDay = p.hour === 23 && p.minute === 59;
  const text = endOfDay ? dayText(p, nowMs) : `${dayText(p, nowMs)} ${pad(p.hour)}:${pad(p.minute)}`;
  return deadline.provisional ? `${text}（暂定）` : text;
}
