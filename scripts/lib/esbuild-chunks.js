/**
 * esbuild plugin for serverless-esbuild (serverless.yml `custom.esbuild.plugins`): each function's code-split
 * chunks go into a folder named after its handler file, `functions/http/public.chunks/` beside `public.mjs`.
 *
 * Why: serverless-esbuild builds every function into one work folder and zips, per function, every file there except
 * the other functions' bundles — which it recognises by the prefix `<handler path>.`. Chunks under
 * `<handler path>.chunks/` therefore travel only in their own function's zip, and no zip carries another function's
 * routes (tests/deploy/package.test.ts checks every zip against the budget).
 */
'use strict';

const path = require('path');

/** The chunkNames template for one entry point: `<entry basename>.chunks/[name]-[hash]`, relative to its outdir. */
function chunkNamesFor(entry) {
  return `${path.basename(entry).replace(/\.[^.]+$/, '')}.chunks/[name]-[hash]`;
}

const perFunctionChunks = {
  name: 'per-function-chunks',
  setup(build) {
    const entries = build.initialOptions.entryPoints;
    const entry = Array.isArray(entries) ? entries[0] : undefined;
    if (build.initialOptions.splitting && typeof entry === 'string') build.initialOptions.chunkNames = chunkNamesFor(entry);
  },
};

module.exports = [perFunctionChunks];
module.exports.chunkNamesFor = chunkNamesFor;
