import path from 'path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { H5BudgetPlugin } from './budget';
import { DeferPrefetchPlugin } from './deferPrefetch';
import { RoutePreloadPlugin } from './routePreload';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Taro build configuration (https://docs.taro.zone/docs/next/config).
 * Run from miniapp/: `npx taro build --type weapp` → dist/, `npx taro build --type h5` → dist-h5/.
 * node_modules live at the repo root; Taro resolves them by walking up.
 */

/** Default backend for local development (serverless-offline). */
const DEFAULT_API_BASE = 'http://127.0.0.1:3000';

/**
 * The backend base URL is fixed at build time: `TARO_APP_API_BASE=https://api.example.cn npx taro build --type weapp`.
 * Taro also loads TARO_APP_* from miniapp/.env[.mode][.local] before this file runs; the shell wins over those files.
 * A trailing slash is dropped so the client can always write `${API_BASE}/v1/...`.
 */
function apiBase(): string {
  const raw = (process.env.TARO_APP_API_BASE || DEFAULT_API_BASE).trim();
  if (!/^https?:\/\//.test(raw)) {
    throw new Error(`TARO_APP_API_BASE must start with http:// or https://, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * The repo's shared/ domain code (TypeScript) lives outside miniapp/src. Without listing it here webpack
 * does not run it through babel and fails with "Module parse failed: Unexpected token".
 */
const SHARED_DIR = path.resolve(__dirname, '../../shared');

/** The H5 build's component library: plain-HTML View and Text, Stencil web components for the rest (config/h5/). */
const H5_COMPONENTS = path.resolve(__dirname, 'h5', 'components.js');

// weapp and h5 builds must not write into the same folder (the h5 build would wipe the weapp one).
// HOTLINE_BARE_APP=1 builds the bare page npm run bench:fcp compares the home page with (src/app.config.ts).
const BARE_APP = process.env.HOTLINE_BARE_APP === '1';
// HOTLINE_H5_OUTPUT builds the H5 app elsewhere (e.g. while a test or bench serves dist-h5).
const outputRoot = process.env.TARO_ENV === 'h5' ? (BARE_APP ? 'dist-h5-bare' : process.env.HOTLINE_H5_OUTPUT || 'dist-h5') : 'dist';

/** Taro's rem script measuring the window instead of <html> (see the htmlWebpackPlugin tap below). */
function remScript(script: unknown): unknown {
  const measured = 'r=e.getBoundingClientRect(),width=r.width,height=r.height';
  if (typeof script !== 'string' || !script) return script;
  if (!script.includes(measured)) throw new Error("Taro's H5 rem script changed: update remScript() in miniapp/config/index.ts");
  return script.replace(measured, 'width=n.innerWidth,height=n.innerHeight');
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'hotline-12345',
    date: '2026-1-1',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase()),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: false,
    },
    mini: {
      compile: {
        include: [SHARED_DIR],
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Taro's plain-HTML React components instead of Stencil web components; config/h5/components.js says which.
      useHtmlComponents: true,
      compile: {
        include: [SHARED_DIR],
      },
      output: {
        // contenthash: webpack 5 deprecates [hash], and unchanged files keep their names (and browser caches).
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        // Taro splits only initial chunks, but every page is an async chunk: each page carried its own copy of React's
        // helpers, Taro's components and runtime pieces, and the shared validation code. Split async chunks too:
        // what two pages use goes into a shared chunk, fetched once and cached; bigger chunks are cut below 250 KiB.
        chain.optimization.splitChunks({
          chunks: 'all',
          // Fewer, larger chunks: a browser opens 6 connections per origin over HTTP/1.1, so a page made of 20 small
          // chunks downloaded in waves (Lighthouse's critical chain on the matter page: 22 files, now 11 with its CSS;
          // dist-h5/routes.json lists each route's files). maxSize cuts by module path into parts of similar size:
          // at 200 KiB the 283 KiB entry became 6 files, whose last ones queued behind the page's own preloads on a
          // phone (Lighthouse mobile: 16 requests before the submit form could paint); just under the 250 KiB chunk
          // budget it is 3.
          minSize: 20 * 1024,
          maxSize: 240 * 1024,
          maxInitialRequests: 4,
          maxAsyncRequests: 6,
          hidePathInfo: true,
          cacheGroups: {
            default: false,
            defaultVendors: false,
            vendors: { test: /[\\/]node_modules[\\/]/, minChunks: 2, priority: 10, reuseExistingChunk: true },
            common: { minChunks: 2, priority: 1, reuseExistingChunk: true },
          },
        });
        // Budgets (config/budget.ts) fail the build; webpack's own hints would only warn.
        chain.performance.hints(false);
        chain.resolve.alias.set('@tarojs/components$', H5_COMPONENTS);
        chain.module.rule('h5-components').test(H5_COMPONENTS).sideEffects(false);
        // Taro's H5 request imports fetch and AbortController polyfills; every browser the H5 build targets
        // (babel.config.js) has both natively, so they are empty modules here instead of ~9 KiB on the home page.
        chain.resolve.alias.set('whatwg-fetch$', false).set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', false);
        chain.plugin('h5-budget').use(H5BudgetPlugin);
        // Each route's chunks are preloaded from index.html alongside the entry (config/routePreload.ts).
        chain.plugin('route-preload').use(RoutePreloadPlugin, [BARE_APP ? '/pages/bare/index' : '/pages/index/index']);
        // Prefetched chunks (photo picker, classifier) start after the first input or a few seconds after load.
        chain.plugin('defer-prefetch').use(DeferPrefetchPlugin);
        // Taro injects its components' stylesheets (and their icon font) from JavaScript with style-loader, so the
        // home page carried ~30 KiB of CSS as JS strings that had to run before anything styled could paint. In a
        // production build they are extracted into the CSS files like ours, loaded in parallel with the scripts.
        if (process.env.NODE_ENV !== 'development') {
          const taroStyle = chain.module.rule('taroStyle');
          taroStyle.uses.clear();
          for (const use of chain.module.rule('customStyle').uses.values()) taroStyle.use(use.name).loader(use.get('loader')).options(use.get('options') ?? {});
        }
        // The first API call (the health check on the home page) starts while the page's JavaScript still loads:
        // open the connection to the API origin early (<link rel=preconnect> in src/index.html).
        // Taro's inline rem script sizes the root font from <html>'s box while <head> is still parsed (a few px tall),
        // so the first paint uses the 20px floor and every block moves once Taro corrects it (CLS 0.1 on a throttled
        // phone). The same rule from the window's size, known at once, gives the final size before the first paint.
        chain
          .plugin('htmlWebpackPlugin')
          .tap((args: Array<Record<string, unknown>>) => [{ ...args[0], apiOrigin: new URL(apiBase()).origin, script: remScript(args[0].script) }, ...args.slice(1)]);
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
