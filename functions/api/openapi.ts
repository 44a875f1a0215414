/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the route table (functions/api/routes.ts) and the shared
 * request schemas (zod 4's own `z.toJSONSchema`): no hand-written copy. Served at GET /v1/openapi.json so the city's
 * own business systems can generate clients (WF Art.30: sharing with the government's business systems); docs/api.md
 * is rendered from the same document (tests/docs/apiDocs.test.ts).
 */
import * as z from 'zod/mini';
import { ERROR_CODES } from '../../shared/domain/errors';
import { ACTION_SCHEMAS, claimSchema, HTTP_ACTIONS, knowledgeSchema, phoneRegistrationSchema, screeningSchema, staffLoginSchema, staffSchema, submissionSchema, unitSchema, uploadRequestSchema, wechatLoginSchema } from '../../shared/schemas';
import { exportQuerySchema, statsQuerySchema } from '../../shared/stats/query';
import { ERROR_STATUS, JSON_CONTENT_TYPE } from '../lib/http';
import { CSV_CONTENT_TYPE } from '../stats/export';
import { requestsQuerySchema } from '../stats/open311';
import { RESPONSE_BODIES, RESPONSE_SCHEMAS } from './responses';
import type { Route } from './route';

type Json = Record<string, unknown>;
type JsonSchema = Json & { properties?: Record<string, Json>; required?: string[]; allOf?: JsonSchema[] };

const keyOf = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${r.path}`;

/** Request bodies and query strings by route key; the districts are the running policy's (a submission names one). */
export function requestSchemas(districts: readonly string[]): { body: Record<string, z.ZodMiniType>; query: Record<string, z.ZodMiniType> } {
  return {
    body: {
      'POST /v1/auth/wechat': wechatLoginSchema,
      'POST /v1/auth/staff': staffLoginSchema,
      'POST /v1/screening': screeningSchema,
      'POST /v1/matters': submissionSchema(districts),
      'POST /v1/work/matters': phoneRegistrationSchema(districts),
      'POST /v1/knowledge': knowledgeSchema,
      'PUT /v1/knowledge/{id}': knowledgeSchema,
      'POST /v1/admin/units': unitSchema,
      'POST /v1/admin/staff': staffSchema,
      'POST /v1/matters/claim': claimSchema,
      'POST /v1/uploads': uploadRequestSchema,
    },
    query: {
      'GET /v1/lookup': claimSchema,
      'GET /v1/stats': statsQuerySchema,
      'GET /v1/stats/export': exportQuerySchema,
      'GET /v1/open311/requests.json': requestsQuerySchema,
    },
  };
}

/** Request headers some routes read (route key → header → required). */
const HEADERS: Record<string, Record<string, { required: boolean; description: string }>> = {
  'POST /v1/matters': { 'Idempotency-Key': { required: true, description: '8–64 位字母数字；重试时用同一个值，返回同一诉求' } },
  'POST /v1/matters/{id}/{action}': { 'If-Match': { required: false, description: '诉求的版本号；与当前版本不符时返回 409' } },
};
/** Responses that are not JSON. */
const RESPONSE_TYPES: Record<string, string> = { 'GET /v1/stats/export': CSV_CONTENT_TYPE };

/** A request schema as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), as the client sends it. */
export function jsonSchema(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _dialect, ...js } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return js;
}

/** Properties of an object schema, including those of an intersection (allOf). */
export function propertiesOf(js: JsonSchema): { properties: Record<string, Json>; required: string[] } {
  const parts = [js, ...(js.allOf ?? [])];
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => p.required ?? []),
  };
}

const ERROR_BODY = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: [...ERROR_CODES] },
        message: { type: 'string', description: '中文说明，告诉用户该怎么做' },
        details: { description: '出错的字段 [{field, message}] 或补充信息' },
      },
    },
  },
};

/** Reads cannot conflict or carry a body; public routes need no sign-in. */
const NOT_FOR_READS = new Set(['INVALID_TRANSITION', 'VERSION_CONFLICT', 'DEADLINE_PASSED', 'LIMIT_REACHED', 'ALREADY_CLAIMED', 'PAYLOAD_TOO_LARGE']);
const NOT_FOR_PUBLIC = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

function errorResponses(r: Route): Json {
  const byStatus = new Map<number, string[]>();
  for (const code of ERROR_CODES) {
    if ((r.roles === 'public' && NOT_FOR_PUBLIC.has(code)) || (r.method === 'GET' && NOT_FOR_READS.has(code))) continue;
    byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [String(status), { description: codes.join(', '), content: { [JSON_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Error' } } } }]),
  );
}

const example = (values: Record<string, string> | undefined, name: string) => (values?.[name] === undefined ? {} : { example: values[name] });

function parameters(r: Route, query: z.ZodMiniType | undefined): Json[] {
  const params: Json[] = [...r.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'action' ? { type: 'string', enum: [...HTTP_ACTIONS] } : { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
  }));
  if (query) {
    const { properties, required } = propertiesOf(jsonSchema(query));
    for (const [name, schema] of Object.entries(properties)) params.push({ name, in: 'query', required: required.includes(name), schema, ...example(r.example?.query, name) });
  } else {
    for (const name of Object.keys(r.example?.query ?? {})) params.push({ name, in: 'query', required: false, schema: { type: 'string' }, ...example(r.example?.query, name) });
  }
  for (const [name, h] of Object.entries(HEADERS[keyOf(r)] ?? {})) {
    params.push({ name, in: 'header', required: h.required, description: h.description, schema: { type: 'string' }, ...example(r.example?.headers, name) });
  }
  return params;
}

function requestBody(r: Route, body: z.ZodMiniType | undefined): Json | undefined {
  const example = r.example?.body === undefined ? {} : { example: r.example.body };
  if (body) return { required: true, content: { [JSON_CONTENT_TYPE]: { schema: jsonSchema(body), ...example } } };
  // POST /v1/matters/{id}/{action}: the body depends on the action.
  if (r.path.endsWith('{action}')) {
    const anyOf = HTTP_ACTIONS.map((a) => ({ title: a, ...jsonSchema(ACTION_SCHEMAS[a]) }));
    return { required: false, content: { [JSON_CONTENT_TYPE]: { schema: { anyOf }, ...example } } };
  }
  return undefined;
}

const operationId = (r: Route) =>
  r.method.toLowerCase() +
  r.path
    .replace(/^\/v1/, '')
    .split(/[/.{}-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** The OpenAPI 3.1 document of `routes` for a deployment whose policy has `districts`. */
export function openApiDocument(routes: readonly Route[], districts: readonly string[]): Json {
  const schemas = requestSchemas(districts);
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const key = keyOf(r);
    const body = requestBody(r, schemas.body[key]);
    paths[r.path] ??= {};
    paths[r.path][r.method.toLowerCase()] = {
      operationId: operationId(r),
      summary: r.summary,
      tags: [r.fn],
      'x-roles': r.roles,
      security: r.roles === 'public' ? [] : [{ bearerAuth: [] }],
      parameters: parameters(r, schemas.query[key]),
      ...(body ? { requestBody: body } : {}),
      responses: { '2XX': { description: '成功', content: { [RESPONSE_TYPES[key] ?? JSON_CONTENT_TYPE]: { schema: RESPONSE_BODIES[key] ? { $ref: `#/components/schemas/${RESPONSE_BODIES[key]}` } : {} } } }, ...errorResponses(r) },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '12345 政务服务便民热线 API',
      version: '1',
      description: 'HTTP API payload 2.0, JSON. 登录后在请求头带 Authorization: Bearer <token>。错误体为 {"error":{"code","message","details?"}}；429、503 带 Retry-After。',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'POST /v1/auth/wechat 或 /v1/auth/staff 返回的 token' } },
      schemas: { Error: ERROR_BODY, ...RESPONSE_SCHEMAS },
    },
  };
}

const cache = new Map<readonly string[], Json>();

/** The document for a policy's districts, built once per process. */
export function cachedOpenApiDocument(routes: readonly Route[], districts: readonly string[]): Json {
  let doc = cache.get(districts);
  if (!doc) cache.set(districts, (doc = openApiDocument(routes, districts)));
  return doc;
}
