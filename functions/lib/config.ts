/**
 * The deployment's configuration, parsed once per process: the environment (./env.ts), the policy profile it names
 * and the working-day calendar (bundled data + HOTLINE_CALENDAR_FILE). Everything that reads the environment or the
 * file system for the domain lives here, so shared/ stays pure. An unknown HOTLINE_POLICY or broken calendar data
 * throws on first use, i.e. at cold start.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CalendarDataError, defaultCalendar, type WorkCalendar } from '../../shared/calendar';
import { getPolicy, type PolicyProfile } from '../../shared/policy';
import { env, type Env } from './env';

type Source = Record<string, string | undefined>;

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

/** The bundled calendar, overlaid by the operator file HOTLINE_CALENDAR_FILE names (if any). */
export function loadDefaultCalendar(source: Source = process.env): WorkCalendar {
  const configured = source.HOTLINE_CALENDAR_FILE?.trim();
  if (!configured) return defaultCalendar();
  const file = resolve(configured);
  return defaultCalendar({ data: readOperatorFile(file), source: file });
}

/** The profile selected by the environment; empty or unset HOTLINE_POLICY means guangzhou. */
export function policyFromEnv(source: Source = process.env): PolicyProfile {
  return getPolicy(source.HOTLINE_POLICY || 'guangzhou');
}

export interface RuntimeConfig {
  env: Env;
  policy: PolicyProfile;
  calendar: WorkCalendar;
}

let cached: RuntimeConfig | undefined;

/** The process's configuration, parsed on first use and kept (Lambda processes are not reconfigured). */
export function config(): RuntimeConfig {
  if (cached) return cached;
  const e = env();
  cached = { env: e, policy: getPolicy(e.policyName), calendar: loadDefaultCalendar(process.env) };
  return cached;
}
