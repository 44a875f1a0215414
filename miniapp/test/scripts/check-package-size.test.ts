/**
 * @jest-environment node
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

// Plain CommonJS script (run with `node`), so it is required rather than imported.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { measure, check } = require('../../scripts/check-package-size') as {
  measure: (dir: string) => { main: number; subpackages: { root: string; bytes: number }[]; total: number };
  check: (sizes: ReturnType<typeof measure>, limit?: number, mainLimit?: number) => { ok: boolean; lines: string[] };
};

let dist: string;

function write(rel: string, bytes: number | string) {
  const file = path.join(dist, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof bytes === 'string' ? bytes : Buffer.alloc(bytes));
}

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-dist-'));
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

it('splits sizes between the main package and each subpackage root', () => {
  const appJson = JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'staff/' }, { root: 'citizen' }] });
  write('app.json', appJson);
  write('app.js', 1000);
  write('pages/index/index.js', 200);
  write('staff/pages/login/index.js', 300);
  write('citizen/pages/a/index.js', 50);
  write('staffing/not-a-subpackage.js', 7); // shares a prefix with "staff" but is main-package code
  write('project.config.json', 999); // devtools only, not uploaded

  const sizes = measure(dist);

  expect(sizes.main).toBe(appJson.length + 1000 + 200 + 7);
  expect(sizes.subpackages).toEqual([
    { root: 'staff', bytes: 300 },
    { root: 'citizen', bytes: 50 },
  ]);
  expect(sizes.total).toBe(sizes.main + 350);
  expect(check(sizes).ok).toBe(true);
});

it('fails when any package is over the limit', () => {
  write('app.json', JSON.stringify({ pages: [], subPackages: [{ root: 'staff' }] }));
  write('staff/big.js', 2048);
  const result = check(measure(dist), 1024);
  expect(result.ok).toBe(false);
  expect(result.lines.find((l) => l.includes('staff/'))).toMatch(/^OVER/);
});

it('holds the main package to its own, tighter budget', () => {
  write('app.json', JSON.stringify({ pages: [], subPackages: [{ root: 'staff' }] }));
  write('app.js', 600);
  write('staff/big.js', 900);
  const result = check(measure(dist), 1024, 512);
  expect(result.ok).toBe(false);
  expect(result.lines.find((l) => l.includes('main package'))).toMatch(/^OVER/);
  expect(result.lines.find((l) => l.includes('staff/'))).toMatch(/^ok/);
});

it('explains a missing build', () => {
  expect(() => measure(dist)).toThrow(/taro build --type weapp/);
});
