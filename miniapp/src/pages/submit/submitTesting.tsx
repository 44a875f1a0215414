/**
 * The submit page's test harness, shared by index.test.tsx (consent, form, screening) and sending.test.tsx (sending
 * exactly once, photos). Import it FIRST in a test file: its jest.mock calls must run before the page's modules load.
 * The platform layer (request, navigation, phone, clipboard, location, subscribe, toast, photos, clock) is replaced;
 * the page, its services and the shared schemas are real.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Submit from './index';
import { request, type HttpRequest } from '../../platform/request';
import { chooseLocation } from '../../platform/location';
import { callsTo, fakeBackend, ok, resetStorage, signedInCitizen, type Route } from '../../services/testing/fakeBackend';
import { makeMatter } from '../../services/testing/fixtures';
import type { ScreeningResult } from '../../../../shared/views';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  reLaunch: jest.fn(async () => undefined),
}));
jest.mock('../../platform/phone', () => ({ makePhoneCall: jest.fn(async () => true) }));
jest.mock('../../platform/clipboard', () => ({ copyText: jest.fn(async () => true) }));
jest.mock('../../platform/location', () => ({ chooseLocation: jest.fn() }));
jest.mock('../../platform/subscribe', () => ({ requestSubscription: jest.fn(async () => false) }));
jest.mock('../../platform/toast', () => ({ showToast: jest.fn() }));
jest.mock('../../platform/photos', () => ({ choosePhotos: jest.fn(), uploadPhoto: jest.fn(), previewPhotos: jest.fn() }));
jest.mock('../../platform/clock', () => ({ now: () => Date.parse('2026-11-16T10:00:00+08:00') }));

export { Submit };
export const mockRequest = request as jest.MockedFunction<typeof request>;
export const requests = mockRequest as unknown as jest.Mock;
export const mockLocation = chooseLocation as jest.MockedFunction<typeof chooseLocation>;

export const health = ok({ status: 'ok', policy: 'guangzhou', calendar: {} });
export const accept: ScreeningResult = { outcome: 'accept', message: '可以提交，热线将在1个工作日内转交承办单位。' };
export const created = makeMatter({
  id: 'new-1',
  trackingNo: 'GZ2611160012',
  status: 'received',
  statusLabel: '已受理',
  statusExplanation: '热线已收到您的诉求，正在分派给负责的部门',
  deadlines: { dispatchBy: { at: '2026-11-17T23:59:59.999+08:00', provisional: false }, checkBy: null, handleBy: null, rateBy: null },
});

export function backend(routes: Record<string, Route> = {}) {
  mockRequest.mockImplementation(
    fakeBackend({
      'GET /v1/health': health,
      'POST /v1/screening': ok(accept),
      'POST /v1/matters': ok(created, 201),
      ...routes,
    }),
  );
}

export async function renderReady() {
  render(<Submit />);
  await screen.findByTestId('input-district');
}

export function fillValid() {
  fireEvent.click(screen.getByTestId('category-help'));
  fireEvent.change(screen.getByTestId('input-content'), { target: { value: '天河路100号小区门口的路灯坏了一个多月，晚上很黑。' } });
  fireEvent.change(screen.getByTestId('input-district'), { target: { value: '3' } }); // 天河区
  fireEvent.change(screen.getByTestId('input-phone'), { target: { value: '13812345678' } });
}

export async function checkAndWait(testId: string) {
  await act(async () => {
    fireEvent.click(screen.getByTestId('submit-check'));
  });
  return screen.findByTestId(testId);
}

export const submissions = (): HttpRequest[] => callsTo(requests, 'POST', '/v1/matters');

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  signedInCitizen();
});
