/**
 * What the browser benches (scripts/bench/fcp.js, scripts/bench/lighthouse.mjs) share: the H5 app on a local stack
 * and headless Chromium started one way.
 *
 * - `startBenchStack(name)`: the stack as `npm start` runs it (API on serverless-offline, the H5 build served by
 *   scripts/lib/static-server.js, which compresses and caches like a CDN), but with an in-memory DynamoDB Local, free
 *   ports and its own esbuild work folder, removed again by `stop()`. `HOTLINE_BENCH_H5_URL` (and
 *   `HOTLINE_BENCH_API_URL`) measure a stack that is already running instead.
 * - `serveBuild(dir)`: another build folder (the bare page) from the same static server.
 * - `launchChromium()` / `launchPersistentChromium(profile)`: Debian's Chromium (`CHROMIUM_PATH`/`CHROME_PATH`,
 *   default /usr/bin/chromium) headless with the flags every test and bench here uses; `PHONE` is the phone context.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { startStack } = require('./stack');
const { serveStatic } = require('./static-server');
const { arg, median, quantile } = require('./bench-figures');

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** A mid-size phone: 390 × 844 CSS px at 2 × (the viewport issue 17's figures were measured with). */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };

/** Fails at once (before a stack takes minutes to start) when Chromium is missing. */
function assertChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium fonts-noto-cjk`);
}

function playwright() {
  assertChromium();
  return require('playwright-core').chromium;
}

/** A fresh headless Chromium (nothing cached): `extraArgs` are appended to the common flags. */
function launchChromium(extraArgs = []) {
  return playwright().launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** Headless Chromium keeping its profile (sign-ins) in `profileDir`; `options` go to launchPersistentContext. */
function launchPersistentChromium(profileDir, extraArgs = [], options = {}) {
  return playwright().launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true, ...options });
}

/**
 * @param {string} name names the table and the esbuild work folder (`.build/esbuild-bench-<name>-<pid>`)
 * @param {(line: string) => void} [log]
 * @returns {Promise<{ h5Url: string, apiUrl: string | undefined, stop: () => Promise<void> }>}
 */
async function startBenchStack(name, log = (l) => console.log(`  ${l}`)) {
  const h5Url = process.env.HOTLINE_BENCH_H5_URL;
  if (h5Url) return { h5Url, apiUrl: process.env.HOTLINE_BENCH_API_URL, stop: async () => {} };
  const workFolder = `.build/esbuild-bench-${name}-${process.pid}`;
  console.log('starting DynamoDB Local (in memory), serverless-offline and the H5 build (1–2 minutes) …');
  const stack = await startStack({
    dynamo: 'memory',
    ports: { dynamo: 0, api: 0, lambda: 0, h5: 0, s3: 0 },
    h5: true,
    stage: 'local',
    tableName: `hotline-bench-${name}`,
    esbuildWorkFolder: workFolder,
    log,
  });
  const stop = async () => {
    await stack.stop();
    fs.rmSync(path.join(ROOT, workFolder), { recursive: true, force: true });
  };
  if (!stack.h5Url) {
    await stop();
    throw new Error('the H5 build failed: nothing to measure');
  }
  return { h5Url: stack.h5Url, apiUrl: stack.apiUrl, stop };
}

/** Serves another build folder (e.g. miniapp/dist-h5-bare) the way the stack serves the app. */
function serveBuild(dir) {
  return serveStatic({ root: dir, port: 0 });
}

module.exports = { ROOT, CHROMIUM, CHROMIUM_ARGS, PHONE, assertChromium, launchChromium, launchPersistentChromium, startBenchStack, serveBuild, median, quantile, arg };
