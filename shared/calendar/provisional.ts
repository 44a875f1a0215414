/**
 * Provisional holidays for a year with neither official nor operator data (docs/rules.md §2 "Working days").
 * Rules: the State Council's holiday regulation as amended in 2025 (全国年节及纪念日放假办法):
 *   New Year's Day 1 Jan; Spring Festival 4 days, lunar New Year's Eve (除夕) through lunar 1/3 (初三);
 *   Qingming 1 day (the solar term); Labour Day 1–2 May; Dragon Boat lunar 5/5; Mid-Autumn lunar 8/15;
 *   National Day 1–3 Oct.
 * No make-up working days (调休) are guessed: they are only known once the yearly arrangement is published.
 */

/**
 * [year, lunar New Year 正月初一, Qingming 清明, Dragon Boat 五月初五, Mid-Autumn 八月十五], as MM-DD.
 * Generated with chinese-days 1.5.7's getSolarDateFromLunar / getSolarTermDate (the tests re-derive them).
 * A table rather than runtime calls because those helpers, like isWorkday, give wrong days when the
 * process time zone is west of UTC.
 */
const TABLE: ReadonlyArray<readonly [number, string, string, string, string]> = [
  [2027, '02-06', '04-05', '06-09', '09-15'],
  [2028, '01-26', '04-04', '05-28', '10-03'],
  [2029, '02-13', '04-04', '06-16', '09-22'],
  [2030, '02-03', '04-05', '06-05', '09-12'],
  [2031, '01-23', '04-05', '06-24', '10-01'],
  [2032, '02-11', '04-04', '06-12', '09-19'],
  [2033, '01-31', '04-04', '06-01', '09-08'],
  [2034, '02-19', '04-05', '06-20', '09-27'],
  [2035, '02-08', '04-05', '06-10', '09-16'],
  [2036, '01-28', '04-04', '05-30', '10-04'],
  [2037, '02-15', '04-04', '06-18', '09-24'],
  [2038, '02-04', '04-05', '06-07', '09-13'],
  [2039, '01-24', '04-05', '05-27', '10-02'],
  [2040, '02-12', '04-04', '06-14', '09-20'],
  [2041, '02-01', '04-04', '06-03', '09-10'],
  [2042, '01-22', '04-04', '06-22', '09-28'],
  [2043, '02-10', '04-05', '06-11', '09-17'],
  [2044, '01-30', '04-04', '05-31', '10-05'],
  [2045, '02-17', '04-04', '06-19', '09-25'],
  [2046, '02-06', '04-04', '06-08', '09-15'],
  [2047, '01-26', '04-05', '05-29', '10-04'],
  [2048, '02-14', '04-04', '06-15', '09-22'],
  [2049, '02-02', '04-04', '06-04', '09-11'],
  [2050, '01-23', '04-04', '06-23', '09-30'],
];

export const PROVISIONAL_YEARS: [number, number] = [TABLE[0][0], TABLE[TABLE.length - 1][0]];

/** The table's raw rows, for the tests. */
export const LUNAR_TABLE = TABLE;

const DAY_MS = 86_400_000;
const cache = new Map<number, ReadonlySet<string>>();

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The provisional days off of a year; throws RangeError for a year the table does not cover. */
export function provisionalHolidays(year: number): ReadonlySet<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const row = TABLE.find((r) => r[0] === year);
  if (!row) {
    throw new RangeError(
      `no working-day data for ${year}: official data has no such year and the provisional table covers ` +
        `${PROVISIONAL_YEARS[0]}–${PROVISIONAL_YEARS[1]}; load operator data for it (HOTLINE_CALENDAR_FILE)`,
    );
  }
  const [, newYearMD, qingmingMD, dragonBoatMD, midAutumnMD] = row;
  const newYear = `${year}-${newYearMD}`;
  const days = new Set<string>([
    `${year}-01-01`,
    shiftDay(newYear, -1), newYear, shiftDay(newYear, 1), shiftDay(newYear, 2),
    `${year}-${qingmingMD}`,
    `${year}-05-01`, `${year}-05-02`,
    `${year}-${dragonBoatMD}`,
    `${year}-${midAutumnMD}`,
    `${year}-10-01`, `${year}-10-02`, `${year}-10-03`,
  ]);
  cache.set(year, days);
  return days;
}
