#!/usr/bin/env node
/**
 * WeChat's own compiler and its DevTools 代码质量 (code-quality) check, run offline on the weapp build:
 *
 *   node miniapp/scripts/check-weapp-ci.js               # checks miniapp/dist (Taro copies project.config.json there)
 *   node miniapp/scripts/check-weapp-ci.js path/to/dist
 *
 * `miniprogram-ci` is the DevTools core. Both calls first fetch the app's "project attributes" from WeChat's servers;
 * the package's own defaults (DefaultProjectAttr) put on the project beforehand make them run without a network, and
 * any RSA key satisfies `privateKeyPath` (nothing is uploaded: a throwaway key is made for each run).
 * Fails (exit 1) on a compile error (a broken WXML tag, bad WXSS, JS WeChat cannot parse) or a failed quality item
 * (JS/WXML/WXSS compression, lazyCodeLoading, package sizes, images over 200 KB, ...). Exit 2: no build.
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Placeholder AppID in WeChat's format; offline, nothing checks it against WeChat. */
const OFFLINE_APPID = 'wx0000000000000000';

function throwawayKey(dir) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const file = path.join(dir, 'private.key');
  fs.writeFileSync(file, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  return file;
}

/** The mini-program folder of a project (project.config.json's miniprogramRoot). */
function miniprogramRoot(projectPath) {
  const file = path.join(projectPath, 'project.config.json');
  const cfg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  return path.resolve(projectPath, cfg.miniprogramRoot || '.');
}

/**
 * @param {string} projectPath a weapp build (or a folder whose project.config.json's miniprogramRoot is one)
 * @returns {Promise<{ files: number, items: { name: string, ok: boolean }[] }>} throws on a compile error
 */
async function checkWeapp(projectPath) {
  const root = miniprogramRoot(projectPath);
  if (!fs.existsSync(path.join(root, 'app.json'))) {
    const err = new Error(`${path.join(root, 'app.json')} not found: run \`npm run build:weapp\` first`);
    err.code = 'NO_BUILD';
    throw err;
  }
  // Required lazily: the package is large and only this check needs it.
  const ci = require('miniprogram-ci');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-ci-'));
  try {
    const project = new ci.Project({
      appid: OFFLINE_APPID,
      type: 'miniProgram',
      projectPath,
      privateKeyPath: throwawayKey(tmp),
      ignores: ['node_modules/**/*'],
    });
    project._attr = ci.DefaultProjectAttr;
    // Taro's build is already ES5: compiling without es6 (minify on: it is what parses WXML) checks what WeChat would reject
    // (WXML, WXSS, JS syntax) in a third of the time (≈ 25 s instead of 75 s on a busy 2-core machine).
    const compiled = await ci.getCompiledResult({ project, setting: { es6: false, minify: true }, onProgressUpdate: () => {} }, path.join(tmp, 'compiled.zip'));
    const items = (await ci.checkCodeQuality(project)).map((i) => ({ name: i.name, ok: !!i.success }));
    return { files: Object.keys(compiled).length, items };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(argv) {
  const projectPath = path.resolve(argv[2] || path.join(__dirname, '..', 'dist'));
  const t0 = Date.now();
  let result;
  try {
    result = await checkWeapp(projectPath);
  } catch (err) {
    if (err.code === 'NO_BUILD') {
      console.error(err.message);
      return 2;
    }
    console.error(`WeChat's compiler rejected the weapp build: ${err.message || err}`);
    return 1;
  }
  console.log(`WeChat compiler: ${result.files} files compiled in ${((Date.now() - t0) / 1000).toFixed(1)} s; code-quality check:`);
  for (const i of result.items) console.log(`${i.ok ? 'ok  ' : 'FAIL'} ${i.name}`);
  const failed = result.items.filter((i) => !i.ok);
  if (failed.length) console.error(`${failed.length} code-quality item(s) failed.`);
  return failed.length ? 1 : 0;
}

module.exports = { checkWeapp, miniprogramRoot };

if (require.main === module) {
  // miniprogram-ci leaves a file watcher running: exit explicitly.
  main(process.argv).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err.stack || String(err));
      process.exit(1);
    },
  );
}
