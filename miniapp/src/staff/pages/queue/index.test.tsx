import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ApiError } from '../../../services/api';
import { ADMIN, CENTER, LEAD, UNITS, inDays, queueItem } from '../../__fixtures__/matters';
import { openPage, replacePage, usePageShow } from '../../platform/navigation';
import { fetchQueue, fetchUnits } from '../../services/api';
import { clearSession, loadSession, saveSession } from '../../services/session';
import type { QueuePage } from '../../../../../shared/views';
import StaffQueue from './index';

jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  openPage: jest.fn(async () => undefined),
  replacePage: jest.fn(async () => undefined),
  usePullDownRefresh: jest.fn(),
  usePageShow: jest.fn(),
  useReachBottom: jest.fn(),
}));
jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  fetchQueue: jest.fn(),
  fetchUnits: jest.fn(),
}));

const mockQueue = fetchQueue as jest.MockedFunction<typeof fetchQueue>;
const mockUnits = fetchUnits as jest.MockedFunction<typeof fetchUnits>;

const page = (items = [queueItem()], cursor: string | null = null): QueuePage => ({ items, cursor });
/** A promise the test resolves later, to see the loading state. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function renderQueue() {
  await act(async () => {
    render(<StaffQueue />);
  });
}
const lastFilter = () => mockQueue.mock.calls[mockQueue.mock.calls.length - 1][1];

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
  mockUnits.mockResolvedValue(UNITS);
});

it('sends a signed-out visitor to sign-in', async () => {
  await renderQueue();
  expect(screen.getByTestId('queue-signed-out').textContent).toContain('请先登录');
  expect(replacePage).toHaveBeenCalledWith('/staff/pages/login/index');
  expect(mockQueue).not.toHaveBeenCalled();
});

describe('centre', () => {
  beforeEach(() => saveSession(CENTER));

  it('shows loading, then rows with words for status, countdown and badges', async () => {
    const d = deferred<QueuePage>();
    mockQueue.mockReturnValueOnce(d.promise);
    render(<StaffQueue />);
    expect(screen.getByTestId('queue-loading').textContent).toContain('正在加载');
    expect(lastFilter()).toEqual({ status: 'received', overdue: undefined, supervisionLevel: undefined });

    await act(async () =>
      d.resolve(
        page([
          queueItem({ id: 'calm', trackingNo: 'GZ2611220001', deadlines: { dispatchBy: inDays(7), checkBy: null, handleBy: null, rateBy: null } }),
          queueItem({
            id: 'hot',
            trackingNo: 'GZ2611220002',
            category: 'complaint',
            district: '越秀区',
            overdue: true,
            supervisionLevel: 2,
            difficult: true,
            rehandling: true,
            longTerm: true,
            deadlines: { dispatchBy: null, checkBy: null, handleBy: inDays(-3), rateBy: null },
            leadUnit: { id: 'th-city', name: '天河区城市管理和综合执法局' },
          }),
        ]),
      ),
    );

    const rows = within(screen.getByTestId('queue-list')).getAllByRole('link');
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['queue-row-hot', 'queue-row-calm']);
    const hot = within(rows[0]);
    expect(hot.getByTestId('row-tracking').textContent).toBe('GZ2611220002');
    expect(hot.getByTestId('row-status').textContent).toBe('已受理');
    expect(hot.getByTestId('row-meta').textContent).toBe('投诉 · 越秀区 · 主办：天河区城市管理和综合执法局');
    expect(hot.getByTestId('row-deadline').textContent).toMatch(/^办理期限：已超期/);
    expect(hot.getByTestId('badge-supervision').textContent).toBe('督办级别：督办');
    expect(hot.getByTestId('badge-difficult').textContent).toBe('疑难');
    expect(hot.getByTestId('badge-rehandling').textContent).toBe('重办');
    expect(hot.getByTestId('badge-longTerm').textContent).toBe('长期办理');
    expect(within(rows[1]).getByTestId('row-deadline').textContent).toMatch(/^转交承办单位期限：还剩 \d+ 个工作日$/);

    fireEvent.click(rows[0]);
    expect(openPage).toHaveBeenCalledWith('/staff/pages/matter/index?id=hot&from=queue');
  });

  it('switches partitions with the tabs and filters by overdue and supervision level', async () => {
    mockQueue.mockResolvedValue(page());
    await renderQueue();
    await act(async () => fireEvent.click(screen.getByTestId('queue-tab-return_requested')));
    expect(lastFilter()).toMatchObject({ status: 'return_requested' });
    expect(screen.getByTestId('queue-tab-return_requested').getAttribute('aria-selected')).toBe('true');
    await act(async () => fireEvent.click(screen.getByTestId('filter-overdue-only')));
    expect(lastFilter()).toEqual({ status: 'return_requested', overdue: true, supervisionLevel: undefined });
    await act(async () => fireEvent.click(screen.getByTestId('filter-level-2')));
    expect(lastFilter()).toEqual({ status: 'return_requested', overdue: true, supervisionLevel: 2 });
    expect(screen.getAllByRole('tab').map((t) => t.textContent?.replace('当前', ''))).toEqual([
      '待转派',
      '退回审核',
      '办结审核',
      '办理中',
      '已转派',
      '待评价',
      '已办结',
    ]);
  });

  it('says when nothing matches, and how to widen the filter', async () => {
    mockQueue.mockResolvedValue(page([]));
    await renderQueue();
    expect(screen.getByTestId('queue-empty').textContent).toContain('“待转派”中没有诉求');
    await act(async () => fireEvent.click(screen.getByTestId('filter-overdue-only')));
    expect(screen.getByTestId('queue-empty').textContent).toContain('没有符合筛选条件的诉求');
  });

  it("shows the backend's message on failure, and retries", async () => {
    mockQueue.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', '网络连接失败，请检查网络后重试', 0));
    await renderQueue();
    expect(screen.getByTestId('queue-error').textContent).toContain('网络连接失败，请检查网络后重试');
    mockQueue.mockResolvedValueOnce(page());
    await act(async () => fireEvent.click(screen.getByTestId('queue-retry')));
    expect(screen.getByTestId('queue-list')).toBeTruthy();
  });

  it('loads more with the cursor and refreshes with the button', async () => {
    mockQueue.mockResolvedValueOnce(page([queueItem({ id: 'a' })], 'c1'));
    await renderQueue();
    expect(screen.getByTestId('queue-count').textContent).toContain('已加载 1 件（还有更多）');
    mockQueue.mockResolvedValueOnce(page([queueItem({ id: 'b' })], null));
    await act(async () => fireEvent.click(screen.getByTestId('queue-more')));
    expect(mockQueue.mock.calls[1][2]).toBe('c1');
    expect(screen.getAllByRole('link')).toHaveLength(2);
    expect(screen.getByTestId('queue-end').textContent).toBe('已全部加载');

    mockQueue.mockResolvedValueOnce(page([queueItem({ id: 'c' })]));
    await act(async () => fireEvent.click(screen.getByTestId('queue-refresh')));
    expect(mockQueue.mock.calls[2][2]).toBeUndefined();
    expect(screen.getAllByRole('link').map((r) => r.getAttribute('data-testid'))).toEqual(['queue-row-c']);
  });

  it('keeps the rows when loading more fails, and says why', async () => {
    mockQueue.mockResolvedValueOnce(page([queueItem({ id: 'a' })], 'c1'));
    await renderQueue();
    mockQueue.mockRejectedValueOnce(new ApiError('UNAVAILABLE', '服务繁忙，请稍后重试', 503));
    await act(async () => fireEvent.click(screen.getByTestId('queue-more')));
    expect(screen.getByTestId('queue-more-error').textContent).toContain('服务繁忙，请稍后重试');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('an expired sign-in drops the session and says so', async () => {
    mockQueue.mockRejectedValueOnce(new ApiError('UNAUTHENTICATED', '登录已失效，请重新登录', 401));
    await renderQueue();
    expect(screen.getByTestId('queue-signed-out').textContent).toContain('登录已过期');
    expect(loadSession()).toBeUndefined();
    fireEvent.click(screen.getByTestId('queue-login'));
    expect(replacePage).toHaveBeenCalledWith('/staff/pages/login/index');
  });

  it('reloads when the page is shown again (back from a matter), not on the first show', async () => {
    const first = deferred<QueuePage>();
    mockQueue.mockReturnValueOnce(first.promise).mockResolvedValue(page());
    const shows: Array<() => void> = [];
    (usePageShow as jest.Mock).mockImplementation((cb: () => void) => shows.push(cb));
    render(<StaffQueue />);
    act(() => shows[shows.length - 1]()); // the first show, while the first load runs
    expect(mockQueue).toHaveBeenCalledTimes(1);
    await act(async () => first.resolve(page()));
    await act(async () => shows[shows.length - 1]());
    expect(mockQueue).toHaveBeenCalledTimes(2);
  });

  it('signs out', async () => {
    mockQueue.mockResolvedValue(page());
    await renderQueue();
    await act(async () => fireEvent.click(screen.getByTestId('queue-signout')));
    expect(loadSession()).toBeUndefined();
    expect(replacePage).toHaveBeenCalledWith('/staff/pages/login/index');
  });
});

describe('unit', () => {
  beforeEach(() => saveSession(LEAD));

  it('shows its own queue (all statuses by default) and its unit name', async () => {
    mockQueue.mockResolvedValue(page([queueItem({ status: 'dispatched', statusLabel: '已转派' })]));
    await renderQueue();
    expect(lastFilter()).toEqual({ status: undefined, overdue: undefined, supervisionLevel: undefined });
    expect(screen.getByTestId('queue-who').textContent).toContain('天河区城市管理和综合执法局');
    expect(screen.getByTestId('queue-tab-all').getAttribute('aria-selected')).toBe('true');
    await act(async () => fireEvent.click(screen.getByTestId('queue-tab-dispatched')));
    expect(lastFilter()).toMatchObject({ status: 'dispatched' });
    await act(async () => fireEvent.click(screen.getByTestId('filter-level-1')));
    expect(lastFilter()).toEqual({ status: 'dispatched', overdue: undefined, supervisionLevel: 1 });
  });
});

it('admin sees the centre partitions', async () => {
  saveSession(ADMIN);
  mockQueue.mockResolvedValue(page([]));
  await renderQueue();
  expect(screen.getByTestId('queue-tab-received')).toBeTruthy();
  expect(lastFilter()).toMatchObject({ status: 'received' });
});
