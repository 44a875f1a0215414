/**
 * GET /v1/openapi.json: an OpenAPI 3.1 document generated from the route table and the shared request schemas
 * (functions/api/openapi.ts), checked by an OpenAPI schema validator (@seriousme/openapi-schema-validator, which
 * validates against the OpenAPI Initiative's published 3.1 schema), and served without sign-in.
 */
import { spawnSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020';
import { cachedOpenApiDocument, openApiDocument } from '../../functions/api/openapi';
import { ROUTES } from '../../functions/api/routes';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

type Operation = { operationId: string; requestBody?: { content: Record<string, { schema: object; example?: unknown }> } };
const districts = getPolicy('guangzhou').districts;
const doc = openApiDocument(ROUTES, districts) as { openapi: string; paths: Record<string, Record<string, Operation>> };

/** The validator is an ES module: run it in a child Node process (jest's module system loads CommonJS). */
function validate(document: unknown): { valid: boolean; errors?: unknown } {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const result = await new Validator().validate(JSON.parse(input));
    process.stdout.write(JSON.stringify({ valid: result.valid, errors: result.errors }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: __dirname, input: JSON.stringify(document), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`validator failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(validate(doc)).toEqual({ valid: true });
  });

  it('the validator rejects a broken document', () => {
    const broken = { ...doc, paths: { '/v1/x': { get: { responses: { '200': {} } } } } };
    expect(validate(broken).valid).toBe(false);
  });

  it('has one operation per route, with a unique operationId', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, byMethod]) => Object.keys(byMethod).map((m) => `${m.toUpperCase()} ${path}`));
    expect(ops.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    const ids = Object.values(doc.paths).flatMap((byMethod) => Object.values(byMethod).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every example body passes the generated JSON Schema of its route', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const checked: string[] = [];
    for (const [path, byMethod] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(byMethod)) {
        const media = op.requestBody && Object.values(op.requestBody.content)[0];
        if (media?.example === undefined) continue;
        const ok = ajv.validate(media.schema, media.example);
        expect([method, path, ok, ajv.errors ?? null]).toEqual([method, path, true, null]);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(10);
    // And a wrong body fails it: the schemas are real, not `{}`.
    const submit = doc.paths['/v1/matters'].post.requestBody!.content['application/json; charset=utf-8'];
    expect(ajv.validate(submit.schema, { ...(submit.example as object), category: 'gossip' })).toBe(false);
  });
});

describe('GET /v1/openapi.json', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('changsha'), calendar: loadDefaultCalendar({}) });
  });
  afterAll(() => api.close());

  it('serves the document without sign-in', async () => {
    const r = await api.call('GET', '/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body).toEqual(cachedOpenApiDocument(ROUTES, getPolicy('changsha').districts));
    expect(validate(r.body)).toEqual({ valid: true });
  });
});
