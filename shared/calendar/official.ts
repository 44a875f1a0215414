/**
 * Official holidays and make-up working days (调休) from the `chinese-days` package.
 *
 * We use the package's prebuilt data file (as the compact day lists scripts/calendar-official.js generates from it into
 * ./officialDays.ts, checked against the package by its test) rather than calling its isWorkday(): its date helper parses
 * 'YYYY-MM-DD' as UTC but formats and takes weekdays in the process time zone, so in any zone west of UTC
 * (e.g. America/Los_Angeles) isWorkday() is wrong for about a quarter of all days. The data file holds the
 * same tables isWorkday() consults (the tests cross-check them), with no time-zone dependence.
 *
 * chinese-days treats every year it has no data for as "Mon–Fri work" without saying so, so we derive the
 * covered years from the data itself and never consult it outside them (1.5.7: 2004–2026).
 */
import { OFFICIAL_HOLIDAYS, OFFICIAL_PACKAGE, OFFICIAL_WORKDAYS } from './officialDays';

interface Official {
  holidays: Set<string>;
  workdays: Set<string>;
  years: Set<number>;
  range: [number, number];
}

let official: Official | undefined;

/** `YYYY:MMDD,…;…` → every day as YYYY-MM-DD, and the years listed. */
function expand(lists: string, years?: Set<number>): Set<string> {
  const days = new Set<string>();
  for (const entry of lists.split(';')) {
    const [year, list] = entry.split(':');
    years?.add(Number(year));
    for (const mmdd of list.split(',')) days.add(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
  }
  return days;
}

/** Expanded on the first working-day question, not when a function starts (issue 17: cold start). */
function load(): Official {
  if (!official) {
    const years = new Set<number>();
    const holidays = expand(OFFICIAL_HOLIDAYS, years);
    official = { holidays, workdays: expand(OFFICIAL_WORKDAYS), years, range: [Math.min(...years), Math.max(...years)] };
  }
  return official;
}

export const OFFICIAL_SOURCE = OFFICIAL_PACKAGE;

/** First and last year chinese-days has data for. */
export function officialYears(): [number, number] {
  const [from, to] = load().range;
  return [from, to];
}

export function isOfficialYear(year: number): boolean {
  return load().years.has(year);
}

/** Official status of a day in a covered year: 'work' / 'off' when listed, undefined for an ordinary day. */
export function officialStatus(day: string): 'work' | 'off' | undefined {
  const { holidays, workdays } = load();
  if (workdays.has(day)) return 'work';
  if (holidays.has(day)) return 'off';
  return undefined;
}
