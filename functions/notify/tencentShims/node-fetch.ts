/**
 * Bundle-time stand-in for `node-fetch` v2 inside the Tencent Cloud SDK (serverless.yml `custom.esbuild.alias`): the
 * runtime's own fetch instead of node-fetch and its URL polyfill (whatwg-url + tr46, ~300 KiB minified), which were
 * half the notify and sweep bundles. Keeps the one node-fetch option the SDK relies on, `timeout` (ms, from
 * `httpProfile.reqTimeout`); agents are refused because this build never goes through a proxy.
 */
type NodeFetchInit = RequestInit & { timeout?: number; agent?: unknown; proxy?: string };

export default function fetchWithTimeout(url: string, options: NodeFetchInit = {}): Promise<Response> {
  const { timeout, agent, proxy, ...init } = options;
  if (agent || proxy) throw new Error('the bundled Tencent Cloud client does not support HTTP proxies or agents');
  const signals = [init.signal, timeout ? AbortSignal.timeout(timeout) : undefined].filter((s): s is AbortSignal => !!s);
  return fetch(url, { ...init, signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0] });
}
