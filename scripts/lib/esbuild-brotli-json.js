/**
 * esbuild plugin for the Lambda bundles (serverless.yml `custom.esbuild.plugins`, scripts/lib/lambda-bundle.js):
 * the emergency screening model (shared/screening/emergency/model.json), which the mini-program imports as plain
 * JSON, travels in the knowledge function's zip Brotli-compressed and is inflated once at module load (~0.5 ms).
 * The zip deflates base64 back to about the Brotli size: ~20 KB deflated JSON → ~16.5 KB, room that keeps the
 * knowledge zip under its 220 KB budget (issue 17) as the model learns from more parts.
 */
'use strict';

const fs = require('fs');
const zlib = require('zlib');

const COMPRESSED = /[\\/]shared[\\/]screening[\\/]emergency[\\/]model\.json$/;

const brotliJson = {
  name: 'brotli-json',
  setup(build) {
    build.onLoad({ filter: COMPRESSED }, async (args) => {
      const json = JSON.stringify(JSON.parse(await fs.promises.readFile(args.path, 'utf8')));
      const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT };
      const base64 = zlib.brotliCompressSync(json, { params }).toString('base64');
      const contents = [
        "import { brotliDecompressSync } from 'node:zlib';",
        `export default JSON.parse(brotliDecompressSync(Buffer.from(${JSON.stringify(base64)}, 'base64')).toString('utf8'));`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

module.exports = { brotliJson, COMPRESSED };
