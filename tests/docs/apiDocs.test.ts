/**
 * docs/api.md is generated from the route table and the zod schemas, and this test keeps it that way:
 * it fails when the file is stale. Regenerate with `UPDATE_DOCS=1 npx jest tests/docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { ROUTES } from '../../functions/api/routes';
import { TRANSITIONS } from '../../shared/domain/transitions';
import { ERROR_STATUS } from '../../shared/domain/errors';
import { ACTION_SCHEMAS, claimSchema, HTTP_ACTIONS, knowledgeSchema, screeningSchema, staffLoginSchema, staffSchema, submissionSchema, unitSchema, uploadRequestSchema, wechatLoginSchema, phoneRegistrationSchema } from '../../shared/schemas';
import { getPolicy } from '../../shared/policy';

const districts = getPolicy('guangzhou').districts;
const BODY_SCHEMAS: Record<string, z.ZodMiniType> = {
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
};

function fields(schema: z.ZodMiniType): string {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string; enum?: unknown[] }>; required?: string[] };
  const props = js.properties ?? {};
  if (!Object.keys(props).length) return '(empty body)';
  return Object.entries(props)
    .map(([k, p]) => {
      const t = p.enum ? p.enum.map((e) => `\`${String(e)}\``).join(' \\| ') : (p.type ?? 'any');
      return `\`${k}\`${js.required?.includes(k) ? '' : '?'}: ${t}`;
    })
    .join(', ');
}

function render(): string {
  const lines: string[] = [
    '# HTTP API (generated — do not edit)',
    '',
    'Generated from `functions/api/routes.ts` and `shared/schemas/index.ts` by `tests/docs/apiDocs.test.ts`',
    '(`UPDATE_DOCS=1 npx jest tests/docs`). HTTP API payload 2.0, JSON, prefix `/v1`. Sign in, then send',
    '`Authorization: Bearer <token>`. `GET /v1/health` needs no sign-in and returns `{status, policy, calendar}`.',
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
  for (const r of ROUTES) {
    const key = `${r.method} ${r.path}`;
    lines.push(`### \`${key}\``, '', r.summary, '', `- roles: ${r.roles === 'public' ? 'public (no sign-in)' : r.roles.map((x) => `\`${x}\``).join(', ')}`);
    if (BODY_SCHEMAS[key]) lines.push(`- body: ${fields(BODY_SCHEMAS[key])}`);
    if (r.example) {
      const ex: string[] = [];
      const qs = r.example.query ? '?' + new URLSearchParams(r.example.query).toString() : '';
      ex.push(`${r.method} ${r.path.replace('{id}', '3f2a…').replace('{action}', 'extension')}${qs}`);
      for (const [h, v] of Object.entries(r.example.headers ?? {})) ex.push(`${h}: ${v}`);
      if (r.example.body !== undefined) ex.push('', JSON.stringify(r.example.body, null, 2));
      lines.push('', '```http', ...ex, '```');
    }
    lines.push('');
  }
  lines.push('## Matter actions (`POST /v1/matters/{id}/{action}`)', '', '| action | role | from statuses | body | basis |', '|---|---|---|---|---|');
  for (const a of HTTP_ACTIONS) {
    const t = TRANSITIONS[a];
    lines.push(`| \`${a}\` | ${t.roles.join(', ')} (${t.authority.replace('_', ' ')}) | ${t.from.join(', ')} | ${fields(ACTION_SCHEMAS[a])} | ${t.basis} |`);
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
  it('every route example body passes its schema', () => {
    for (const r of ROUTES) {
      const schema = BODY_SCHEMAS[`${r.method} ${r.path}`];
      if (schema && r.example?.body !== undefined) expect(schema.safeParse(r.example.body).success).toBe(true);
    }
    expect(ACTION_SCHEMAS.extension.safeParse(ROUTES.find((r) => r.path.endsWith('{action}'))!.example!.body).success).toBe(true);
  });
});
