/**
 * Route-level preloading of the H5 build (miniapp/config/routePreload.ts): a tiny app shaped like Taro's H5 output
 * (entry → lazily loaded pages) built with real webpack and html-webpack-plugin. Each page route maps to its own
 * chunk files, index.html carries the map, and its script preloads exactly the opened route's files.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { RoutePreloadPlugin, type RouteFiles } from '../../miniapp/config/routePreload';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = mkdtempSync(join(tmpdir(), 'route-preload-'));
const out = join(root, 'dist');
let routes: RouteFiles;
let html: string;

beforeAll(async () => {
  mkdirSync(join(root, 'src', 'pages', 'index'), { recursive: true });
  mkdirSync(join(root, 'src', 'staff', 'pages', 'queue'), { recursive: true });
  writeFileSync(join(root, 'src', 'app.js'), "export const routes = [() => import('./pages/index/index'), () => import('./staff/pages/queue/index')];\n");
  writeFileSync(join(root, 'src', 'pages', 'index', 'index.js'), 'export default "home";\n');
  writeFileSync(join(root, 'src', 'staff', 'pages', 'queue', 'index.js'), 'export default "queue";\n');
  await new Promise<void>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: root,
        entry: { app: './src/app.js' },
        output: { path: out, publicPath: '/', filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
        plugins: [new HtmlWebpackPlugin({ templateContent: '<html><head></head><body></body></html>' }), new RoutePreloadPlugin('/pages/index/index')],
      },
      (err, stats) => (err || !stats || stats.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve()),
    );
  });
  routes = JSON.parse(readFileSync(join(out, 'routes.json'), 'utf8'));
  html = readFileSync(join(out, 'index.html'), 'utf8');
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs index.html's preload script for a URL hash and returns the links it added. */
function preloadsFor(hash: string): { rel: string; as: string; href: string }[] {
  const script = /<script>(\(function\(m,p,d\)[\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('index.html has no route preload script');
  const links: { rel: string; as: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: '', as: '', href: '' }), head: { appendChild: (l: (typeof links)[number]) => links.push(l) } };
  new Function('location', 'document', script)({ hash }, document);
  return links;
}

describe('route preloading in the H5 build', () => {
  it('maps each page route to its own chunk files, which exist', () => {
    expect(Object.keys(routes).sort()).toEqual(['/pages/index/index', '/staff/pages/queue/index']);
    for (const files of Object.values(routes)) {
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toContain('webpack');
    }
    expect(routes['/pages/index/index']).not.toEqual(routes['/staff/pages/queue/index']);
  });

  it("preloads the opened route's files, with its query ignored, and the first page for an empty hash", () => {
    const queue = preloadsFor('#/staff/pages/queue/index?from=login');
    expect(queue.map((l) => l.href)).toEqual(routes['/staff/pages/queue/index'].map((f) => `/${f}`));
    expect(queue.every((l) => l.rel === 'preload' && l.as === 'script')).toBe(true);
    expect(preloadsFor('').map((l) => l.href)).toEqual(routes['/pages/index/index'].map((f) => `/${f}`));
    expect(preloadsFor('#/pages/unknown/index')).toEqual([]);
  });
});
