/**
 * Jest globalSetup (backend project): ONE in-memory DynamoDB Local for the whole run.
 *
 * The endpoint goes into process.env before jest starts its workers, and workers inherit the parent's environment
 * (jest 29; tests/support/harness.test.ts checks it). Each test file then creates its own table (tests/support/db.ts).
 * The instance (and its pid) stays on globalThis of the jest parent process, where globalTeardown runs and stops it.
 * The process is not detached, so a Ctrl-C on jest reaches it too.
 */
import { startDynamoLocal, type DynamoLocal } from '../../scripts/lib/dynamo-local';

declare global {
  // eslint-disable-next-line no-var
  var __HOTLINE_DYNAMO_LOCAL__: DynamoLocal | undefined;
}

export default async function globalSetup(): Promise<void> {
  // The pinned AWS SDK warns that releases after January 2027 need Node 22; we pin exact versions on purpose.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.STAGE ??= 'test';
  if (globalThis.__HOTLINE_DYNAMO_LOCAL__) return; // watch mode: reuse
  const started = Date.now();
  const db = await startDynamoLocal({ inMemory: true, detached: false });
  globalThis.__HOTLINE_DYNAMO_LOCAL__ = db;
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  process.env.HOTLINE_TEST_DYNAMODB_PID = String(db.pid);
  if (process.env.HOTLINE_TEST_VERBOSE) console.log(`\nDynamoDB Local for tests on ${db.endpoint} (${Date.now() - started} ms)`);
}
