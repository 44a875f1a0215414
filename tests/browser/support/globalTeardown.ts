/**
 * Jest globalTeardown of the `browser` project: stop the run's browser stack (globalSetup), check that nothing it
 * started is left (process groups, listening servers), then stop the run's DynamoDB Local.
 */
import dynamoTeardown from '../../support/globalTeardown';
import { leftovers } from './stack';

export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.__HOTLINE_BROWSER_STACK__;
  if (stack && !process.argv.some((a) => a === '--watch' || a === '--watchAll')) {
    globalThis.__HOTLINE_BROWSER_STACK__ = undefined;
    delete process.env.HOTLINE_BROWSER_API_URL;
    delete process.env.HOTLINE_BROWSER_H5_URL;
    await stack.stop();
    const left = stack.own ? await leftovers(stack.own) : [];
    if (left.length) throw new Error(`the browser tests' stack left running:\n${left.join('\n')}`);
  }
  await dynamoTeardown();
}
