/**
 * Bundle-time stand-in for `https-proxy-agent` inside the Tencent Cloud SDK (serverless.yml `custom.esbuild.alias`): the
 * SDK builds one only when `http_proxy` is set, and our functions call Tencent Cloud directly.
 */
export default class ProxyNotBundled {
  constructor() {
    throw new Error('HTTP proxies are not bundled with the Tencent Cloud client: unset http_proxy');
  }
}
