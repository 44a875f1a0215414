import { act, fireEvent, render, screen } from '@testing-library/react';
import StaffLogin from './index';
import { request } from '../../../platform/request';
import { showToast } from '../../../platform/toast';
import { loadStaffSession, clearStaffSession } from '../../../services/session';

jest.mock('../../../platform/request', () => ({
  ...jest.requireActual('../../../platform/request'),
  request: jest.fn(),
}));
jest.mock('../../../platform/toast', () => ({ showToast: jest.fn() }));

const mockRequest = request as jest.MockedFunction<typeof request>;

function fill(username: string, password: string) {
  fireEvent.change(screen.getByTestId('staff-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('staff-password'), { target: { value: password } });
}

beforeEach(() => {
  mockRequest.mockReset();
  clearStaffSession();
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

it('signs in and keeps the session', async () => {
  mockRequest.mockResolvedValueOnce({ status: 200, data: { token: 'tok', role: 'center' } });
  render(<StaffLogin />);
  fill(' operator1 ', 'secret');
  expect((screen.getByTestId('staff-password') as HTMLInputElement).type).toBe('password');

  await act(async () => {
    fireEvent.click(screen.getByTestId('staff-login-submit'));
  });

  expect(mockRequest.mock.calls[0][0]).toMatchObject({ data: { username: 'operator1', password: 'secret' } });
  expect(screen.getByTestId('staff-login-done').textContent).toContain('热线工作人员');
  expect(loadStaffSession()).toEqual({ token: 'tok', role: 'center' });
  expect(showToast).toHaveBeenCalledWith('登录成功', 'success');
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
  expect(loadStaffSession()).toBeUndefined();
});
