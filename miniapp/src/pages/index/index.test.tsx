import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Index from './index';
import { NetworkError, request, type HttpResponse } from '../../platform/request';
import { makePhoneCall } from '../../platform/phone';
import { navigateTo } from '../../platform/navigation';
import { resetStorage, setElderModeStored } from '../../services/testing/fakeBackend';

// Mock at the platform-adapter level: the page, hook and API client run for real.
jest.mock('../../platform/request', () => ({
  ...jest.requireActual('../../platform/request'),
  request: jest.fn(),
}));
jest.mock('../../platform/phone', () => ({ makePhoneCall: jest.fn(async () => true) }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
}));

const mockRequest = request as jest.MockedFunction<typeof request>;
const mockCall = makePhoneCall as jest.MockedFunction<typeof makePhoneCall>;

const healthy = (policy: string): HttpResponse => ({
  status: 200,
  data: { status: 'ok', policy, calendar: { years: [2025, 2026] } },
});

/** A reply the test releases by hand, to look at the page while the request is in flight. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The connection state the page is in (it shows nothing while connecting or once connected). */
const healthState = () => screen.getByTestId('health-status').getAttribute('data-state');
const connected = () => waitFor(() => expect(healthState()).toBe('connected'));

beforeEach(() => {
  resetStorage();
  mockRequest.mockReset();
  mockCall.mockClear();
  (navigateTo as jest.Mock).mockClear();
});

describe('home page: connection state', () => {
  it('says nothing while /v1/health is in flight: the entry points lead', async () => {
    const reply = deferred<HttpResponse>();
    mockRequest.mockReturnValueOnce(reply.promise);

    render(<Index />);

    expect(healthState()).toBe('loading');
    expect(screen.queryByTestId('health-text')).toBeNull();
    expect(screen.queryByTestId('health-retry')).toBeNull();
    expect(mockRequest).toHaveBeenCalledTimes(1);
    expect(mockRequest.mock.calls[0][0]).toMatchObject({ method: 'GET', url: 'http://127.0.0.1:3000/v1/health' });

    await act(async () => reply.resolve(healthy('guangzhou')));
  });

  it.each(['guangzhou', 'changsha', 'shenzhen'])('says nothing about the connection once connected (%s)', async (policy) => {
    mockRequest.mockResolvedValueOnce(healthy(policy));

    render(<Index />);

    await connected();
    expect(screen.queryByText(/服务已连接/)).toBeNull();
    expect(screen.queryByTestId('health-text')).toBeNull();
    expect(screen.queryByTestId('health-retry')).toBeNull();
    // The page leads with what a citizen can do.
    expect(screen.getByTestId('entry-submit').textContent).toContain('我要反映');
  });

  it('shows the error with a retry button, and retrying connects', async () => {
    mockRequest.mockRejectedValueOnce(new NetworkError('request:fail timeout'));

    render(<Index />);

    expect(await screen.findByText('暂时无法连接服务，请稍后重试')).toBeTruthy();
    // A network failure has no backend message to add.
    expect(screen.queryByTestId('health-detail')).toBeNull();

    const second = deferred<HttpResponse>();
    mockRequest.mockReturnValueOnce(second.promise);
    fireEvent.click(screen.getByTestId('health-retry'));

    expect(healthState()).toBe('loading');
    expect(screen.queryByTestId('health-text')).toBeNull();
    expect(screen.queryByTestId('health-retry')).toBeNull();

    await act(async () => second.resolve(healthy('guangzhou')));

    expect(healthState()).toBe('connected');
    expect(screen.queryByTestId('health-text')).toBeNull();
    expect(mockRequest).toHaveBeenCalledTimes(2);
  });

  it("shows the backend's error message under the fixed text", async () => {
    mockRequest.mockResolvedValueOnce({
      status: 503,
      data: { error: { code: 'UNAVAILABLE', message: '系统维护中，预计 22:00 恢复' } },
    });

    render(<Index />);

    expect(await screen.findByText('暂时无法连接服务，请稍后重试')).toBeTruthy();
    expect(screen.getByTestId('health-detail').textContent).toBe('系统维护中，预计 22:00 恢复');
    expect(screen.getByTestId('health-retry')).toBeTruthy();
  });

  it('treats a 200 that is not a health reply (captive portal, proxy page) as not connected', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: '<html>login to wifi</html>' });

    render(<Index />);

    expect(await screen.findByText('暂时无法连接服务，请稍后重试')).toBeTruthy();
    expect(screen.queryByTestId('health-detail')).toBeNull();
  });
});

describe('home page: entry points and calls', () => {
  beforeEach(() => {
    mockRequest.mockResolvedValue(healthy('guangzhou'));
  });

  it.each([
    ['submit', '我要反映', '/pages/submit/index'],
    ['matters', '我的诉求', '/pages/matters/index'],
    ['knowledge', '查找答案', '/pages/knowledge/index'],
  ])('opens %s (%s) from its entry point', async (key, title, url) => {
    render(<Index />);
    await connected();

    const button = screen.getByTestId(`entry-${key}`) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.textContent).toContain(title);
    fireEvent.click(button);
    expect(navigateTo).toHaveBeenCalledWith(url);
  });

  it.each([
    ['110', '报警'],
    ['119', '火警'],
    ['120', '急救'],
    ['122', '交通事故'],
  ])('calls %s (%s) through the phone adapter', async (number, label) => {
    render(<Index />);
    await connected();

    const button = screen.getByTestId(`emergency-${number}`);
    expect(button.textContent).toBe(`${number}${label}`);
    fireEvent.click(button);

    expect(mockCall).toHaveBeenCalledTimes(1);
    expect(mockCall).toHaveBeenCalledWith(number);
  });

  it('offers the emergency numbers even when the backend is down', async () => {
    mockRequest.mockReset();
    mockRequest.mockRejectedValue(new NetworkError('request:fail'));
    render(<Index />);
    await screen.findByText('暂时无法连接服务，请稍后重试');

    fireEvent.click(screen.getByTestId('emergency-110'));
    expect(mockCall).toHaveBeenCalledWith('110');
  });

  it('calls 12345 and opens staff sign-in', async () => {
    render(<Index />);
    await connected();

    fireEvent.click(screen.getByTestId('call-12345'));
    expect(mockCall).toHaveBeenCalledWith('12345');

    fireEvent.click(screen.getByTestId('staff-login-link'));
    expect(navigateTo).toHaveBeenCalledWith('/staff/pages/login/index');
  });
});

describe('home page: 长辈版 (elder mode)', () => {
  beforeEach(() => {
    mockRequest.mockResolvedValue(healthy('guangzhou'));
  });

  it('switches elder mode on and off, says so in words, and keeps the choice', async () => {
    const { unmount } = render(<Index />);
    await connected();

    expect(screen.getByTestId('page-root').className).not.toContain('elder');
    expect(screen.getByTestId('elder-toggle').textContent).toBe('打开长辈版（大字）');

    fireEvent.click(screen.getByTestId('elder-toggle'));
    expect(screen.getByTestId('page-root').className).toContain('elder');
    expect(screen.getByTestId('elder-state').textContent).toContain('长辈版已开启');
    expect(screen.getByTestId('elder-toggle').getAttribute('aria-pressed')).toBe('true');

    // A new visit starts in elder mode.
    unmount();
    render(<Index />);
    await connected();
    expect(screen.getByTestId('page-root').className).toContain('elder');

    fireEvent.click(screen.getByTestId('elder-toggle'));
    expect(screen.getByTestId('page-root').className).not.toContain('elder');
  });

  it('starts in elder mode when it was switched on before', async () => {
    setElderModeStored(true);
    render(<Index />);
    await connected();
    expect(screen.getByTestId('page-root').className).toBe('citizen elder home');
  });
});
