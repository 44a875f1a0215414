/** 消息: unread count, entries newest first, a tap marks read and opens the matter. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { CENTER } from '../../__fixtures__/matters';
import { openPage } from '../../platform/navigation';
import { clearSession, saveSession } from '../../services/session';
import Inbox from './index';
import { fetchInbox, markRead } from './inbox';

jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  openPage: jest.fn(async () => undefined),
  replacePage: jest.fn(async () => undefined),
  usePullDownRefresh: jest.fn(),
}));
jest.mock('./inbox', () => ({ ...jest.requireActual('./inbox'), fetchInbox: jest.fn(), markRead: jest.fn() }));

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
});

it('lists entries with the unread count; a tap marks the entry read and opens the matter', async () => {
  saveSession(CENTER);
  (fetchInbox as jest.Mock).mockResolvedValue({
    unread: 2,
    items: [
      { key: '2026-11-02T04:00:00.000Z#m2#000003', matterId: 'm2', trackingNo: 'GZ2611020002', type: 'return_requested', at: '2026-11-02T12:00:00.000+08:00', note: '不属于本单位职责', read: false },
      { key: '2026-11-02T03:00:00.000Z#m1#000005', matterId: 'm1', trackingNo: 'GZ2611020001', type: 'appealed', at: '2026-11-02T11:00:00.000+08:00', read: false },
    ],
  });
  (markRead as jest.Mock).mockResolvedValue({ unread: 1 });
  await act(async () => {
    render(<Inbox />);
  });
  expect(screen.getByTestId('inbox-unread').textContent).toBe('2 条未读');
  const items = screen.getAllByTestId('inbox-item');
  expect(items[0].textContent).toContain('承办单位申请退回');
  expect(items[0].textContent).toContain('不属于本单位职责');
  await act(async () => {
    fireEvent.click(items[0]);
  });
  expect(markRead).toHaveBeenCalledWith(CENTER, '2026-11-02T04:00:00.000Z#m2#000003');
  expect(openPage).toHaveBeenCalledWith('/staff/pages/matter/index?id=m2&from=queue');
  expect(screen.getByTestId('inbox-unread').textContent).toBe('1 条未读');
});

it('asks to sign in without a session', async () => {
  await act(async () => {
    render(<Inbox />);
  });
  expect(screen.getByTestId('inbox-signed-out').textContent).toContain('请先登录');
});
