import { ApiError, NETWORK_ERROR_MESSAGE, UNEXPECTED_RESPONSE_MESSAGE, call, errorMessage, getHealth, staffSignIn } from './api';
import { NetworkError, request } from '../platform/request';

jest.mock('../platform/request', () => ({
  ...jest.requireActual('../platform/request'),
  request: jest.fn(),
}));

const mockRequest = request as jest.MockedFunction<typeof request>;

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected the call to fail');
}

beforeEach(() => mockRequest.mockReset());

describe('call', () => {
  it('returns the body of a 2xx reply', async () => {
    mockRequest.mockResolvedValueOnce({ status: 201, data: { id: 'm1' } });
    await expect(call('POST', '/v1/matters', { body: { a: 1 } })).resolves.toEqual({ id: 'm1' });
    expect(mockRequest).toHaveBeenCalledWith({
      method: 'POST',
      url: 'http://127.0.0.1:3000/v1/matters',
      data: { a: 1 },
      headers: {},
    });
  });

  it('sends the bearer token, extra headers and an encoded query string', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: [] });
    await call('GET', '/v1/knowledge', {
      token: 't0k',
      headers: { 'Idempotency-Key': 'k1' },
      query: { q: '社保 卡', cursor: undefined, limit: 10 },
    });
    expect(mockRequest.mock.calls[0][0]).toMatchObject({
      url: 'http://127.0.0.1:3000/v1/knowledge?q=%E7%A4%BE%E4%BF%9D%20%E5%8D%A1&limit=10',
      headers: { Authorization: 'Bearer t0k', 'Idempotency-Key': 'k1' },
    });
  });

  it("surfaces the backend's error code, message and details", async () => {
    mockRequest.mockResolvedValueOnce({
      status: 400,
      data: { error: { code: 'VALIDATION_FAILED', message: '请填写联系电话', details: { field: 'contactPhone' } } },
    });
    const err = await caught(call('POST', '/v1/matters'));
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', message: '请填写联系电话', status: 400, details: { field: 'contactPhone' } });
    expect(errorMessage(err)).toBe('请填写联系电话');
  });

  it('gives a generic message for a non-JSON error page', async () => {
    mockRequest.mockResolvedValueOnce({ status: 502, data: '<html>Bad Gateway</html>' });
    const err = await caught(call('GET', '/v1/matters'));
    expect(err).toMatchObject({ code: 'UNEXPECTED_RESPONSE', status: 502, message: UNEXPECTED_RESPONSE_MESSAGE });
  });

  it('turns a network failure into a user-readable error', async () => {
    mockRequest.mockRejectedValueOnce(new NetworkError('request:fail url not in domain list'));
    const err = await caught(call('GET', '/v1/health'));
    expect(err).toMatchObject({ code: 'NETWORK_ERROR', status: 0, message: NETWORK_ERROR_MESSAGE });
  });

  it('does not hide programming errors as network errors', async () => {
    mockRequest.mockRejectedValueOnce(new TypeError('boom'));
    await expect(call('GET', '/v1/health')).rejects.toThrow(TypeError);
  });
});

describe('errorMessage', () => {
  it('never shows a raw error to the user', () => {
    expect(errorMessage(new Error('Cannot read properties of undefined'))).toBe(UNEXPECTED_RESPONSE_MESSAGE);
  });
});

describe('endpoints', () => {
  it('getHealth accepts {status: ok}', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: { status: 'ok', policy: 'weifang', calendar: {} } });
    await expect(getHealth()).resolves.toMatchObject({ policy: 'weifang' });
  });

  it('getHealth rejects any other body', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: { status: 'degraded', policy: 'weifang' } });
    await expect(getHealth()).rejects.toBeInstanceOf(ApiError);
  });

  it('staffSignIn posts the credentials', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: { token: 't', role: 'unit', unitId: 'u1' } });
    await expect(staffSignIn('clerk', 'pw')).resolves.toEqual({ token: 't', role: 'unit', unitId: 'u1' });
    expect(mockRequest.mock.calls[0][0]).toMatchObject({
      method: 'POST',
      url: 'http://127.0.0.1:3000/v1/auth/staff',
      data: { username: 'clerk', password: 'pw' },
    });
  });
});
