/**
 * ./officialDays.ts is generated from the installed chinese-days package (scripts/calendar-official.js): after an
 * upgrade of the package this fails until the file is regenerated, so the calendar never lags the data it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import officialJson from 'chinese-days/dist/chinese-days.json';
import { isOfficialYear, officialStatus, officialYears } from './official';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { render } = require('../../scripts/calendar-official.js') as { render: () => string };

describe('official days (generated from chinese-days)', () => {
  it('is the file the generator writes from the installed package', () => {
    expect(readFileSync(join(__dirname, 'officialDays.ts'), 'utf8')).toBe(render());
  });

  it('gives every listed day the package’s status, and covers exactly its years', () => {
    for (const day of Object.keys(officialJson.workdays)) expect([day, officialStatus(day)]).toEqual([day, 'work']);
    for (const day of Object.keys(officialJson.holidays)) expect([day, officialStatus(day)]).toEqual([day, 'off']);
    const years = new Set(Object.keys(officialJson.holidays).map((d) => Number(d.slice(0, 4))));
    expect(officialYears()).toEqual([Math.min(...years), Math.max(...years)]);
    for (let y = 2000; y <= 2030; y++) expect(isOfficialYear(y)).toBe(years.has(y));
    expect(officialStatus('2026-03-10')).toBeUndefined();
  });
});
