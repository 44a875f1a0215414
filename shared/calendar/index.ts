/**
 * Working-day calendar (docs/rules.md §2 "Working days"): Asia/Shanghai days, official holidays and make-up days (调休),
 * provisional years, deadlines. Nothing here reads the clock: every instant is an argument.
 */
export type { CalendarCoverage, Deadline, Instant, OperatorCalendarData, WorkCalendar } from './types';
export { createCalendar } from './calendar';
export { defaultCalendar } from './bundled';
export { CalendarDataError } from './operator';
export { deadlineMs, endOfDay, shanghaiDay, toShanghaiIso } from './time';
export { addWorkingDays, isWorkingInstant, workingDaysBetween } from './workingDays';
