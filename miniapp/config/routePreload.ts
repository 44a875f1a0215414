/**
 * Route-level preloading for the H5 build. Every page is a lazily loaded chunk group, and the browser only learns
 * which files a page needs once the entry scripts have downloaded and run: on a phone that is a second full round
 * of requests before the page can render (Lighthouse's critical chain on the matter page: entry, then its chunks).
 *
 * This plugin writes, per page route, the JS and CSS files of that page's chunk group into index.html together
 * with a few lines that read the hash route (`#/pages/matter/index?id=…`; empty → the first page) and add
 * `<link rel="preload">` for those files at once, so they download alongside the entry. The webpack runtime's own
 * `<script>`/`<link>` for the same URLs then reuse the preloaded responses. `dist-h5/routes.json` lists the map
 * (what each route loads, for budgets and benches).
 */
import type { Compiler } from 'webpack';

/** `./pages/matter/index`, `./staff/pages/queue/index?…` → `/pages/matter/index`, `/staff/pages/queue/index`. */
const PAGE_REQUEST = /(?:^|[\\/])((?:[\w-]+[\\/])?pages[\\/][\w-]+[\\/]index)(?:\.[jt]sx?)?(?:\?|$)/;

export type RouteFiles = Record<string, string[]>;

/** The inline script: `m` is the route → files map, `p` the public path. Kept ES5: it runs before anything else. */
export function preloadScript(routes: RouteFiles, publicPath: string, firstRoute: string): string {
  return (
    `(function(m,p,d){var r=location.hash.replace(/^#/,'').split('?')[0]||${JSON.stringify(firstRoute)};` +
    `(m[r]||[]).forEach(function(f){var l=d.createElement('link');l.rel='preload';l.as=/\\.css$/.test(f)?'style':'script';` +
    `l.href=p+f;d.head.appendChild(l)})})(${JSON.stringify(routes)},${JSON.stringify(publicPath)},document)`
  );
}

export class RoutePreloadPlugin {
  constructor(private readonly firstRoute: string) {}

  apply(compiler: Compiler): void {
    const { webpack } = compiler;
    // html-webpack-plugin is Taro's; its hooks must come from the same copy (resolved from the repo root).
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const HtmlWebpackPlugin = require('html-webpack-plugin');
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      const collect = (): RouteFiles => {
        const routes: RouteFiles = {};
        for (const group of compilation.chunkGroups) {
          if (group.isInitial()) continue;
          const route = group.origins.map((o) => PAGE_REQUEST.exec(String(o.request ?? ''))?.[1]).find(Boolean);
          if (!route) continue;
          const files = new Set<string>();
          for (const chunk of group.chunks) for (const f of chunk.files) if (/\.(js|css)$/.test(f)) files.add(f);
          routes[`/${route.split('\\').join('/')}`] = [...files].sort((a, b) => Number(b.endsWith('.css')) - Number(a.endsWith('.css')) || a.localeCompare(b));
        }
        return routes;
      };
      // The HTML is written before webpack settles the content hashes; it rewrites the names in index.html itself.
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('RoutePreloadPlugin', (data: { headTags: unknown[] }) => {
        const publicPath = String(compilation.outputOptions.publicPath ?? '/').replace(/auto$/, '/');
        data.headTags.unshift({ tagName: 'script', voidTag: false, meta: { plugin: 'RoutePreloadPlugin' }, attributes: {}, innerHTML: preloadScript(collect(), publicPath, this.firstRoute) });
        return data;
      });
      compilation.hooks.processAssets.tap({ name: 'RoutePreloadPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        compilation.emitAsset('routes.json', new webpack.sources.RawSource(`${JSON.stringify(collect(), null, 2)}\n`));
      });
    });
  }
}
