/**
 * `osls package` as `npm run package` runs it (own esbuild work folder and output folder): every function's zip
 * stays within the budget (issue 17: small functions load fast), and the bundled Tencent Cloud SMS client — whose
 * node-fetch, form-data and proxy agent serverless.yml replaces with stand-ins — still sends through the fake
 * provider, which checks the TC3-HMAC-SHA256 signature, and still times out.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { lambdaEsbuildOptions, lambdaFunctions, ROOT, ZIP_BUDGET_BYTES } from '../../scripts/lib/lambda-bundle';
import { startFakeSms, type FakeSms } from '../../scripts/lib/fake-sms';

const SMS_TEMPLATES = { '100001': 1, '100002': 3, '100003': 4, '100004': 3, '100005': 2 };

describe('osls package', () => {
  const out = mkdtempSync(join(tmpdir(), 'hotline-package-'));
  const work = `.esbuild-test-package-${process.pid}`;

  beforeAll(async () => {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/osls'), ['package', '--stage', 'prod', '--package', out], {
      cwd: ROOT,
      env: { ...process.env, ESBUILD_WORK_FOLDER: work },
      maxBuffer: 16 * 1024 * 1024,
    });
  }, 240_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(join(ROOT, work), { recursive: true, force: true });
  });

  it(`builds one zip per function, each at most ${ZIP_BUDGET_BYTES / 1000} KB`, () => {
    const zips = Object.fromEntries(readdirSync(out).filter((f) => f.endsWith('.zip')).map((f) => [f.replace(/\.zip$/, ''), statSync(join(out, f)).size]));
    expect(Object.keys(zips).sort()).toEqual(lambdaFunctions().map((f) => f.name).sort());
    expect(Object.entries(zips).filter(([, bytes]) => bytes > ZIP_BUDGET_BYTES)).toEqual([]);
  });
});

describe('the SMS client as bundled for notify and sweep', () => {
  let sms: FakeSms;
  let silent: Server;
  let mod: { createSmsSender: typeof import('../../functions/notify/channels').createSmsSender; readNotifyConfig: typeof import('../../functions/notify/config').readNotifyConfig };
  const dir = mkdtempSync(join(tmpdir(), 'hotline-sms-bundle-'));

  beforeAll(async () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { createSmsSender } from '${join(ROOT, 'functions/notify/channels')}';\nexport { readNotifyConfig } from '${join(ROOT, 'functions/notify/config')}';\n`);
    // The deployed code, as one CommonJS file so that jest can require it (the functions ship as split ES modules).
    const r = await build({ ...lambdaEsbuildOptions(), format: 'cjs', splitting: false, banner: {}, outExtension: {}, entryPoints: [entry], outfile: join(dir, 'sms.js'), metafile: true });
    const inputs = Object.keys(r.metafile!.inputs);
    // The stand-ins are what got bundled, not the packages they replace.
    expect(inputs.filter((f) => /node_modules\/(node-fetch|form-data|https-proxy-agent|whatwg-url|tr46|mime-db)\//.test(f))).toEqual([]);
    expect(inputs.filter((f) => f.includes('tencentShims')).length).toBe(3);
    mod = require(join(dir, 'sms.js'));
    sms = await startFakeSms({ templates: SMS_TEMPLATES });
    // A provider that accepts the connection and never answers.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  }, 60_000);
  afterAll(async () => {
    await sms?.close();
    silent?.closeAllConnections();
    await new Promise((resolve) => silent?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const config = (endpoint: string) => mod.readNotifyConfig({ WECHAT_API_BASE: 'http://127.0.0.1:9', SMS_ENDPOINT: endpoint }, 'test', true);

  it('sends a signed SendSms the fake accepts, and maps its error codes', async () => {
    const sender = mod.createSmsSender(config(sms.base).sms);
    await expect(sender.send({ phone: '13812345678', kind: 'accepted', params: ['GZ2611020001'] })).resolves.toMatchObject({ status: 'sent' });
    expect(sms.state.sent).toEqual([expect.objectContaining({ phone: '+8613812345678', templateId: '100001', params: ['GZ2611020001'] })]);
    await expect(sender.send({ phone: '123', kind: 'accepted', params: ['x'] })).resolves.toMatchObject({ status: 'undeliverable' });
  });

  it('keeps the SDK timeout (httpProfile.reqTimeout) with the runtime fetch', async () => {
    const base = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const sender = mod.createSmsSender(config(base).sms, { timeoutSeconds: 1 });
    await expect(sender.send({ phone: '13812345678', kind: 'accepted', params: ['GZ2611020001'] })).rejects.toMatchObject({ name: 'TransientError' });
  });
});

describe('the DynamoDB client as bundled for every function', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-ddb-bundle-'));
  let mod: { createDocumentClient: typeof import('../../functions/lib/dynamo').createDocumentClient };
  const saved = { ...process.env };

  beforeAll(async () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { createDocumentClient } from '${join(ROOT, 'functions/lib/dynamo')}';\n`);
    const r = await build({ ...lambdaEsbuildOptions(), format: 'cjs', splitting: false, banner: {}, outExtension: {}, entryPoints: [entry], outfile: join(dir, 'ddb.js'), metafile: true });
    const inputs = Object.keys(r.metafile!.inputs);
    // The environment-only chain is what got bundled, not the SDK's default chain with SSO, profiles and metadata.
    expect(inputs.filter((f) => /node_modules\/@aws-sdk\/credential-provider-(node|sso|ini|process|web-identity|http)\//.test(f))).toEqual([]);
    expect(inputs.filter((f) => f.includes('shims/credential-provider-node')).length).toBe(1);
    mod = require(join(dir, 'ddb.js'));
  }, 60_000);
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes a deployed function's role credentials from the environment, as Lambda provides them", async () => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' });
    const client = mod.createDocumentClient({ region: 'ap-east-1' });
    await expect(client.config.credentials()).resolves.toMatchObject({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' });
  });

  it('fails with the SDK credentials error, not a crash, when the environment has none', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_PROFILE;
    const client = mod.createDocumentClient({ region: 'ap-east-1' });
    await expect(client.config.credentials()).rejects.toMatchObject({ name: 'CredentialsProviderError' });
  });
});
