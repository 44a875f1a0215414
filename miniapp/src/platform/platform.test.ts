/**
 * The adapters against the @tarojs/taro stub (test/stubs/taro.ts): these are the only tests that see Taro calls.
 */
import Taro from '@tarojs/taro';
import { DEFAULT_TIMEOUT_MS, NetworkError, request } from './request';
import { getItem, removeItem, setItem } from './storage';
import { makePhoneCall } from './phone';
import { getWechatLoginCode } from './login';
import { showToast } from './toast';

const stub = Taro as unknown as Record<string, jest.Mock>;

beforeEach(() => {
  jest.clearAllMocks();
  Taro.clearStorageSync();
});

describe('request', () => {
  it('returns status and data for any HTTP reply, errors included', async () => {
    stub.request.mockResolvedValueOnce({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '未找到' } }, header: {} });
    await expect(request({ method: 'GET', url: 'http://x/v1/matters/1' })).resolves.toEqual({
      status: 404,
      data: { error: { code: 'NOT_FOUND', message: '未找到' } },
    });
    expect(stub.request).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'http://x/v1/matters/1',
        method: 'GET',
        timeout: DEFAULT_TIMEOUT_MS,
        header: { 'Content-Type': 'application/json' },
      }),
    );
  });

  it('throws NetworkError with the platform errMsg when nothing came back', async () => {
    stub.request.mockRejectedValueOnce({ errMsg: 'request:fail timeout' });
    const p = request({ method: 'GET', url: 'http://x' });
    await expect(p).rejects.toBeInstanceOf(NetworkError);
    await expect(p).rejects.toMatchObject({ reason: 'request:fail timeout' });
  });
});

describe('storage', () => {
  it('round-trips values and reports a missing key as undefined', () => {
    expect(getItem('k')).toBeUndefined();
    setItem('k', { token: 't' });
    expect(getItem('k')).toEqual({ token: 't' });
    removeItem('k');
    expect(getItem('k')).toBeUndefined();
  });

  it('never throws on read', () => {
    stub.getStorageSync.mockImplementationOnce(() => {
      throw new Error('storage broken');
    });
    expect(getItem('k')).toBeUndefined();
  });
});

describe('phone', () => {
  it('dials and reports a cancelled dialog as false', async () => {
    await expect(makePhoneCall('120')).resolves.toBe(true);
    expect(stub.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '120' });
    stub.makePhoneCall.mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail cancel' });
    await expect(makePhoneCall('120')).resolves.toBe(false);
  });
});

describe('login', () => {
  it('returns null outside weapp (H5 has no Taro.login code)', async () => {
    await expect(getWechatLoginCode()).resolves.toBeNull();
    expect(stub.login).not.toHaveBeenCalled();
  });

  it('returns the code in weapp', async () => {
    stub.getEnv.mockReturnValueOnce(Taro.ENV_TYPE.WEAPP);
    await expect(getWechatLoginCode()).resolves.toBe('stub-code');
  });
});

describe('toast', () => {
  it('drops the icon when the text is longer than WeChat shows beside one', () => {
    showToast('登录成功', 'success');
    expect(stub.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '登录成功', icon: 'success' }));
    showToast('网络连接失败，请检查网络后重试', 'error');
    expect(stub.showToast).toHaveBeenLastCalledWith(expect.objectContaining({ icon: 'none' }));
  });
});
