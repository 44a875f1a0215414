/**
 * Test support (not bundled: nothing in the app imports it). A fake backend behind the mocked platform/request
 * adapter: routes keyed by "METHOD /path", each a fixed reply or a function of the request, so page tests run the
 * real hooks, services and API client and can assert on exactly what was sent (headers, bodies, query strings).
 */
import Taro from '@tarojs/taro';
import type { HttpRequest, HttpResponse } from '../../platform/request';
import { forgetPolicy } from '../policy';
import { CONSENT_VERSION } from '../session';

export interface FakeRequest extends HttpRequest {
  path: string;
  query: URLSearchParams;
}

export type Route = HttpResponse | ((req: FakeRequest) => HttpResponse | Promise<HttpResponse>);

export const ok = <T>(data: T, status = 200): HttpResponse<T> => ({ status, data });

export const apiError = (status: number, code: string, message: string, details?: unknown): HttpResponse => ({
  status,
  data: { error: { code, message, ...(details !== undefined ? { details } : {}) } },
});

/**
 * request() implementation for `mockRequest.mockImplementation(fakeBackend({...}))`. Unknown routes fail loudly.
 * A new backend may run under another policy: the loaded profile is forgotten.
 */
export function fakeBackend(routes: Record<string, Route>) {
  forgetPolicy();
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const url = new URL(req.url);
    const key = `${req.method} ${url.pathname}`;
    const route = routes[key];
    if (!route) throw new Error(`fake backend: no route for ${key}`);
    return typeof route === 'function' ? route({ ...req, path: url.pathname, query: url.searchParams }) : route;
  };
}

/** A reply the test releases by hand, to look at the page while a request is in flight. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const TEST_TOKEN = 'citizen-token';

/** Clean storage (the @tarojs/taro stub keeps it in memory). */
export function resetStorage(): void {
  Taro.clearStorageSync();
}

/** A citizen who has agreed to the privacy notice and holds a valid token. */
export function signedInCitizen(token = TEST_TOKEN): void {
  Taro.setStorageSync('hotline.consent', { version: CONSENT_VERSION, at: '2026-11-01T00:00:00.000Z' });
  Taro.setStorageSync('hotline.citizenSession', { token, expiresAt: '2099-01-01T00:00:00.000Z' });
}

export function setElderModeStored(on: boolean): void {
  Taro.setStorageSync('hotline.elderMode', on);
}

/** Headers of the n-th call to a route. */
export function callsTo(mock: jest.Mock, method: string, path: string): HttpRequest[] {
  return mock.mock.calls.map((c) => c[0] as HttpRequest).filter((r) => r.method === method && new URL(r.url).pathname === path);
}
