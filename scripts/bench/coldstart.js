#!/usr/bin/env node
/**
 * Cold-start cost of each Lambda function (`npm run bench:coldstart`, not part of npm test). Every handler in
 * serverless.yml is bundled exactly as serverless-esbuild does for `npm run package` (scripts/lib/lambda-bundle.js:
 * minified ES modules with code splitting, the handler `.mjs` and its chunks), next to a baseline bundle built with the same options that holds only the DynamoDB
 * client (client + document client, constructed, and one GetItem for the first request).
 *
 * Each round runs, for every function in a shuffled order, a PAIR of fresh Node processes back to back in a random
 * order: the baseline and the function. The CPU ratio of the pair is the figure: whatever else the machine is doing
 * at that moment hits both halves alike, so the median of the paired ratios is steadier than a ratio of medians, and
 * their interquartile range (p25–p75) shows how reliable it is. The target is checked on the median CPU ratio
 * (≤ 1.15 ×); "p75 over" flags a function whose upper quartile is still over it.
 *
 * Two moments are measured in each process:
 * - module load: wall ms, CPU ms and the memory `require` added;
 * - first request: module load plus one representative request handled (a route of the function's group, a
 *   schedule or stream event) against DynamoDB Local, started here with an empty table; the baseline's first
 *   request is one GetItem. This is what a cold start costs as a whole, so moving work from the load into the first
 *   request does not count as a gain. `--load-only` skips DynamoDB Local and the first request.
 *
 *   npm run bench:coldstart
 *   npm run bench:coldstart -- --rounds 31
 *   npm run bench:coldstart -- --only auth,matters   (some functions, still paired with the baseline)
 *   npm run bench:coldstart -- --load-only
 *   npm run bench:coldstart -- --ref main   (also each function as built at a git ref, in the same rounds: now / then)
 */
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { ROOT, buildFunction, lambdaEsbuildOptions, lambdaFunctions, serverlessDoc } = require('../lib/lambda-bundle');
const { AUTH_SECRET, FIRST_REQUEST } = require('./coldstart-events');
const { arg, median, quantile } = require('../lib/bench-figures');
// Per run: two runs at once (e.g. --only while a full run goes on) must not rebuild each other's bundles.
const OUT = path.join(ROOT, '.build', 'coldstart', `run-${process.pid}`);
const TARGET = 1.15;
const TABLE = 'hotline-12345-coldstart';


/**
 * Loads one bundle in a fresh process and reports on stderr between markers (a handler may log on stdout or stderr):
 * module load, then, given an event, load + the first request handled.
 */
const PROBE = `
const m = () => ({ t: process.hrtime.bigint(), c: process.cpuUsage() });
const since = (s) => { const c = process.cpuUsage(s.c); return { wall: Number(process.hrtime.bigint() - s.t) / 1e6, cpu: (c.user + c.system) / 1000 }; };
const s = m(); const r = process.memoryUsage().rss;
const file = process.argv[1];
// As Lambda loads them: an ES module (.mjs) by import(), a CommonJS bundle by require().
(file.endsWith('.mjs') ? import(require('url').pathToFileURL(file).href) : Promise.resolve().then(() => require(file))).then((mod) => {
const load = { ...since(s), rss: (process.memoryUsage().rss - r) / 1048576 };
const report = (o) => process.stderr.write('@@' + JSON.stringify(o) + '@@');
const event = process.argv[2] && JSON.parse(process.argv[2]);
if (!event) report({ load });
else {
  const now = Date.now();
  if (event.requestContext) event.requestContext.timeEpoch = now;
  if ('time' in event) event.time = new Date(now).toISOString();
  const context = { awsRequestId: 'coldstart', functionName: 'coldstart', getRemainingTimeInMillis: () => 60000 };
  Promise.resolve(mod.handler(event, context)).then((res) => {
    report({ load, first: { ...since(s), rss: (process.memoryUsage().rss - r) / 1048576 }, status: res && res.statusCode });
  }, (err) => { report({ load, error: String(err && err.stack || err) }); process.exitCode = 1; });
}
});
`;

function probe(b, env, withFirst) {
  return new Promise((resolve, reject) => {
    const args = ['-e', PROBE, b.file, withFirst ? JSON.stringify(b.event()) : ''];
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const line = /@@(\{.*?\})@@/s.exec(err)?.[1];
      const r = line && JSON.parse(line);
      if (code !== 0 || !r || r.error) return reject(new Error(`${b.name} failed: ${r?.error ?? err}`));
      // A first request must be handled, not refused for a bench mistake: 2xx/4xx of the domain are fine, 5xx not.
      if (withFirst && r.status >= 500) return reject(new Error(`${b.name}: first request answered ${r.status}`));
      resolve(r);
    });
  });
}

async function startStore() {
  const { startDynamoLocal, localClient } = require('../lib/dynamo-local');
  const { ensureTable } = require('../lib/table');
  const db = await startDynamoLocal({ detached: false });
  await ensureTable(localClient(db.endpoint), TABLE);
  return db;
}

const fmt = (x, d = 2) => x.toFixed(d);
const spread = (xs) => `${fmt(median(xs))} × (${fmt(quantile(xs, 0.25))}–${fmt(quantile(xs, 0.75))})`;

/** Builds function `f` as it was at git `ref` (its sources and serverless.yml; this checkout's node_modules). */
async function buildAtRef(ref, f) {
  const src = path.join(OUT, 'ref-src');
  if (!fs.existsSync(path.join(src, 'serverless.yml'))) {
    fs.rmSync(src, { recursive: true, force: true });
    fs.mkdirSync(src, { recursive: true });
    execSync(`git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(src)}`, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'));
  }
  const outdir = path.join(OUT, `ref_${f.name}`);
  fs.rmSync(outdir, { recursive: true, force: true });
  const built = await buildFunction(f.entry, outdir, { ...lambdaEsbuildOptions(serverlessDoc(src)), absWorkingDir: src });
  return { name: `${f.name}@${ref}`, file: built.file, event: f.event, bytes: built.loadBytes };
}

async function main() {
  const rounds = Number(arg('rounds', '21'));
  const only = arg('only', '').split(',').filter(Boolean);
  const withFirst = !process.argv.includes('--load-only');
  const functions = lambdaFunctions().filter((f) => !only.length || only.includes(f.name));
  // serverless.yml's own esbuild settings (target, ES modules first, the SMS SDK's aliases): what `npm run package` ships.
  const options = lambdaEsbuildOptions();
  fs.mkdirSync(OUT, { recursive: true });
  const baselineEntry = path.join(OUT, 'baseline-entry.ts');
  // The same client settings as functions/lib/dynamo.ts; its first request is the GetItem health also makes.
  fs.writeFileSync(
    baselineEntry,
    [
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';",
      'const endpoint = process.env.DYNAMODB_ENDPOINT;',
      "const credentials = endpoint ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined;",
      'export const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION, endpoint, credentials }), { marshallOptions: { removeUndefinedValues: true } });',
      "export const handler = () => doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'HEALTH', sk: 'HEALTH' } }));",
      '',
    ].join('\n'),
  );
  const base = { name: '(DynamoDB client only)', entry: path.relative(ROOT, baselineEntry), event: () => ({}) };
  for (const f of functions) f.event = FIRST_REQUEST[f.name] ?? (() => ({}));
  for (const b of [base, ...functions]) {
    const outdir = path.join(OUT, b.name.replace(/\W+/g, '_'));
    fs.rmSync(outdir, { recursive: true, force: true });
    // Handler + chunks as in the zip; `bytes`: what a cold start reads (the handler and its static imports).
    const built = await buildFunction(b.entry, outdir, options);
    b.file = built.file;
    b.bytes = built.loadBytes;
    b.totalBytes = built.totalBytes;
  }
  // --ref <git ref>: the same functions as built at that commit, with its own serverless.yml settings.
  const ref = arg('ref', '');
  if (ref) for (const f of functions) f.ref = await buildAtRef(ref, f);

  const store = withFirst ? await startStore() : undefined;
  try {
    const env = {
      ...process.env,
      AWS_REGION: 'ap-east-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      STAGE: 'local',
      TABLE_NAME: TABLE,
      AUTH_SECRET,
      AUTH_WECHAT_FAKE: '1',
      ...(store ? { DYNAMODB_ENDPOINT: store.endpoint } : {}),
    };
    const pairs = new Map(functions.map((f) => [f, []]));
    for (let i = 0; i < rounds; i++) {
      for (const f of [...functions].sort(() => Math.random() - 0.5)) {
        const order = [base, f, ...(f.ref ? [f.ref] : [])].sort(() => Math.random() - 0.5);
        const runs = new Map();
        for (const x of order) runs.set(x, await probe(x, env, withFirst));
        pairs.get(f).push({ b: runs.get(base), r: runs.get(f), o: f.ref && runs.get(f.ref) });
      }
      process.stderr.write(`\rround ${i + 1}/${rounds}`);
    }
    process.stderr.write('\n');
    report(base, functions, pairs, rounds, withFirst);
    if (ref) reportRef(ref, functions, pairs, withFirst);
  } finally {
    await store?.stop();
    fs.rmSync(OUT, { recursive: true, force: true });
  }
}

function report(base, functions, pairs, rounds, withFirst) {
  const allBase = [...pairs.values()].flat().map((p) => p.b);
  const bm = (k, s = 'load') => median(allBase.map((x) => x[s][k]));
  console.log(`Module load: ${rounds} rounds, each function paired with a baseline run in the same round (fresh processes, random order).`);
  console.log(`Ratio = median of the paired CPU ratios (p25–p75 in brackets); target ≤ ${TARGET} × CPU.`);
  console.log('bundle: what the module load reads (handler + statically imported chunks); all: every file of the function.');
  const head = `${'function'.padEnd(24)} ${'bundle'.padStart(8)} ${'all'.padStart(8)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(7)} ${'+RSS MiB'.padStart(8)}   CPU ratio (p25–p75)   wall ratio`;
  console.log(head);
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`.padStart(8);
  console.log(`${base.name.padEnd(24)} ${kib(base.bytes)} ${kib(base.totalBytes)} ${fmt(bm('wall'), 1).padStart(8)} ${fmt(bm('cpu'), 1).padStart(7)} ${fmt(bm('rss'), 1).padStart(8)}`);
  for (const f of functions) {
    const ps = pairs.get(f);
    const cpu = ps.map((p) => p.r.load.cpu / p.b.load.cpu);
    const wall = ps.map((p) => p.r.load.wall / p.b.load.wall);
    const mr = (k) => median(ps.map((p) => p.r.load[k]));
    const flag = median(cpu) > TARGET ? '  over target' : quantile(cpu, 0.75) > TARGET ? '  p75 over' : '';
    console.log(
      `${f.name.padEnd(24)} ${kib(f.bytes)} ${kib(f.totalBytes)} ${fmt(mr('wall'), 1).padStart(8)} ${fmt(mr('cpu'), 1).padStart(7)} ${fmt(mr('rss'), 1).padStart(8)}   ${spread(cpu).padEnd(20)}  ${fmt(median(wall))} ×${flag}`,
    );
  }
  if (!withFirst) return;
  console.log('');
  console.log('First request: module load + one request handled against DynamoDB Local (baseline: load + one GetItem).');
  console.log(`${'function'.padEnd(24)} ${'request (status)'.padEnd(26)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(7)} ${'+RSS MiB'.padStart(8)}   CPU ratio (p25–p75)`);
  console.log(`${base.name.padEnd(24)} ${'GetItem'.padEnd(26)} ${fmt(bm('wall', 'first'), 1).padStart(8)} ${fmt(bm('cpu', 'first'), 1).padStart(7)} ${fmt(bm('rss', 'first'), 1).padStart(8)}`);
  for (const f of functions) {
    const ps = pairs.get(f);
    const e = f.event();
    const what = e.routeKey ? `${e.routeKey} (${ps[0].r.status})` : e.Records ? 'stream batch (empty)' : 'schedule';
    const mr = (k) => median(ps.map((p) => p.r.first[k]));
    const cpu = ps.map((p) => p.r.first.cpu / p.b.first.cpu);
    console.log(`${f.name.padEnd(24)} ${what.padEnd(26)} ${fmt(mr('wall'), 1).padStart(8)} ${fmt(mr('cpu'), 1).padStart(7)} ${fmt(mr('rss'), 1).padStart(8)}   ${spread(cpu)}`);
  }
}

/** Each function against itself at `ref`, run in the same rounds: whether the cold start as a whole got cheaper. */
function reportRef(ref, functions, pairs, withFirst) {
  console.log('');
  console.log(`Against ${ref} (its own build settings, same rounds): CPU now / CPU at ${ref}, median of the paired ratios (p25–p75).`);
  console.log(`${'function'.padEnd(24)} ${`bundle at ${ref}`.padStart(16)}   module load              ${withFirst ? 'first request' : ''}`);
  for (const f of functions) {
    const ps = pairs.get(f);
    const load = spread(ps.map((p) => p.r.load.cpu / p.o.load.cpu));
    const first = withFirst ? spread(ps.map((p) => p.r.first.cpu / p.o.first.cpu)) : '';
    console.log(`${f.name.padEnd(24)} ${`${(f.ref.bytes / 1024).toFixed(0)} KiB`.padStart(16)}   ${load.padEnd(24)} ${first}`);
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
