import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Matters from './index';
import { NetworkError, request, type HttpResponse } from '../../platform/request';
import { navigateTo, redirectTo } from '../../platform/navigation';
import { stopPullDownRefresh } from '../../platform/lifecycle';
import {
  apiError,
  callsTo,
  deferred,
  fakeBackend,
  ok,
  resetStorage,
  setElderModeStored,
  signedInCitizen,
} from '../../services/testing/fakeBackend';
import { makeMatter, summaryOf } from '../../services/testing/fixtures';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
}));
jest.mock('../../platform/toast', () => ({ showToast: jest.fn() }));
// Fixed "now": Mon 16 Nov 2026, 10:00 in Shanghai.
jest.mock('../../platform/clock', () => ({ now: () => Date.parse('2026-11-16T10:00:00+08:00') }));
// Lifecycle hooks: keep the page's callbacks so the test can pull down / reach the bottom / come back.
const lifecycle: { pull?: () => void; bottom?: () => void; show?: () => void } = {};
jest.mock('../../platform/lifecycle', () => ({
  useOnPullDownRefresh: (cb: () => void) => {
    lifecycle.pull = cb;
  },
  useOnReachBottom: (cb: () => void) => {
    lifecycle.bottom = cb;
  },
  useOnShow: (cb: () => void) => {
    lifecycle.show = cb;
  },
  useRouteParams: () => ({}),
  stopPullDownRefresh: jest.fn(),
}));

const mockRequest = request as jest.MockedFunction<typeof request>;
const requests = mockRequest as unknown as jest.Mock;

const handling = (at: string, extra: Partial<ReturnType<typeof makeMatter>> = {}) =>
  summaryOf(makeMatter({ deadlines: { dispatchBy: null, checkBy: null, handleBy: { at, provisional: false }, rateBy: null }, ...extra }));

const rowA = handling('2026-11-20T23:59:59.999+08:00', { id: 'a', trackingNo: 'GZ2611160001' });
const rowB = handling('2026-11-13T23:59:59.999+08:00', {
  id: 'b',
  trackingNo: 'GZ2611100002',
  overdue: true,
  supervisionLevel: 2,
  counts: { extensions: 1, returns: 0, rehandles: 0 },
});
const rowC = summaryOf(
  makeMatter({
    id: 'c',
    trackingNo: 'GZ2611010003',
    status: 'closed',
    statusLabel: '已办结',
    deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null },
  }),
);

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  signedInCitizen();
});

describe('my matters: states', () => {
  it('sends a citizen without consent to the privacy notice first', () => {
    resetStorage();
    mockRequest.mockImplementation(fakeBackend({}));
    render(<Matters />);
    expect(redirectTo).toHaveBeenCalledWith('/pages/consent/index?next=%2Fpages%2Fmatters%2Findex');
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('shows loading, then the rows', async () => {
    const reply = deferred<HttpResponse>();
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters': () => reply.promise }));
    render(<Matters />);
    expect(screen.getByTestId('state-loading').textContent).toContain('正在读取您的诉求');
    await act(async () => reply.resolve(ok({ items: [rowA], cursor: null })));
    expect(screen.getByTestId('matters-list')).toBeTruthy();
    expect(screen.queryByTestId('state-loading')).toBeNull();
  });

  it('empty: says so and offers to submit', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters': ok({ items: [], cursor: null }) }));
    render(<Matters />);
    expect((await screen.findByTestId('state-empty')).textContent).toContain('您还没有提交过诉求');
    fireEvent.click(screen.getByTestId('state-empty-action'));
    expect(navigateTo).toHaveBeenCalledWith('/pages/submit/index');
  });

  it('error: shows the message and retries', async () => {
    let calls = 0;
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters': () => (++calls === 1 ? Promise.reject(new NetworkError('offline')) : ok({ items: [rowA], cursor: null })),
      }),
    );
    render(<Matters />);
    expect((await screen.findByTestId('state-error')).textContent).toContain('网络连接失败，请检查网络后重试');
    await act(async () => {
      fireEvent.click(screen.getByTestId('state-error-action'));
    });
    expect(screen.getByTestId('matter-a')).toBeTruthy();
  });

  it('applies elder mode', async () => {
    setElderModeStored(true);
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters': ok({ items: [], cursor: null }) }));
    render(<Matters />);
    await screen.findByTestId('state-empty');
    expect(screen.getByTestId('page-root').className).toContain('elder');
  });
});

describe('my matters: rows', () => {
  beforeEach(() => {
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters': ok({ items: [rowA, rowB, rowC], cursor: null }) }));
  });

  it('says the status in words and counts working days at a fixed time', async () => {
    render(<Matters />);
    await screen.findByTestId('matters-list');
    expect(screen.getByTestId('status-a').textContent).toBe('办理中');
    expect(screen.getByTestId('countdown-a').textContent).toBe('办理期限：11月20日，还剩 4 个工作日');
    expect(screen.getByTestId('countdown-b').textContent).toBe('办理期限：11月13日，已超期 1 个工作日');
    expect(screen.getByTestId('status-c').textContent).toBe('已办结');
    expect(screen.queryByTestId('countdown-c')).toBeNull();
  });

  it('shows supervision and extensions in words', async () => {
    render(<Matters />);
    await screen.findByTestId('matters-list');
    expect(screen.getByTestId('supervision-b').textContent).toBe('已超期，正在督办');
    expect(screen.getByTestId('flag-b').textContent).toBe('已延期 1 次');
    expect(screen.queryByTestId('supervision-a')).toBeNull();
    expect(within(screen.getByTestId('matter-a')).getByText(/受理编号 GZ2611160001/)).toBeTruthy();
  });

  it('opens a matter', async () => {
    render(<Matters />);
    fireEvent.click(await screen.findByTestId('matter-b'));
    expect(navigateTo).toHaveBeenCalledWith('/pages/matter/index?id=b');
  });
});

describe('my matters: refresh and pagination', () => {
  it('loads more with the cursor, and says when the list is complete', async () => {
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters': (req) =>
          req.query.get('cursor') === 'c2' ? ok({ items: [rowC], cursor: null }) : ok({ items: [rowA, rowB], cursor: 'c2' }),
      }),
    );
    render(<Matters />);
    await screen.findByTestId('matters-list');
    expect(screen.queryByTestId('list-end')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('load-more'));
    });
    expect(callsTo(requests, 'GET', '/v1/matters').map((r) => new URL(r.url).search)).toEqual(['', '?cursor=c2']);
    expect(screen.getByTestId('matter-c')).toBeTruthy();
    expect(screen.queryByTestId('load-more')).toBeNull();
    expect(screen.getByTestId('list-end').textContent).toContain('共 3 条');
  });

  it('reaching the bottom loads the next page once', async () => {
    const next = deferred<HttpResponse>();
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters': (req) => (req.query.get('cursor') ? next.promise : ok({ items: [rowA], cursor: 'c2' })),
      }),
    );
    render(<Matters />);
    await screen.findByTestId('matters-list');
    await act(async () => {
      lifecycle.bottom!();
      lifecycle.bottom!();
    });
    expect(screen.getByTestId('load-more').textContent).toBe('正在加载…');
    await act(async () => next.resolve(ok({ items: [rowB], cursor: null })));
    expect(callsTo(requests, 'GET', '/v1/matters')).toHaveLength(2);
    expect(screen.getByTestId('matter-b')).toBeTruthy();
  });

  it('a failed next page keeps the rows and says why', async () => {
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters': (req) =>
          req.query.get('cursor') ? apiError(503, 'UNAVAILABLE', '服务繁忙，请稍后重试') : ok({ items: [rowA], cursor: 'c2' }),
      }),
    );
    render(<Matters />);
    await screen.findByTestId('matters-list');
    await act(async () => {
      fireEvent.click(screen.getByTestId('load-more'));
    });
    expect(screen.getByTestId('more-error').textContent).toBe('服务繁忙，请稍后重试');
    expect(screen.getByTestId('matter-a')).toBeTruthy();
  });

  it('pull-to-refresh reloads the first page and stops the spinner', async () => {
    let calls = 0;
    mockRequest.mockImplementation(
      fakeBackend({ 'GET /v1/matters': () => ok({ items: ++calls === 1 ? [rowA] : [rowB, rowA], cursor: null }) }),
    );
    render(<Matters />);
    await screen.findByTestId('matter-a');
    expect(screen.queryByTestId('matter-b')).toBeNull();
    await act(async () => {
      lifecycle.pull!();
    });
    expect(screen.getByTestId('matter-b')).toBeTruthy();
    expect(stopPullDownRefresh).toHaveBeenCalled();
  });

  it('refreshes when the citizen comes back from a matter', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters': ok({ items: [rowA], cursor: null }) }));
    render(<Matters />);
    await screen.findByTestId('matter-a');
    await act(async () => {
      lifecycle.show!(); // first show: the mount already loaded
    });
    expect(callsTo(requests, 'GET', '/v1/matters')).toHaveLength(1);
    await act(async () => {
      lifecycle.show!();
    });
    expect(callsTo(requests, 'GET', '/v1/matters')).toHaveLength(2);
  });
});
