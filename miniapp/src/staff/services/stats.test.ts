/** GET /v1/stats over the request adapter, period presets, rate wording and the heat-map grid. */
import { request } from '../../platform/request';
import { CENTER, LEAD } from '../__fixtures__/matters';
import { centreStats } from './stats.fixtures';
import { bucketLabel, defaultPeriod, fetchStats, formatRate, heatMap, presetRange, shade, validateRange } from './stats';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
const mockRequest = request as jest.MockedFunction<typeof request>;

beforeEach(() => mockRequest.mockReset());

it('fetchStats sends the range, period, grouping and unit with the token', async () => {
  mockRequest.mockResolvedValueOnce({ status: 200, data: centreStats() });
  const r = await fetchStats(CENTER, { from: '2026-11-01', to: '2026-11-18', period: 'week', groupBy: 'parent', unitId: 'th-gov' });
  expect(r.city?.name).toBe('全市');
  expect(mockRequest.mock.calls[0][0].url).toMatch(/\/v1\/stats\?from=2026-11-01&to=2026-11-18&period=week&groupBy=parent&unitId=th-gov$/);
  expect(mockRequest.mock.calls[0][0].headers).toMatchObject({ Authorization: 'Bearer tok-center' });
});

it('fetchStats asks for the own unit only for unit staff, whatever the page passes', async () => {
  mockRequest.mockResolvedValueOnce({ status: 200, data: centreStats() });
  await fetchStats(LEAD, { from: '2026-11-01', to: '2026-11-18', period: 'day', groupBy: 'parent', unitId: 'yx-city' });
  expect(mockRequest.mock.calls[0][0].url).toMatch(/groupBy=unit&unitId=th-city$/);
});

it("fetchStats passes the backend's error and refuses a malformed body", async () => {
  mockRequest.mockResolvedValueOnce({ status: 403, data: { error: { code: 'FORBIDDEN', message: '只能查看本单位的统计' } } });
  await expect(fetchStats(LEAD, { from: '2026-11-01', to: '2026-11-18', period: 'week', groupBy: 'unit' })).rejects.toMatchObject({
    code: 'FORBIDDEN',
    message: '只能查看本单位的统计',
  });
  mockRequest.mockResolvedValueOnce({ status: 200, data: '<html>' });
  await expect(fetchStats(CENTER, { from: '2026-11-01', to: '2026-11-18', period: 'week', groupBy: 'unit' })).rejects.toMatchObject({
    code: 'UNEXPECTED_RESPONSE',
  });
});

it('presets cover whole weeks and months up to today (Shanghai days)', () => {
  const today = '2026-11-18'; // a Wednesday
  expect(presetRange('thisWeek', today)).toEqual({ from: '2026-11-16', to: '2026-11-18' });
  expect(presetRange('lastWeek', today)).toEqual({ from: '2026-11-09', to: '2026-11-15' });
  expect(presetRange('thisMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-18' });
  expect(presetRange('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  expect(presetRange('lastMonth', '2026-03-05')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  expect(presetRange('last30', today)).toEqual({ from: '2026-10-20', to: '2026-11-18' });
  expect(presetRange('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-11-18' });
  expect(presetRange('thisWeek', '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' }); // Sunday
  expect([defaultPeriod('2026-11-16', '2026-11-22'), defaultPeriod('2026-10-01', '2026-10-31'), defaultPeriod('2026-01-01', '2026-11-18')]).toEqual([
    'day',
    'week',
    'month',
  ]);
});

it("validates a custom range with the backend's schema and messages", () => {
  expect(validateRange('2026-11-01', '2026-11-30')).toBeNull();
  expect(validateRange('2026/11/01', '2026-11-30')).toBe('开始日期格式应为 YYYY-MM-DD');
  expect(validateRange('2026-02-30', '2026-03-01')).toBe('开始日期不是有效日期');
  expect(validateRange('2026-12-01', '2026-11-30')).toBe('开始日期不能晚于结束日期');
  expect(validateRange('2025-01-01', '2026-11-30')).toBe('统计区间不能超过366天');
});

it('writes rates with one decimal and null as 暂无数据', () => {
  expect([formatRate(0.8571), formatRate(1), formatRate(0), formatRate(null)]).toEqual(['85.7%', '100.0%', '0.0%', '暂无数据']);
  expect(bucketLabel({ key: '2026-W45', from: '2026-11-02', to: '2026-11-08' }, 'week')).toBe('第45周 11-02~11-08');
  expect(bucketLabel({ key: '2026-11-03', from: '2026-11-03', to: '2026-11-03' }, 'day')).toBe('11-03 周二');
  expect(bucketLabel({ key: '2026-11', from: '2026-11-01', to: '2026-11-18' }, 'month')).toBe('2026年11月');
});

it('builds the district × category grid, summed over weeks or for one week, with surges', () => {
  const hs = centreStats().hotspots!;
  const all = heatMap(hs, null);
  expect(all.categories.map((c) => c.label)).toEqual(['咨询', '求助', '投诉', '举报', '建议']);
  expect(all.rows.map((r) => [r.district, r.total])).toEqual([
    ['天河区', 9],
    ['越秀区', 3],
  ]);
  const complaint = all.rows[0].cells.find((c) => c.category === 'complaint')!;
  expect(complaint).toMatchObject({ count: 6, surgeWeeks: ['2026-W47'], level: 4 });
  expect(all.rows[0].cells.find((c) => c.category === 'report')).toMatchObject({ count: 0, level: 0, surgeWeeks: [] });
  const w46 = heatMap(hs, '2026-W46');
  expect(w46.rows.map((r) => r.district)).toEqual(['天河区']);
  expect(w46.rows[0].cells.find((c) => c.category === 'complaint')?.count).toBe(0);
  expect([shade(1, 6), shade(3, 6), shade(5, 6), shade(6, 6), shade(0, 6)]).toEqual([1, 2, 4, 4, 0]);
});
