import { act, fireEvent, render, screen } from '@testing-library/react';
import Knowledge from './index';
import { NetworkError, request, type HttpResponse } from '../../platform/request';
import { navigateTo } from '../../platform/navigation';
import { useRouteParams } from '../../platform/lifecycle';
import { makePhoneCall } from '../../platform/phone';
import { callsTo, deferred, fakeBackend, ok, resetStorage, setElderModeStored } from '../../services/testing/fakeBackend';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  navigateTo: jest.fn(async () => undefined),
}));
jest.mock('../../platform/phone', () => ({ makePhoneCall: jest.fn(async () => true) }));
jest.mock('../../platform/lifecycle', () => ({ useRouteParams: jest.fn(() => ({})) }));

const mockRequest = request as jest.MockedFunction<typeof request>;
const requests = mockRequest as unknown as jest.Mock;

const article = (id: string, title: string, body: string) => ({ id, title, body, tags: [], score: 3 });
const longBody = '可通过“穗好办”App在线挂失补办社保卡，也可以携带身份证到就近的社保经办网点或合作银行网点办理。补办后原卡作废，新卡一般在10个工作日内制作完成，可选择邮寄到家或到网点领取。';

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  (useRouteParams as jest.Mock).mockReturnValue({});
});

describe('knowledge page', () => {
  it('lists common questions first, without signing in', async () => {
    const reply = deferred<HttpResponse>();
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/knowledge': () => reply.promise }));
    render(<Knowledge />);
    expect(screen.getByTestId('state-loading').textContent).toBe('正在查找…');
    // Nothing below the loading line: the answers take its place without pushing painted content down.
    expect(screen.queryByTestId('knowledge-other-ways')).toBeNull();
    await act(async () => reply.resolve(ok({ items: [article('a1', '如何办理居住证', '持身份证到居住地派出所申请。')] })));
    expect(screen.getByTestId('knowledge-results').textContent).toContain('常见问题');
    expect(screen.getByTestId('knowledge-a1').textContent).toContain('如何办理居住证');
    expect(screen.getByTestId('knowledge-other-ways').textContent).toContain('没有找到答案？');
    const first = callsTo(requests, 'GET', '/v1/knowledge')[0];
    expect(first.headers).not.toHaveProperty('Authorization');
  });

  it('searches for what was typed and opens a long answer', async () => {
    mockRequest.mockImplementation(
      fakeBackend({ 'GET /v1/knowledge': (req) => ok({ items: req.query.get('q') ? [article('a2', '社保卡丢了怎么办', longBody)] : [] }) }),
    );
    render(<Knowledge />);
    await screen.findByTestId('state-empty');
    fireEvent.change(screen.getByTestId('knowledge-query'), { target: { value: ' 社保卡丢了 ' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('knowledge-search'));
    });
    expect(new URL(callsTo(requests, 'GET', '/v1/knowledge')[1].url).searchParams.get('q')).toBe('社保卡丢了');
    expect(screen.getByTestId('knowledge-results').textContent).toContain('找到 1 条相关解答');
    expect(screen.getByTestId('knowledge-a2').textContent).not.toContain('可选择邮寄到家');
    fireEvent.click(screen.getByTestId('knowledge-toggle-a2'));
    expect(screen.getByTestId('knowledge-a2').textContent).toContain('可选择邮寄到家');
  });

  it('empty: says nothing was found and offers to submit', async () => {
    (useRouteParams as jest.Mock).mockReturnValue({ q: encodeURIComponent('火星移民') });
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/knowledge': ok({ items: [] }) }));
    render(<Knowledge />);
    expect((await screen.findByTestId('state-empty')).textContent).toContain('没有找到和“火星移民”有关的答案');
    // Said once: the empty state does not repeat the 我要反映 below it.
    expect(screen.queryByTestId('state-empty-action')).toBeNull();
    expect(screen.getByTestId('knowledge-other-ways').textContent).not.toContain('没有找到答案');
    fireEvent.click(screen.getByTestId('knowledge-submit'));
    expect(navigateTo).toHaveBeenCalledWith('/pages/submit/index');
  });

  it('error: says why and retries', async () => {
    let calls = 0;
    mockRequest.mockImplementation(
      fakeBackend({ 'GET /v1/knowledge': () => (++calls === 1 ? Promise.reject(new NetworkError('x')) : ok({ items: [article('a1', 't', 'b')] })) }),
    );
    render(<Knowledge />);
    expect((await screen.findByTestId('state-error')).textContent).toContain('网络连接失败');
    await act(async () => {
      fireEvent.click(screen.getByTestId('state-error-action'));
    });
    expect(screen.getByTestId('knowledge-a1')).toBeTruthy();
  });

  it('offers the phone line, and applies elder mode', async () => {
    setElderModeStored(true);
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/knowledge': ok({ items: [] }) }));
    render(<Knowledge />);
    await screen.findByTestId('state-empty');
    expect(screen.getByTestId('page-root').className).toContain('elder');
    fireEvent.click(screen.getByTestId('knowledge-call'));
    expect(makePhoneCall).toHaveBeenCalledWith('12345');
  });
});
