/**
 * The H5 build's size budgets (miniapp/config/budget.ts) fail a webpack build that is over them: a tiny app shaped
 * like Taro's H5 output (entry → lazy app.boot → lazy home page, plus another page) built with real webpack.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { H5BudgetPlugin, type H5BudgetReport } from '../../miniapp/config/budget';

const root = mkdtempSync(join(tmpdir(), 'h5-budget-'));
beforeAll(() => {
  mkdirSync(join(root, 'src', 'pages', 'index'), { recursive: true });
  mkdirSync(join(root, 'src', 'pages', 'other'), { recursive: true });
  writeFileSync(join(root, 'src', 'app.js'), "import('./app.boot');\n");
  writeFileSync(join(root, 'src', 'app.boot.js'), "export const routes = [() => import('./pages/index/index'), () => import('./pages/other/index')];\n");
  // Incompressible text so minification cannot shrink the page below the budgets under test.
  const blob = Array.from({ length: 3000 }, (_, i) => ((i * 2654435761) % 4294967296).toString(36)).join('');
  writeFileSync(join(root, 'src', 'pages', 'index', 'index.js'), `export default ${JSON.stringify(blob)};\n`);
  writeFileSync(join(root, 'src', 'pages', 'other', 'index.js'), `export default ${JSON.stringify(blob.slice(0, 100))};\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(budgets: { chunkKiB: number; homePageKiB: number }): Promise<{ errors: string[]; report: H5BudgetReport }> {
  const out = join(root, `dist-${budgets.chunkKiB}-${budgets.homePageKiB}`);
  return new Promise((resolve, reject) => {
    webpack(
      { mode: 'production', context: root, entry: { app: './src/app.js' }, output: { path: out, filename: 'js/[name].js', chunkFilename: 'js/[id].js' }, plugins: [new H5BudgetPlugin(budgets)], optimization: { emitOnErrors: true } },
      (err, stats) => {
        if (err || !stats) return reject(err);
        const errors = stats.compilation.errors.map((e) => e.message);
        resolve({ errors, report: JSON.parse(readFileSync(join(out, 'budget.json'), 'utf8')) });
      },
    );
  });
}

describe('H5 budgets in the build', () => {
  it('within budget: no error, and the report counts the entry, app.boot and the home page but not other pages', async () => {
    const { errors, report } = await build({ chunkKiB: 100, homePageKiB: 100 });
    expect(errors).toEqual([]);
    expect(report.home.files.length).toBe(3);
    expect(Object.keys(report.chunks).length).toBe(4);
    const other = Object.keys(report.chunks).find((f) => !report.home.files.includes(f));
    expect(report.chunks[other!]).toBeLessThan(1024);
    expect(report.home.bytes).toBe(report.home.files.reduce((n, f) => n + report.chunks[f], 0));
  }, 60_000);

  it('a chunk over its budget fails the build', async () => {
    const { errors } = await build({ chunkKiB: 5, homePageKiB: 100 });
    expect(errors).toEqual([expect.stringMatching(/H5 budget: js\/\S+\.js is [\d.]+ KiB, over 5 KiB per chunk/)]);
  }, 60_000);

  it('a home page over its budget fails the build', async () => {
    const { errors } = await build({ chunkKiB: 100, homePageKiB: 5 });
    expect(errors).toEqual([expect.stringMatching(/H5 budget: the home page loads [\d.]+ KiB of JavaScript, over 5 KiB/)]);
  }, 60_000);
});
