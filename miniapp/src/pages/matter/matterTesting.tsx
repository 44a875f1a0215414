/**
 * The citizen's matter page test harness, shared by index.test.tsx (states, what the citizen reads) and
 * actions.test.tsx (rating, supplement, withdraw, refresh). Import it FIRST in a test file: its jest.mock calls must run
 * before the page's modules load. The platform layer (request, navigation, toast, clipboard, clock, lifecycle) is
 * replaced; the page, its services and the shared schemas are real.
 */
import { render, screen } from '@testing-library/react';
import MatterPage from './index';
import { request } from '../../platform/request';
import { useRouteParams } from '../../platform/lifecycle';
import { fakeBackend, ok, resetStorage, signedInCitizen, type Route } from '../../services/testing/fakeBackend';
import { makeMatter } from '../../services/testing/fixtures';
import type { CitizenMatter } from '../../../../shared/views';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  reLaunch: jest.fn(async () => undefined),
}));
jest.mock('../../platform/toast', () => ({ showToast: jest.fn() }));
jest.mock('../../platform/clipboard', () => ({ copyText: jest.fn(async () => true) }));
jest.mock('../../platform/clock', () => ({ now: () => Date.parse('2026-11-18T10:00:00+08:00') }));
const lifecycle: { pull?: () => void } = {};
jest.mock('../../platform/lifecycle', () => ({
  useOnPullDownRefresh: (cb: () => void) => {
    lifecycle.pull = cb;
  },
  useRouteParams: jest.fn(() => ({ id: 'm1' })),
  stopPullDownRefresh: jest.fn(),
}));

export { MatterPage };

/** Pulls the page down, as the citizen would: calls the callback the page gave the lifecycle stand-in. */
export const pullToRefresh = () => lifecycle.pull!();
export const mockRequest = request as jest.MockedFunction<typeof request>;
export const requests = mockRequest as unknown as jest.Mock;

export function serve(matter: CitizenMatter, routes: Record<string, Route> = {}) {
  mockRequest.mockImplementation(fakeBackend({ [`GET /v1/matters/${matter.id}`]: ok(matter), ...routes }));
}

export async function renderLoaded() {
  render(<MatterPage />);
  return screen.findByTestId('status-label');
}

export const awaiting = (rehandles: number) =>
  makeMatter({
    status: 'awaiting_rating',
    statusLabel: '待评价',
    statusExplanation: '承办单位已办理完毕',
    version: 7,
    counts: { extensions: 0, returns: 0, rehandles },
    deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: { at: '2026-11-21T10:00:00.000+08:00', provisional: false } },
    reply: {
      process: '已联系供电部门更换路灯线路',
      result: '路灯已修复，恢复正常照明',
      handledAt: '2026-11-17T16:00:00+08:00',
      contactedRequestor: true,
      at: '2026-11-17T17:00:00+08:00',
      unitId: 'th-city',
    },
  });

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  signedInCitizen();
  (useRouteParams as jest.Mock).mockReturnValue({ id: 'm1' });
});
