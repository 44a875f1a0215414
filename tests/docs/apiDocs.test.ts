/**
 * docs/api.md is rendered from the OpenAPI document (functions/api/openapi.ts: the route table and the shared zod
 * schemas), the same source GET /v1/openapi.json serves, and this test keeps it that way: it fails when the file is
 * stale. Regenerate with `UPDATE_DOCS=1 npx jest tests/docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument, propertiesOf, requestSchemas } from '../../functions/api/openapi';
import { ROUTES } from '../../functions/api/routes';
import { ERROR_STATUS } from '../../functions/lib/http';
import { TRANSITIONS } from '../../shared/domain/transitions';
import { ACTION_SCHEMAS, HTTP_ACTIONS } from '../../shared/schemas';
import { getPolicy } from '../../shared/policy';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[]; enum?: unknown[]; type?: string; title?: string; anyOf?: Schema[] };
type Parameter = { name: string; in: string; required: boolean; example?: string };
type Operation = {
  summary: string;
  'x-roles': string[] | 'public';
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
};

const doc = openApiDocument(ROUTES, getPolicy('guangzhou').districts) as { paths: Record<string, Record<string, Operation>> };

function fields(schema: Schema): string {
  const { properties, required } = propertiesOf(schema);
  if (!Object.keys(properties).length) return '(empty body)';
  return Object.entries(properties as Record<string, Schema>)
    .map(([k, p]) => {
      const t = p.enum ? p.enum.map((e) => `\`${String(e)}\``).join(' \\| ') : (p.type ?? 'any');
      return `\`${k}\`${required.includes(k) ? '' : '?'}: ${t}`;
    })
    .join(', ');
}

function render(): string {
  const lines: string[] = [
    '# HTTP API (generated — do not edit)',
    '',
    'Rendered by `tests/docs/apiDocs.test.ts` (`UPDATE_DOCS=1 npx jest tests/docs`) from the OpenAPI 3.1 document that',
    '`functions/api/openapi.ts` generates from `functions/api/routes.ts` and `shared/schemas/index.ts`; the API serves',
    'that document at `GET /v1/openapi.json` (no sign-in) for generating clients. HTTP API payload 2.0, JSON, prefix',
    '`/v1`. Sign in, then send `Authorization: Bearer <token>`. `GET /v1/health` needs no sign-in and returns',
    '`{status, policy, calendar}`.',
    '',
    '## Errors',
    '',
    'Every error is `{"error":{"code","message","details?"}}`; `message` is Chinese and says what to do; `details` lists',
    'the fields at fault (`[{field, message}]`). A 429 or 503 carries `Retry-After`.',
    '',
    '| code | status |',
    '|---|---|',
    ...Object.entries(ERROR_STATUS).map(([c, s]) => `| \`${c}\` | ${s} |`),
    '',
    '## Routes',
    '',
  ];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(byMethod)) {
      const method = m.toUpperCase();
      const roles = op['x-roles'];
      lines.push(`### \`${method} ${path}\``, '', op.summary, '', `- roles: ${roles === 'public' ? 'public (no sign-in)' : roles.map((x) => `\`${x}\``).join(', ')}`);
      const media = op.requestBody && Object.values(op.requestBody.content)[0];
      if (media && !media.schema.anyOf) lines.push(`- body: ${fields(media.schema)}`);
      const query = op.parameters.filter((p) => p.in === 'query' && p.example !== undefined);
      const headers = op.parameters.filter((p) => p.in === 'header' && p.example !== undefined);
      if (media?.example !== undefined || query.length || headers.length) {
        const qs = query.length ? '?' + new URLSearchParams(query.map((p) => [p.name, p.example!])).toString() : '';
        const ex = [`${method} ${path.replace('{id}', '3f2a…').replace('{action}', 'extension')}${qs}`, ...headers.map((h) => `${h.name}: ${h.example}`)];
        if (media?.example !== undefined) ex.push('', JSON.stringify(media.example, null, 2));
        lines.push('', '```http', ...ex, '```');
      }
      lines.push('');
    }
  }
  const actions = doc.paths['/v1/matters/{id}/{action}'].post.requestBody!.content;
  const bySchema = new Map((Object.values(actions)[0].schema.anyOf ?? []).map((s) => [s.title, s]));
  lines.push('## Matter actions (`POST /v1/matters/{id}/{action}`)', '', '| action | role | from statuses | body | basis |', '|---|---|---|---|---|');
  for (const a of HTTP_ACTIONS) {
    const t = TRANSITIONS[a];
    lines.push(`| \`${a}\` | ${t.roles.join(', ')} (${t.authority.replace('_', ' ')}) | ${t.from.join(', ')} | ${fields(bySchema.get(a)!)} | ${t.basis} |`);
  }
  lines.push('');
  return lines.join('\n');
}

describe('docs/api.md', () => {
  const file = join(__dirname, '../../docs/api.md');
  it('lists every route and action and is up to date', () => {
    const doc = render();
    for (const r of ROUTES) expect(doc).toContain(`### \`${r.method} ${r.path}\``);
    for (const a of HTTP_ACTIONS) expect(doc).toContain(`| \`${a}\` |`);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, doc);
    expect(readFileSync(file, 'utf8')).toBe(doc);
  });
  it('every route example body passes its zod schema', () => {
    const { body } = requestSchemas(getPolicy('guangzhou').districts);
    for (const r of ROUTES) {
      const schema = body[`${r.method} ${r.path}`];
      if (schema && r.example?.body !== undefined) expect([r.path, schema.safeParse(r.example.body).success]).toEqual([r.path, true]);
    }
    expect(ACTION_SCHEMAS.extension.safeParse(ROUTES.find((r) => r.path.endsWith('{action}'))!.example!.body).success).toBe(true);
  });
});
