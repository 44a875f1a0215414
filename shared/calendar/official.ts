/**
 * Official holidays and make-up working days (调休) from the `chinese-days` package.
 *
 * We read the package's prebuilt data file rather than calling its isWorkday(): its date helper parses
 * 'YYYY-MM-DD' as UTC but formats and takes weekdays in the process time zone, so in any zone west of UTC
 * (e.g. America/Los_Angeles) isWorkday() is wrong for about a quarter of all days. The data file holds the
 * same tables isWorkday() consults (the tests cross-check them), with no time-zone dependence.
 *
 * chinese-days treats every year it has no data for as "Mon–Fri work" without saying so, so we derive the
 * covered years from the data itself and never consult it outside them (1.5.7: 2004–2026).
 */
import chineseDaysPkg from 'chinese-days/package.json';

interface OfficialTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

interface Official {
  tables: OfficialTables;
  years: Set<number>;
  range: [number, number];
}

let official: Official | undefined;

/**
 * The 45 KiB data file is read on the first working-day question, not when a function starts (issue 17: cold start);
 * a bundler keeps a `require` inside a function as a module evaluated on that first call.
 */
function load(): Official {
  if (!official) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tables = require('chinese-days/dist/chinese-days.json') as OfficialTables;
    const years = new Set(Object.keys(tables.holidays).map((day) => Number(day.slice(0, 4))));
    official = { tables, years, range: [Math.min(...years), Math.max(...years)] };
  }
  return official;
}

export const OFFICIAL_SOURCE = `chinese-days@${chineseDaysPkg.version}`;

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
  const { tables } = load();
  if (tables.workdays[day]) return 'work';
  if (tables.holidays[day]) return 'off';
  return undefined;
}
