/** The queue header's link to the dashboard: every staff role (centre, admin, unit) sees 数据统计. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ADMIN, CENTER, LEAD, UNITS } from '../../__fixtures__/matters';
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

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
});

it.each([
  ['centre', CENTER],
  ['admin', ADMIN],
  ['unit clerk', LEAD],
])('%s: 数据统计 in the header opens the dashboard', async (_who, session: StaffSession) => {
  saveSession(session);
  (fetchQueue as jest.Mock).mockResolvedValue({ items: [], cursor: null });
  (fetchUnits as jest.Mock).mockResolvedValue(UNITS);
  await act(async () => {
    render(<StaffQueue />);
  });
  const link = screen.getByTestId('queue-stats');
  expect(link.textContent).toBe('数据统计');
  fireEvent.click(link);
  expect(openPage).toHaveBeenCalledWith('/staff/pages/dashboard/index?from=queue');
});
