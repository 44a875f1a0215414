import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ApiError } from '../../../services/api';
import { ADMIN, CENTER, LEAD, UNITS } from '../../__fixtures__/matters';
import { backToQueue, replacePage } from '../../platform/navigation';
import { fetchUnits } from '../../services/api';
import { clearSession, saveSession } from '../../services/session';
import { fetchStats, type StatsRequest, type StatsResponse } from '../../services/stats';
import { centreStats, emptyStats, FROM, series, TO, unitStats } from '../../services/stats.fixtures';
import StaffDashboard from './index';

jest.mock('../../../platform/clock', () => ({ now: () => Date.parse('2026-11-18T10:00:00.000+08:00') }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  backToQueue: jest.fn(async () => undefined),
  openPage: jest.fn(async () => undefined),
  replacePage: jest.fn(async () => undefined),
  usePullDownRefresh: jest.fn(),
  usePageShow: jest.fn(),
  useReachBottom: jest.fn(),
}));
jest.mock('../../services/api', () => ({ ...jest.requireActual('../../services/api'), fetchUnits: jest.fn() }));
jest.mock('../../services/stats', () => ({ ...jest.requireActual('../../services/stats'), fetchStats: jest.fn() }));

const mockStats = fetchStats as jest.MockedFunction<typeof fetchStats>;
const mockUnits = fetchUnits as jest.MockedFunction<typeof fetchUnits>;
const lastRequest = (): StatsRequest => mockStats.mock.calls[mockStats.mock.calls.length - 1][1];
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

async function renderDashboard() {
  await act(async () => {
    render(<StaffDashboard />);
  });
}

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
  mockUnits.mockResolvedValue(UNITS);
});

it('sends a signed-out visitor to sign-in', async () => {
  await renderDashboard();
  expect(text('dash-signed-out')).toContain('请先登录');
  expect(replacePage).toHaveBeenCalledWith('/staff/pages/login/index');
  expect(mockStats).not.toHaveBeenCalled();
});

describe('centre', () => {
  beforeEach(() => saveSession(CENTER));

  it('shows loading, then asks for this month by week for every unit', async () => {
    const d = deferred<StatsResponse>();
    mockStats.mockReturnValueOnce(d.promise);
    render(<StaffDashboard />);
    expect(text('dash-loading')).toContain('正在加载统计数据');
    expect(screen.getByTestId('dash-refresh').hasAttribute('disabled')).toBe(true);
    expect(mockStats).toHaveBeenCalledWith(CENTER, { from: '2026-11-01', to: '2026-11-18', period: 'week', groupBy: 'unit' });
    await act(async () => d.resolve(centreStats()));
    expect(screen.queryByTestId('dash-loading')).toBeNull();
    expect(screen.getByTestId('dash-content')).toBeTruthy();
  });

  it('shows the city headline, the trend, supervision, units and the heat map from the response', async () => {
    mockStats.mockResolvedValue(centreStats());
    await renderDashboard();

    expect(text('dash-scope')).toBe(`全市 · ${FROM} 至 ${TO}`);
    expect(text('kpi-received')).toContain('受理量');
    expect(text('kpi-received-value')).toBe('20 件');
    expect(text('kpi-ontime-value')).toBe('55.6%');
    expect(text('kpi-ontime')).toContain('按时答复 5 件 / 答复 9 件');
    expect(text('kpi-satisfaction-value')).toBe('83.3%');
    expect(text('kpi-overdue-value')).toBe('3 件');
    expect(text('kpi-supervision-value')).toBe('2 次');
    expect(text('kpi-supervision')).toContain('催办 1 · 督办 1 · 督查 0');
    expect(text('kpi-avgdays-value')).toBe('4.22 个工作日');

    // Trend: one row per week, each bar with its number; a week without replies says 暂无数据.
    const trend = within(screen.getByTestId('dash-trend'));
    expect(trend.getByTestId('dash-trend-2026-W45').textContent).toContain('第45周 11-02~11-08');
    expect(text('dash-trend-2026-W45-ontime-value')).toContain('42.9%'); // 3 of 7 replies
    expect(text('dash-trend-2026-W45-satisfaction-value')).toContain('100.0%');
    expect(text('dash-trend-2026-W44-ontime-value')).toContain('暂无数据');
    expect(text('dash-trend-2026-W44-ontime-value')).not.toMatch(/%/);

    // Now and in the period.
    expect(text('now-overdue')).toBe('超期未办结：3 件');
    expect(text('now-awaitingDispatchOverdue')).toBe('超期未转派：1 件');
    expect(text('period-level2')).toBe('督办：1 次');
    expect(
      within(screen.getByTestId('dash-supervision-units'))
        .getAllByLabelText(/超期/)
        .map((el) => el.getAttribute('data-testid')),
    ).toEqual(['supervision-unit-th-city', 'supervision-unit-th-water', 'supervision-unit-yx-city']);
    expect(text('supervision-unit-th-city-value')).toBe('超期 2 件 · 督办 1 次');

    // Units: busiest first; a unit without replies or ratings reads 暂无数据, not 0%; the quiet one is folded away.
    expect(text('unit-th-city-ontime-value')).toContain('80.0%');
    expect(text('unit-th-city-satisfaction-value')).toContain('75.0%');
    expect(text('unit-yx-city-ontime-value')).toContain('25.0%');
    expect(text('unit-th-water-ontime-value')).toContain('暂无数据');
    expect(text('unit-th-water-satisfaction-value')).toContain('暂无数据');
    expect(text('unit-th-water-ontime-value')).not.toMatch(/0\.0%/);
    expect(screen.queryByTestId('unit-th-gov')).toBeNull();
    expect(text('dash-units-hidden')).toContain('另有 1 个单位');
    fireEvent.click(screen.getByTestId('dash-units-all'));
    expect(screen.getByTestId('unit-th-gov')).toBeTruthy();
    fireEvent.click(screen.getByTestId('unit-th-city-trend'));
    expect(text('unit-th-city-buckets-2026-W46-ontime-value')).toContain('100.0%');
    expect(text('unit-th-city-buckets-2026-W46-satisfaction-value')).toContain('50.0%');

    // Heat map: counts in every cell, the surge said in words.
    expect(text('heat-天河区-complaint')).toBe('6激增');
    expect(screen.getByTestId('heat-天河区-complaint').getAttribute('aria-label')).toBe('天河区 投诉 6 件，激增（第47周（11-16起））');
    expect(text('heat-天河区-help')).toBe('3');
    expect(text('heat-天河区-report')).toBe('0');
    expect(text('heat-越秀区-complaint')).toBe('1');
    expect(text('heat-天河区-total')).toBe('9');
    expect(screen.getAllByRole('row').map((r) => r.getAttribute('data-testid')).filter(Boolean)).toEqual(['heat-row-天河区', 'heat-row-越秀区']);
    expect(text('surge-2026-W47-complaint-天河区')).toContain('天河区 投诉：6 件（前4周中位数 1 件，激增线 5 件），2026-11-17 10:15 启动督办');
    fireEvent.click(screen.getByTestId('heat-week-2026-W46'));
    expect(text('heat-天河区-complaint')).toBe('0');
    expect(text('heat-天河区-help')).toBe('3');
    expect(screen.queryByTestId('heat-row-越秀区')).toBeNull();
  });

  it('shows 暂无数据 for null rates, never 0%', async () => {
    const s = (scope: 'city' | 'unit', unitId: string | null, name: string) =>
      series({ scope, unitId, name, perBucket: { '2026-W45': { submitted: 4, assigned: 2 } }, current: { overdue: 1 } }, FROM, TO, 'week');
    mockStats.mockResolvedValue(centreStats({ city: s('city', null, '全市'), series: [s('unit', 'th-city', '天河区城市管理和综合执法局')] }));
    await renderDashboard();
    expect(text('kpi-received-value')).toBe('4 件');
    for (const k of ['ontime', 'satisfaction', 'dispatch', 'rehandling', 'avgdays']) expect(text(`kpi-${k}-value`)).toBe('暂无数据');
    // A real 0 stays 0%: two matters assigned, none extended.
    expect(text('kpi-extension-value')).toBe('0.0%');
    expect(text('unit-th-city-ontime-value')).toBe('暂无数据答复 0 件');
  });

  it('says when there is nothing in the period', async () => {
    mockStats.mockResolvedValue(emptyStats());
    await renderDashboard();
    expect(text('dash-empty')).toContain('2026-11-01 至 2026-11-18 没有统计数据');
    expect(screen.queryByTestId('dash-content')).toBeNull();
    expect(screen.getByTestId('dash-preset-lastMonth')).toBeTruthy();
  });

  it("shows the backend's message on failure, and retries", async () => {
    mockStats.mockRejectedValueOnce(new ApiError('VALIDATION_FAILED', '统计结果过大，请缩短时间区间、改用按周或按月统计，或指定单位', 400));
    await renderDashboard();
    expect(text('dash-error')).toContain('统计数据加载失败');
    expect(text('dash-error')).toContain('统计结果过大');
    mockStats.mockResolvedValueOnce(centreStats());
    await act(async () => fireEvent.click(screen.getByTestId('dash-retry')));
    expect(screen.queryByTestId('dash-error')).toBeNull();
    expect(text('kpi-ontime-value')).toBe('55.6%');
    expect(mockStats).toHaveBeenCalledTimes(2);
  });

  it('a lapsed session asks to sign in again', async () => {
    mockStats.mockRejectedValueOnce(new ApiError('UNAUTHENTICATED', '登录已过期', 401));
    await renderDashboard();
    expect(text('dash-signed-out')).toContain('登录已过期，请重新登录');
  });

  it('changes the period, the buckets, the grouping and the unit', async () => {
    mockStats.mockResolvedValue(centreStats());
    await renderDashboard();
    await act(async () => fireEvent.click(screen.getByTestId('dash-preset-lastMonth')));
    expect(lastRequest()).toEqual({ from: '2026-10-01', to: '2026-10-31', period: 'week', groupBy: 'unit' });
    expect(screen.getByTestId('dash-preset-lastMonth').getAttribute('aria-checked')).toBe('true');
    expect(text('dash-preset-lastMonth')).toBe('✓ 上月');
    await act(async () => fireEvent.click(screen.getByTestId('dash-preset-thisWeek')));
    expect(lastRequest()).toMatchObject({ from: '2026-11-16', to: '2026-11-18', period: 'day' });
    await act(async () => fireEvent.click(screen.getByTestId('dash-period-week')));
    expect(lastRequest()).toMatchObject({ period: 'week' });
    await act(async () => fireEvent.click(screen.getByTestId('dash-group-parent')));
    expect(lastRequest()).toMatchObject({ groupBy: 'parent' });
    // Units are offered sorted as the API gives them, after 全部单位.
    const select = screen.getByTestId('dash-unit-picker') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['', '全部单位（全市）', ...UNITS.map((u) => u.name)]);
    await act(async () => fireEvent.change(select, { target: { value: '4' } }));
    expect(lastRequest()).toMatchObject({ unitId: 'yx-city' });
    expect(text('dash-unit-current')).toContain('越秀区城市管理和综合执法局');
    await act(async () => fireEvent.click(screen.getByTestId('dash-unit-clear')));
    expect(lastRequest().unitId).toBeUndefined();
  });

  it('a chosen unit becomes the headline, without the unit list', async () => {
    mockStats.mockResolvedValue(centreStats());
    await renderDashboard();
    mockStats.mockResolvedValue(centreStats({ series: [centreStats().series[0]] }));
    await act(async () => fireEvent.click(screen.getByTestId('unit-th-city-only')));
    expect(lastRequest()).toMatchObject({ unitId: 'th-city' });
    expect(text('dash-scope')).toContain('天河区城市管理和综合执法局');
    expect(text('kpi-received')).toContain('承办量');
    expect(text('kpi-received-value')).toBe('7 件');
    expect(text('kpi-ontime-value')).toBe('80.0%');
    expect(screen.queryByTestId('dash-units')).toBeNull();
  });

  it('checks a custom range before asking, with the same messages as the backend', async () => {
    mockStats.mockResolvedValue(centreStats());
    await renderDashboard();
    fireEvent.click(screen.getByTestId('dash-preset-custom'));
    const calls = mockStats.mock.calls.length;
    fireEvent.change(screen.getByTestId('dash-from'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByTestId('dash-to'), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByTestId('dash-custom-apply'));
    expect(text('dash-custom-error')).toBe('开始日期不能晚于结束日期');
    expect(mockStats.mock.calls.length).toBe(calls);
    fireEvent.change(screen.getByTestId('dash-from'), { target: { value: '2026-01-01' } });
    await act(async () => fireEvent.click(screen.getByTestId('dash-custom-apply')));
    expect(screen.queryByTestId('dash-custom-error')).toBeNull();
    expect(lastRequest()).toMatchObject({ from: '2026-01-01', to: '2026-11-30', period: 'month' });
  });

  it('refreshes with the button and goes back to the queue', async () => {
    mockStats.mockResolvedValue(centreStats());
    await renderDashboard();
    await act(async () => fireEvent.click(screen.getByTestId('dash-refresh')));
    expect(mockStats).toHaveBeenCalledTimes(2);
    expect(text('dash-refresh')).toBe('刷新');
    fireEvent.click(screen.getByTestId('dash-back'));
    expect(backToQueue).toHaveBeenCalledWith(false);
  });
});

it('admin sees the city and may pick any unit', async () => {
  saveSession(ADMIN);
  mockStats.mockResolvedValue(centreStats());
  await renderDashboard();
  expect(text('dash-scope')).toContain('全市');
  expect(screen.getByTestId('dash-unit-filter')).toBeTruthy();
  expect(screen.getByTestId('dash-heatmap')).toBeTruthy();
});

describe('unit clerk', () => {
  beforeEach(() => saveSession(LEAD));

  it('sees its own unit only: no unit picker, grouping, unit list or heat map', async () => {
    mockStats.mockResolvedValue(unitStats());
    await renderDashboard();
    expect(mockUnits).not.toHaveBeenCalled();
    expect(screen.queryByTestId('dash-unit-filter')).toBeNull();
    expect(screen.queryByTestId('dash-unit-picker')).toBeNull();
    expect(screen.queryByTestId('dash-group-parent')).toBeNull();
    expect(screen.queryByTestId('dash-units')).toBeNull();
    expect(screen.queryByTestId('dash-heatmap')).toBeNull();
    expect(screen.queryByTestId('dash-supervision-units')).toBeNull();
    expect(screen.queryByText(/越秀区/)).toBeNull();
    expect(text('dash-own-unit')).toBe('统计范围本单位：天河区城市管理和综合执法局');
    expect(text('dash-who')).toContain('（天河区城市管理和综合执法局）');
    expect(text('dash-scope')).toBe(`天河区城市管理和综合执法局 · ${FROM} 至 ${TO}`);
    expect(text('kpi-received')).toContain('承办量');
    expect(text('kpi-received-value')).toBe('7 件');
    expect(text('kpi-ontime-value')).toBe('80.0%');
    expect(text('kpi-satisfaction-value')).toBe('75.0%');
    expect(text('kpi-overdue-value')).toBe('2 件');
    expect(screen.queryByTestId('now-awaitingDispatchOverdue')).toBeNull();
    expect(mockStats).toHaveBeenCalledWith(LEAD, { from: '2026-11-01', to: '2026-11-18', period: 'week', groupBy: 'unit' });
  });

  it("shows the backend's refusal as an error with a retry", async () => {
    mockStats.mockRejectedValueOnce(new ApiError('FORBIDDEN', '只能查看本单位的统计', 403));
    await renderDashboard();
    expect(text('dash-error')).toContain('只能查看本单位的统计');
    expect(screen.getByTestId('dash-retry')).toBeTruthy();
  });
});
