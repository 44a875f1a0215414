/**
 * The working-day calendar (docs/rules.md §2 "Working days"). For each year, in order of precedence:
 *   1. operator data for that year (official arrangements loaded without a code change);
 *   2. chinese-days' official data (2004–2026 in 1.5.7);
 *   3. the provisional calendar (statutory holidays, no 调休), whose days report isProvisional() = true.
 * Answers are cached per day: addWorkingDays runs on hot paths.
 */
import { OFFICIAL_SOURCE, isOfficialYear, officialStatus, officialYears } from './official';
import { parseOperatorData, type OperatorYear } from './operator';
import { provisionalHolidays } from './provisional';
import { dayIndex, weekdayOf } from './time';
import type { CalendarCoverage, OperatorCalendarData, WorkCalendar } from './types';

interface DayInfo {
  working: boolean;
  provisional: boolean;
}

/** Builds a calendar from already-validated operator years; `source` describes where they came from. */
export function buildCalendar(operator: ReadonlyMap<number, OperatorYear>, operatorSource?: string): WorkCalendar {
  const cache = new Map<string, DayInfo>();

  const lookup = (day: string): DayInfo => {
    const hit = cache.get(day);
    if (hit) return hit;
    const weekday = weekdayOf(dayIndex(day)); // also validates the day
    const isWeekday = weekday >= 1 && weekday <= 5;
    const year = Number(day.slice(0, 4));
    let info: DayInfo;
    const op = operator.get(year);
    if (op) {
      info = { working: op.workdays.has(day) || (isWeekday && !op.holidays.has(day)), provisional: false };
    } else if (isOfficialYear(year)) {
      const status = officialStatus(day);
      info = { working: status === undefined ? isWeekday : status === 'work', provisional: false };
    } else {
      info = { working: isWeekday && !provisionalHolidays(year).has(day), provisional: true };
    }
    cache.set(day, info);
    return info;
  };

  const operatorYears = [...operator.keys()].sort((a, b) => a - b);
  // Worked out on the first coverage() call: it reads the official data, which a cold start does not need.
  let coverage: CalendarCoverage | undefined;
  const describe = (): CalendarCoverage => {
    const official = officialYears();
    let provisionalFrom = official[1] + 1;
    while (operator.has(provisionalFrom)) provisionalFrom++;
    return {
      officialYears: official,
      operatorYears,
      provisionalFrom,
      source:
        `${OFFICIAL_SOURCE} (${official[0]}–${official[1]})` +
        (operatorYears.length ? `; operator data (${operatorYears.join(', ')}) from ${operatorSource ?? 'options'}` : '') +
        `; provisional from ${provisionalFrom}`,
    };
  };

  return {
    isWorkingDay: (day) => lookup(day).working,
    isProvisional: (day) => lookup(day).provisional,
    coverage: () => {
      coverage ??= describe();
      return { ...coverage, officialYears: [...coverage.officialYears], operatorYears: [...operatorYears] };
    },
  };
}

/** A calendar from chinese-days plus, optionally, operator data (which wins for the years it lists). */
export function createCalendar(opts?: { operatorData?: OperatorCalendarData }): WorkCalendar {
  const source = 'createCalendar({ operatorData })';
  return buildCalendar(parseOperatorData(opts?.operatorData ?? {}, source), source);
}
