/** The staff endpoints against the request adapter: queries, headers, empty filtered pages, caching. */
import { request } from '../../platform/request';
import { CENTER, queueItem } from '../__fixtures__/matters';
import { fetchPolicy, fetchQueue, fetchUnits, performAction, resetCaches, signIn } from './api';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
const mockRequest = request as jest.MockedFunction<typeof request>;
const ok = (data: unknown) => ({ status: 200, data });

beforeEach(() => {
  mockRequest.mockReset();
  resetCaches();
});

it('signIn keeps only the session fields', async () => {
  mockRequest.mockResolvedValueOnce(ok({ token: 't', expiresAt: '2026-11-23T00:00:00.000Z', role: 'center', username: 'c1', extra: 1 }));
  await expect(signIn('c1', 'pw')).resolves.toEqual({ token: 't', expiresAt: '2026-11-23T00:00:00.000Z', role: 'center', username: 'c1' });
});

it('fetchQueue sends the filter and follows empty filtered pages', async () => {
  mockRequest
    .mockResolvedValueOnce(ok({ items: [], cursor: 'c1' }))
    .mockResolvedValueOnce(ok({ items: [queueItem()], cursor: 'c2' }));
  const page = await fetchQueue(CENTER, { status: 'in_progress', overdue: true, supervisionLevel: 2 });
  expect(page).toEqual({ items: [queueItem()], cursor: 'c2' });
  expect(mockRequest.mock.calls[0][0].url).toMatch(/\/v1\/work\/matters\?status=in_progress&overdue=true&supervisionLevel=2$/);
  expect(mockRequest.mock.calls[0][0].headers).toMatchObject({ Authorization: 'Bearer tok-center' });
  expect(mockRequest.mock.calls[1][0].url).toMatch(/&cursor=c1$/);
});

it('fetchQueue gives up following after a few empty pages, keeping the cursor', async () => {
  mockRequest.mockResolvedValue(ok({ items: [], cursor: 'more' }));
  await expect(fetchQueue(CENTER, {})).resolves.toEqual({ items: [], cursor: 'more' });
  expect(mockRequest).toHaveBeenCalledTimes(5);
});

it('fetchUnits is fetched once per session and sorted; a failure is retried', async () => {
  mockRequest.mockResolvedValueOnce({ status: 503, data: { error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } } });
  await expect(fetchUnits(CENTER)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  mockRequest.mockResolvedValueOnce(ok({ items: [{ id: 'b', name: '越秀区', parentId: null }, { id: 'a', name: '天河区', parentId: null }] }));
  const first = await fetchUnits(CENTER);
  expect(first.map((u) => u.id)).toEqual(['a', 'b']);
  await fetchUnits(CENTER);
  expect(mockRequest).toHaveBeenCalledTimes(2);
});

it('performAction posts with If-Match', async () => {
  mockRequest.mockResolvedValueOnce(ok({ id: 'm 1' }));
  await performAction(CENTER, 'm 1', 'accept', {}, 12);
  expect(mockRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', data: {}, headers: { 'If-Match': '12' } });
  expect(mockRequest.mock.calls[0][0].url).toMatch(/\/v1\/matters\/m%201\/accept$/);
});

it('fetchPolicy reads the profile from /v1/health and never rejects', async () => {
  mockRequest.mockResolvedValueOnce(ok({ status: 'ok', policy: 'changsha', calendar: {} }));
  await expect(fetchPolicy()).resolves.toMatchObject({ name: 'changsha', appealWindowWD: 5 });
  resetCaches();
  mockRequest.mockRejectedValueOnce(new (jest.requireActual('../../platform/request').NetworkError)('offline'));
  await expect(fetchPolicy()).resolves.toBeNull();
});
