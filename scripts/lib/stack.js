/**
 * The local stack, as `npm start` runs it and as the end-to-end tests run it (one code path):
 *
 *   DynamoDB Local ─→ table from serverless.yml ─→ API ─→ demo seed through the API (empty table only)
 *   serverless-offline (stage local) on 127.0.0.1            } started in parallel; ready when GET /v1/health answers
 *   mini-program H5 build ─→ static server on 127.0.0.1      }
 *   s3rver (photos, in-process; bucket + CORS) ──────────────→ its endpoint goes into the API's env
 *   fake WeChat server API + fake SMS (in-process) ──────────→ their URLs go into the API's env
 *   stream reader over DynamoDB Local's stream ─────────────→ invokes the `notify` function (serverless-offline)
 *
 * Every child process is spawned detached (its own process group) and stopped by killing the group, so nothing
 * (npx/osls wrappers, esbuild, webpack workers, the JVM) is left behind.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { DynamoDBDocumentClient, ScanCommand } = require('@aws-sdk/lib-dynamodb');
const { startDynamoLocal, pickPort, localClient, stopChild, killTree, checkJava } = require('./dynamo-local');
const { ensureTable, tableNameForStage } = require('./table');
const { seedViaApi } = require('./seed');
const { serveStatic } = require('./static-server');
const { startS3Local, DEFAULT_S3_PORT } = require('./s3-local');
const { startFakeWeChat } = require('./fake-wechat');
const { startFakeSms } = require('./fake-sms');
const { startStreamReader } = require('./stream-local');

const ROOT = path.resolve(__dirname, '..', '..');
// wechat/sms: the loopback fakes of WeChat's server API and Tencent Cloud SMS (functions/notify/config.ts defaults).
const DEFAULT_PORTS = { dynamo: 8000, api: 3000, lambda: 3002, h5: 10086, s3: DEFAULT_S3_PORT, wechat: 4590, sms: 4591 };

// The pinned AWS SDK warns that releases after January 2027 need Node 22; we pin exact versions on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Forward a child's output line by line with a prefix, or keep the tail for error messages. */
function pipeOutput(child, prefix, print) {
  let tail = '';
  const onData = (stream) => {
    let pending = '';
    stream.on('data', (b) => {
      const text = b.toString();
      tail = (tail + text).slice(-8000);
      if (!print) return;
      pending += text;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) print(`${prefix} ${line}`);
    });
  };
  onData(child.stdout);
  onData(child.stderr);
  return () => tail;
}

/** The last `n` meaningful lines of a tool's output: colours and progress-bar redraws removed. */
function readableTail(text, n) {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !/█|building \(\d+%\)|^\s*(ies|cies|dependen)/.test(l))
    .slice(-n)
    .join('\n');
}

function spawnGroup(command, args, { cwd, env }) {
  return spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new Error('start aborted');
}

async function waitForHttp(url, child, timeoutMs, tail) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`serverless-offline exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return res.status;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`serverless-offline did not answer ${url} within ${timeoutMs} ms:\n${tail()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * @param {object} [o]
 * @param {'persisted'|'memory'|{endpoint: string}} [o.dynamo='persisted'] start DynamoDB Local (.data/dynamodb or
 *   in memory) or use one that is already running
 * @param {string} [o.dbPath] default .data/dynamodb
 * @param {{dynamo?: number, api?: number, lambda?: number, h5?: number, s3?: number}} [o.ports] preferred ports (0 = any free)
 * @param {'persisted'|'memory'} [o.s3] local S3 for photos: objects in .data/s3 or a temporary folder (default: as o.dynamo)
 * @param {boolean} [o.h5=true] build and serve the mini-program's H5 build
 * @param {string} [o.stage='local']
 * @param {string} [o.tableName] default from serverless.yml for the stage
 * @param {boolean} [o.seed=true] seed demo data when the table is empty
 * @param {Record<string,string>} [o.env] extra environment for serverless-offline
 * @param {string} [o.esbuildWorkFolder] build folder of serverless-esbuild (distinct per concurrent stack)
 * @param {(line: string) => void} [o.log] progress lines
 * @param {(line: string) => void} [o.output] child process output lines (omit to keep it quiet)
 * @param {(name: string, codeOrSignal: number|string) => void} [o.onUnexpectedExit] a server died on its own
 * @param {(child: import('child_process').ChildProcess) => void} [o.onSpawn] every child process, as it starts
 * @param {AbortSignal} [o.signal] abort the start: everything started so far is stopped and startStack rejects
 */
async function startStack(o = {}) {
  const log = o.log ?? (() => {});
  const stage = o.stage ?? 'local';
  const tableName = o.tableName ?? tableNameForStage(stage);
  const ports = { ...DEFAULT_PORTS, ...(o.ports ?? {}) };
  const wantH5 = o.h5 !== false;
  const t0 = Date.now();
  const timings = {};
  const cleanups = []; // run in reverse order by stop()
  const children = []; // for the synchronous last-resort kill

  let stopped = false;
  let stopping;
  // Idempotent: every caller waits for the same, complete shutdown.
  const stop = () => (stopping ??= doStop());
  const doStop = async () => {
    stopped = true;
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        log(`cleanup failed: ${err.message}`);
      }
    }
    // Anything spawned but not yet handed to a cleanup (stop() during a start step).
    await Promise.all(children.map((c) => stopChild(c, { group: true })));
  };
  // A step that finishes after stop() began (another step failed first) is cleaned up at once.
  const track = (fn) => {
    if (stopped) fn().catch(() => {});
    else cleanups.push(fn);
  };
  const adopt = (child) => {
    children.push(child);
    o.onSpawn?.(child);
    return child;
  };
  if (o.signal) {
    if (o.signal.aborted) throw new Error('start aborted');
    o.signal.addEventListener('abort', () => void stop(), { once: true });
  }
  /** Long-running servers that exit on their own (not through stop()) are reported to o.onUnexpectedExit. */
  const watchExit = (child, name) =>
    child.once('exit', (code, signal) => {
      if (!stopped) o.onUnexpectedExit?.(name, code ?? signal);
    });
  /** Synchronous: for process 'exit' handlers, where nothing async runs any more. */
  const killAllNow = () => {
    for (const c of children) if (c.pid && c.exitCode === null && c.signalCode === null) killTree(c.pid, 'SIGKILL', true);
  };

  try {
    // Only the ports are chosen up front: the API port goes into the H5 build, the DynamoDB port into the API's env.
    const usingExternalDb = typeof o.dynamo === 'object' && o.dynamo !== null;
    if (!usingExternalDb) checkJava();
    const apiPort = await pickPort(ports.api);
    const lambdaPort = await pickPort(ports.lambda);
    const dbPort = usingExternalDb ? undefined : await pickPort(ports.dynamo);
    const endpoint = usingExternalDb ? o.dynamo.endpoint : `http://127.0.0.1:${dbPort}`;
    const apiUrl = `http://127.0.0.1:${apiPort}`;

    // 0. Local S3 for photos (in-process, ~100 ms): its endpoint goes into the API's environment.
    const uploadBucket = `hotline-12345-${stage}-uploads`;
    // Persisted like the table: a stack on an in-memory or external DynamoDB (tests) gets a throw-away folder.
    const s3Persisted = (o.s3 ?? ((o.dynamo ?? 'persisted') === 'persisted' ? 'persisted' : 'memory')) === 'persisted';
    const s3 = await startS3Local({
      bucket: uploadBucket,
      port: await pickPort(ports.s3),
      directory: s3Persisted ? path.join(ROOT, '.data', 's3') : undefined,
    });
    track(s3.stop);
    log(`local S3 (s3rver) ready on ${s3.endpoint}, bucket ${uploadBucket} (${s3Persisted ? 'data in .data/s3' : 'temporary folder'})`);

    // 0b. The notification providers' fakes (in-process, loopback): what was "sent" is at <url>/__sent.
    const wechat = await startFakeWeChat({ port: await pickPort(ports.wechat) });
    track(wechat.close);
    const sms = await startFakeSms({ port: await pickPort(ports.sms) });
    track(sms.close);
    log(`fake WeChat server API on ${wechat.base}, fake SMS (Tencent Cloud) on ${sms.base}`);

    // 1. DynamoDB Local → table → seed
    const dbReady = (async () => {
      if (!usingExternalDb) {
        const persisted = o.dynamo !== 'memory';
        const db = await startDynamoLocal({
          port: dbPort,
          inMemory: !persisted,
          dbPath: persisted ? (o.dbPath ?? path.join(ROOT, '.data', 'dynamodb')) : undefined,
          detached: true,
          onSpawn: adopt,
        });
        track(db.stop);
        checkAborted(o.signal);
        watchExit(db.child, 'DynamoDB Local');
        if (db.endpoint !== endpoint) throw new Error(`DynamoDB Local came up on ${db.endpoint}, expected ${endpoint}`);
        timings.dynamo = Date.now() - t0;
        log(`DynamoDB Local ready on ${endpoint} (${persisted ? 'data in .data/dynamodb' : 'in memory'})`);
      }
      const client = localClient(endpoint);
      track(async () => client.destroy());
      const r = await ensureTable(client, tableName);
      log(r.created ? `table ${tableName} created from serverless.yml` : `table ${tableName} exists${r.addedIndexes.length ? `; added indexes ${r.addedIndexes.join(', ')}` : ''}`);
      // Seeding goes through the API once it answers (below); here we only find out whether the table is empty.
      let empty = false;
      if (o.seed !== false) {
        const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
        const any = await doc.send(new ScanCommand({ TableName: tableName, Limit: 1 }));
        empty = !any.Items?.length;
      }
      timings.table = Date.now() - t0;
      return { empty };
    })();

    // 2. serverless-offline
    const apiReady = (async () => {
      const osls = path.join(path.dirname(require.resolve('osls/package.json')), 'bin', 'serverless.js');
      const args = [osls, 'offline', 'start', '--stage', stage, '--host', '127.0.0.1', '--httpPort', String(apiPort), '--lambdaPort', String(lambdaPort)];
      const env = {
        ...process.env,
        STAGE: stage,
        TABLE_NAME: tableName,
        DYNAMODB_ENDPOINT: endpoint,
        S3_ENDPOINT: s3.endpoint,
        UPLOAD_BUCKET: uploadBucket,
        WECHAT_API_BASE: wechat.base,
        SMS_ENDPOINT: sms.base,
        AUTH_WECHAT_FAKE: '1',
        ESBUILD_WORK_FOLDER: o.esbuildWorkFolder ?? '.esbuild',
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        ...(o.env ?? {}),
      };
      checkAborted(o.signal);
      const child = adopt(spawnGroup(process.execPath, args, { cwd: ROOT, env }));
      track(() => stopChild(child, { group: true }));
      const tail = pipeOutput(child, '[api]', o.output);
      watchExit(child, 'serverless-offline');
      await waitForHttp(`${apiUrl}/v1/health`, child, 120_000, tail);
      timings.api = Date.now() - t0;
      log(`API (serverless-offline) ready on ${apiUrl}`);
      return { pid: child.pid, child, tail };
    })();

    // 3. H5 build → static server
    const h5Ready = (async () => {
      if (!wantH5) return undefined;
      const miniapp = path.join(ROOT, 'miniapp');
      if (!fs.existsSync(path.join(miniapp, 'config', 'index.ts'))) {
        log('miniapp/ not found: skipping the H5 build');
        return undefined;
      }
      log(`building the mini-program H5 app (TARO_APP_API_BASE=${apiUrl}) ...`);
      const taro = path.join(path.dirname(require.resolve('@tarojs/cli/package.json')), 'bin', 'taro');
      checkAborted(o.signal);
      const child = adopt(
        spawnGroup(process.execPath, [taro, 'build', '--type', 'h5'], {
          cwd: miniapp,
          // A production build unless someone asked for a development one: under jest NODE_ENV is 'test', and
          // babel-preset-taro then injects React Refresh into the H5 bundle ("$RefreshReg$ is not defined").
          env: { ...process.env, TARO_APP_API_BASE: apiUrl, NODE_ENV: process.env.NODE_ENV === 'development' ? 'development' : 'production' },
        }),
      );
      track(() => stopChild(child, { group: true }));
      // Taro draws a progress bar: not forwarded line by line; its last lines are shown if the build fails.
      const tail = pipeOutput(child, '[h5]', undefined);
      const code = await new Promise((r) => child.once('exit', (c, s) => r(c ?? s)));
      if (code !== 0) {
        if (stopped) return undefined;
        // The API is still useful without the H5 app: report, do not abort.
        log(`H5 build failed (exit ${code}); the API keeps running. Last output:\n${readableTail(tail(), 30)}`);
        return undefined;
      }
      checkAborted(o.signal);
      const server = await serveStatic({ root: path.join(miniapp, 'dist-h5'), port: await pickPort(ports.h5) });
      track(server.close);
      timings.h5 = Date.now() - t0;
      log(`H5 app served on ${server.url}`);
      return server.url;
    })();

    // Surface the first failure at once (a failed DynamoDB start should not wait for a 30 s H5 build).
    const [db, api, h5Url] = await Promise.all([dbReady, apiReady, h5Ready]);
    const status = await waitForHttp(`${apiUrl}/v1/health`, api.child, 10_000, api.tail);
    if (status !== 200) throw new Error(`GET ${apiUrl}/v1/health answered ${status}, expected 200:\n${api.tail()}`);
    // Lambda's stream trigger, locally: inserted outbox items go to the notify function within a poll interval.
    const notifyUrl = `http://127.0.0.1:${lambdaPort}/2015-03-31/functions/hotline-12345-${stage}-notify/invocations`;
    const reader = await startStreamReader({
      endpoint,
      table: tableName,
      onRecords: async (records) => {
        // The same filter as serverless.yml's filterPatterns: inserted outbox items only.
        const Records = records.filter((r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage?.entity?.S === 'outbox');
        if (!Records.length) return;
        const res = await fetch(notifyUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Records }) });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`notify function answered ${res.status}`);
      },
      pollMs: 250,
      // A failed batch is left to the sweep's pass (the safety net), as in AWS after the trigger's retries.
      onError: (err) => log(`stream → notify: ${err.message}`),
    });
    track(reader.stop);
    let seeded = false;
    if (db.empty) {
      await seedViaApi(apiUrl, log);
      seeded = true;
    }
    timings.ready = Date.now() - t0;

    return {
      endpoint,
      s3Endpoint: s3.endpoint,
      uploadBucket,
      wechatUrl: wechat.base,
      smsUrl: sms.base,
      apiUrl,
      lambdaPort,
      h5Url,
      tableName,
      seeded,
      apiPid: api.pid,
      pids: children.map((c) => c.pid),
      timings,
      stop,
      killAllNow,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

module.exports = { startStack, DEFAULT_PORTS };
