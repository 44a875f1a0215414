import Taro from '@tarojs/taro';
import { ApiError } from './api';
import { H5_SIGNIN_REFUSED_MESSAGE, listMine, signIn, withCitizen } from './citizen';
import { loadCitizenSession } from './session';
import { NetworkError, request } from '../platform/request';
import { getWechatLoginCode } from '../platform/login';
import { apiError, callsTo, fakeBackend, ok, resetStorage } from './testing/fakeBackend';

jest.mock('../platform/request', () => ({ ...jest.requireActual('../platform/request'), request: jest.fn() }));
jest.mock('../platform/login', () => ({ getWechatLoginCode: jest.fn(async () => null), isWeapp: () => false }));
jest.mock('../platform/clock', () => ({ now: () => Date.parse('2026-11-16T10:00:00+08:00') }));

const mockRequest = request as jest.MockedFunction<typeof request>;
const mockCode = getWechatLoginCode as jest.MockedFunction<typeof getWechatLoginCode>;

// The mini-program reads the backend's own view types (shared/views): no second copy to check against.

const page = { items: [], cursor: null };

beforeEach(() => {
  resetStorage();
  mockRequest.mockReset();
  mockCode.mockReset();
  mockCode.mockResolvedValue(null);
});

describe('citizen sign-in', () => {
  it('H5: signs in with test:<openid>, keeps the openid, stores the token', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': ok({ token: 't1', expiresAt: '2026-11-23T10:00:00.000Z' }) }));
    await expect(signIn()).resolves.toBe('t1');
    const code = (callsTo(mockRequest as unknown as jest.Mock, 'POST', '/v1/auth/wechat')[0].data as { code: string }).code;
    expect(code).toMatch(/^test:h5-[A-Za-z0-9]{24}$/);
    expect(loadCitizenSession(Date.parse('2026-11-16T10:00:00+08:00'))?.token).toBe('t1');

    await signIn();
    const second = (callsTo(mockRequest as unknown as jest.Mock, 'POST', '/v1/auth/wechat')[1].data as { code: string }).code;
    expect(second).toBe(code);
  });

  it('WeChat: sends the Taro.login code', async () => {
    mockCode.mockResolvedValue('wx-code-1');
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': ok({ token: 't2', expiresAt: '2026-11-23T10:00:00.000Z' }) }));
    await signIn();
    expect(mockRequest.mock.calls[0][0].data).toEqual({ code: 'wx-code-1' });
  });

  it('H5: a backend without AUTH_WECHAT_FAKE refuses the test code, and the message says so', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': apiError(401, 'UNAUTHENTICATED', '测试登录仅在本地环境可用') }));
    const err = await signIn().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toBe(H5_SIGNIN_REFUSED_MESSAGE);
    expect(err.message).toContain('AUTH_WECHAT_FAKE=1');
  });

  it('concurrent callers share one sign-in', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'POST /v1/auth/wechat': ok({ token: 't3', expiresAt: '2026-11-23T10:00:00.000Z' }) }));
    const [a, b] = await Promise.all([signIn(), signIn()]);
    expect([a, b]).toEqual(['t3', 't3']);
    expect(mockRequest).toHaveBeenCalledTimes(1);
  });

  it('signs in when no token is stored, and treats an expired token as none', async () => {
    Taro.setStorageSync('hotline.citizenSession', { token: 'old', expiresAt: '2026-11-16T01:00:00.000Z' });
    mockRequest.mockImplementation(
      fakeBackend({
        'POST /v1/auth/wechat': ok({ token: 'fresh', expiresAt: '2026-11-23T10:00:00.000Z' }),
        'GET /v1/matters': ok(page),
      }),
    );
    await listMine();
    const list = callsTo(mockRequest as unknown as jest.Mock, 'GET', '/v1/matters')[0];
    expect(list.headers).toMatchObject({ Authorization: 'Bearer fresh' });
  });

  it('on 401 clears the token, signs in again and repeats the call once', async () => {
    Taro.setStorageSync('hotline.citizenSession', { token: 'revoked', expiresAt: '2099-01-01T00:00:00.000Z' });
    mockRequest.mockImplementation(
      fakeBackend({
        'POST /v1/auth/wechat': ok({ token: 'fresh', expiresAt: '2099-01-01T00:00:00.000Z' }),
        'GET /v1/matters': (req) =>
          req.headers?.Authorization === 'Bearer fresh' ? ok(page) : apiError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录'),
      }),
    );
    await expect(listMine()).resolves.toEqual(page);
    expect(callsTo(mockRequest as unknown as jest.Mock, 'GET', '/v1/matters')).toHaveLength(2);
    expect(callsTo(mockRequest as unknown as jest.Mock, 'POST', '/v1/auth/wechat')).toHaveLength(1);
  });

  it('does not loop when the second attempt is refused too', async () => {
    Taro.setStorageSync('hotline.citizenSession', { token: 'x', expiresAt: '2099-01-01T00:00:00.000Z' });
    mockRequest.mockImplementation(
      fakeBackend({
        'POST /v1/auth/wechat': ok({ token: 'y', expiresAt: '2099-01-01T00:00:00.000Z' }),
        'GET /v1/matters': apiError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录'),
      }),
    );
    await expect(listMine()).rejects.toMatchObject({ status: 401 });
    expect(callsTo(mockRequest as unknown as jest.Mock, 'GET', '/v1/matters')).toHaveLength(2);
  });

  it('passes other errors through unchanged', async () => {
    Taro.setStorageSync('hotline.citizenSession', { token: 'x', expiresAt: '2099-01-01T00:00:00.000Z' });
    mockRequest.mockRejectedValue(new NetworkError('timeout'));
    await expect(withCitizen(() => listMine())).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
