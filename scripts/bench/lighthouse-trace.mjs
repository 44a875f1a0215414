#!/usr/bin/env node
/**
 * Summarises a trace saved by `npm run bench:lighthouse -- --save DIR` (DIR/<page>-<run>.trace.json): the main
 * thread's tasks over 10 ms (unthrottled, as Chromium ran them; Lighthouse multiplies CPU time by 4) with what
 * filled them (script evaluation per file, function calls, style recalculation, layout, parsing), and the first
 * contentful paint and each largest-contentful-paint candidate (its size and type). Lighthouse 12's own LCP-element
 * and long-task audits fail on Debian's Chromium ("frame_sequence"); this reads the same trace directly.
 *
 *   node scripts/bench/lighthouse-trace.mjs .build/lh/submit-1.trace.json [--min 10]
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/lighthouse-trace.mjs <trace.json> [--min ms]');
  process.exit(2);
}
const minIdx = process.argv.indexOf('--min');
const MIN_MS = minIdx > 0 ? Number(process.argv[minIdx + 1]) : 10;

const raw = JSON.parse(readFileSync(file, 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The page's renderer main thread: where navigationStart for the loaded document was recorded.
const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && String(e.args.data.documentLoaderURL ?? '').startsWith('http')).pop();
if (!nav) throw new Error('no navigationStart for an http document in this trace');
const { pid, tid } = nav;
const t0 = nav.ts;
const ms = (us) => (us / 1000).toFixed(0);
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= t0);

const short = (url) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '') || '(document)';
/** What a trace event is, in a few words (script file for evaluation and calls). */
function kind(e) {
  const d = e.args?.data ?? {};
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.compile':
      return `${e.name === 'v8.compile' ? 'compile' : 'evaluate'} ${short(d.url)}`;
    case 'FunctionCall':
      return `call ${short(d.url)}${d.functionName ? ` ${d.functionName}` : ''}`;
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'ParseHTML':
      return 'parse HTML';
    case 'ParseAuthorStyleSheet':
      return 'parse CSS';
    case 'Paint':
    case 'PaintImage':
    case 'Layerize':
    case 'PrePaint':
      return 'paint';
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
    case 'FireIdleCallback':
      return e.name;
    case 'v8.evaluateModule':
      return 'evaluate module';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_SCAVENGER':
      return 'GC';
    default:
      return null;
  }
}

const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur >= MIN_MS * 1000);
console.log(`${file}: main thread tasks ≥ ${MIN_MS} ms (start → duration, unthrottled)`);
const totals = new Map();
for (const task of tasks) {
  const end = task.ts + task.dur;
  const inner = main.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  // Attribute self time to the outermost event with a kind, so nested calls are not counted twice.
  const parts = new Map();
  const counted = [];
  for (const e of inner.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const k = kind(e);
    if (!k) continue;
    const within = counted.find((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur);
    if (within && !['style', 'layout', 'GC', 'compile'].includes(k)) continue;
    if (within) parts.set(within.k, (parts.get(within.k) ?? 0) - e.dur);
    counted.push({ ts: e.ts, dur: e.dur, k });
    parts.set(k, (parts.get(k) ?? 0) + e.dur);
  }
  const top = [...parts].filter(([, d]) => d >= 1000).sort((a, b) => b[1] - a[1]);
  for (const [k, d] of top) totals.set(k, (totals.get(k) ?? 0) + d);
  console.log(`  ${ms(task.ts - t0).padStart(6)} ms → ${ms(task.dur).padStart(4)} ms  ${top.map(([k, d]) => `${k} ${ms(d)}`).join(', ')}`);
}
console.log('  totals in those tasks:', [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, d]) => `${k} ${ms(d)}`).join(', '));

for (const e of events.filter((x) => x.pid === pid && x.ts >= t0)) {
  if (e.name === 'firstContentfulPaint') console.log(`  FCP at ${ms(e.ts - t0)} ms`);
  if (e.name === 'largestContentfulPaint::Candidate') {
    const d = e.args?.data ?? {};
    console.log(`  LCP candidate at ${ms(e.ts - t0)} ms: ${d.type ?? ''} size ${d.size ?? '?'} node ${d.nodeId ?? '?'}${d.nodeName ? ` <${d.nodeName}>` : ''}`);
  }
}
