import { act, fireEvent, render, screen } from '@testing-library/react';
import StaffLogin from './index';
import { request } from '../../../platform/request';
import { showToast } from '../../../platform/toast';
import { replacePage } from '../../platform/navigation';
import { clearSession, loadSession, saveSession, STAFF_SESSION_KEY } from '../../services/session';
import { getItem } from '../../../platform/storage';

jest.mock('../../../platform/request', () => ({
  ...jest.requireActual('../../../platform/request'),
  request: jest.fn(),
}));
jest.mock('../../../platform/toast', () => ({ showToast: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  replacePage: jest.fn(async () => undefined),
}));

const mockRequest = request as jest.MockedFunction<typeof request>;

function fill(username: string, password: string) {
  fireEvent.change(screen.getByTestId('staff-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('staff-password'), { target: { value: password } });
}

const FUTURE = new Date(Date.now() + 8 * 3600_000).toISOString();

beforeEach(() => {
  jest.clearAllMocks();
  mockRequest.mockReset();
  clearSession();
});

it('asks for the missing field without calling the backend', () => {
  render(<StaffLogin />);
  fireEvent.click(screen.getByTestId('staff-login-submit'));
  expect(screen.getByTestId('staff-login-error').textContent).toBe('请输入用户名');
  fill('operator1', '');
  fireEvent.click(screen.getByTestId('staff-login-submit'));
  expect(screen.getByTestId('staff-login-error').textContent).toBe('请输入密码');
  expect(mockRequest).not.toHaveBeenCalled();
});

it('signs in, keeps token, role and unit under the workbench key, and opens the queue', async () => {
  mockRequest.mockResolvedValueOnce({
    status: 200,
    data: { token: 'tok', expiresAt: FUTURE, role: 'unit', username: 'thcity', unitId: 'th-city' },
  });
  render(<StaffLogin />);
  fill(' thcity ', 'secret');
  expect((screen.getByTestId('staff-password') as HTMLInputElement).type).toBe('password');

  await act(async () => {
    fireEvent.click(screen.getByTestId('staff-login-submit'));
  });

  expect(mockRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { username: 'thcity', password: 'secret' } });
  expect(screen.getByTestId('staff-login-done').textContent).toContain('承办单位工作人员');
  expect(loadSession()).toEqual({ token: 'tok', expiresAt: FUTURE, role: 'unit', username: 'thcity', unitId: 'th-city' });
  expect(getItem(STAFF_SESSION_KEY)).toMatchObject({ token: 'tok' });
  expect(showToast).toHaveBeenCalledWith('登录成功', 'success');
  expect(replacePage).toHaveBeenCalledWith('/staff/pages/queue/index');
});

it('signs in with Enter in the password field', async () => {
  mockRequest.mockResolvedValueOnce({ status: 200, data: { token: 'tok', expiresAt: FUTURE, role: 'center', username: 'c1' } });
  render(<StaffLogin />);
  fill('c1', 'secret');
  await act(async () => {
    fireEvent.keyDown(screen.getByTestId('staff-password'), { key: 'Enter' });
  });
  expect(loadSession()).toMatchObject({ role: 'center' });
});

it("shows the backend's message when sign-in fails", async () => {
  mockRequest.mockResolvedValueOnce({
    status: 401,
    data: { error: { code: 'UNAUTHENTICATED', message: '用户名或密码错误' } },
  });
  render(<StaffLogin />);
  fill('operator1', 'wrong');

  await act(async () => {
    fireEvent.click(screen.getByTestId('staff-login-submit'));
  });

  expect(screen.getByTestId('staff-login-error').textContent).toBe('用户名或密码错误');
  expect(loadSession()).toBeUndefined();
  expect(replacePage).not.toHaveBeenCalled();
});

it('goes straight to the queue when already signed in; an expired session is dropped', () => {
  saveSession({ token: 't', role: 'center', expiresAt: FUTURE });
  const { unmount } = render(<StaffLogin />);
  expect(replacePage).toHaveBeenCalledWith('/staff/pages/queue/index');
  unmount();
  jest.clearAllMocks();

  saveSession({ token: 't', role: 'center', expiresAt: new Date(Date.now() - 1000).toISOString() });
  render(<StaffLogin />);
  expect(replacePage).not.toHaveBeenCalled();
  expect(getItem(STAFF_SESSION_KEY)).toBeUndefined();
});
