#!/usr/bin/env node
/**
 * Cold-start cost of each Lambda function (`npm run bench:coldstart`, not part of npm test): every handler in
 * serverless.yml is bundled exactly as serverless-esbuild does for `npm run package` (minified CJS, ES modules first),
 * next to a baseline bundle holding only the DynamoDB client (client + document client, constructed). Each round
 * loads every bundle once in a fresh Node process, in a shuffled order (interleaved, so machine noise hits all
 * alike), and records the module-load wall time, CPU time and the memory it added. Prints medians and the ratio to
 * the baseline; the target is ≤ 1.15 ×.
 *
 *   npm run bench:coldstart
 *   npm run bench:coldstart -- --rounds 25
 *   npm run bench:coldstart -- --only auth,matters   (some functions, still against the baseline)
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { ROOT, lambdaEsbuildOptions, lambdaFunctions } = require('../lib/lambda-bundle');
const OUT = path.join(ROOT, '.build', 'coldstart');
const TARGET = 1.15;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Loads one bundle in a fresh process: wall ms, CPU ms and RSS added (MiB) by `require`. */
const PROBE = `
const t = process.hrtime.bigint(); const c = process.cpuUsage(); const r = process.memoryUsage().rss;
require(process.argv[1]);
const cpu = process.cpuUsage(c);
process.stderr.write('@@' + JSON.stringify({ wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: (cpu.user + cpu.system) / 1000, rss: (process.memoryUsage().rss - r) / 1048576 }) + '@@');
`;

async function main() {
  const rounds = Number(arg('rounds', '15'));
  const only = arg('only', '').split(',').filter(Boolean);
  const functions = lambdaFunctions().filter((f) => !only.length || only.includes(f.name));
  // serverless.yml's own esbuild settings (target, ES modules first, the SMS SDK's aliases): what `npm run package` ships.
  const options = lambdaEsbuildOptions();
  fs.mkdirSync(OUT, { recursive: true });
  const baseline = path.join(OUT, 'baseline-entry.ts');
  fs.writeFileSync(
    baseline,
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nexport const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'ap-east-1' }));\n",
  );
  const bundles = [{ name: '(DynamoDB client only)', entry: path.relative(ROOT, baseline) }, ...functions];
  for (const b of bundles) {
    b.file = path.join(OUT, `${b.name.replace(/\W+/g, '_')}.js`);
    await esbuild.build({ ...options, entryPoints: [path.join(ROOT, b.entry)], outfile: b.file });
    b.bytes = fs.statSync(b.file).size;
    b.runs = [];
  }
  const env = { ...process.env, AWS_REGION: 'ap-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  for (let i = 0; i < rounds; i++) {
    const order = [...bundles].sort(() => Math.random() - 0.5);
    for (const b of order) {
      // The probe reports on stderr after a marker: a handler may log to stdout while it loads.
      const r = spawnSync(process.execPath, ['-e', PROBE, b.file], { env, encoding: 'utf8' });
      // Between the markers: a handler may also write to stderr after it has loaded (a cold-start log line).
      const line = /@@(\{[^@]*\})@@/.exec(r.stderr)?.[1];
      if (r.status !== 0 || !line) throw new Error(`${b.name} failed to load: ${r.stderr}`);
      b.runs.push(JSON.parse(line));
    }
  }
  const base = bundles[0];
  const m = (b, k) => median(b.runs.map((r) => r[k]));
  console.log(`module load, median of ${rounds} interleaved fresh processes (ratio to the DynamoDB-client-only bundle; target ≤ ${TARGET} × CPU):`);
  console.log(`${'function'.padEnd(24)} ${'bundle'.padStart(9)} ${'wall ms'.padStart(9)} ${'cpu ms'.padStart(9)} ${'+RSS MiB'.padStart(9)}   ratio wall / cpu`);
  for (const b of bundles) {
    const ratio = b === base ? '' : `${(m(b, 'wall') / m(base, 'wall')).toFixed(2)} × / ${(m(b, 'cpu') / m(base, 'cpu')).toFixed(2)} ×`;
    // CPU is the steadier figure on a shared machine: the target is checked on it.
    const over = b !== base && m(b, 'cpu') / m(base, 'cpu') > TARGET ? '   over target' : '';
    console.log(`${b.name.padEnd(24)} ${`${(b.bytes / 1024).toFixed(0)} KiB`.padStart(9)} ${m(b, 'wall').toFixed(1).padStart(9)} ${m(b, 'cpu').toFixed(1).padStart(9)} ${m(b, 'rss').toFixed(1).padStart(9)}   ${ratio}${over}`);
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
