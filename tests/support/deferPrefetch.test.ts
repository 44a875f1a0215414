/**
 * config/deferPrefetch.ts: webpack's prefetches wait for the first input or a delay after the load event. A tiny
 * app with a prefetched import, built with real webpack and run in jsdom: the `<link rel="prefetch">` appears only
 * after a pointer or key event, or once the delay after load has passed; built without the plugin it appears at once.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import webpack from 'webpack';
import { DeferPrefetchPlugin } from '../../miniapp/config/deferPrefetch';

const root = mkdtempSync(join(tmpdir(), 'defer-prefetch-'));
beforeAll(() => {
  mkdirSync(join(root, 'src'), { recursive: true });
  // The entry prefetches the photo chunk at startup (webpack's startup prefetch) and loads it only when asked.
  writeFileSync(join(root, 'src', 'app.js'), "window.openPhotos = () => import(/* webpackChunkName: \"photos\", webpackPrefetch: true */ './photos');\n");
  writeFileSync(join(root, 'src', 'photos.js'), "export const photos = 'photos';\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string, plugins: webpack.WebpackPluginInstance[]): Promise<string> {
  const out = join(root, name);
  return new Promise((resolve, reject) => {
    webpack(
      { mode: 'production', context: root, entry: { app: './src/app.js' }, output: { path: out, publicPath: '/', filename: 'js/[name].js', chunkFilename: 'js/[name].js' }, plugins },
      (err, stats) => {
        if (err || !stats) return reject(err);
        if (stats.hasErrors()) return reject(new Error(stats.compilation.errors.map((e) => e.message).join('\n')));
        expect(readdirSync(join(out, 'js')).sort()).toEqual(['app.js', 'photos.js']);
        resolve(readFileSync(join(out, 'js', 'app.js'), 'utf8'));
      },
    );
  });
}

/** Runs the entry in a fresh page; `prefetched()` lists the prefetch links in its head. */
function run(code: string) {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'http://localhost/' });
  dom.window.eval(code);
  const prefetched = () => [...dom.window.document.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute('href'));
  return { window: dom.window, prefetched, close: () => dom.window.close() };
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setImmediate(r));
  }
}

describe('deferred prefetch in the H5 build', () => {
  it('without the plugin webpack prefetches at startup', async () => {
    const page = run(await build('plain', []));
    expect(page.prefetched()).toEqual(['/js/photos.js']);
    page.close();
  }, 60_000);

  it('with it, nothing is prefetched until the first pointer or key event', async () => {
    const code = await build('deferred', [new DeferPrefetchPlugin(60 * 60 * 1000)]);
    for (const type of ['pointerdown', 'keydown']) {
      const page = run(code);
      expect(page.prefetched()).toEqual([]);
      page.window.document.body.dispatchEvent(new page.window.Event(type, { bubbles: true }));
      expect(page.prefetched()).toEqual(['/js/photos.js']);
      // Once only, whatever comes next.
      page.window.dispatchEvent(new page.window.Event('wheel'));
      expect(page.prefetched()).toEqual(['/js/photos.js']);
      page.close();
    }
  }, 60_000);

  it('with nobody touching the page, the prefetch starts once the delay after the load event has passed', async () => {
    const page = run(await build('timed', [new DeferPrefetchPlugin(50)]));
    expect(page.prefetched()).toEqual([]);
    await until(() => page.window.document.readyState === 'complete');
    await until(() => page.prefetched().length > 0);
    expect(page.prefetched()).toEqual(['/js/photos.js']);
    page.close();
  }, 60_000);
});
