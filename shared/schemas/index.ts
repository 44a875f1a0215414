/**
 * Request schemas, shared by the Lambda handlers and the mini-program, so both sides reject the same input with the
 * same Chinese message. docs/rules.md §2 (submission fields) and §5 (bodies). Written with zod/mini, zod's tree-shakable API:
 * a page or a Lambda carries only the checks it uses (the classic `zod` import carried the whole API and every locale).
 */
import * as z from 'zod/mini';
import { DECLINE_REASONS, RESTART_REASONS, TERMINATE_REASONS } from '../domain/commands';
import { DomainError, type ErrorDetail } from '../domain/errors';
import { CATEGORIES, RATING_RESULTS, SUPERVISION_REASONS } from '../domain/types';
import { lazy } from './lazy';
import './zhErrors';

/** Mainland mobile number: 11 digits starting 1[3-9]. */
export const MOBILE_RE = /^1[3-9]\d{9}$/;

const text = (field: string, min: number, max: number) =>
  z.string({ error: `请填写${field}` }).check(
    z.trim(),
    z.minLength(min, { error: min <= 1 ? `请填写${field}` : `${field}至少需要${min}个字` }),
    z.maxLength(max, { error: `${field}不能超过${max}个字` }),
  );

/** Blank, null or missing → null. */
const optionalText = (field: string, max: number) =>
  z.pipe(
    z.nullish(z.string({ error: `${field}格式不正确` }).check(z.trim(), z.maxLength(max, { error: `${field}不能超过${max}个字` }))),
    z.transform((v: string | null | undefined) => (v ? v : null)),
  );

/** Blank, null or missing → undefined (optional notes on decisions). */
const optionalNote = (field: string, max: number) => z.pipe(optionalText(field, max), z.transform((v: string | null) => v ?? undefined));

const id = (field: string) =>
  z.string({ error: `请选择${field}` }).check(
    z.trim(),
    z.minLength(1, { error: `请选择${field}` }),
    z.maxLength(64, { error: `${field}格式不正确` }),
    z.regex(/^[A-Za-z0-9_-]+$/, { error: `${field}格式不正确` }),
  );

const coUnits = () => z.optional(z.array(id('协办单位'), { error: '协办单位格式不正确' }).check(z.maxLength(10, { error: '协办单位最多选10个' })));

export const phoneSchema = /* @__PURE__ */ lazy(() => z.string({ error: '请填写手机号码' }).check(z.trim(), z.regex(MOBILE_RE, { error: '请填写11位手机号码' })));

/** Mainland landline: area code (0 + 2–3 digits) and a 7–8 digit number, optionally separated (020-87654321). */
export const LANDLINE_RE = /^0\d{2,3}[-\s]?\d{7,8}$/;
/**
 * The caller's number on the telephone channel: a mobile or a landline (elderly callers often use one). Stored
 * without separators, so lookup and claim by the last 4 digits work the same for both.
 */
export const callerPhoneSchema = /* @__PURE__ */ lazy(() => z.pipe(
  z
    .string({ error: '请填写来电号码' })
    .check(z.trim(), z.refine((v: string) => MOBILE_RE.test(v) || LANDLINE_RE.test(v), { error: '请填写11位手机号码，或带区号的固定电话（如 020-87654321）' })),
  z.transform((v: string) => v.replace(/[-\s]/g, '')),
));

export const locationSchema = /* @__PURE__ */ lazy(() => z.object(
  {
    lat: z.number({ error: '位置格式不正确' }).check(z.gte(-90, { error: '位置格式不正确' }), z.lte(90, { error: '位置格式不正确' })),
    lng: z.number({ error: '位置格式不正确' }).check(z.gte(-180, { error: '位置格式不正确' }), z.lte(180, { error: '位置格式不正确' })),
  },
  { error: '位置格式不正确' },
));

/** Photos on a submission (docs/rules.md §2: attachments, images, ≤ 9), uploaded straight to object storage. */
export const MAX_PHOTOS = 9;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type PhotoContentType = keyof typeof PHOTO_TYPES;
/** `uploads/<uuid>-<mac>.<ext>`: the mac binds the key to the citizen it was issued to (functions/uploads/photos.ts). */
export const UPLOAD_KEY_RE = /^uploads\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([A-Za-z0-9_-]{22})\.(jpg|png|webp)$/;

/** POST /v1/uploads: ask for a presigned POST for one photo. */
export const uploadRequestSchema = /* @__PURE__ */ lazy(() => z.object({
  contentType: z.enum(Object.keys(PHOTO_TYPES) as [PhotoContentType, ...PhotoContentType[]], { error: '只能上传 JPG、PNG 或 WebP 图片' }),
  size: z
    .number({ error: '请提供图片大小' })
    .check(
      z.int({ error: '图片大小格式不正确' }),
      z.gte(1, { error: '图片是空的，请重新选择' }),
      z.lte(MAX_PHOTO_BYTES, { error: `图片不能超过${MAX_PHOTO_BYTES / 1024 / 1024}MB` }),
    ),
}));

/** Submission fields (docs/rules.md §2, §5). The district is checked against the policy's list by `submissionSchema(districts)`. */
export const submissionSchema = (districts: readonly string[]) =>
  z.object({
    category: z.enum(CATEGORIES, { error: '请选择诉求类别' }),
    content: text('诉求内容', 10, 2000),
    district: z.string({ error: '请选择所在区' }).check(z.refine<string>((d) => districts.includes(d), { error: '请从列表中选择所在区' })),
    title: optionalText('标题', 50),
    address: optionalText('详细地址', 200),
    location: z.pipe(z.nullish(locationSchema), z.transform((v: { lat: number; lng: number } | null | undefined) => v ?? null)),
    contactName: optionalText('联系人姓名', 30),
    contactPhone: phoneSchema,
    confidential: z.boolean({ error: '请选择是否保密' }),
    /** Open data: publish a redacted description (GZ Art.25, CS Art.28); off unless the citizen ticks it. */
    publishConsent: z._default(z.optional(z.boolean({ error: '请选择是否同意公开诉求内容' })), false),
    /** Photo keys returned by POST /v1/uploads (each must be the caller's own upload: functions/uploads/photos.ts). */
    attachments: z._default(
      z.optional(
        z
          .array(z.string({ error: '图片格式不正确' }).check(z.regex(UPLOAD_KEY_RE, { error: '图片格式不正确，请重新上传' })), { error: '图片格式不正确' })
          .check(
            z.maxLength(MAX_PHOTOS, { error: `最多上传${MAX_PHOTOS}张图片` }),
            z.refine<string[]>((keys) => new Set(keys).size === keys.length, { error: '同一张图片上传了两次' }),
          ),
      ),
      [],
    ),
  });
export type SubmissionInput = z.infer<ReturnType<typeof submissionSchema>>;

/**
 * POST /v1/work/matters: a centre operator registers a telephone matter (GZ Art.2). With `answer`, a consultation the
 * knowledge base answers is registered and answered in one step (GZ Art.13(1)): both or neither.
 */
export const phoneRegistrationSchema = (districts: readonly string[]) =>
  z.extend(
    // A telephone matter has no photos: only citizens upload (POST /v1/uploads), and a key is bound to its uploader.
    // Its text is never published as open data: consent is given in the mini-program, not read out on a call.
    z.omit(submissionSchema(districts), { contactPhone: true, attachments: true, publishConsent: true }),
    {
      channel: z.literal('phone', { error: '渠道必须为 phone' }),
      callerPhone: callerPhoneSchema,
      answer: z.optional(text('答复内容', 2, 2000)),
    },
  );

/** GET /v1/work/matters?callerPhone= (centre): the caller's open matters while registering a call (GZ Art.22). */
export const callerLookupSchema = /* @__PURE__ */ lazy(() => z.object({ callerPhone: callerPhoneSchema }));

export const screeningSchema = /* @__PURE__ */ lazy(() => z.object({
  content: text('诉求内容', 1, 2000),
  category: z.optional(z.enum(CATEGORIES, { error: '请选择诉求类别' })),
}));

const decision = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: '请选择审核结果' });

/** Bodies of POST /v1/matters/{id}/{action} (docs/rules.md §5 decisions). */
export const ACTION_SCHEMAS = {
  answer: /* @__PURE__ */ lazy(() => z.object({ answer: text('答复内容', 2, 2000) })),
  decline: /* @__PURE__ */ lazy(() => z.object({ reason: z.enum(DECLINE_REASONS, { error: '请选择不予受理的原因' }), guidance: text('办理指引', 2, 500) })),
  dispatch: /* @__PURE__ */ lazy(() => z.object({ leadUnitId: id('主办单位'), coUnitIds: coUnits() })),
  accept: /* @__PURE__ */ lazy(() => z.object({})),
  'return-request': /* @__PURE__ */ lazy(() => z.object({ reason: text('退回理由', 2, 500), basis: text('退回依据', 2, 500) })),
  'return-review': /* @__PURE__ */ lazy(() => z.object({
    decision: decision(['approve', 'reject', 'joint'] as const),
    leadUnitId: z.optional(id('新的主办单位')),
    coUnitIds: coUnits(),
    note: optionalNote('审核意见', 500),
  })),
  designate: /* @__PURE__ */ lazy(() => z.object({ leadUnitId: id('主办单位'), coUnitIds: coUnits(), basis: text('指定依据', 2, 500) })),
  extension: /* @__PURE__ */ lazy(() => z.object({ reason: text('延期理由', 2, 500) })),
  supplement: /* @__PURE__ */ lazy(() => z.object({ content: text('补充内容', 2, 2000) })),
  'restart-clock': /* @__PURE__ */ lazy(() => z.object({
    reason: z.enum(RESTART_REASONS, { error: '请选择重新计时的原因' }),
    note: optionalNote('说明', 500),
  })),
  reply: /* @__PURE__ */ lazy(() => z.object({
    process: text('办理过程', 2, 2000),
    result: text('办理结果', 2, 2000),
    handledAt: z.iso.datetime({ offset: true, error: '请填写办理时间' }),
    contactedRequestor: z.boolean({ error: '请说明是否已联系诉求人' }),
  })),
  'reply-review': /* @__PURE__ */ lazy(() => z.object({
    decision: decision(['compliant', 'non_compliant'] as const),
    note: optionalNote('审核意见', 500),
  })),
  rating: /* @__PURE__ */ lazy(() => z.object({
    result: z.enum(RATING_RESULTS, { error: '请选择满意、基本满意或不满意' }),
    comment: optionalNote('评价内容', 500),
  })),
  withdraw: /* @__PURE__ */ lazy(() => z.object({ reason: optionalNote('撤回原因', 200) })),
  'terminate-request': /* @__PURE__ */ lazy(() => z.object({
    reason: z.enum(TERMINATE_REASONS, { error: '请选择终止原因' }),
    explanation: text('情况说明', 2, 1000),
  })),
  'terminate-review': /* @__PURE__ */ lazy(() => z.object({ decision: decision(['approve', 'reject'] as const), note: optionalNote('审核意见', 500) })),
  'long-term': /* @__PURE__ */ lazy(() => z.object({ note: optionalNote('说明', 500) })),
  'progress-report': /* @__PURE__ */ lazy(() => z.object({ content: text('进展情况', 2, 2000) })),
  appeal: /* @__PURE__ */ lazy(() => z.object({ evidence: text('申诉证据', 2, 2000) })),
  'appeal-review': /* @__PURE__ */ lazy(() => z.object({ decision: decision(['approve', 'reject'] as const), note: optionalNote('审核意见', 500) })),
  note: /* @__PURE__ */ lazy(() => z.object({ content: text('备注', 1, 1000) })),
  'extension-review': /* @__PURE__ */ lazy(() => z.object({ decision: decision(['approve', 'reject'] as const), note: optionalNote('审核意见', 500) })),
  'callback-decision': /* @__PURE__ */ lazy(() => z.object({
    decision: z.enum(['rehandle', 'close'] as const, { error: '请选择重新办理或结案' }),
    leadUnitId: z.optional(id('重新办理的主办单位')),
    coUnitIds: coUnits(),
    note: optionalNote('向诉求人的说明', 500),
  })),
  supervise: /* @__PURE__ */ lazy(() => z.object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '督办级别应为 1、2 或 3' }),
    reason: z.enum(SUPERVISION_REASONS, { error: '请选择督办原因' }),
    note: optionalNote('督办说明', 500),
  })),
} as const;
export type HttpAction = keyof typeof ACTION_SCHEMAS;
export const HTTP_ACTIONS = Object.keys(ACTION_SCHEMAS) as HttpAction[];

export const wechatLoginSchema = /* @__PURE__ */ lazy(() => z.object({
  code: z.string({ error: '缺少登录凭证' }).check(z.minLength(1, { error: '缺少登录凭证' }), z.maxLength(200, { error: '登录凭证格式不正确' })),
}));
export const staffLoginSchema = /* @__PURE__ */ lazy(() => z.object({
  username: z.string({ error: '请填写用户名' }).check(z.trim(), z.minLength(1, { error: '请填写用户名' }), z.maxLength(64, { error: '用户名不能超过64个字符' })),
  password: z.string({ error: '请填写密码' }).check(z.minLength(1, { error: '请填写密码' }), z.maxLength(200, { error: '密码不能超过200个字符' })),
}));

export const unitSchema = /* @__PURE__ */ lazy(() => z.object({
  id: id('单位编号'),
  name: text('单位名称', 2, 100),
  parentId: z.pipe(z.nullish(id('上级单位')), z.transform((v: string | null | undefined) => v ?? null)),
  /** 督办/督查 reach the unit's liaison by SMS too (stored sealed, like every phone). */
  liaisonPhone: z.optional(phoneSchema),
}));
const STAFF_ROLES = ['center', 'unit', 'admin'] as const;
export const staffSchema = /* @__PURE__ */ lazy(() => z
  .object({
    username: z
      .string({ error: '请填写用户名' })
      .check(
        z.trim(),
        z.minLength(3, { error: '用户名至少3个字符' }),
        z.maxLength(32, { error: '用户名不能超过32个字符' }),
        z.regex(/^[A-Za-z0-9_.-]+$/, { error: '用户名只能包含字母、数字和 _ . -' }),
      ),
    password: z.string({ error: '请填写密码' }).check(z.minLength(8, { error: '密码至少8位' }), z.maxLength(200, { error: '密码不能超过200个字符' })),
    role: z.enum(STAFF_ROLES, { error: '请选择角色' }),
    unitId: z.optional(id('所属单位')),
    /** Shown on the timeline beside each action (GZ Art.26 accountability). */
    displayName: optionalNote('姓名', 20),
  })
  .check(
    z.refine<{ role: (typeof STAFF_ROLES)[number]; unitId?: string }>((s) => s.role !== 'unit' || !!s.unitId, {
      error: '承办单位账号必须选择所属单位',
      path: ['unitId'],
    }),
  ),
);

export const knowledgeSchema = /* @__PURE__ */ lazy(() => z.object({
  title: text('标题', 2, 100),
  body: text('内容', 2, 5000),
  tags: z._default(
    z.optional(
      z
        .array(
          z.string({ error: '标签格式不正确' }).check(z.trim(), z.minLength(1, { error: '标签不能为空' }), z.maxLength(20, { error: '标签不能超过20个字' })),
          { error: '标签格式不正确' },
        )
        .check(z.maxLength(10, { error: '标签最多10个' })),
    ),
    [],
  ),
  category: z.optional(z.enum(CATEGORIES, { error: '请选择诉求类别' })),
  /** Common ways citizens ask what the article answers (常见问法); the knowledge search matches them like the title. */
  questions: z._default(
    z.optional(
      z
        .array(
          z.string({ error: '常见问法格式不正确' }).check(z.trim(), z.minLength(2, { error: '常见问法至少2个字' }), z.maxLength(50, { error: '常见问法不能超过50个字' })),
          { error: '常见问法格式不正确' },
        )
        .check(z.maxLength(20, { error: '常见问法最多20条' })),
    ),
    [],
  ),
}));

export const claimSchema = /* @__PURE__ */ lazy(() => z.object({
  trackingNo: z.string({ error: '请填写受理编号' }).check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}\d{10,12}$/, { error: '受理编号格式不正确' })),
  phoneLast4: z.string({ error: '请填写手机号后4位' }).check(z.regex(/^\d{4}$/, { error: '请填写手机号后4位数字' })),
}));

/** zod issues → docs/rules.md §5 error details, one per field. */
// A problem with the body as a whole (an array, a string…) names the field `body`, like an invalid JSON body.
export function toDetails(error: z.core.$ZodError): ErrorDetail[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
}

/** Parse or throw 400 VALIDATION_FAILED with the first problem in the message and every problem in details. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const details = toDetails(r.error);
  const first = details[0];
  throw new DomainError('VALIDATION_FAILED', first ? first.message : '请求内容不正确', details);
}
