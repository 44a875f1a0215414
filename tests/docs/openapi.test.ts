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

  it('documents the main response bodies, and real responses match them (matter, pages, lookup, stats, errors)', async () => {
    const served = (await api.call('GET', '/v1/openapi.json')).body;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ ...served, $id: 'openapi' });
    const check = (schema: string, body: unknown) => {
      const ok = ajv.validate({ $ref: `openapi#/components/schemas/${schema}` }, body);
      expect([schema, ok, ajv.errors ?? null]).toEqual([schema, true, null]);
    };
    const bodyOf = (path: string, method: string) => served.paths[path][method].responses['2XX'].content['application/json; charset=utf-8'].schema;
    expect(bodyOf('/v1/matters/{id}', 'get')).toEqual({ $ref: '#/components/schemas/Matter' });
    expect(bodyOf('/v1/work/matters', 'get')).toEqual({ $ref: '#/components/schemas/MatterPage' });

    const citizen = await api.citizenToken('o-openapi-responses');
    const district = getPolicy('changsha').districts[0];
    const submitted = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': 'openapi-responses-0001' },
      body: { category: 'help', content: '小区门口路灯坏了一个多月，晚上很黑，老人出行不方便。', district, contactPhone: '13812345678', confidential: false },
    });
    expect(submitted.status).toBe(201);
    check('Matter', submitted.body);
    check('Matter', (await api.call('GET', `/v1/matters/${submitted.body.id}`, { token: citizen })).body);
    check('Matter', (await api.call('GET', `/v1/matters/${submitted.body.id}`, { token: api.tokens.center })).body);
    check('MatterPage', (await api.call('GET', '/v1/matters', { token: citizen })).body);
    const queue = await api.call('GET', '/v1/work/matters', { token: api.tokens.center });
    expect(queue.body.items.length).toBeGreaterThan(0);
    check('MatterPage', queue.body);
    const lookup = await api.call('GET', `/v1/lookup?trackingNo=${submitted.body.trackingNo}&phoneLast4=5678`);
    expect(lookup.status).toBe(200);
    check('PublicMatter', lookup.body);
    const phone = await api.call('POST', '/v1/work/matters', {
      token: api.tokens.center,
      body: { channel: 'phone', callerPhone: '13912345678', category: 'complaint', content: '某餐馆油烟直排，影响周边居民生活。', district, confidential: true },
    });
    expect(phone.status).toBe(201);
    check('Matter', phone.body);
    const stats = await api.call('GET', '/v1/stats?from=2026-11-01&to=2026-11-30', { token: api.tokens.center });
    expect(stats.status).toBe(200);
    check('Stats', stats.body);
    check('Error', (await api.call('GET', '/v1/matters/nope', { token: citizen })).body);
    // The schemas are real: a matter without its status or with an unknown one fails.
    const { status: _status, ...withoutStatus } = submitted.body;
    expect(ajv.validate({ $ref: 'openapi#/components/schemas/Matter' }, withoutStatus)).toBe(false);
    expect(ajv.validate({ $ref: 'openapi#/components/schemas/Matter' }, { ...submitted.body, status: 'lost' })).toBe(false);
  });
});
