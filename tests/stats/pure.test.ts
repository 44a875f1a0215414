/**
 * The pure parts of docs/rules.md §6: periods and ISO weeks, the surge rule, KPIs at their edges, what single events add,
 * the gauges, CSV escaping and the redaction of published text. No DynamoDB.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { createMatter, decide } from '../../shared/domain/stateMachine';
import {
  bucketsOf,
  decisionDelta,
  gaugeDelta,
  isoWeekOf,
  kpisOf,
  median,
  shiftWeek,
  surgeVerdict,
  weekMonday,
  zeroCounts,
} from '../../shared/stats';
import { statsQuerySchema } from '../../shared/stats/query';
import { deltaItems } from '../../functions/stats/aggregates';
import { csvDocument, csvField } from '../../functions/stats/export';
import { redact } from '../../functions/stats/open311';
import { center, ctxAt, matterIn, newMatter, unitA } from '../fixtures/matters';

const calendar = loadDefaultCalendar({});

describe('periods', () => {
  it('ISO weeks: Monday to Sunday; the week-year is the Thursday’s', () => {
    expect(isoWeekOf('2026-11-02')).toBe('2026-W45');
    expect(isoWeekOf('2026-11-08')).toBe('2026-W45');
    expect(isoWeekOf('2026-11-09')).toBe('2026-W46');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53'); // 2026 has 53 ISO weeks (1 January 2026 is a Thursday)
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(weekMonday('2026-W45')).toBe('2026-11-02');
    expect(weekMonday('2026-W01')).toBe('2025-12-29');
    expect(shiftWeek('2026-W01', 1)).toBe('2025-W52');
    expect(shiftWeek('2026-W53', -1)).toBe('2027-W01');
  });
  it('buckets are clipped to the range', () => {
    expect(bucketsOf('2026-11-01', '2026-11-10', 'week')).toEqual([
      { key: '2026-W44', from: '2026-11-01', to: '2026-11-01' },
      { key: '2026-W45', from: '2026-11-02', to: '2026-11-08' },
      { key: '2026-W46', from: '2026-11-09', to: '2026-11-10' },
    ]);
    expect(bucketsOf('2026-11-20', '2027-01-02', 'month').map((b) => [b.key, b.from, b.to])).toEqual([
      ['2026-11', '2026-11-20', '2026-11-30'],
      ['2026-12', '2026-12-01', '2026-12-31'],
      ['2027-01', '2027-01-01', '2027-01-02'],
    ]);
    expect(bucketsOf('2026-11-01', '2026-11-03', 'day').map((b) => b.key)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
  });
});

describe('surge rule (CS Art.34(2))', () => {
  it('≥ 2 × the median of the previous 4 weeks and ≥ 5', () => {
    expect(median([1, 2, 1, 1])).toBe(1);
    expect(median([0, 0, 4, 6])).toBe(2);
    expect(median([])).toBe(0);
    expect(surgeVerdict(5, [1, 1, 2, 1])).toEqual({ surge: true, baseline: 1, threshold: 5 });
    expect(surgeVerdict(4, [0, 0, 0, 0])).toEqual({ surge: false, baseline: 0, threshold: 5 });
    expect(surgeVerdict(19, [10, 8, 12, 10])).toEqual({ surge: false, baseline: 10, threshold: 20 });
    expect(surgeVerdict(20, [10, 8, 12, 10]).surge).toBe(true);
    expect(surgeVerdict(5, [2, 3, 2, 2])).toEqual({ surge: true, baseline: 2, threshold: 5 });
  });
});

describe('KPIs', () => {
  it('a rate with nothing to rate is null, not 0 %', () => {
    const k = kpisOf(zeroCounts(), 'unit');
    expect(k).toMatchObject({ received: 0, dispatchOnTimeRate: null, onTimeCompletionRate: null, satisfactionRate: null, avgWorkingDaysToReply: null });
  });
  it('time-outs count as basically satisfied (CS Art.26); the responded-only rate leaves them out', () => {
    const c = { ...zeroCounts(), rated: 4, satisfied: 1, basicallySatisfied: 2, unsatisfied: 1, ratedByTimeout: 2 };
    expect(kpisOf(c, 'city')).toMatchObject({ satisfactionRate: 0.75, satisfactionRateResponded: 0.5 });
  });
});

describe('what a decision adds', () => {
  it('submit: city received and a hot-spot cell; no unit', () => {
    const d = newMatter('2026-11-02 10:00', { policy: 'changsha' });
    const delta = decisionDelta(null, null, d, calendar);
    expect(delta.days).toEqual([{ unitId: null, day: '2026-11-02', counts: { submitted: 1 } }]);
    expect(delta.hotspots).toEqual([{ week: '2026-W45', category: 'complaint', district: '天河区', n: 1 }]);
    expect(delta.gauges).toEqual([]);
  });
  it('dispatch: on time frozen on the event, attributed to the lead unit and the city', () => {
    const m = newMatter('2026-11-02 10:00').matter;
    const d = decide(m, { type: 'dispatch', leadUnitId: 'u-a' }, center, ctxAt('2026-11-04 10:00'));
    const delta = decisionDelta(m, [], d, calendar);
    expect(delta.days).toEqual([
      { unitId: null, day: '2026-11-04', counts: { assigned: 1, dispatched: 1 } },
      { unitId: 'u-a', day: '2026-11-04', counts: { assigned: 1, dispatched: 1 } },
    ]);
  });
  it('a reply without its timeline is counted, but not timed (documented limitation)', () => {
    const m = matterIn('in_progress');
    const d = decide(m, { type: 'reply', process: '现场处理', result: '已处理', handledAt: '2026-11-03T10:00:00+08:00', contactedRequestor: true }, unitA, ctxAt('2026-11-03 11:00'));
    const counts = decisionDelta(m, undefined, d, calendar).days.find((x) => x.unitId === 'u-a')!.counts;
    expect(counts).toEqual({ replied: 1, repliedOnTime: 1 });
  });
  it('a matter that leaves "overdue" takes its gauges with it; an unchanged one writes none', () => {
    const base = matterIn('in_progress', 'changsha');
    const overdue = { ...base, overdue: true, escalation: 2 as const, supervisionLevel: 2 as const };
    const replied = { ...overdue, status: 'awaiting_rating' as const }; // the reply was approved: no longer open
    expect(gaugeDelta(base, overdue)).toEqual([
      { unitId: null, counts: { overdue: 1, escalated2: 1 } },
      { unitId: 'u-a', counts: { overdue: 1, escalated2: 1 } },
    ]);
    expect(gaugeDelta(overdue, replied)).toEqual([
      { unitId: null, counts: { overdue: -1, escalated2: -1 } },
      { unitId: 'u-a', counts: { overdue: -1, escalated2: -1 } },
    ]);
    expect(gaugeDelta(base, { ...base, version: base.version + 1 })).toEqual([]);
  });
  it('the Update items: one per item, ADD only, sharded by matter', () => {
    const d = createMatter(
      { id: 'm-x', trackingNo: 'GZ2611020001', channel: 'wechat', category: 'help', content: '路灯坏了很久没有修，晚上很黑。', district: '天河区', confidential: false, ownerOpenid: 'o' },
      { role: 'citizen', openid: 'o' },
      ctxAt('2026-11-02 10:00'),
    );
    const items = deltaItems('t', 'm-x', decisionDelta(null, null, d, calendar));
    expect(items).toHaveLength(2);
    for (const it of items) expect(it.Update.UpdateExpression).toMatch(/^SET .* ADD #c0 :c0$/);
    expect(items.map((i) => i.Update.Key.pk)).toEqual(['ST#CITY', 'HS#2026-W45']);
    expect(items[0].Update.Key.sk).toMatch(/^D#2026-11-02#\d$/);
  });
});

describe('CSV and published text', () => {
  it('RFC 4180 quoting, formula injection neutralised, BOM and CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('是');
    expect(csvDocument(['甲', '乙'], [[1, '二']])).toBe('\uFEFF甲,乙\r\n1,二\r\n');
  });
  it('phone, ID-card and bank numbers, e-mail, names and street addresses are redacted; dates and short numbers stay', () => {
    const t = redact('电话13812345678，座机020-12345678，身份证44010619900101123X，邮箱a.b@example.com，11月2日3号楼，2026年');
    expect(t).toBe('电话[号码已隐去]，座机[号码已隐去]，身份证[号码已隐去]，邮箱[邮箱已隐去]，11月2日[地址已隐去]，2026年');
    expect(redact('我叫王小明，住天河路385号3栋2单元501室')).toBe('我叫[姓名已隐去]，[地址已隐去][地址已隐去]');
    expect(redact('张先生说李师傅没来，户主姓王，联系人：赵六')).toBe('某先生说某师傅没来，户主[姓名已隐去]，联系人：[姓名已隐去]');
    expect(redact('手机 138 1234 5678')).toBe('手机 [号码已隐去]');
  });
});

describe('query parameters (shared with the dashboard)', () => {
  it.each([
    [{ from: '2026/11/01', to: '2026-11-30' }, 'from', '开始日期格式应为 YYYY-MM-DD'],
    [{ from: '2026-02-30', to: '2026-03-30' }, 'from', '开始日期不是有效日期'],
    [{ from: '2026-11-01', to: '2026-13-01' }, 'to', '结束日期不是有效日期'],
    [{ from: '2026-12-01', to: '2026-11-01' }, 'from', '开始日期不能晚于结束日期'],
    [{ from: '2025-01-01', to: '2026-11-01' }, 'to', '统计区间不能超过366天'],
  ])('%j → a field error, never a throw', (query, field, message) => {
    const r = statsQuerySchema.safeParse(query);
    expect(r.success).toBe(false);
    expect(r.error!.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: [field], message })]));
  });

  it('accepts a valid range and fills the defaults', () => {
    expect(statsQuerySchema.parse({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01', to: '2026-11-30', groupBy: 'unit', period: 'day' });
  });
});
