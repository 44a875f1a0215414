/** Public types of the working-day calendar (docs/rules.md §2 "Working days"). */

/** An instant: epoch milliseconds, an ISO-8601 string or a Date. */
export type Instant = number | string | Date;

/** A deadline: `at` is ISO-8601 in +08:00 (e.g. '2026-10-09T23:59:59.999+08:00'). */
export interface Deadline {
  at: string;
  /** True when any day the computation looked at belongs to a provisional year (docs/rules.md §2). */
  provisional: boolean;
}

export interface CalendarCoverage {
  /** First and last year covered by official data (chinese-days). */
  officialYears: [number, number];
  /** Years covered by operator data, ascending. */
  operatorYears: number[];
  /** First year after the official range without operator data: from here on days are provisional. */
  provisionalFrom: number;
  /** Human-readable description of the data sources. */
  source: string;
}

export interface WorkCalendar {
  /** day = 'YYYY-MM-DD', a Shanghai calendar day. */
  isWorkingDay(day: string): boolean;
  /** True when the day's year has neither official (chinese-days) nor operator data. */
  isProvisional(day: string): boolean;
  coverage(): CalendarCoverage;
}

/**
 * Operator-supplied official data, keyed by year: days off (`holidays`) and make-up working days (`workdays`, 调休).
 * Every other day of that year follows the weekday rule (Mon–Fri work, Sat–Sun off).
 */
export type OperatorCalendarData = Record<string /* year */, { holidays: string[]; workdays: string[] }>;
