/** 查看完整号码: a reason first, then the number with tap-to-call; a refusal is said in words. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '../../services/api';
import { makePhoneCall } from '../../platform/phone';
import { CENTER } from '../__fixtures__/matters';
import RevealPhone from './RevealPhone';
import { revealPhone } from './reveal';

jest.mock('./reveal', () => ({ revealPhone: jest.fn() }));
jest.mock('../../platform/phone', () => ({ makePhoneCall: jest.fn(async () => true) }));

beforeEach(() => jest.clearAllMocks());

const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value }, detail: { value } });

it('asks for a reason, shows the full number and calls it on tap', async () => {
  (revealPhone as jest.Mock).mockResolvedValue({ phone: '13812345678', name: '王先生', tel: 'tel:13812345678' });
  render(<RevealPhone matterId='m1' session={CENTER} />);
  fireEvent.click(screen.getByTestId('reveal-open'));
  type('reveal-reason', '回访诉求人');
  await act(async () => {
    fireEvent.click(screen.getByTestId('reveal-submit'));
  });
  expect(revealPhone).toHaveBeenCalledWith(CENTER, 'm1', '回访诉求人');
  expect(screen.getByTestId('reveal-phone').textContent).toContain('13812345678');
  fireEvent.click(screen.getByTestId('reveal-call'));
  expect(makePhoneCall).toHaveBeenCalledWith('13812345678');
});

it('shows the backend\'s refusal and no number', async () => {
  (revealPhone as jest.Mock).mockRejectedValue(new ApiError('FORBIDDEN', '该诉求为保密诉求，承办单位不能查看诉求人号码，请由热线工作机构回访', 403));
  render(<RevealPhone matterId='m1' session={CENTER} />);
  fireEvent.click(screen.getByTestId('reveal-open'));
  type('reveal-reason', '回访');
  await act(async () => {
    fireEvent.click(screen.getByTestId('reveal-submit'));
  });
  expect(screen.getByTestId('reveal-error').textContent).toContain('保密诉求');
  expect(screen.queryByTestId('reveal-phone')).toBeNull();
});
