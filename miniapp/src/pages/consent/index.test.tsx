import { act, fireEvent, render, screen } from '@testing-library/react';
import Consent from './index';
import { request } from '../../platform/request';
import { redirectTo, reLaunch, goBack } from '../../platform/navigation';
import { useRouteParams } from '../../platform/lifecycle';
import { makePhoneCall } from '../../platform/phone';
import { hasConsent, loadCitizenSession } from '../../services/session';
import { apiError, deferred, fakeBackend, ok, resetStorage, setElderModeStored } from '../../services/testing/fakeBackend';
import type { HttpResponse } from '../../platform/request';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  reLaunch: jest.fn(async () => undefined),
  goBack: jest.fn(async () => undefined),
}));
jest.mock('../../platform/lifecycle', () => ({ useRouteParams: jest.fn(() => ({})) }));
jest.mock('../../platform/phone', () => ({ makePhoneCall: jest.fn(async () => true) }));
jest.mock('../../platform/login', () => ({ getWechatLoginCode: jest.fn(async () => null), isWeapp: () => false }));
jest.mock('../../platform/clock', () => ({ now: () => Date.parse('2026-11-16T10:00:00+08:00') }));

const mockRequest = request as jest.MockedFunction<typeof request>;
const mockParams = useRouteParams as jest.MockedFunction<typeof useRouteParams>;
const NOW = Date.parse('2026-11-16T10:00:00+08:00');

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  mockParams.mockReturnValue({});
});

describe('consent page', () => {
  it('says what is collected, why, who sees it, confidentiality and how long it is kept', () => {
    render(<Consent />);
    const text = screen.getByTestId('page-root').textContent!;
    for (const words of ['手机号码', '姓名', '位置', '照片', '为什么收集', '谁能看到', '为我保密', '承办单位将看不到您的姓名和手机号码', '保存多久']) {
      expect(text).toContain(words);
    }
    expect(hasConsent()).toBe(false);
  });

  it('agreeing stores consent, signs in and continues to the page that asked', async () => {
    mockParams.mockReturnValue({ next: encodeURIComponent('/pages/matter/index?id=m1') });
    const reply = deferred<HttpResponse>();
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': () => reply.promise }));

    render(<Consent />);
    fireEvent.click(screen.getByTestId('consent-agree'));

    expect(hasConsent()).toBe(true);
    const button = screen.getByTestId('consent-agree') as HTMLButtonElement;
    expect(button.textContent).toBe('正在登录…');
    expect(button.disabled).toBe(true);

    await act(async () => reply.resolve(ok({ token: 'tok', expiresAt: '2026-11-23T10:00:00.000Z' })));
    expect(loadCitizenSession(NOW)?.token).toBe('tok');
    expect(redirectTo).toHaveBeenCalledWith('/pages/matter/index?id=m1');
  });

  it('goes home after agreeing when opened without a target, and ignores targets outside the mini-program', async () => {
    mockParams.mockReturnValue({ next: 'https://evil.example/' });
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': ok({ token: 'tok', expiresAt: '2026-11-23T10:00:00.000Z' }) }));
    render(<Consent />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('consent-agree'));
    });
    expect(redirectTo).not.toHaveBeenCalled();
    expect(reLaunch).toHaveBeenCalledWith('/pages/index/index');
  });

  it('explains an H5 sign-in the backend refuses, and lets the user retry', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': apiError(401, 'UNAUTHENTICATED', '测试登录仅在本地环境可用') }));
    render(<Consent />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('consent-agree'));
    });
    expect(screen.getByTestId('consent-error').textContent).toContain('AUTH_WECHAT_FAKE=1');
    expect(screen.getByTestId('consent-agree').textContent).toBe('重新登录');
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it('disagreeing collects nothing and offers the phone line and the way back', () => {
    render(<Consent />);
    fireEvent.click(screen.getByTestId('consent-disagree'));
    expect(hasConsent()).toBe(false);
    expect(mockRequest).not.toHaveBeenCalled();
    expect(screen.getByTestId('consent-declined').textContent).toContain('不会收集');
    fireEvent.click(screen.getByTestId('consent-call'));
    expect(makePhoneCall).toHaveBeenCalledWith('12345');
    fireEvent.click(screen.getByTestId('consent-home'));
    expect(goBack).toHaveBeenCalled();
  });

  it('applies elder mode', () => {
    setElderModeStored(true);
    render(<Consent />);
    expect(screen.getByTestId('page-root').className).toContain('elder');
  });
});
