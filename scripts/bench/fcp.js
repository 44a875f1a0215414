#!/usr/bin/env node
/**
 * First-contentful-paint benchmark of the H5 home page against a bare Taro 4 + React page (`npm run bench:fcp`, not
 * part of npm test; issue 17 item 4: target home ≤ 1.25 × bare). Starts the local stack like `npm start` does, but with
 * an in-memory DynamoDB Local and free ports (the H5 build takes 1–2 minutes), builds the bare page with the same
 * Taro configuration (HOTLINE_BARE_APP=1 → miniapp/dist-h5-bare, served by the same compressing static server), then
 * loads the bare page and the home page cold, interleaved, N times each (default 5) in headless Chromium with a phone
 * viewport — a new browser each time, so nothing is cached — and prints, per load and as the median:
 *
 *   FCP      first-contentful-paint (PerformanceObserver 'paint')
 *   ready    the home page is connected (health-status data-state; the first API round trip is done)
 *   bytes    bytes transferred for the page (resource timing)
 *
 * plus the ratio of the median FCPs (home / bare), the median of each round's paired ratio, and the H5 bundle size on
 * disk (JS/CSS, raw and gzip).
 * `--no-bare-build` reuses miniapp/dist-h5-bare from an earlier run.
 *
 *   npm run bench:fcp
 *   npm run bench:fcp -- --runs 9
 *   HOTLINE_BENCH_H5_URL=http://127.0.0.1:10086 npm run bench:fcp     # measure a stack that is already running
 *
 * Figures depend on the machine; what matters is the median on the same machine before and after a change.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const { ROOT, PHONE, arg, assertChromium, launchChromium, median, quantile, serveBuild, startBenchStack } = require('../lib/bench-browser');

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function bundleSizes(dir) {
  const out = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 }, other: { raw: 0, files: 0 } };
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const buf = fs.readFileSync(full);
        const kind = /\.js$/.test(e.name) ? 'js' : /\.css$/.test(e.name) ? 'css' : 'other';
        out[kind].raw += buf.length;
        out[kind].files += 1;
        if (kind !== 'other') out[kind].gzip += zlib.gzipSync(buf, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return out;
}

/** Builds the bare page (one Taro + React page, the app's own configuration) into miniapp/dist-h5-bare. */
function buildBare() {
  const dist = path.join(ROOT, 'miniapp', 'dist-h5-bare');
  if (process.argv.includes('--no-bare-build') && fs.existsSync(path.join(dist, 'index.html'))) return dist;
  console.log('building the bare Taro page (HOTLINE_BARE_APP=1) …');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
    cwd: path.join(ROOT, 'miniapp'),
    env: { ...process.env, HOTLINE_BARE_APP: '1', NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  return dist;
}

async function oneColdLoad(url, bare = false) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${url}/#/pages/${bare ? 'bare' : 'index'}/index`, { waitUntil: 'load' });
    const fcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
            if (e) resolve(e.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    await page
      .locator(bare ? '[data-testid="bare"]' : '[data-testid="health-status"][data-state="connected"]')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    const ready = Date.now() - t0;
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0),
    );
    return { fcp, ready, bytes };
  } finally {
    await browser.close();
  }
}

async function main() {
  const runs = Number(arg('runs', '5'));
  assertChromium();
  const stack = await startBenchStack('fcp');
  const url = stack.h5Url;
  let bareServer;
  try {
    bareServer = await serveBuild(buildBare());
  } catch (err) {
    await stack.stop();
    throw err;
  }
  try {
    // One warm-up load of each so the API's Lambda is loaded once (serverless-offline) and the OS file cache is warm;
    // the measured loads are cold for the browser (new process, empty cache each time).
    await oneColdLoad(url);
    await oneColdLoad(bareServer.url, true);
    const results = [];
    const bares = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, the order alternating, so a busy neighbour slows both alike.
      const order = i % 2 ? ['home', 'bare'] : ['bare', 'home'];
      for (const which of order) {
        if (which === 'bare') {
          const b = await oneColdLoad(bareServer.url, true);
          bares.push(b);
          console.log(`load ${i + 1} bare: FCP ${b.fcp.toFixed(0)} ms, ${kib(b.bytes)} transferred`);
        } else {
          const r = await oneColdLoad(url);
          results.push(r);
          console.log(`load ${i + 1} home: FCP ${r.fcp.toFixed(0)} ms, connected after ${r.ready} ms, ${kib(r.bytes)} transferred`);
        }
      }
    }
    const dist = path.join(ROOT, 'miniapp', 'dist-h5');
    const b = bundleSizes(dist);
    console.log('');
    console.log(`H5 home page, headless Chromium, phone viewport, ${runs} cold loads:`);
    console.log(`  first-contentful-paint median ${median(results.map((r) => r.fcp)).toFixed(0)} ms (min ${Math.min(...results.map((r) => r.fcp)).toFixed(0)}, max ${Math.max(...results.map((r) => r.fcp)).toFixed(0)})`);
    console.log(`  connected (first API answer arrived) median ${median(results.map((r) => r.ready))} ms`);
    console.log(`  transferred on first load: median ${kib(median(results.map((r) => r.bytes)))}`);
    const bareFcp = median(bares.map((r) => r.fcp));
    console.log(`Bare Taro 4 + React page, same configuration, ${runs} cold loads interleaved:`);
    console.log(`  first-contentful-paint median ${bareFcp.toFixed(0)} ms, transferred median ${kib(median(bares.map((r) => r.bytes)))}`);
    console.log(`FCP ratio home / bare: ${(median(results.map((r) => r.fcp)) / bareFcp).toFixed(2)} (target ≤ 1.25)`);
    // Each round's two loads ran back to back: their ratio sees the same neighbour load, so the median of the paired
    // ratios moves less with a busy machine than the ratio of the two medians (as bench:coldstart reports it).
    const paired = results.map((r, i) => r.fcp / bares[i].fcp);
    console.log(`  median of the ${runs} paired ratios (same round): ${median(paired).toFixed(2)} (p25–p75 ${quantile(paired, 0.25).toFixed(2)}–${quantile(paired, 0.75).toFixed(2)})`);
    console.log(`H5 bundle (${path.relative(ROOT, dist)}): JS ${b.js.files} files ${kib(b.js.raw)} (gzip ${kib(b.js.gzip)}), CSS ${b.css.files} files ${kib(b.css.raw)} (gzip ${kib(b.css.gzip)}), other ${b.other.files} files ${kib(b.other.raw)}`);
  } finally {
    await bareServer.close();
    await stack.stop();
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
