/** The citizen's matter page: rating, supplement, withdraw and pull-to-refresh. */
// The harness first: its jest.mock calls must run before the page's modules load.
import { mockRequest, pullToRefresh, requests, serve, renderLoaded, awaiting } from './matterTesting';
import { act, fireEvent, screen } from '@testing-library/react';
import { REHANDLE_EXPLANATION } from './index';
import { apiError, callsTo, fakeBackend, ok } from '../../services/testing/fakeBackend';
import { makeMatter } from '../../services/testing/fixtures';

describe('matter detail: rating', () => {
  it('explains that a first 不满意 sends the matter back for one more round of handling', async () => {
    serve(awaiting(0));
    await renderLoaded();
    expect(screen.getByTestId('rating-deadline').textContent).toContain('请在 11月21日 10:00 前评价');
    expect(screen.getByTestId('rating-consequence').textContent).toContain(REHANDLE_EXPLANATION);
    fireEvent.click(screen.getByTestId('rate-unsatisfied'));
    expect(screen.getByTestId('rating-consequence').textContent).toContain('第一次选择不满意，将退回承办单位重新办理一次');
    expect(screen.getByTestId('rate-unsatisfied').textContent).toContain('已选择');
    fireEvent.click(screen.getByTestId('rate-satisfied'));
    expect(screen.getByTestId('rating-consequence').textContent).toContain('这件诉求将办结');
  });

  it('after a re-handling, explains that 不满意 closes the matter and puts it under supervision', async () => {
    serve(awaiting(1));
    await renderLoaded();
    fireEvent.click(screen.getByTestId('rate-unsatisfied'));
    const text = screen.getByTestId('rating-consequence').textContent!;
    expect(text).toContain('已经重新办理过一次');
    expect(text).toContain('办结');
    expect(text).toContain('督办');
    expect(text).not.toContain(REHANDLE_EXPLANATION);
  });

  it('asks for a choice before sending', async () => {
    serve(awaiting(0));
    await renderLoaded();
    await act(async () => {
      fireEvent.click(screen.getByTestId('rating-submit'));
    });
    expect(screen.getByTestId('rating-error').textContent).toBe('请选择满意、基本满意或不满意');
    expect(callsTo(requests, 'POST', '/v1/matters/m1/rating')).toHaveLength(0);
  });

  it('sends the rating with If-Match and shows the new state', async () => {
    const rated = makeMatter({
      status: 'in_progress',
      statusLabel: '办理中',
      rehandling: true,
      version: 9,
      counts: { extensions: 0, returns: 0, rehandles: 1 },
      rating: { result: 'unsatisfied', comment: '晚上还是不亮', source: 'requestor', at: '2026-11-18T10:00:00+08:00' },
    });
    serve(awaiting(0), { 'POST /v1/matters/m1/rating': ok(rated) });
    await renderLoaded();
    fireEvent.click(screen.getByTestId('rate-unsatisfied'));
    fireEvent.change(screen.getByTestId('rating-comment'), { target: { value: '晚上还是不亮' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('rating-submit'));
    });
    const sent = callsTo(requests, 'POST', '/v1/matters/m1/rating')[0];
    expect(sent.headers).toMatchObject({ 'If-Match': '7', Authorization: 'Bearer citizen-token' });
    expect(sent.data).toEqual({ result: 'unsatisfied', comment: '晚上还是不亮' });
    expect(screen.getByTestId('status-label').textContent).toBe('办理中');
    expect(screen.queryByTestId('rating-form')).toBeNull();
    expect(screen.getByTestId('rating').textContent).toMatch(/^您的评价不满意/);
    expect(screen.getByTestId('rating-result').textContent).toBe('不满意');
    expect(screen.getAllByTestId('flag').map((f) => f.textContent)).toContain('重新办理中');
  });

  it('when someone acted first (409 VERSION_CONFLICT) reloads and says so', async () => {
    let gets = 0;
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters/m1': () => ok(++gets === 1 ? awaiting(0) : makeMatter({ status: 'closed', statusLabel: '已办结', statusExplanation: '已办结', version: 8 })),
        'POST /v1/matters/m1/rating': apiError(409, 'VERSION_CONFLICT', '该诉求已被更新，请刷新后再操作'),
      }),
    );
    await renderLoaded();
    fireEvent.click(screen.getByTestId('rate-satisfied'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('rating-submit'));
    });
    expect(screen.getByTestId('status-label').textContent).toBe('已办结');
    expect(screen.queryByTestId('rating-form')).toBeNull();
    expect(screen.getByTestId('action-notice').textContent).toContain('刚刚有了新进展');
  });
});

describe('matter detail: supplement and withdraw', () => {
  it('validates a supplement with the shared message, then sends it with If-Match', async () => {
    const after = makeMatter({ version: 5 });
    after.timeline.push({ type: 'supplemented', at: '2026-11-18T10:00:00+08:00', version: 5, actor: { role: 'citizen' }, note: '晚上8点以后最暗' });
    serve(makeMatter(), { 'POST /v1/matters/m1/supplement': ok(after) });
    await renderLoaded();
    await act(async () => {
      fireEvent.click(screen.getByTestId('supplement-submit'));
    });
    expect(screen.getByTestId('supplement-error').textContent).toBe('补充内容至少需要2个字');

    fireEvent.change(screen.getByTestId('supplement-content'), { target: { value: '晚上8点以后最暗' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('supplement-submit'));
    });
    const sent = callsTo(requests, 'POST', '/v1/matters/m1/supplement')[0];
    expect(sent.headers).toMatchObject({ 'If-Match': '4' });
    expect(sent.data).toEqual({ content: '晚上8点以后最暗' });
    expect(screen.getByTestId('supplement-done')).toBeTruthy();
    expect(screen.getAllByTestId('timeline-step')[0].textContent).toContain('补充内容：晚上8点以后最暗');
  });

  it('withdraws only after confirmation', async () => {
    serve(makeMatter(), {
      'POST /v1/matters/m1/withdraw': ok(
        makeMatter({ status: 'withdrawn', statusLabel: '已撤回', statusExplanation: '这件诉求不再办理', version: 5, deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null } }),
      ),
    });
    await renderLoaded();
    fireEvent.click(screen.getByTestId('withdraw-start'));
    expect(screen.getByTestId('withdraw-confirm').textContent).toContain('不能恢复');
    fireEvent.click(screen.getByTestId('withdraw-cancel'));
    expect(callsTo(requests, 'POST', '/v1/matters/m1/withdraw')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('withdraw-start'));
    fireEvent.change(screen.getByTestId('withdraw-reason'), { target: { value: '已经修好了' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('withdraw-confirm-button'));
    });
    const sent = callsTo(requests, 'POST', '/v1/matters/m1/withdraw')[0];
    expect(sent.data).toEqual({ reason: '已经修好了' });
    expect(sent.headers).toMatchObject({ 'If-Match': '4' });
    expect(screen.getByTestId('status-label').textContent).toBe('已撤回');
    expect(screen.queryByTestId('withdraw')).toBeNull();
    expect(screen.queryByTestId('supplement-form')).toBeNull();
  });

  it.each([
    ['received', true],
    ['dispatched', true],
    ['return_requested', true],
    ['in_progress', true],
    ['reply_review', false],
    ['awaiting_rating', false],
    ['closed', false],
  ] as const)('withdraw offered when %s: %s', async (status, offered) => {
    serve(makeMatter({ status }));
    await renderLoaded();
    expect(!!screen.queryByTestId('withdraw')).toBe(offered);
  });

  it('shows a refused withdraw in words (e.g. the unit has just replied)', async () => {
    let gets = 0;
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters/m1': () => ok(++gets === 1 ? makeMatter() : makeMatter({ status: 'reply_review', statusLabel: '办结审核中' })),
        'POST /v1/matters/m1/withdraw': apiError(409, 'INVALID_TRANSITION', '当前状态下不能执行此操作'),
      }),
    );
    await renderLoaded();
    fireEvent.click(screen.getByTestId('withdraw-start'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('withdraw-confirm-button'));
    });
    expect(screen.getByTestId('status-label').textContent).toBe('办结审核中');
    expect(screen.queryByTestId('withdraw')).toBeNull();
    expect(screen.getByTestId('action-notice').textContent).toBe('当前状态下不能执行此操作。页面已更新为最新情况。');
  });

  it('pull-to-refresh reloads the matter', async () => {
    let gets = 0;
    mockRequest.mockImplementation(
      fakeBackend({
        'GET /v1/matters/m1': () => ok(++gets === 1 ? makeMatter() : awaiting(0)),
      }),
    );
    await renderLoaded();
    await act(async () => {
      pullToRefresh();
    });
    expect(screen.getByTestId('status-label').textContent).toBe('待评价');
  });
});
