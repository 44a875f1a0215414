#!/usr/bin/env node
/**
 * Lighthouse (mobile: slow 4G and 4 × CPU, simulated) on the H5 build: Performance, Accessibility and Best Practices
 * of the home page, the submit form, a matter's detail page and the staff queue (`npm run bench:lighthouse`, not part
 * of npm test; issue 17 item 4: targets ≥ 0.95, 1.00, 1.00). Starts the local stack like `npm start` does, with an
 * in-memory DynamoDB Local and free ports (the H5 build takes 1–2 minutes).
 *
 * Lighthouse 12.2.3 runs against Debian's Chromium (`CHROME_PATH`/`CHROMIUM_PATH`, default /usr/bin/chromium);
 * its trace-based audits (LCP element, layout shifts) error there, scores still come out. The pages behind
 * sign-in need a session: the citizen agrees to the privacy notice and submits a matter, and a centre operator
 * signs in, once, in the same browser profile; Lighthouse then runs with `disableStorageReset` (keeping that
 * sign-in) after the HTTP cache is cleared, so every load is still cold.
 *
 *   npm run bench:lighthouse
 *   npm run bench:lighthouse -- --runs 3        # median of 3 runs per page
 *   npm run bench:lighthouse -- --save .build/lh  # also writes each report and trace (JSON) there, to see what costs the score
 *   npm run bench:lighthouse -- --pages submit,queue  # only the pages whose name contains one of these words
 *   npm run bench:lighthouse -- --queue-rows 30       # the centre registers 30 telephone matters first (a fuller queue)
 *   HOTLINE_BENCH_H5_URL=… HOTLINE_BENCH_API_URL=… npm run bench:lighthouse   # a stack that is already running
 *
 * Each page's line ends with the machine's load average: Lighthouse scales the CPU time it observed, so figures taken
 * on a busy machine (another build or test run) are lower for every page and only comparable with runs under
 * similar load.
 */
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';

const require = createRequire(import.meta.url);
const { arg, assertChromium, launchPersistentChromium, median, startBenchStack } = require('../lib/bench-browser');

const PORT = 9300 + (process.pid % 500);
const CENTER = { username: 'center1', password: 'center-demo-2026' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const visible = (page, id) => page.locator(`[data-testid="${id}"]`).filter({ visible: true });

/** Signs the citizen in (privacy notice), submits one matter, signs a centre operator in; returns the matter id. */
async function signIn(page, h5) {
  await page.goto(`${h5}/#/pages/consent/index`);
  await visible(page, 'consent-agree').click();
  await page.waitForFunction(() => (localStorage.getItem('hotline.citizenSession') ?? '').includes('token'));
  const raw = await page.evaluate(() => localStorage.getItem('hotline.citizenSession'));
  const token = /"token":"([^"]+)"/.exec(raw ?? '')?.[1];
  if (!token) throw new Error('the citizen sign-in left no token');
  const api = process.env.HOTLINE_BENCH_API_URL;
  if (!api) throw new Error('HOTLINE_BENCH_API_URL is needed with HOTLINE_BENCH_H5_URL');
  const res = await fetch(`${api}/v1/matters`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `bench-${process.pid}-${Date.now()}` },
    body: JSON.stringify({ category: 'help', content: '小区门口的路灯坏了一个多月，晚上很黑，希望尽快修好。', district: '天河区', contactPhone: '13800138123', confidential: false }),
  });
  const body = await res.json();
  if (res.status !== 201 && res.status !== 200) throw new Error(`submitting the bench matter: ${res.status} ${JSON.stringify(body)}`);
  const matterId = body.id;
  await page.goto(`${h5}/#/staff/pages/login/index`);
  await visible(page, 'staff-username').locator('input').fill(CENTER.username);
  await visible(page, 'staff-password').locator('input').fill(CENTER.password);
  await visible(page, 'staff-login-submit').click();
  await page.waitForURL(/staff\/pages\/queue/);
  await visible(page, 'queue-who').waitFor();
  await registerCalls(page, api, Number(arg('queue-rows', '0')));
  return matterId;
}

/**
 * `--queue-rows N`: the centre operator registers N telephone matters, so the queue shows a working day's page of
 * cards instead of the few demo matters (its first render then costs what it costs an operator).
 */
async function registerCalls(page, api, n) {
  if (!n) return;
  const raw = await page.evaluate(() => localStorage.getItem('hotline.staff.workbench.session'));
  const token = /"token":"([^"]+)"/.exec(raw ?? '')?.[1];
  if (!token) throw new Error('the centre sign-in left no token');
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${api}/v1/work/matters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `bench-call-${process.pid}-${i}` },
      body: JSON.stringify({
        channel: 'phone',
        callerPhone: `1390000${String(1000 + i).slice(-4)}`,
        category: i % 3 ? 'help' : 'complaint',
        content: `第${i + 1}件：小区门口的路灯坏了一个多月，晚上很黑，希望尽快修好。`,
        district: '天河区',
        address: `天河路${100 + i}号`,
        confidential: false,
      }),
    });
    if (res.status !== 201 && res.status !== 200) throw new Error(`registering bench call ${i + 1}: ${res.status} ${await res.text()}`);
  }
}

async function main() {
  const runs = Number(arg('runs', '1'));
  const saveDir = arg('save', undefined);
  const only = arg('pages', '').split(',').map((w) => w.trim()).filter(Boolean);
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  assertChromium();
  const stack = await startBenchStack('lh');
  const h5 = stack.h5Url;
  if (stack.apiUrl) process.env.HOTLINE_BENCH_API_URL = stack.apiUrl;
  const profile = mkdtempSync(path.join(tmpdir(), 'hotline-lh-'));
  let ctx;
  try {
    ctx = await launchPersistentChromium(profile, [`--remote-debugging-port=${PORT}`], { viewport: { width: 412, height: 823 } });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    await stack.stop();
    throw err;
  }
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const matterId = await signIn(page, h5);
    const targets = [
      ['home', '/pages/index/index'],
      ['submit', '/pages/submit/index'],
      ['matter detail', `/pages/matter/index?id=${matterId}`],
      ['staff queue', '/staff/pages/queue/index'],
    ].filter(([name]) => only.length === 0 || only.some((w) => name.includes(w)));
    const cdp = await ctx.newCDPSession(page);
    console.log(`Lighthouse ${require('lighthouse/package.json').version}, mobile (simulated slow 4G, 4 × CPU), ${runs} run(s) per page, median:`);
    // Simulated throttling multiplies the CPU time Chromium really took: a busy machine lowers every page's TBT score
    // (the home page too). The load average beside each page says how comparable two runs are.
    const load = () => `load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
    for (const [name, route] of targets) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const metrics = { fcp: [], lcp: [], cls: [], tbt: [] };
      for (let i = 0; i < runs; i++) {
        await cdp.send('Network.clearBrowserCache');
        await page.goto('about:blank');
        const r = await lighthouse(`${h5}/#${route}`, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableStorageReset: true });
        const lhr = r?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${name}`);
        if (saveDir) {
          const base = path.join(saveDir, `${name.replace(/\W+/g, '-')}-${i + 1}`);
          writeFileSync(`${base}.json`, JSON.stringify(lhr));
          // The trace, for what the report cannot say here (its LCP and long-task audits fail on Debian's Chromium):
          // open it in DevTools' Performance panel, or summarise it with scripts/bench/lighthouse-trace.mjs.
          if (r.artifacts?.Trace) writeFileSync(`${base}.trace.json`, JSON.stringify(r.artifacts.Trace));
        }
        for (const c of CATEGORIES) scores[c].push(lhr.categories[c]?.score ?? NaN);
        metrics.fcp.push(lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
        metrics.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
        metrics.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
        metrics.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
        if (i === runs - 1) {
          const failed = Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && !['metricSavings'].includes(a.id))
            .filter((a) => lhr.categories.accessibility.auditRefs.concat(lhr.categories['best-practices'].auditRefs).some((ref) => ref.id === a.id))
            .map((a) => a.id);
          if (failed.length) console.log(`  (${name}: accessibility / best-practices audits not passed: ${failed.join(', ')})`);
        }
      }
      const f = (xs, d = 2) => median(xs).toFixed(d);
      console.log(
        `  ${name.padEnd(14)} Performance ${f(scores.performance)}  Accessibility ${f(scores.accessibility)}  Best Practices ${f(scores['best-practices'])}` +
          `   FCP ${(median(metrics.fcp) / 1000).toFixed(1)} s, LCP ${(median(metrics.lcp) / 1000).toFixed(1)} s, TBT ${f(metrics.tbt, 0)} ms, CLS ${f(metrics.cls, 3)}` +
          `   (${load()})`,
      );
    }
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
    await stack.stop();
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
