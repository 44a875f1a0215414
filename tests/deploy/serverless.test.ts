/**
 * serverless.yml and the route table agree: every route of functions/api/routes.ts is an `httpApi` event of the
 * function for its group, and nothing else is; every function has its own least-privilege role; no role can Scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROUTES, routeKey, DOCS_ROUTES } from '../../functions/api/routes';
import { ADMIN_ROUTES } from '../../functions/api/groups/admin';
import { AUTH_ROUTES } from '../../functions/api/groups/auth';
import { KNOWLEDGE_ROUTES } from '../../functions/api/groups/knowledge';
import { MATTERS_ROUTES } from '../../functions/api/groups/matters';
import { PUBLIC_ROUTES } from '../../functions/api/groups/public';
import { UPLOADS_ROUTES } from '../../functions/api/groups/uploads';
import { WORK_ROUTES } from '../../functions/api/groups/work';
import { OPEN311_ROUTES, STATS_ROUTES } from '../../functions/stats/routes';

const doc = parse(readFileSync(join(__dirname, '../../serverless.yml'), 'utf8'));
type Fn = { handler: string; role?: string; events?: Array<{ httpApi?: string; schedule?: string }> };
const functions: Record<string, Fn> = doc.functions;

describe('serverless.yml', () => {
  it('declares every route as an httpApi event of its group function, and no other routes', () => {
    const declared = new Map<string, string>();
    for (const [name, fn] of Object.entries(functions)) for (const e of fn.events ?? []) if (e.httpApi) declared.set(e.httpApi, name);
    const expected = new Map<string, string>(ROUTES.map((r) => [routeKey(r), r.fn]));
    expected.set('GET /v1/health', 'health');
    expect(Object.fromEntries(declared)).toEqual(Object.fromEntries(expected));
  });

  it('gives each function exactly its own group of routes (a route in the wrong group would answer 404)', () => {
    const groups = {
      auth: [AUTH_ROUTES, 'AUTH_ROUTES'],
      matters: [MATTERS_ROUTES, 'MATTERS_ROUTES'],
      uploads: [UPLOADS_ROUTES, 'UPLOADS_ROUTES'],
      work: [WORK_ROUTES, 'WORK_ROUTES'],
      public: [[...PUBLIC_ROUTES, ...OPEN311_ROUTES], '[...PUBLIC_ROUTES, ...OPEN311_ROUTES]'],
      knowledge: [KNOWLEDGE_ROUTES, 'KNOWLEDGE_ROUTES'],
      admin: [ADMIN_ROUTES, 'ADMIN_ROUTES'],
      stats: [STATS_ROUTES, 'STATS_ROUTES'],
      docs: [DOCS_ROUTES, null],
    } as const;
    for (const [fn, [routes, arg]] of Object.entries(groups)) {
      expect([fn, routes.map((r) => r.fn).filter((f) => f !== fn)]).toEqual([fn, []]);
      // Each API entry point loads exactly its group on its first request, from functions/http/compose/<fn>.ts
      // (docs serves the document without the app).
      const entry = readFileSync(join(__dirname, `../../${functions[fn].handler.replace(/\.handler$/, '')}.ts`), 'utf8');
      const composed = /lazyApiHandler\(\(\) => import\('\.\/compose\/(\w+)'\)\)/.exec(entry)?.[1] ?? null;
      expect([fn, composed]).toEqual([fn, arg && fn]);
      if (composed) expect([fn, (require(`../../functions/http/compose/${composed}`) as { routes: unknown }).routes]).toEqual([fn, routes]);
    }
    expect(Object.values(groups).flatMap(([routes]) => routes.map(routeKey)).sort()).toEqual(ROUTES.map(routeKey).sort());
  });

  it('deploys on a runtime Lambda still accepts, the Node major the project develops and tests on', () => {
    // nodejs20.x: deprecated 2026-04-30, creation blocked since 2026-08-31.
    expect(doc.provider.runtime).toBe('nodejs24.x');
    expect(doc.custom.esbuild.target).toBe('node24');
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=24');
  });

  it('packages in its own esbuild work folder, so `npm run package` never deletes a running API’s build', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    const folder = /ESBUILD_WORK_FOLDER=(\S+)/.exec(pkg.scripts.package)?.[1];
    const stack = readFileSync(join(__dirname, '../../scripts/lib/stack.js'), 'utf8');
    const offlineDefault = /ESBUILD_WORK_FOLDER: o\.esbuildWorkFolder \?\? '([^']+)'/.exec(stack)?.[1];
    expect(folder).toBeTruthy();
    expect(offlineDefault).toBeTruthy();
    expect(folder).not.toBe(offlineDefault);
    expect(doc.custom.esbuild.outputWorkFolder).toBe("${env:ESBUILD_WORK_FOLDER, '.esbuild'}");
  });

  it('runs the sweep on a 5-minute schedule', () => {
    expect(functions.sweep.events).toEqual([{ schedule: 'rate(5 minutes)' }]);
  });

  it('gives every function its own declared role, and no role may Scan or manage tables', () => {
    const resources = doc.resources.Resources;
    for (const [name, fn] of Object.entries(functions)) {
      expect([name, typeof fn.role]).toEqual([name, 'string']);
      expect(resources[fn.role!]?.Type).toBe('AWS::IAM::Role');
    }
    const actions = JSON.stringify(Object.values(resources).filter((r: any) => r.Type === 'AWS::IAM::Role'));
    expect(actions).not.toMatch(/dynamodb:(Scan|\*|CreateTable|DeleteTable|UpdateTable)/);
  });

  it('declares the table with on-demand billing, PITR, SSE and the four indexes', () => {
    const t = doc.resources.Resources.HotlineTable.Properties;
    expect(t.BillingMode).toBe('PAY_PER_REQUEST');
    expect(t.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
    expect(t.SSESpecification.SSEEnabled).toBe(true);
    expect(t.GlobalSecondaryIndexes.map((g: { IndexName: string }) => g.IndexName)).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);
  });

  it('keeps the photo bucket private and encrypted, and gives S3 access only where it is needed', () => {
    const r = doc.resources.Resources;
    const b = r.UploadBucket.Properties;
    expect(b.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(b.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(b.LifecycleConfiguration.Rules[0]).toMatchObject({ Prefix: 'uploads/', TagFilters: [{ Key: 'state', Value: 'pending' }], ExpirationInDays: 2 });
    const s3Actions = (role: string) =>
      r[role].Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement)
        .filter((st: any) => JSON.stringify(st.Action).includes('s3:'))
        .map((st: any) => ({ actions: [st.Action].flat().sort(), resource: JSON.stringify(st.Resource) }));
    expect(s3Actions('UploadRole')).toEqual([{ actions: ['s3:PutObject', 's3:PutObjectTagging'], resource: expect.stringContaining('/uploads/*') }]);
    expect(s3Actions('MattersRole')).toEqual([{ actions: ['s3:GetObject', 's3:PutObjectTagging'], resource: expect.stringContaining('/uploads/*') }]);
    for (const role of ['ApiRole', 'AuthRole', 'LookupRole', 'StatsRole', 'DirectoryRole', 'SweepRole', 'SurgeRole', 'HealthRole']) expect([role, s3Actions(role)]).toEqual([role, []]);
    expect(functions.uploads.role).toBe('UploadRole');
    expect(functions.matters.role).toBe('MattersRole');
  });
});
