/** The queue header's link to this page: centre operators only (the queue's own tests are not changed). */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { CENTER, LEAD, UNITS } from '../../__fixtures__/matters';
import { openPage } from '../../platform/navigation';
import { fetchQueue, fetchUnits } from '../../services/api';
import { clearSession, saveSession } from '../../services/session';
import type { StaffSession } from '../../../../../shared/views';
import StaffQueue from '../queue/index';

jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  openPage: jest.fn(async () => undefined),
  replacePage: jest.fn(async () => undefined),
  usePullDownRefresh: jest.fn(),
  usePageShow: jest.fn(),
  useReachBottom: jest.fn(),
}));
jest.mock('../../services/api', () => ({ ...jest.requireActual('../../services/api'), fetchQueue: jest.fn(), fetchUnits: jest.fn() }));

async function renderQueue(session: StaffSession) {
  saveSession(session);
  (fetchQueue as jest.Mock).mockResolvedValue({ items: [], cursor: null });
  (fetchUnits as jest.Mock).mockResolvedValue(UNITS);
  await act(async () => {
    render(<StaffQueue />);
  });
}

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
});

it('centre: 登记电话诉求 in the header opens the registration page', async () => {
  await renderQueue(CENTER);
  fireEvent.click(screen.getByTestId('queue-register'));
  expect(openPage).toHaveBeenCalledWith('/staff/pages/register/index?from=queue');
});

it('unit clerk: no link', async () => {
  await renderQueue(LEAD);
  expect(screen.queryByTestId('queue-register')).toBeNull();
});
