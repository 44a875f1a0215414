/**
 * GET /v1/stats/export?kind=kpis|matters — CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, so Excel opens the
 * Chinese headers correctly. The matters export carries no personal data: no contact, no content, no title, no address
 * (citizens write names and numbers into free text), and confidential matters appear like any other, without identity
 * (WF Art.11, CS Art.15) — nothing here opens the sealed contact details.
 */
import { DomainError } from '../../shared/domain/errors';
import { CATEGORY_LABELS, RATING_LABELS, STATUS_LABELS } from '../../shared/domain/labels';
import type { Actor, Matter } from '../../shared/domain/types';
import { exportQuerySchema } from '../../shared/stats/query';
import { parseOrThrow } from '../../shared/schemas';
import type { Unit } from '../api/directory';
import type { StatsReader } from './reader';
import { resolveQuery, type Series, type StatsService } from './service';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const BOM = '\uFEFF';
/** Larger exports must be split by date: a Lambda response is at most 6 MB. */
export const MAX_EXPORT_ROWS = 20_000;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe
 * (CSV injection); numbers stay numbers.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (fields: unknown[]): string => fields.map(csvField).join(',');
export const csvDocument = (header: string[], rows: unknown[][]): string => BOM + [csvRow(header), ...rows.map(csvRow)].join('\r\n') + '\r\n';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 10_000) / 100);

export const KPI_CSV_HEADER = [
  '周期',
  '开始日期',
  '结束日期',
  '范围',
  '单位编号',
  '单位名称',
  '受理/承办量',
  '转派件数',
  '按时转派率(%)',
  '答复件数',
  '按时办结率(%)',
  '延期率(%)',
  '退回率(%)',
  '重办率(%)',
  '催办',
  '督办',
  '督查',
  '不满意督办',
  '评价件数',
  '满意',
  '基本满意',
  '不满意',
  '超时默认基本满意',
  '申诉核减',
  '满意率(%)',
  '满意率-不含超时(%)',
  '平均答复用时(工作日)',
];

const SCOPE_LABELS: Record<Series['scope'], string> = { city: '全市', unit: '单位', parent: '上级单位（含下属）' };

export function kpiRows(series: Series[], buckets: Array<{ key: string; from: string; to: string }>): unknown[][] {
  const rows: unknown[][] = [];
  for (const s of series) {
    const cells = [...s.buckets.map((c, i) => ({ c, from: buckets[i].from, to: buckets[i].to })), { c: s.totals, from: buckets[0].from, to: buckets[buckets.length - 1].to }];
    for (const { c, from, to } of cells) {
      const k = c.kpis;
      const n = c.counts;
      rows.push([
        c.key === 'total' ? '合计' : c.key,
        from,
        to,
        SCOPE_LABELS[s.scope],
        s.unitId ?? '',
        s.name,
        k.received,
        n.dispatched,
        pct(k.dispatchOnTimeRate),
        n.replied,
        pct(k.onTimeCompletionRate),
        pct(k.extensionRate),
        pct(k.returnRate),
        pct(k.rehandlingRate),
        k.supervision.level1,
        k.supervision.level2,
        k.supervision.level3,
        k.supervision.unsatisfiedAfterRehandling,
        n.rated,
        n.satisfied,
        n.basicallySatisfied,
        n.unsatisfied,
        n.ratedByTimeout,
        n.excluded,
        pct(k.satisfactionRate),
        pct(k.satisfactionRateResponded),
        k.avgWorkingDaysToReply,
      ]);
    }
  }
  return rows;
}

export const MATTER_CSV_HEADER = [
  '受理编号',
  '受理时间',
  '渠道',
  '类别',
  '所在区',
  '状态',
  '主办单位',
  '协办单位',
  '是否超期',
  '督办级别',
  '延期次数',
  '退回次数',
  '重办次数',
  '疑难',
  '长期办理',
  '办理时限',
  '答复时间',
  '评价',
  '评价来源',
  '申诉核减',
  '保密',
  '最后更新',
];

const SOURCE_LABELS: Record<string, string> = { requestor: '诉求人', callback: '回访', timeout: '超时默认' };

/** One row per matter — deliberately without content, title, address, location, attachments or contact. */
export function matterRow(m: Matter, names: ReadonlyMap<string, string>): unknown[] {
  const unit = (id: string) => names.get(id) ?? id;
  return [
    m.trackingNo,
    m.createdAt,
    m.channel === 'phone' ? '电话' : '微信',
    CATEGORY_LABELS[m.category] ?? m.category,
    m.district,
    STATUS_LABELS[m.status] ?? m.status,
    m.leadUnitId ? unit(m.leadUnitId) : '',
    m.coUnitIds.map(unit).join('、'),
    m.overdue,
    m.supervisionLevel,
    m.counts.extensions,
    m.counts.returns,
    m.counts.rehandles,
    m.difficult,
    m.longTerm,
    m.deadlines.handleBy?.at ?? '',
    m.reply?.at ?? '',
    m.rating ? RATING_LABELS[m.rating.result] : '',
    m.rating ? SOURCE_LABELS[m.rating.source] ?? m.rating.source : '',
    m.rating?.excluded === true,
    m.confidential,
    m.updatedAt,
  ];
}

export interface ExportDeps {
  service: StatsService;
  reader: StatsReader;
  units: (now: number) => Promise<Map<string, Unit>>;
}

export async function exportCsv(d: ExportDeps, actor: Actor, raw: Record<string, string | undefined>, now: number): Promise<{ filename: string; body: string }> {
  const { kind } = parseOrThrow(exportQuerySchema, raw);
  const q = resolveQuery(actor, raw, now);
  if (kind === 'kpis') {
    const s = await d.service.stats(actor, raw, now);
    const series = s.city && s.groupBy !== 'city' ? [s.city, ...s.series] : s.series;
    return { filename: `kpis_${q.from}_${q.to}_${q.groupBy}_${q.period}.csv`, body: csvDocument(KPI_CSV_HEADER, kpiRows(series, s.buckets)) };
  }
  const units = await d.units(now);
  if (q.unitId && !units.has(q.unitId)) throw new DomainError('VALIDATION_FAILED', `单位不存在：${q.unitId}`, [{ field: 'unitId', message: '未知单位' }]);
  const { matters, truncated } = await d.reader.mattersCreated({ from: q.from, to: q.to, unitId: q.unitId ?? null, max: MAX_EXPORT_ROWS });
  if (truncated) {
    throw new DomainError('VALIDATION_FAILED', `导出的诉求超过${MAX_EXPORT_ROWS}件，请缩短日期区间后分次导出`, [{ field: 'to', message: '区间内诉求过多' }]);
  }
  const names = new Map([...units.values()].map((u) => [u.id, u.name]));
  return { filename: `matters_${q.from}_${q.to}${q.unitId ? `_${q.unitId}` : ''}.csv`, body: csvDocument(MATTER_CSV_HEADER, matters.map((m) => matterRow(m, names))) };
}
