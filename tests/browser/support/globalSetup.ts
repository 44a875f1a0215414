/**
 * Jest globalSetup of the `browser` project: ONE stack for every browser test file of the run (./stack.ts).
 *
 * Runs in the jest parent process, only when at least one browser test file is selected. It starts the run's
 * DynamoDB Local through the backend project's globalSetup (which reuses it if that ran first), then the stack,
 * and announces the stack's URLs in the environment the workers inherit. globalTeardown stops it.
 * HOTLINE_BROWSER_STACK=per-file gives every file its own stack and table instead (isolated data, e.g. for running
 * the files in parallel workers; also how the time one stack saves was measured).
 */
import dynamoSetup from '../../support/globalSetup';
import { sharedStack, startBrowserStack, type BrowserStack } from './stack';

declare global {
  // eslint-disable-next-line no-var
  var __HOTLINE_BROWSER_STACK__: BrowserStack | undefined;
}

export default async function globalSetup(): Promise<void> {
  await dynamoSetup();
  if (process.env.HOTLINE_BROWSER_STACK === 'per-file') return;
  if (globalThis.__HOTLINE_BROWSER_STACK__ || sharedStack()) return; // watch mode, or a stack set by hand
  const stack = await startBrowserStack('shared');
  globalThis.__HOTLINE_BROWSER_STACK__ = stack;
  process.env.HOTLINE_BROWSER_API_URL = stack.apiUrl;
  process.env.HOTLINE_BROWSER_H5_URL = stack.h5Url;
}
