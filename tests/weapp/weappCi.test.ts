/**
 * WeChat's own compiler and code-quality check (miniapp/scripts/check-weapp-ci.js, run on every `npm test` by
 * `npm run check:weapp`) really fail: on a broken WXML tag and on a quality item turned off. Works on copies of the
 * weapp build that `npm run check:weapp` has just made (miniapp/dist).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', 'miniapp', 'dist');
const SCRIPT = join(__dirname, '..', '..', 'miniapp', 'scripts', 'check-weapp-ci.js');

function check(dir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, dir], { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, out: `${stdout}\n${stderr}` });
    });
  });
}

describe('WeChat compiler and code-quality check', () => {
  const copies: string[] = [];
  function copyOfBuild(): string {
    if (!existsSync(join(DIST, 'app.json'))) throw new Error(`${DIST} has no weapp build: run \`npm run build:weapp\` first`);
    const dir = mkdtempSync(join(tmpdir(), 'weapp-copy-'));
    cpSync(DIST, dir, { recursive: true });
    copies.push(dir);
    return dir;
  }
  afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('a WXML tag closed twice fails the compile', async () => {
    const dir = copyOfBuild();
    const page = join(dir, 'pages', 'index', 'index.wxml');
    writeFileSync(page, `${readFileSync(page, 'utf8')}</view>`);
    const r = await check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/WeChat's compiler rejected the weapp build/);
    expect(r.out).toMatch(/end tag/);
  }, 250_000);

  it('JS compression turned off fails the quality check', async () => {
    const dir = copyOfBuild();
    const file = join(dir, 'project.config.json');
    const cfg = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...cfg, setting: { ...cfg.setting, minified: false } }));
    const r = await check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL JS_COMPRESS_OPEN/);
    expect(r.out).toMatch(/ok {3}LAZYCODE_LOADING_OPEN/);
  }, 250_000);
});
