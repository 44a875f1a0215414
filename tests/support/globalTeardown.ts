/** Jest globalTeardown (backend project): stop the run's DynamoDB Local (started by globalSetup). */

export default async function globalTeardown(): Promise<void> {
  const db = globalThis.__HOTLINE_DYNAMO_LOCAL__;
  if (!db) return;
  // In watch mode jest runs teardown after every run; keep the instance until jest exits.
  if (process.argv.some((a) => a === '--watch' || a === '--watchAll')) return;
  globalThis.__HOTLINE_DYNAMO_LOCAL__ = undefined;
  await db.stop();
}
