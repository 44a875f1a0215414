/**
 * Operator calendar data: official holidays and make-up working days for years chinese-days lacks
 * (docs/rules.md §2: "operators can load official data for a new year without a code change"). Format: README.md.
 */
import { dayIndex } from './time';

/** Malformed operator data; the message names the source (file or option) and the problem. */
export class CalendarDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarDataError';
  }
}

export interface OperatorYear {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseDays(raw: unknown, year: string, list: 'holidays' | 'workdays', fail: (p: string) => never): Set<string> {
  if (!Array.isArray(raw)) fail(`"${year}".${list} must be an array of YYYY-MM-DD strings`);
  const days = new Set<string>();
  raw.forEach((day, i) => {
    const where = `"${year}".${list}[${i}]`;
    if (typeof day !== 'string') fail(`${where} must be a YYYY-MM-DD string, got ${JSON.stringify(day)}`);
    try {
      dayIndex(day);
    } catch {
      fail(`${where} ${JSON.stringify(day)} is not a valid date (expected YYYY-MM-DD)`);
    }
    if (!day.startsWith(`${year}-`)) fail(`${where} ${JSON.stringify(day)} is not in ${year}`);
    days.add(day);
  });
  return days;
}

/** Validates operator data (parsed JSON or an object) and indexes it by year; `source` names it in errors. */
export function parseOperatorData(raw: unknown, source: string): Map<number, OperatorYear> {
  const fail: (problem: string) => never = (problem) => {
    throw new CalendarDataError(`malformed operator calendar data in ${source}: ${problem}`);
  };
  if (!isPlainObject(raw)) fail('expected an object keyed by year, e.g. { "2027": { "holidays": [], "workdays": [] } }');
  const years = new Map<number, OperatorYear>();
  for (const [year, entry] of Object.entries(raw)) {
    if (!/^\d{4}$/.test(year)) fail(`key ${JSON.stringify(year)} is not a four-digit year`);
    if (!isPlainObject(entry)) fail(`"${year}" must be an object { "holidays": [...], "workdays": [...] }`);
    const extra = Object.keys(entry).filter((k) => k !== 'holidays' && k !== 'workdays');
    if (extra.length) fail(`"${year}" has unknown field(s) ${extra.map((k) => JSON.stringify(k)).join(', ')}`);
    const holidays = parseDays(entry.holidays, year, 'holidays', fail);
    const workdays = parseDays(entry.workdays, year, 'workdays', fail);
    const both = [...holidays].filter((d) => workdays.has(d));
    if (both.length) fail(`"${year}": ${both.join(', ')} listed as both holiday and workday`);
    years.set(Number(year), { holidays, workdays });
  }
  return years;
}
