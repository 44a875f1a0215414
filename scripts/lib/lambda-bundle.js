/**
 * The esbuild options serverless-esbuild uses for `npm run package` (serverless.yml `custom.esbuild`), for the bench
 * and tests that must bundle a handler exactly as it is deployed: minified ES modules with code splitting (`.mjs`,
 * each function's chunks in `<handler>.chunks/`), ES module builds of dependencies first, the aliases that replace
 * the Tencent Cloud SDK's HTTP dependencies. Also the zip budget of one function.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { chunkNamesFor } = require('./esbuild-chunks');

const ROOT = path.join(__dirname, '..', '..');

/** Every function zip stays at or under this (issue 17): bytes, as `ls -l` shows them. */
const ZIP_BUDGET_BYTES = 220_000;

function serverlessDoc(root = ROOT) {
  return YAML.parse(fs.readFileSync(path.join(root, 'serverless.yml'), 'utf8'));
}

/**
 * esbuild build options equivalent to serverless-esbuild's for this project (entry points and output not included:
 * with splitting, build into an `outdir` and pass `chunkNames: chunkNamesFor(entry)`, or use `buildFunction`).
 */
function lambdaEsbuildOptions(doc = serverlessDoc()) {
  const o = doc.custom.esbuild;
  return {
    bundle: o.bundle,
    minify: o.minify,
    sourcemap: o.sourcemap,
    target: o.target,
    platform: o.platform,
    charset: o.charset,
    format: o.format,
    splitting: o.splitting ?? false,
    banner: o.banner,
    outExtension: o.outputFileExtension && o.outputFileExtension !== '.js' ? { '.js': o.outputFileExtension } : undefined,
    mainFields: o.mainFields,
    alias: o.alias ?? {},
    plugins: [require('./esbuild-brotli-json').brotliJson],
    external: o.external ?? [],
    absWorkingDir: ROOT,
    logLevel: 'error',
  };
}

/** Each function of serverless.yml: its name and its handler's TypeScript entry. */
function lambdaFunctions(doc = serverlessDoc()) {
  return Object.entries(doc.functions).map(([name, f]) => ({ name, entry: `${f.handler.replace(/\.[^.]+$/, '')}.ts` }));
}

/**
 * Bundle one handler entry as `npm run package` does, into `outdir`: returns the handler file (`<name>.mjs`) and the
 * bytes of every file a cold start reads (the handler and the chunks it imports statically) and of all its files.
 */
async function buildFunction(entry, outdir, options = lambdaEsbuildOptions()) {
  const esbuild = require('esbuild');
  const root = options.absWorkingDir ?? ROOT;
  const abs = path.resolve(root, entry);
  const r = await esbuild.build({ ...options, entryPoints: [abs], outdir, chunkNames: chunkNamesFor(abs), metafile: true });
  const outputs = r.metafile.outputs;
  // Dynamic-import chunks name an entry point too (the module imported): the handler is the one for `entry`.
  const main = Object.keys(outputs).find((f) => outputs[f].entryPoint && path.resolve(root, outputs[f].entryPoint) === abs);
  const loaded = new Set();
  const visit = (f) => {
    if (loaded.has(f)) return;
    loaded.add(f);
    for (const i of outputs[f].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(main);
  const bytes = (files) => [...files].reduce((n, f) => n + outputs[f].bytes, 0);
  return { file: path.resolve(root, main), loadBytes: bytes(loaded), totalBytes: bytes(Object.keys(outputs)) };
}

module.exports = { ROOT, ZIP_BUDGET_BYTES, lambdaEsbuildOptions, lambdaFunctions, serverlessDoc, buildFunction };
