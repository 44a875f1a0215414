/**
 * zod/mini loads no locale: every message a caller can see is Chinese, whether a schema names it or the fallback
 * (shared/schemas/zhErrors.ts) supplies it. The exact texts of the named messages are covered by the API tests.
 */
import { ACTION_SCHEMAS, claimSchema, knowledgeSchema, locationSchema, parseOrThrow, staffSchema, submissionSchema, wechatLoginSchema } from '.';
import { statsQuerySchema } from '../stats/query';
import { DomainError } from '../domain/errors';

const HAN = /\p{Script=Han}/u;

function messages(schema: { safeParse: (x: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, input: unknown): string[] {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => i.message);
}

describe('validation messages are Chinese', () => {
  it.each<[string, { safeParse: (x: unknown) => never }, unknown]>([
    ['a body that is not an object', submissionSchema(['天河区']) as never, 'x'],
    ['an empty body', submissionSchema(['天河区']) as never, {}],
    ['a location out of range', locationSchema as never, { lat: 91, lng: 0 }],
    ['eleven co-units', ACTION_SCHEMAS.dispatch as never, { leadUnitId: 'u1', coUnitIds: Array.from({ length: 11 }, (_, i) => `u${i}`) }],
    ['an over-long login code', wechatLoginSchema as never, { code: 'x'.repeat(201) }],
    ['a unit account without its unit', staffSchema as never, { username: 'abc', password: '12345678', role: 'unit' }],
    ['too many tags', knowledgeSchema as never, { title: '标题', body: '内容内容', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }],
    ['a bad unit filter', statsQuerySchema as never, { unitId: '../x' }],
    ['a number where text belongs', ACTION_SCHEMAS.note as never, { content: 5 }],
  ])('%s', (_, schema, input) => {
    const all = messages(schema, input);
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect([m, HAN.test(m)]).toEqual([m, true]);
  });

  it('keeps the schema’s own message and transforms (trim, upper case, defaults)', () => {
    expect(messages(claimSchema as never, { trackingNo: 'x', phoneLast4: '12' })).toEqual(['受理编号格式不正确', '请填写手机号后4位数字']);
    expect(claimSchema.parse({ trackingNo: ' gz202611020001 ', phoneLast4: '1234' })).toEqual({ trackingNo: 'GZ202611020001', phoneLast4: '1234' });
    expect(() => parseOrThrow(ACTION_SCHEMAS.answer, { answer: ' ' })).toThrow(new DomainError('VALIDATION_FAILED', '答复内容至少需要2个字'));
  });
});
