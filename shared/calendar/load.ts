/**
 * The default calendar: chinese-days + the bundled operator file + an optional operator file named by
 * HOTLINE_CALENDAR_FILE, read once when called (SPEC §2: official data for a new year without a code change).
 * Node-only (reads the file system): browser / mini-program code should import './calendar' and './workingDays'.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { buildCalendar } from './calendar';
import bundled from './data/operator-calendar.json';
import { CalendarDataError, parseOperatorData } from './operator';
import type { WorkCalendar } from './types';

const BUNDLED_NAME = 'shared/calendar/data/operator-calendar.json';

function readOperatorFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CalendarDataError(`cannot read operator calendar file ${file} (HOTLINE_CALENDAR_FILE): ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CalendarDataError(`malformed operator calendar data in ${file}: not valid JSON (${(err as Error).message})`);
  }
}

export function loadDefaultCalendar(env: NodeJS.ProcessEnv = process.env): WorkCalendar {
  const years = parseOperatorData(bundled, BUNDLED_NAME);
  const sources = [BUNDLED_NAME];
  const configured = env.HOTLINE_CALENDAR_FILE?.trim();
  if (configured) {
    const file = resolve(configured);
    // A year in the file replaces the same year of the bundled data.
    for (const [year, data] of parseOperatorData(readOperatorFile(file), file)) years.set(year, data);
    sources.push(file);
  }
  return buildCalendar(years, sources.join(' + '));
}
