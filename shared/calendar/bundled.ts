/**
 * The default calendar: chinese-days + the bundled operator file, overlaid by operator data the caller has read
 * (docs/rules.md §2: official data for a new year without a code change). Pure: the deployment reads
 * HOTLINE_CALENDAR_FILE itself (functions/lib/config.ts) and passes the parsed JSON in.
 */
import { buildCalendar } from './calendar';
import bundled from './data/operator-calendar.json';
import { parseOperatorData } from './operator';
import type { WorkCalendar } from './types';

const BUNDLED_NAME = 'shared/calendar/data/operator-calendar.json';

/** `extra`: operator data (already JSON-parsed) and where it came from; a year in it replaces the bundled year. */
export function defaultCalendar(extra?: { data: unknown; source: string }): WorkCalendar {
  const years = parseOperatorData(bundled, BUNDLED_NAME);
  const sources = [BUNDLED_NAME];
  if (extra) {
    for (const [year, data] of parseOperatorData(extra.data, extra.source)) years.set(year, data);
    sources.push(extra.source);
  }
  return buildCalendar(years, sources.join(' + '));
}
