#!/usr/bin/env node
/**
 * npm start: the whole product on this machine, no AWS account.
 *
 *   npm start                  DynamoDB Local (.data/dynamodb) + API (serverless-offline) + H5 app
 *   npm start -- --no-h5       without the mini-program H5 build
 *   npm start -- --api-port 3100 --db-port 8100 --h5-port 10100 --lambda-port 3102 --s3-port 4600
 *
 * Ctrl-C (SIGINT) or SIGTERM stops every process it started.
 */
'use strict';

const { startStack, DEFAULT_PORTS } = require('./lib/stack');
const { DEMO_LOGINS } = require('./lib/seed');
const { JavaMissingError, killTree } = require('./lib/dynamo-local');

const USAGE = `usage: npm start -- [--no-h5] [--api-port N] [--lambda-port N] [--db-port N] [--h5-port N] [--s3-port N] [--wechat-port N] [--sms-port N] [--quiet]`;

function parseArgs(argv) {
  const o = { h5: true, quiet: false, ports: { ...DEFAULT_PORTS } };
  const portFlags = { '--api-port': 'api', '--lambda-port': 'lambda', '--db-port': 'dynamo', '--h5-port': 'h5', '--s3-port': 's3', '--wechat-port': 'wechat', '--sms-port': 'sms' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-h5') o.h5 = false;
    else if (a === '--quiet') o.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (portFlags[a]) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${a} needs a port number\n${USAGE}`);
      o.ports[portFlags[a]] = n;
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return o;
}

function timingSummary(t) {
  const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
  return [
    t.dynamo !== undefined && `DynamoDB ${sec(t.dynamo)}`,
    t.table !== undefined && `table ${sec(t.table)}`,
    t.api !== undefined && `API ${sec(t.api)}`,
    t.h5 !== undefined && `H5 ${sec(t.h5)}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function banner(s) {
  const logins = DEMO_LOGINS.map((l) => `    ${l.who.padEnd(28)} ${l.username} / ${l.password}   (${l.note})`).join('\n');
  return [
    '',
    '────────────────────────────────────────────────────────────────────────',
    `  12345 hotline is running (ready in ${(s.timings.ready / 1000).toFixed(1)} s: ${timingSummary(s.timings)})`,
    '',
    `  API            ${s.apiUrl}          e.g. ${s.apiUrl}/v1/health`,
    `  H5 app         ${s.h5Url ?? '(not built: --no-h5 or build failed)'}${s.h5Url ? '          citizens (open in a phone-sized window)' : ''}`,
    ...(s.h5Url ? [`  Staff          ${s.h5Url}/#/staff/pages/login/index          centre and unit workbench, 数据统计, 登记电话诉求`] : []),
    `  DynamoDB Local ${s.endpoint}          table ${s.tableName} (data in .data/dynamodb)`,
    `  S3 (s3rver)    ${s.s3Endpoint}          bucket ${s.uploadBucket} (photos, data in .data/s3)`,
    `  WeChat (fake)  ${s.wechatUrl}/__sent          subscribe messages "sent" (fake WeChat server API)`,
    `  SMS (fake)     ${s.smsUrl}/__sent          text messages "sent" (fake Tencent Cloud SMS)`,
    '',
    '  Demo logins:',
    logins,
    '',
    '  Ctrl-C stops everything.',
    '────────────────────────────────────────────────────────────────────────',
    '',
  ].join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (line) => console.log(`[start] ${line}`);
  const started = Date.now();
  const controller = new AbortController();
  const spawned = []; // every child process, for the synchronous last-resort kill
  let starting;
  let stack;
  let shuttingDown = false;

  const killAllNow = () => {
    for (const c of spawned) if (c.pid && c.exitCode === null && c.signalCode === null) killTree(c.pid, 'SIGKILL', true);
  };
  const shutdown = async (reason, code = 0) => {
    if (shuttingDown) {
      // Second Ctrl-C: do not wait for graceful exits.
      killAllNow();
      process.exit(130);
    }
    shuttingDown = true;
    log(`${reason}: stopping ...`);
    controller.abort(); // during start-up: startStack stops what it started and rejects
    try {
      stack ??= await starting;
    } catch {
      // start-up aborted; already cleaned up
    }
    if (stack) await stack.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  // Last resort (an exception, process.exit elsewhere): nothing async runs in 'exit', so kill synchronously.
  process.on('exit', killAllNow);

  starting = startStack({
    dynamo: 'persisted',
    ports: opts.ports,
    h5: opts.h5,
    log,
    signal: controller.signal,
    onSpawn: (child) => spawned.push(child),
    // If a server dies on its own, take the rest down too rather than leave half a stack running.
    onUnexpectedExit: (name, code) => {
      if (shuttingDown) return;
      log(`${name} exited unexpectedly (${code})`);
      void shutdown(`${name} exited`, 1);
    },
    output: opts.quiet ? undefined : (line) => console.log(line),
  });
  try {
    stack = await starting;
  } catch (err) {
    if (shuttingDown) return; // Ctrl-C during start-up: shutdown() exits
    throw err;
  }
  if (shuttingDown) return;
  for (const [name, port, url] of [
    ['API', opts.ports.api, stack.apiUrl],
    ['DynamoDB Local', opts.ports.dynamo, stack.endpoint],
    ['S3 (s3rver)', opts.ports.s3, stack.s3Endpoint],
    ['fake WeChat', opts.ports.wechat, stack.wechatUrl],
    ['fake SMS', opts.ports.sms, stack.smsUrl],
  ]) {
    if (port && !url.endsWith(`:${port}`)) log(`port ${port} was busy: ${name} is on ${url}`);
  }
  stack.timings.ready = Date.now() - started;
  console.log(banner(stack));
}

main().catch((err) => {
  if (err instanceof JavaMissingError) console.error(`\n${err.message}\n`);
  else console.error(`\nnpm start failed: ${err.stack || err.message}\n`);
  process.exit(1);
});
