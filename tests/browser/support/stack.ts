/**
 * The stack every browser test runs against: DynamoDB Local (the run's), a fresh table, serverless-offline, the
 * fakes, and the mini-program's H5 build pointing at that API (scripts/lib/stack.js, the code `npm start` runs).
 *
 * One stack per jest run: the `browser` jest project's globalSetup (./globalSetup.ts) starts it once and puts its
 * URLs into HOTLINE_BROWSER_API_URL / HOTLINE_BROWSER_H5_URL, which the test files' workers inherit; each file's
 * `startBrowserStack()` then only reads them. Run outside that project (or with those variables unset), a file
 * starts a stack of its own and stops it in its afterAll. Setting the two variables by hand to a running
 * `npm start` (its H5 build pointing at that API, demo seed present) makes the files skip the 1–2 minute build.
 *
 * The files share the stack's data: each test finds its own matters by id or tracking number, and none counts
 * what the others created. (Run them one at a time — the default on this 2-core machine — or the centre's queue
 * may hold another file's matter while it is being handled.)
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { liveGroupMembers } from '../../../scripts/lib/dynamo-local';
import { startStack, type Stack } from '../../../scripts/lib/stack';
import { deleteTestTable, testEndpoint, uniqueTableName } from '../../support/db';

const ROOT = join(__dirname, '..', '..', '..');
/** The H5 build takes 40–150 s on a 2-core machine; the API and DynamoDB start meanwhile. */
export const START_TIMEOUT_MS = 300_000;

export interface BrowserStack {
  apiUrl: string;
  h5Url: string;
  /** The stack this call started (undefined when it reuses the run's shared stack). */
  own?: Stack;
  /** Milliseconds from the call until the stack answered (0 when reused). */
  startMs: number;
  /** Stops what this call started (nothing when reused); idempotent. */
  stop(): Promise<void>;
}

/** The run's shared stack, when one is announced in the environment. */
export function sharedStack(): { apiUrl: string; h5Url: string } | undefined {
  const apiUrl = process.env.HOTLINE_BROWSER_API_URL;
  const h5Url = process.env.HOTLINE_BROWSER_H5_URL;
  return apiUrl && h5Url ? { apiUrl, h5Url } : undefined;
}

/**
 * The stack for a browser test file (or for the run, from globalSetup): the shared one if announced, else a new
 * one with its own table and esbuild work folder (not under .esbuild/: serverless-esbuild deletes its whole work
 * folder when it stops, so an `osls offline` or `osls package` run elsewhere would delete this stack's build).
 */
export async function startBrowserStack(name: string): Promise<BrowserStack> {
  const shared = sharedStack();
  if (shared) return { ...shared, startMs: 0, stop: async () => undefined };
  const started = Date.now();
  const table = uniqueTableName(`browser-${name}`);
  const workFolder = `.build/esbuild-browser-${name}-${process.pid}`;
  const controller = new AbortController();
  const starting = startStack({
    dynamo: { endpoint: testEndpoint() },
    ports: { api: 0, lambda: 0, h5: 0, s3: 0, wechat: 0, sms: 0 },
    h5: true,
    stage: 'local',
    tableName: table,
    esbuildWorkFolder: workFolder,
    signal: controller.signal,
  });
  let stack: Stack | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      controller.abort();
      await starting.catch(() => undefined);
      await stack?.stop();
      await deleteTestTable(table).catch(() => undefined);
      rmSync(join(ROOT, workFolder), { recursive: true, force: true });
    })());
  try {
    stack = await starting;
    if (!stack.seeded) throw new Error('the fresh table was not seeded');
    if (!stack.h5Url) throw new Error('the H5 build failed (startStack logged why): no H5 app to test');
  } catch (err) {
    await stop();
    throw err;
  }
  const startMs = Date.now() - started;
  // Printed for the record: what the run's shared stack saves is this, once per browser test file.
  console.log(`browser stack (${name}) ready in ${(startMs / 1000).toFixed(1)} s: H5 ${stack.h5Url}, API ${stack.apiUrl}`);
  return { apiUrl: stack.apiUrl, h5Url: stack.h5Url, own: stack, startMs, stop };
}

/** After stop(): process groups of the stack still alive, and whether its API and H5 server still answer. */
export async function leftovers(stack: Stack): Promise<string[]> {
  const found: string[] = [];
  for (const pid of stack.pids) {
    const members = liveGroupMembers(pid);
    if (members.length) found.push(`process group ${pid}: ${members.join(', ')}`);
  }
  for (const url of [`${stack.apiUrl}/v1/health`, `${stack.h5Url}/`]) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      () => true,
      () => false,
    );
    if (answered) found.push(`${url} still answers`);
  }
  return found;
}

/** A test file's afterAll: the browser closed (even half-started) and its stack stopped. */
export async function stopBrowserStack(browser: Browser | undefined, stack: BrowserStack | undefined): Promise<void> {
  await browser?.close().catch(() => undefined);
  await stack?.stop();
}
