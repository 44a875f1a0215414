/**
 * The screening model and rules and the search's pinyin table travel in the knowledge function's zip Brotli-compressed (scripts/lib/esbuild-brotli-json.js,
 * issue 17's 220 KB budget): bundled as the Lambdas are (ES module, node platform) and run by Node, it reads back as
 * exactly the model.json the mini-program imports, and screens a message the same way.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { brotliJson } from '../../scripts/lib/esbuild-brotli-json';
import { ROOT } from '../../scripts/lib/lambda-bundle';
import { classifyEmergency } from '../../shared/screening/emergency/classify';
import { RULES } from '../../shared/screening/emergency/rules';

describe('the Brotli-compressed screening model in the Lambda bundle', () => {
  const out = mkdtempSync(join(tmpdir(), 'hotline-brotli-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reads back as model.json, pinyin-table.json and the rules, smaller, and screens as the plain classifier does', async () => {
    const text = '孩子把一整瓶药吃了';
    const entry = [
      "import model from './shared/screening/emergency/model.json';",
      "import pinyin from './functions/knowledge/pinyin-table.json';",
      "import { RULES } from './shared/screening/emergency/rules';",
      "import { classifyEmergency } from './shared/screening/emergency/classify';",
      `process.stdout.write(JSON.stringify({ model, pinyin, rules: RULES, verdict: classifyEmergency(${JSON.stringify(text)}) }));`,
    ].join('\n');
    const file = join(out, 'probe.mjs');
    await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm',
      outfile: file, plugins: [brotliJson], logLevel: 'error',
    });
    const { stdout } = await promisify(execFile)(process.execPath, [file], { maxBuffer: 8 * 1024 * 1024 });
    const got = JSON.parse(stdout) as { model: unknown; pinyin: unknown; rules: unknown; verdict: unknown };
    const plainPath = join(ROOT, 'shared/screening/emergency/model.json');
    expect(got.model).toEqual(JSON.parse(readFileSync(plainPath, 'utf8')));
    expect(got.pinyin).toEqual(JSON.parse(readFileSync(join(ROOT, 'functions/knowledge/pinyin-table.json'), 'utf8')));
    expect(got.rules).toEqual(RULES);
    expect(got.verdict).toEqual(classifyEmergency(text));
    expect(statSync(file).size).toBeLessThan(statSync(plainPath).size + 150_000);
    expect(readFileSync(file, 'utf8')).not.toContain('"grams"');
    expect(readFileSync(file, 'utf8')).not.toContain('"readings"');
    // The rules too: no pattern is left in the bundle as text.
    expect(readFileSync(file, 'utf8')).not.toContain('同归于尽');
  }, 60_000);

  it('refuses a rule module that holds anything JSON would drop or empty (a function, a RegExp) deep inside', async () => {
    const dir = join(out, 'shared', 'screening', 'emergency');
    mkdirSync(dir, { recursive: true });
    const probe = (body: string) => {
      writeFileSync(join(dir, 'rules-body.ts'), body);
      return build({
        stdin: { contents: "import { BODY_RULES } from './shared/screening/emergency/rules-body'; console.log(BODY_RULES);", resolveDir: out, loader: 'ts' },
        bundle: true, platform: 'node', write: false, plugins: [brotliJson], logLevel: 'silent',
      });
    };
    await expect(probe("export const BODY_RULES = [{ id: 'x', patterns: ['a'], check: () => true }];")).rejects.toThrow(/not plain data/);
    await expect(probe("export const BODY_RULES = [{ id: 'x', patterns: [/a/] }];")).rejects.toThrow(/not plain data/);
    await expect(probe("export const BODY_RULES = [{ id: 'x', patterns: ['a'], whole: true }];")).resolves.toBeDefined();
  }, 60_000);
});
