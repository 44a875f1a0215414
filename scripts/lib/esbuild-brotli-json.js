/**
 * esbuild plugin for the Lambda bundles (serverless.yml `custom.esbuild.plugins`, scripts/lib/lambda-bundle.js):
 * the knowledge function's largest data travels in its zip Brotli-compressed and is inflated once at module load
 * (~0.5 ms each): the emergency screening model (shared/screening/emergency/model.json, which the mini-program
 * imports as plain JSON; ~24.5 KB deflated → ~20 KB), the search's pinyin table (functions/knowledge/
 * pinyin-table.json, 8.3 → 6.8 KB) and the emergency rules, which are data written as TypeScript (below). The zip
 * deflates base64 back to about the Brotli size; the room keeps the knowledge zip under its 220 KB budget (issue 17)
 * as the screening rules and model learn from more parts.
 */
'use strict';

const fs = require('fs');
const zlib = require('zlib');

const COMPRESSED = /[\\/](shared[\\/]screening[\\/]emergency[\\/]model|functions[\\/]knowledge[\\/]pinyin-table)\.json$/;

/** The emergency rules' data modules and the reading lists: plain objects and strings, no code (shared/screening/emergency/rules-*.ts, reading.ts). */
const RULE_DATA = /[\\/]shared[\\/]screening[\\/]emergency[\\/](rules-(danger|people|body)|reading)\.ts$/;

const PARAMS = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT };

/**
 * Strings, finite numbers, booleans, null, and arrays and plain objects of them: what survives JSON unchanged. A
 * function or a RegExp anywhere inside (which JSON would silently drop or empty) is not.
 */
function plainData(v) {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plainData);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every((x) => x !== undefined && plainData(x));
}

/** A module whose exports are `value`'s keys, read from `value` Brotli-compressed. */
function compressedModule(value, asDefault) {
  const base64 = zlib.brotliCompressSync(JSON.stringify(value), { params: PARAMS }).toString('base64');
  const read = `JSON.parse(brotliDecompressSync(Buffer.from(${JSON.stringify(base64)}, 'base64')).toString('utf8'))`;
  const exports = asDefault ? [`export default ${read};`] : [`const data = ${read};`, ...Object.keys(value).map((k) => `export const ${k} = data.${k};`)];
  return ["import { brotliDecompressSync } from 'node:zlib';", ...exports].join('\n');
}

const brotliJson = {
  name: 'brotli-json',
  setup(build) {
    build.onLoad({ filter: COMPRESSED }, async (args) => {
      const value = JSON.parse(await fs.promises.readFile(args.path, 'utf8'));
      return { contents: compressedModule(value, true), loader: 'js' };
    });
    // The rules are data written as TypeScript (comments beside the patterns): evaluated at build time and carried
    // like the model (~15 KB deflated → ~13 KB). A rule module that ever holds a function fails the build here.
    build.onLoad({ filter: RULE_DATA }, async (args) => {
      const { outputFiles } = await build.esbuild.build({ entryPoints: [args.path], bundle: true, format: 'cjs', platform: 'neutral', write: false, logLevel: 'silent' });
      const module = { exports: {} };
      new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
      for (const k of Object.keys(module.exports)) {
        if (!plainData(module.exports[k])) throw new Error(`brotli-json: ${args.path} export ${k} is not plain data`);
      }
      return { contents: compressedModule(module.exports, false), loader: 'js' };
    });
  },
};

module.exports = { brotliJson, COMPRESSED, RULE_DATA };
