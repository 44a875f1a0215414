import { act, fireEvent, render, screen } from '@testing-library/react';
import Claim, { NOT_FOUND_MESSAGE } from './index';
import Index from '../index/index';
import Matters from '../matters/index';
import { NetworkError, request, type HttpResponse } from '../../platform/request';
import { navigateTo, redirectTo } from '../../platform/navigation';
import { useRouteParams } from '../../platform/lifecycle';
import { showToast } from '../../platform/toast';
import { requestSubscription } from '../../platform/subscribe';
import { SUBSCRIBE_AT } from '../../services/config';
import {
  apiError,
  callsTo,
  deferred,
  fakeBackend,
  ok,
  resetStorage,
  signedInCitizen,
  TEST_TOKEN,
} from '../../services/testing/fakeBackend';
import { makeMatter } from '../../services/testing/fixtures';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
}));
jest.mock('../../platform/toast', () => ({ showToast: jest.fn() }));
jest.mock('../../platform/subscribe', () => ({ requestSubscription: jest.fn(async () => false) }));
jest.mock('../../platform/phone', () => ({ makePhoneCall: jest.fn(async () => undefined) }));
jest.mock('../../platform/lifecycle', () => ({
  useOnPullDownRefresh: jest.fn(),
  useOnReachBottom: jest.fn(),
  useOnShow: jest.fn(),
  useRouteParams: jest.fn(() => ({})),
  stopPullDownRefresh: jest.fn(),
}));

const mockRequest = request as jest.MockedFunction<typeof request>;
const requests = mockRequest as unknown as jest.Mock;
const claimed = makeMatter({ id: 'm9', trackingNo: 'GZ2611220007', channel: 'phone' });

function serveClaim(reply: HttpResponse | (() => Promise<HttpResponse>)) {
  mockRequest.mockImplementation(fakeBackend({ 'POST /v1/matters/claim': typeof reply === 'function' ? () => reply() : reply }));
}

function fill(trackingNo: string, last4: string) {
  fireEvent.change(screen.getByTestId('claim-tracking-no'), { target: { value: trackingNo } });
  fireEvent.change(screen.getByTestId('claim-phone-last4'), { target: { value: last4 } });
}

async function send() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('claim-submit'));
  });
}

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  signedInCitizen();
  (useRouteParams as jest.Mock).mockReturnValue({});
});

describe('claim page', () => {
  it('asks for the privacy consent first, then comes back here (with a prefilled number)', () => {
    resetStorage();
    (useRouteParams as jest.Mock).mockReturnValue({ trackingNo: 'gz2611220007' });
    mockRequest.mockImplementation(fakeBackend({}));
    render(<Claim />);
    expect(screen.getByTestId('state-loading').textContent).toContain('个人信息保护说明');
    expect(redirectTo).toHaveBeenCalledWith('/pages/consent/index?next=%2Fpages%2Fclaim%2Findex%3FtrackingNo%3DGZ2611220007');
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('validates with the shared schema and sends nothing while a field is wrong', async () => {
    serveClaim(ok(claimed));
    render(<Claim />);
    await send();
    expect(screen.getByTestId('claim-error-trackingNo').textContent).toBe('受理编号格式不正确');
    expect(screen.getByTestId('claim-error-phoneLast4').textContent).toBe('请填写手机号后4位数字');

    fill('GZ26', '567');
    await send();
    expect(screen.getByTestId('claim-error-trackingNo').textContent).toBe('受理编号格式不正确');
    expect(screen.getByTestId('claim-error-phoneLast4').textContent).toBe('请填写手机号后4位数字');
    expect(mockRequest).not.toHaveBeenCalled();

    // Typing clears a field's message.
    fireEvent.change(screen.getByTestId('claim-phone-last4'), { target: { value: '5678' } });
    expect(screen.queryByTestId('claim-error-phoneLast4')).toBeNull();
  });

  it('accepts a number read out with spaces and lower case, and digits only for the phone', () => {
    render(<Claim />);
    fill('gz 2611 2200 07', '56a78');
    expect((screen.getByTestId('claim-tracking-no') as HTMLInputElement).value).toBe('GZ2611220007');
    expect((screen.getByTestId('claim-phone-last4') as HTMLInputElement).value).toBe('5678');
  });

  it('shows that it is working, then claims as the signed-in citizen and opens the matter', async () => {
    const reply = deferred<HttpResponse>();
    serveClaim(() => reply.promise);
    render(<Claim />);
    fill('GZ2611220007', '5678');
    await send();
    const button = screen.getByTestId('claim-submit') as HTMLButtonElement;
    expect(button.textContent).toBe('正在认领，请稍候…');
    expect(button.disabled).toBe(true);
    fireEvent.click(button); // a second tap while sending does nothing
    expect(callsTo(requests, 'POST', '/v1/matters/claim')).toHaveLength(1);

    await act(async () => reply.resolve(ok(claimed)));
    const [sent] = callsTo(requests, 'POST', '/v1/matters/claim');
    expect(sent.data).toEqual({ trackingNo: 'GZ2611220007', phoneLast4: '5678' });
    expect(sent.headers).toMatchObject({ Authorization: `Bearer ${TEST_TOKEN}` });
    expect(showToast).toHaveBeenCalledWith('认领成功', 'success');
    expect(redirectTo).toHaveBeenCalledWith('/pages/matter/index?id=m9');
    // The tap asked for the news a claimed matter brings (progress, deadline, result) before claiming.
    expect(requestSubscription).toHaveBeenCalledWith(SUBSCRIBE_AT.claim);
  });

  it('404: asks to check the number and the digits', async () => {
    serveClaim(apiError(404, 'NOT_FOUND', '未找到'));
    render(<Claim />);
    fill('GZ2611220007', '0000');
    await send();
    expect(screen.getByTestId('claim-message').textContent).toBe(NOT_FOUND_MESSAGE);
    expect(screen.queryByTestId('claim-my-matters')).toBeNull();
    expect(redirectTo).not.toHaveBeenCalled();
    // Editing the form clears the refusal.
    fireEvent.change(screen.getByTestId('claim-phone-last4'), { target: { value: '5678' } });
    expect(screen.queryByTestId('claim-refused')).toBeNull();
  });

  it('409 ALREADY_CLAIMED: says so in the backend’s words and offers 我的诉求', async () => {
    serveClaim(apiError(409, 'ALREADY_CLAIMED', '您已认领该诉求，可在“我的诉求”中查看'));
    render(<Claim />);
    fill('GZ2611220007', '5678');
    await send();
    expect(screen.getByTestId('claim-message').textContent).toBe('您已认领该诉求，可在“我的诉求”中查看');
    fireEvent.click(screen.getByTestId('claim-my-matters'));
    expect(navigateTo).toHaveBeenCalledWith('/pages/matters/index');
  });

  it('409 claimed by someone else: the backend’s message', async () => {
    serveClaim(apiError(409, 'ALREADY_CLAIMED', '该诉求已被认领'));
    render(<Claim />);
    fill('GZ2611220007', '5678');
    await send();
    expect(screen.getByTestId('claim-message').textContent).toBe('该诉求已被认领');
  });

  it('429: the rate-limit message', async () => {
    serveClaim(apiError(429, 'RATE_LIMITED', '该编号查询次数过多，请10分钟后再试'));
    render(<Claim />);
    fill('GZ2611220007', '5678');
    await send();
    expect(screen.getByTestId('claim-message').textContent).toBe('该编号查询次数过多，请10分钟后再试');
    expect((screen.getByTestId('claim-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('400 from the backend: its field message under the field', async () => {
    serveClaim(apiError(400, 'VALIDATION_FAILED', '受理编号格式不正确', [{ field: 'trackingNo', message: '受理编号格式不正确' }]));
    render(<Claim />);
    fill('GZ2611220007', '5678');
    await send();
    expect(screen.getByTestId('claim-error-trackingNo').textContent).toBe('受理编号格式不正确');
    expect(screen.getByTestId('claim-message').textContent).toBe('受理编号格式不正确');
  });

  it('network failure: says to check the network; retrying works', async () => {
    let calls = 0;
    serveClaim(() => (++calls === 1 ? Promise.reject(new NetworkError('offline')) : Promise.resolve(ok(claimed))));
    render(<Claim />);
    fill('GZ2611220007', '5678');
    await send();
    expect(screen.getByTestId('claim-message').textContent).toContain('网络连接失败');
    await send();
    expect(redirectTo).toHaveBeenCalledWith('/pages/matter/index?id=m9');
  });
});

describe('entry points', () => {
  it('home page: 认领电话诉求 next to 我的诉求', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/health': ok({ status: 'ok', policy: 'guangzhou', calendar: {} }) }));
    await act(async () => {
      render(<Index />);
    });
    const keys = screen.getAllByTestId(/^entry-/).map((e) => e.getAttribute('data-testid'));
    expect(keys).toEqual(['entry-submit', 'entry-matters', 'entry-claim', 'entry-knowledge']);
    fireEvent.click(screen.getByTestId('entry-claim'));
    expect(navigateTo).toHaveBeenCalledWith('/pages/claim/index');
  });

  it('my matters, empty: offers to claim a telephone matter', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters': ok({ items: [], cursor: null }) }));
    render(<Matters />);
    await screen.findByTestId('state-empty');
    fireEvent.click(screen.getByTestId('matters-claim'));
    expect(navigateTo).toHaveBeenCalledWith('/pages/claim/index');
  });
});
