/**
 * Query parameters of GET /v1/stats and GET /v1/stats/export (zod/mini), shared with the mini-program's dashboard so both
 * sides reject the same input with the same Chinese message.
 */
import * as z from 'zod/mini';
import { lazy } from '../schemas/lazy';
import '../schemas/zhErrors';
import { dayIndex } from '../calendar/time';
import { PERIODS } from './periods';

export const GROUP_BYS = ['unit', 'parent', 'city'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const EXPORT_KINDS = ['kpis', 'matters'] as const;

/** The longest period one request may cover (a year, leap years included). */
export const MAX_RANGE_DAYS = 366;

const isDay = (s: string) => {
  try {
    dayIndex(s);
    return true;
  } catch {
    return false;
  }
};

const bothDays = (q: { from?: unknown; to?: unknown }) =>
  typeof q.from === 'string' && typeof q.to === 'string' && isDay(q.from) && isDay(q.to);

const day = (label: string) =>
  z
    .string({ error: `${label}格式应为 YYYY-MM-DD` })
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式应为 YYYY-MM-DD` }), z.refine<string>(isDay, { error: `${label}不是有效日期` }));

type RawStatsQuery = { from?: string; to?: string };

export const statsQuerySchema = /* @__PURE__ */ lazy(() =>
  z
    .object({
      from: z.optional(day('开始日期')),
      to: z.optional(day('结束日期')),
      unitId: z.union([
        z.optional(z.string({ error: '单位编号格式不正确' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '单位编号格式不正确' }))),
        z.pipe(z.literal(''), z.transform(() => undefined)),
      ], { error: '单位编号格式不正确' }),
      groupBy: z._default(z.enum(GROUP_BYS, { error: '分组应为 unit、parent 或 city' }), 'unit'),
      period: z._default(z.enum(PERIODS, { error: '统计周期应为 day、week 或 month' }), 'day'),
    })
    // zod runs these even when a date above already failed: compare only two valid days (else a 500, not a 400).
    .check(
      z.refine<RawStatsQuery>((q) => !bothDays(q) || q.from! <= q.to!, { error: '开始日期不能晚于结束日期', path: ['from'] }),
      z.refine<RawStatsQuery>((q) => !bothDays(q) || dayIndex(q.to!) - dayIndex(q.from!) < MAX_RANGE_DAYS, {
        error: `统计区间不能超过${MAX_RANGE_DAYS}天`,
        path: ['to'],
      }),
    ),
);
export type StatsQuery = z.output<typeof statsQuerySchema>;

export const exportQuerySchema = /* @__PURE__ */ lazy(() =>
  z.intersection(
    statsQuerySchema,
    z.object({ kind: z.enum(EXPORT_KINDS, { error: '导出类型应为 kpis 或 matters' }) }),
  ),
);
export type ExportQuery = z.output<typeof exportQuerySchema>;
