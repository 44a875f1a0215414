/**
 * Prefetched chunks (the `webpackPrefetch` magic comment on an `import()`) wait until the page has settled in the H5 build.
 *
 * webpack's runtime adds `<link rel="prefetch">` for a chunk's prefetched children as soon as that chunk has loaded,
 * which is while the page is still fetching its own data and rendering: the photo picker and viewer (~57 KiB gzip)
 * and the emergency classifier downloaded alongside the submit form's and the queue's first render and shared the
 * phone's bandwidth with them (Lighthouse, slow 4G: ~80 KiB of the ~200 KiB requested before the largest paint).
 * This runtime module queues those prefetches and starts them at the person's first input (pointer, touch, key,
 * wheel: the page is on screen and they are about to use it) or a few seconds after the load event, whichever
 * comes first. A chunk needed earlier is still fetched at once by its `import()`; only the speculative copy waits.
 */
import type { Compiler } from 'webpack';

/** After the load event, how long the page keeps the network to itself when nobody touches it. */
export const PREFETCH_DELAY_MS = 3000;

export class DeferPrefetchPlugin {
  constructor(private readonly delayMs: number = PREFETCH_DELAY_MS) {}

  apply(compiler: Compiler): void {
    const delayMs = this.delayMs;
    const { webpack } = compiler;
    const { RuntimeGlobals, RuntimeModule, Template } = webpack;

    class DeferPrefetchRuntimeModule extends RuntimeModule {
      constructor() {
        // After webpack defines the prefetch function (stage normal) and its JSONP handler (attach), before the
        // entry's own startup prefetches run (trigger).
        super('defer prefetch', RuntimeModule.STAGE_ATTACH + 1);
      }

      generate(): string {
        const fn = RuntimeGlobals.prefetchChunk;
        return Template.asString([
          '(function () {',
          Template.indent([
            `var prefetch = ${fn}, queue = [], go = typeof window === 'undefined';`,
            'function flush() { if (go) return; go = true; queue.splice(0).forEach(function (id) { prefetch(id); }); }',
            `${fn} = function (id) { if (go) prefetch(id); else queue.push(id); };`,
            'if (go) return;',
            "['pointerdown', 'touchstart', 'keydown', 'wheel'].forEach(function (t) { window.addEventListener(t, flush, { capture: true, once: true, passive: true }); });",
            `function later() { setTimeout(flush, ${delayMs}); }`,
            "if (document.readyState === 'complete') later(); else window.addEventListener('load', later, { once: true });",
          ]),
          '})();',
        ]);
      }
    }

    compiler.hooks.thisCompilation.tap('DeferPrefetchPlugin', (compilation) => {
      compilation.hooks.runtimeRequirementInTree.for(RuntimeGlobals.prefetchChunk).tap('DeferPrefetchPlugin', (chunk) => {
        compilation.addRuntimeModule(chunk, new DeferPrefetchRuntimeModule());
      });
    });
  }
}
