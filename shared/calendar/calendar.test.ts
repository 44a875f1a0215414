/**
 * Working-day calendar (docs/rules.md §2 "Working days"). Fixed dates only: nothing here depends on today's date.
 * 2026 facts below come from chinese-days 1.5.7's data (the State Council's 2026 arrangement).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import {
  CalendarDataError,
  addWorkingDays,
  createCalendar,
  endOfDay,
  isWorkingInstant,
  shanghaiDay,
  toShanghaiIso,
  workingDaysBetween,
  type OperatorCalendarData,
} from './index';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { LUNAR_TABLE } from './provisional';

const cal = createCalendar();

/** All days from..to inclusive, as YYYY-MM-DD. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const isWeekend = (day: string): boolean => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

describe('Shanghai days and instants', () => {
  it('takes the Shanghai calendar day of a UTC instant', () => {
    expect(shanghaiDay('2026-11-20T17:30:00Z')).toBe('2026-11-21'); // a Saturday in Shanghai
    expect(shanghaiDay('2026-11-20T15:59:59.999Z')).toBe('2026-11-20'); // still Friday
    expect(shanghaiDay('2026-11-20T16:00:00.000Z')).toBe('2026-11-21');
    expect(shanghaiDay(Date.UTC(2026, 10, 20, 17, 30))).toBe('2026-11-21');
    expect(shanghaiDay(new Date('2026-11-20T17:30:00Z'))).toBe('2026-11-21');
    expect(shanghaiDay('2026-11-21T00:00:00+08:00')).toBe('2026-11-21');
    expect(shanghaiDay('2026-11-21')).toBe('2026-11-21'); // a bare day is that Shanghai day
  });

  it('knows whether an instant falls on a working day in Shanghai', () => {
    expect(isWorkingInstant(cal, '2026-11-20T17:30:00Z')).toBe(false);
    expect(isWorkingInstant(cal, '2026-11-20T15:59:59.999Z')).toBe(true);
  });

  it('formats instants and ends of day in +08:00', () => {
    expect(toShanghaiIso('2026-11-20T17:30:00Z')).toBe('2026-11-21T01:30:00.000+08:00');
    expect(toShanghaiIso(Date.UTC(2026, 9, 9, 15, 59, 59, 999))).toBe('2026-10-09T23:59:59.999+08:00');
    expect(endOfDay('2026-10-09')).toBe('2026-10-09T23:59:59.999+08:00');
    expect(Date.parse(endOfDay('2026-10-09'))).toBe(Date.UTC(2026, 9, 9, 15, 59, 59, 999));
  });

  it('rejects ambiguous or invalid input', () => {
    expect(() => shanghaiDay('2026-09-30T10:00:00')).toThrow(RangeError); // no offset: would depend on the process zone
    expect(() => shanghaiDay('not a date')).toThrow(RangeError);
    expect(() => shanghaiDay(new Date(NaN))).toThrow(RangeError);
    expect(() => shanghaiDay(Number.NaN)).toThrow(RangeError);
    expect(() => endOfDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-2-3')).toThrow(RangeError);
  });
});

describe('2026 official data (chinese-days)', () => {
  it('Mid-Autumn + National Day: 09-25..27 and 10-01..07 off, Sun 09-20 and Sat 10-10 worked', () => {
    for (const day of [...daysBetween('2026-09-25', '2026-09-27'), ...daysBetween('2026-10-01', '2026-10-07')]) {
      expect([day, cal.isWorkingDay(day)]).toEqual([day, false]);
    }
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-09-28')).toBe(true);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-10-11')).toBe(false);
    expect(cal.isProvisional('2026-10-01')).toBe(false);
  });

  it('counts 2 WD from 2026-09-30 to the end of 10-09', () => {
    expect(addWorkingDays(cal, '2026-09-30T10:00:00+08:00', 1)).toEqual({ at: '2026-10-08T23:59:59.999+08:00', provisional: false });
    expect(addWorkingDays(cal, '2026-09-30T10:00:00+08:00', 2)).toEqual({ at: '2026-10-09T23:59:59.999+08:00', provisional: false });
  });

  it('counts a Sunday make-up day: 1 WD from 2026-09-19 is 09-20', () => {
    expect(addWorkingDays(cal, '2026-09-19T09:00:00+08:00', 1).at).toBe('2026-09-20T23:59:59.999+08:00');
  });

  it('Spring Festival: 02-15..23 off, Sat 02-14 and Sat 02-28 worked', () => {
    for (const day of daysBetween('2026-02-15', '2026-02-23')) expect([day, cal.isWorkingDay(day)]).toEqual([day, false]);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(addWorkingDays(cal, '2026-02-13T18:00:00+08:00', 1).at).toBe('2026-02-14T23:59:59.999+08:00');
    expect(addWorkingDays(cal, '2026-02-13T18:00:00+08:00', 2).at).toBe('2026-02-24T23:59:59.999+08:00');
    expect(workingDaysBetween(cal, '2026-02-13T18:00:00+08:00', '2026-02-28T12:00:00+08:00')).toBe(6);
  });

  it('New Year 2026: 01-01..03 off, Sun 01-04 worked', () => {
    expect(daysBetween('2026-01-01', '2026-01-04').map((d) => cal.isWorkingDay(d))).toEqual([false, false, false, true]);
  });

  it('counts from the Shanghai day of a UTC instant', () => {
    // 2026-09-30T16:30Z is already 10-01 in Shanghai: the 1st WD after 10-01 is 10-08 either way,
    // but 2026-09-18T16:30Z (Sat 09-19 in Shanghai) makes Sun 09-20 the 1st WD, not Sat 09-19.
    expect(addWorkingDays(cal, '2026-09-18T16:30:00Z', 1).at).toBe('2026-09-20T23:59:59.999+08:00');
    expect(addWorkingDays(cal, '2026-09-18T15:30:00Z', 1).at).toBe('2026-09-20T23:59:59.999+08:00'); // Fri 09-18: Sat off
  });
});

describe('provisional years', () => {
  it('New Year 2027: 5 WD from 2026-12-30 skip 2027-01-01 and are provisional', () => {
    // 12-31 (1), 01-01 holiday, 01-02/03 weekend, 01-04 (2), 01-05 (3), 01-06 (4), 01-07 (5)
    expect(addWorkingDays(cal, '2026-12-30T10:00:00+08:00', 5)).toEqual({ at: '2027-01-07T23:59:59.999+08:00', provisional: true });
    expect(addWorkingDays(cal, '2026-12-30T10:00:00+08:00', 1)).toEqual({ at: '2026-12-31T23:59:59.999+08:00', provisional: false });
    expect(cal.isProvisional('2027-01-01')).toBe(true);
    expect(cal.isProvisional('2026-12-31')).toBe(false);
  });

  it('operator data for 2027 makes it official and is honoured', () => {
    const operatorData: OperatorCalendarData = {
      2027: { holidays: ['2027-01-01', '2027-01-04', '2027-01-05'], workdays: ['2027-01-02'] },
    };
    const withOp = createCalendar({ operatorData });
    // 12-31 (1), 01-02 make-up Saturday (2), 01-06 (3), 01-07 (4), 01-08 (5)
    expect(addWorkingDays(withOp, '2026-12-30T10:00:00+08:00', 5)).toEqual({ at: '2027-01-08T23:59:59.999+08:00', provisional: false });
    expect(withOp.isProvisional('2027-06-09')).toBe(false);
    expect(withOp.isWorkingDay('2027-06-09')).toBe(true); // the operator's data replaces the provisional rules for 2027
    expect(withOp.isProvisional('2028-01-03')).toBe(true);
    expect(withOp.coverage()).toMatchObject({ officialYears: [2004, 2026], operatorYears: [2027], provisionalFrom: 2028 });
  });

  it('2027 Spring Festival (lunar new year 6 Feb, eve 5 Feb) is off, with no guessed make-up days', () => {
    expect(daysBetween('2027-02-04', '2027-02-09').map((d) => [d, cal.isWorkingDay(d)])).toEqual([
      ['2027-02-04', true],
      ['2027-02-05', false], // 除夕, Friday
      ['2027-02-06', false],
      ['2027-02-07', false],
      ['2027-02-08', false], // 初三, Monday
      ['2027-02-09', true],
    ]);
  });

  it('2027 provisional days off: statutory holidays on weekdays, no weekend working days', () => {
    const days = daysBetween('2027-01-01', '2027-12-31');
    expect(days.filter((d) => !isWeekend(d) && !cal.isWorkingDay(d))).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-08', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01',
    ]);
    expect(days.filter((d) => isWeekend(d) && cal.isWorkingDay(d))).toEqual([]);
    expect(days.every((d) => cal.isProvisional(d))).toBe(true);
  });

  it('fails clearly for a year with no data at all', () => {
    expect(() => cal.isWorkingDay('2051-01-03')).toThrow(/no working-day data for 2051.*HOTLINE_CALENDAR_FILE/);
    expect(() => cal.isWorkingDay('2003-06-02')).toThrow(RangeError);
    const withOp = createCalendar({ operatorData: { 2051: { holidays: [], workdays: [] } } });
    expect(withOp.isWorkingDay('2051-01-03')).toBe(true);
  });

  it('reports coverage', () => {
    expect(cal.coverage()).toEqual({
      officialYears: [2004, 2026],
      operatorYears: [],
      provisionalFrom: 2027,
      source: expect.stringContaining('chinese-days@1.5.7'),
    });
  });
});

describe('negative n and workingDaysBetween', () => {
  it('walks back |n| working days', () => {
    expect(addWorkingDays(cal, '2026-10-09T12:00:00+08:00', -1)).toEqual({ at: '2026-10-08T23:59:59.999+08:00', provisional: false });
    expect(addWorkingDays(cal, '2026-10-09T12:00:00+08:00', -2).at).toBe('2026-09-30T23:59:59.999+08:00');
    expect(addWorkingDays(cal, '2026-10-12T12:00:00+08:00', -1).at).toBe('2026-10-10T23:59:59.999+08:00'); // make-up Saturday
    // "warn 1 WD before the deadline": from a deadline instant itself
    expect(addWorkingDays(cal, '2026-10-09T23:59:59.999+08:00', -1).at).toBe('2026-10-08T23:59:59.999+08:00');
  });

  it('is provisional when the walk crosses a provisional day', () => {
    // 01-04 (1), 01-03/02 weekend, 01-01 holiday, 2026-12-31 (2)
    expect(addWorkingDays(cal, '2027-01-05T10:00:00+08:00', -2)).toEqual({ at: '2026-12-31T23:59:59.999+08:00', provisional: true });
  });

  it('rejects n = 0 and non-integers', () => {
    expect(() => addWorkingDays(cal, '2026-10-09T12:00:00+08:00', 0)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-10-09T12:00:00+08:00', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-10-09T12:00:00+08:00', Number.NaN)).toThrow(RangeError);
  });

  it('counts working days d with from-day < d <= to-day', () => {
    expect(workingDaysBetween(cal, '2026-09-30T10:00:00+08:00', '2026-10-09T08:00:00+08:00')).toBe(2);
    expect(workingDaysBetween(cal, '2026-09-30T10:00:00+08:00', '2026-10-07T23:00:00+08:00')).toBe(0);
    expect(workingDaysBetween(cal, '2026-10-09T10:00:00+08:00', '2026-10-09T23:00:00+08:00')).toBe(0);
    expect(workingDaysBetween(cal, '2026-10-09T10:00:00+08:00', '2026-09-30T10:00:00+08:00')).toBe(0);
    expect(workingDaysBetween(cal, '2026-11-20T15:59:59.999Z', '2026-11-20T17:30:00Z')).toBe(0); // Fri → Sat
    expect(workingDaysBetween(cal, '2026-09-19', '2026-09-20')).toBe(1);
  });

  it('agrees with addWorkingDays in both directions over 2026', () => {
    for (const from of daysBetween('2026-01-01', '2026-12-31').filter((_, i) => i % 5 === 0)) {
      for (const n of [1, 2, 5, 10, 15]) {
        const deadline = addWorkingDays(cal, `${from}T09:30:00+08:00`, n);
        expect(workingDaysBetween(cal, `${from}T09:30:00+08:00`, deadline.at)).toBe(n);
        if (cal.isWorkingDay(from)) expect(shanghaiDay(addWorkingDays(cal, deadline.at, -n).at)).toBe(from);
      }
    }
  });
});

describe('operator data files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calendar-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('loads the bundled data alone', () => {
    const def = loadDefaultCalendar({});
    expect(def.coverage()).toMatchObject({ operatorYears: [], provisionalFrom: 2027 });
    expect(def.isProvisional('2027-03-01')).toBe(true);
  });

  it('loads a file named by HOTLINE_CALENDAR_FILE', () => {
    const path = file('2027.json', JSON.stringify({ 2027: { holidays: ['2027-01-01'], workdays: ['2027-01-02'] } }));
    const def = loadDefaultCalendar({ HOTLINE_CALENDAR_FILE: path });
    expect(def.isProvisional('2027-01-02')).toBe(false);
    expect(def.isWorkingDay('2027-01-02')).toBe(true);
    expect(def.isWorkingDay('2027-02-05')).toBe(true); // the file's 2027 replaces the provisional rules
    expect(def.coverage()).toMatchObject({ operatorYears: [2027], provisionalFrom: 2028 });
    expect(def.coverage().source).toContain(resolve(path));
  });

  it.each([
    ['bad-json.json', '{ "2027": ', /bad-json\.json: not valid JSON/],
    ['array.json', '[]', /array\.json: expected an object keyed by year/],
    ['year.json', '{ "27": { "holidays": [], "workdays": [] } }', /year\.json: key "27" is not a four-digit year/],
    ['missing.json', '{ "2027": { "holidays": [] } }', /missing\.json: "2027"\.workdays must be an array/],
    ['typo.json', '{ "2027": { "holiday": [], "holidays": [], "workdays": [] } }', /typo\.json: "2027" has unknown field\(s\) "holiday"/],
    ['date.json', '{ "2027": { "holidays": ["2027-01-01", "2027-02-30"], "workdays": [] } }', /date\.json: "2027"\.holidays\[1\] "2027-02-30" is not a valid date/],
    ['other-year.json', '{ "2027": { "holidays": ["2028-01-01"], "workdays": [] } }', /"2027"\.holidays\[0\] "2028-01-01" is not in 2027/],
    ['both.json', '{ "2027": { "holidays": ["2027-01-02"], "workdays": ["2027-01-02"] } }', /both\.json: "2027": 2027-01-02 listed as both/],
  ])('rejects %s with a message naming the file and the problem', (name, text, message) => {
    const path = file(name, text);
    const load = () => loadDefaultCalendar({ HOTLINE_CALENDAR_FILE: path });
    expect(load).toThrow(CalendarDataError);
    expect(load).toThrow(message);
    expect(load).toThrow(resolve(path));
  });

  it('rejects a missing file, naming it', () => {
    const path = join(dir, 'nope.json');
    expect(() => loadDefaultCalendar({ HOTLINE_CALENDAR_FILE: path })).toThrow(`cannot read operator calendar file ${path}`);
  });

  it('validates operator data passed in code too', () => {
    const bad = { 2027: { holidays: ['2027-13-01'], workdays: [] } };
    expect(() => createCalendar({ operatorData: bad })).toThrow(/createCalendar\(\{ operatorData \}\).*"2027-13-01" is not a valid date/);
  });
});

/** Runs a snippet in a child Node process with the given TZ, loading the calendar's .ts sources through typescript. */
function runNode(tz: string, body: string): any {
  const script = `
    const ts = require('typescript');
    const fs = require('fs');
    require.extensions['.ts'] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, 'utf8'), {
      fileName: f, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText, f);
    const days = (from, to) => { const out = []; for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += 864e5) out.push(new Date(t).toISOString().slice(0, 10)); return out; };
    process.stdout.write(JSON.stringify((() => { ${body} })()));`;
  const root = resolve(__dirname, '../..');
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`child process failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('independence from the process time zone', () => {
  const probe = `
    const c = require('./shared/calendar/index.ts');
    const cal = c.createCalendar();
    return {
      working: days('2026-01-01', '2027-12-31').map((d) => (cal.isWorkingDay(d) ? '1' : '0')).join(''),
      deadline: c.addWorkingDays(cal, '2026-09-30T10:00:00+08:00', 2),
      back: c.addWorkingDays(cal, '2027-01-05T10:00:00+08:00', -2),
      day: c.shanghaiDay('2026-11-20T17:30:00Z'),
      iso: c.toShanghaiIso(Date.UTC(2026, 10, 20, 17, 30)),
      bareDay: c.toShanghaiIso('2026-11-21'),
    };`;
  const expected = {
    working: daysBetween('2026-01-01', '2027-12-31').map((d) => (cal.isWorkingDay(d) ? '1' : '0')).join(''),
    deadline: { at: '2026-10-09T23:59:59.999+08:00', provisional: false },
    back: { at: '2026-12-31T23:59:59.999+08:00', provisional: true },
    day: '2026-11-21',
    iso: '2026-11-21T01:30:00.000+08:00',
    bareDay: '2026-11-21T00:00:00.000+08:00',
  };

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('gives the same answers with TZ=%s', (tz) => {
    expect(runNode(tz, probe)).toEqual(expected);
  });
});

describe('agreement with chinese-days itself (in a zone where its helpers are reliable)', () => {
  let result: { mismatches: string[]; table: unknown[] };
  beforeAll(() => {
    result = runNode(
    'Asia/Shanghai',
    `
    const cd = require('chinese-days');
    const cal = require('./shared/calendar/index.ts').createCalendar();
    const mismatches = days('2004-01-01', '2026-12-31').filter((d) => cd.isWorkday(d) !== cal.isWorkingDay(d));
    const table = [];
    for (let y = 2027; y <= 2050; y++) {
      table.push([y, cd.getSolarDateFromLunar(y + '-01-01').date, cd.getSolarTermDate(y, 4, 'pure_brightness'),
        cd.getSolarDateFromLunar(y + '-05-05').date, cd.getSolarDateFromLunar(y + '-08-15').date].map((v) => typeof v === 'string' ? v.slice(5) : v));
    }
    return { mismatches, table };`,
    );
  });

  it('matches isWorkday() on every day of 2004–2026', () => {
    expect(result.mismatches).toEqual([]);
  });

  it('matches the lunar / solar-term helpers for the provisional table', () => {
    expect(result.table).toEqual(LUNAR_TABLE.map((row) => [...row]));
  });
});

describe('hot path', () => {
  // No timer here (no clock reads anywhere): jest's 5 s test timeout is the bound; this takes ~0.1 s.
  it('serves 20,000 deadline computations from the per-day cache', () => {
    const hot = createCalendar();
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(addWorkingDays(hot, Date.UTC(2026, 0, 1) + (i % 365) * 86_400_000, 10).at);
    expect(seen.size).toBeGreaterThan(200);
  }, 5000);
});
