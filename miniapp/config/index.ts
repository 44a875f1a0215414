import path from 'path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { H5BudgetPlugin } from './budget';
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

// weapp and h5 builds must not write into the same folder (the h5 build would wipe the weapp one).
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist';

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
          minSize: 8 * 1024,
          maxSize: 200 * 1024,
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
        chain.plugin('h5-budget').use(H5BudgetPlugin);
        // The first API call (the health check on the home page) starts while the page's JavaScript still loads:
        // open the connection to the API origin early (<link rel=preconnect> in src/index.html).
        chain.plugin('htmlWebpackPlugin').tap((args: Array<Record<string, unknown>>) => [{ ...args[0], apiOrigin: new URL(apiBase()).origin }, ...args.slice(1)]);
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
