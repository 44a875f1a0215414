/**
 * The esbuild options serverless-esbuild uses for `npm run package` (serverless.yml `custom.esbuild`), for the bench
 * and tests that must bundle a handler exactly as it is deployed: minified CJS, ES modules first, the aliases that
 * replace the Tencent Cloud SDK's HTTP dependencies. Also the zip budget of one function.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const ROOT = path.join(__dirname, '..', '..');

/** Every function zip stays at or under this (issue 17): bytes, as `ls -l` shows them. */
const ZIP_BUDGET_BYTES = 220_000;

function serverlessDoc() {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'serverless.yml'), 'utf8'));
}

/** esbuild build options equivalent to serverless-esbuild's for this project (entry points and output not included). */
function lambdaEsbuildOptions(doc = serverlessDoc()) {
  const o = doc.custom.esbuild;
  return {
    bundle: o.bundle,
    minify: o.minify,
    sourcemap: o.sourcemap,
    target: o.target,
    platform: o.platform,
    format: o.format,
    mainFields: o.mainFields,
    alias: o.alias ?? {},
    external: o.external ?? [],
    absWorkingDir: ROOT,
    logLevel: 'error',
  };
}

/** Each function of serverless.yml: its name and its handler's TypeScript entry. */
function lambdaFunctions(doc = serverlessDoc()) {
  return Object.entries(doc.functions).map(([name, f]) => ({ name, entry: `${f.handler.replace(/\.[^.]+$/, '')}.ts` }));
}

module.exports = { ROOT, ZIP_BUDGET_BYTES, lambdaEsbuildOptions, lambdaFunctions, serverlessDoc };
