/**
 * Size budgets of the H5 build, enforced by the build itself (a webpack plugin) and written to `dist-h5/budget.json`
 * (tested in tests/support/h5Budget.test.ts):
 *
 * - no JavaScript chunk over 250 KiB (raw, minified): a chunk that size takes seconds to parse on a cheap phone;
 * - the home page's JavaScript (the entry, the app bootstrap and the home page with every chunk they pull in):
 *   what every citizen downloads before the first useful screen, at most 300 KiB (issue 17; 409 KiB before View and
 *   Text became plain HTML, the H5 build stopped transpiling to ES5, and Taro's component CSS left the scripts:
 *   config/index.ts, config/h5/components.js). What is left is the framework: React DOM (128 KiB), Taro's runtime
 *   and router.
 *
 * Over budget is a build error (the build fails), not a warning that scrolls past. `H5_BUDGET=warn` makes it a warning
 * for one build, to look at budget.json (it also lists the largest modules the home page loads) while trimming.
 */
import type { Compiler } from 'webpack';

export const H5_BUDGETS = { chunkKiB: 250, homePageKiB: 300 } as const;

export interface H5BudgetReport {
  budgets: { chunkKiB: number; homePageKiB: number };
  /** Every emitted .js file and its size in bytes. */
  chunks: Record<string, number>;
  /** The home page's JavaScript: files and their total in bytes. */
  home: { files: string[]; bytes: number; largestModules: { name: string; bytes: number }[] };
}

const HOME_ORIGINS = [/app\.boot/, /pages[\\/]index[\\/]index(\?|$)/];

export class H5BudgetPlugin {
  constructor(private readonly budgets: { chunkKiB: number; homePageKiB: number } = H5_BUDGETS) {}

  apply(compiler: Compiler): void {
    const budgets = this.budgets;
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap('H5BudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'H5BudgetPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const size = (file: string) => compilation.getAsset(file)?.source.size() ?? 0;
        const chunks: Record<string, number> = {};
        for (const asset of compilation.getAssets()) if (asset.name.endsWith('.js')) chunks[asset.name] = asset.source.size();

        const homeFiles = new Set<string>();
        const modules = new Map<string, number>();
        for (const group of compilation.chunkGroups) {
          const isEntry = group.isInitial();
          const isHome = group.origins.some((o) => HOME_ORIGINS.some((re) => re.test(String(o.request ?? ''))));
          if (!isEntry && !isHome) continue;
          for (const chunk of group.chunks) {
            for (const f of chunk.files) if (f.endsWith('.js')) homeFiles.add(f);
            for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) modules.set(m.readableIdentifier(compilation.requestShortener), m.size());
          }
        }
        const largestModules = [...modules].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([name, bytes]) => ({ name, bytes }));
        const home = { files: [...homeFiles].sort(), bytes: [...homeFiles].reduce((n, f) => n + size(f), 0), largestModules };
        const report: H5BudgetReport = { budgets, chunks, home };
        compilation.emitAsset('budget.json', new webpack.sources.RawSource(`${JSON.stringify(report, null, 2)}\n`));

        const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
        const problems = process.env.H5_BUDGET === 'warn' ? compilation.warnings : compilation.errors;
        for (const [file, bytes] of Object.entries(chunks)) {
          if (bytes > budgets.chunkKiB * 1024) {
            problems.push(new webpack.WebpackError(`H5 budget: ${file} is ${kib(bytes)}, over ${budgets.chunkKiB} KiB per chunk`));
          }
        }
        if (home.bytes > budgets.homePageKiB * 1024) {
          problems.push(new webpack.WebpackError(`H5 budget: the home page loads ${kib(home.bytes)} of JavaScript, over ${budgets.homePageKiB} KiB (${home.files.join(', ')})`));
        }
      });
    });
  }
}
