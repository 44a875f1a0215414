import { act, fireEvent, render, screen } from '@testing-library/react';
import MatterPage, { REHANDLE_EXPLANATION } from './index';
import { NetworkError, request, type HttpResponse } from '../../platform/request';
import { redirectTo, reLaunch } from '../../platform/navigation';
import { useRouteParams } from '../../platform/lifecycle';
import {
  apiError,
  callsTo,
  deferred,
  fakeBackend,
  ok,
  resetStorage,
  setElderModeStored,
  signedInCitizen,
  type Route,
} from '../../services/testing/fakeBackend';
import { makeMatter } from '../../services/testing/fixtures';
import type { CitizenMatter } from '../../../../shared/views';
import { STATUS_EXPLANATIONS, STATUS_LABELS } from '../../../../shared/domain/labels';

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

const mockRequest = request as jest.MockedFunction<typeof request>;
const requests = mockRequest as unknown as jest.Mock;

function serve(matter: CitizenMatter, routes: Record<string, Route> = {}) {
  mockRequest.mockImplementation(fakeBackend({ [`GET /v1/matters/${matter.id}`]: ok(matter), ...routes }));
}

async function renderLoaded() {
  render(<MatterPage />);
  return screen.findByTestId('status-label');
}

const awaiting = (rehandles: number) =>
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

describe('matter detail: states', () => {
  it('sends a citizen without consent to the privacy notice, then back here', () => {
    resetStorage();
    mockRequest.mockImplementation(fakeBackend({}));
    render(<MatterPage />);
    expect(redirectTo).toHaveBeenCalledWith('/pages/consent/index?next=%2Fpages%2Fmatter%2Findex%3Fid%3Dm1');
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('shows loading, then the matter', async () => {
    const reply = deferred<HttpResponse>();
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters/m1': () => reply.promise }));
    render(<MatterPage />);
    expect(screen.getByTestId('state-loading').textContent).toContain('正在读取诉求');
    await act(async () => reply.resolve(ok(makeMatter())));
    expect(screen.getByTestId('status-label').textContent).toBe('办理中');
  });

  it('error: shows the message and retries', async () => {
    let calls = 0;
    mockRequest.mockImplementation(
      fakeBackend({ 'GET /v1/matters/m1': () => (++calls === 1 ? Promise.reject(new NetworkError('x')) : ok(makeMatter())) }),
    );
    render(<MatterPage />);
    expect((await screen.findByTestId('state-error')).textContent).toContain('网络连接失败');
    await act(async () => {
      fireEvent.click(screen.getByTestId('state-error-action'));
    });
    expect(screen.getByTestId('status-label').textContent).toBe('办理中');
  });

  it('not found (or another citizen’s matter): says so and leads to my matters', async () => {
    mockRequest.mockImplementation(fakeBackend({ 'GET /v1/matters/m1': apiError(404, 'NOT_FOUND', '未找到该诉求或资源') }));
    render(<MatterPage />);
    expect((await screen.findByTestId('state-error')).textContent).toContain('没有找到这件诉求');
    fireEvent.click(screen.getByTestId('state-error-action'));
    expect(reLaunch).toHaveBeenCalledWith('/pages/matters/index');
  });

  it('without an id: says how to get here', async () => {
    (useRouteParams as jest.Mock).mockReturnValue({});
    mockRequest.mockImplementation(fakeBackend({}));
    render(<MatterPage />);
    expect((await screen.findByTestId('state-error')).textContent).toContain('请从“我的诉求”进入');
  });

  it('applies elder mode', async () => {
    setElderModeStored(true);
    serve(makeMatter());
    await renderLoaded();
    expect(screen.getByTestId('page-root').className).toContain('elder');
  });
});

describe('matter detail: what the citizen reads', () => {
  it('status and explanation in plain words, the countdown at a fixed time', async () => {
    serve(makeMatter());
    await renderLoaded();
    expect(screen.getByTestId('status-explanation').textContent).toBe('承办单位正在办理');
    // Wed 18 Nov → Mon 30 Nov: 19, 20, 23, 24, 25, 26, 27, 30
    expect(screen.getByTestId('countdown').textContent).toBe('办理期限：11月30日，还剩 8 个工作日');
    expect(screen.queryByTestId('supervision')).toBeNull();
  });

  it('overdue and under supervision reads 已超期，正在督办', async () => {
    serve(
      makeMatter({
        overdue: true,
        supervisionLevel: 2,
        supervisionLabel: '已超期，正在督办',
        deadlines: { dispatchBy: null, checkBy: null, handleBy: { at: '2026-11-13T23:59:59.999+08:00', provisional: false }, rateBy: null },
      }),
    );
    await renderLoaded();
    expect(screen.getByTestId('supervision').textContent).toBe('已超期，正在督办');
    expect(screen.getByTestId('countdown').textContent).toBe('办理期限：11月13日，已超期 3 个工作日');
  });

  it('marks provisional deadlines （暂定）', async () => {
    serve(
      makeMatter({
        deadlines: { dispatchBy: null, checkBy: null, handleBy: { at: '2027-01-08T23:59:59.999+08:00', provisional: true }, rateBy: null },
      }),
    );
    await renderLoaded();
    expect(screen.getByTestId('countdown').textContent).toMatch(/^办理期限：2027年1月8日（暂定），还剩 \d+ 个工作日$/);
    expect(screen.getByTestId('deadlines').textContent).toContain('节假日安排还没有公布');
  });

  it('lists every step with its Shanghai time and unit, newest first, with extension reasons and new deadlines', async () => {
    const m = makeMatter({ counts: { extensions: 1, returns: 0, rehandles: 0 } });
    m.timeline.push({
      type: 'extended',
      at: '2026-11-18T01:30:00.000Z', // 09:30 in Shanghai
      version: 5,
      actor: { role: 'unit', unitId: 'th-city', unitName: '天河区城市管理和综合执法局' },
      note: '需协调供电部门更换线路',
      data: {
        previousHandleBy: { at: '2026-11-30T23:59:59.999+08:00', provisional: false },
        handleBy: { at: '2026-12-14T23:59:59.999+08:00', provisional: false },
        extensions: 1,
      },
    });
    serve(m);
    await renderLoaded();
    const steps = screen.getAllByTestId('timeline-step').map((s) => s.textContent);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('【最新】延期办理');
    expect(steps[0]).toContain('11月18日 09:30 · 天河区城市管理和综合执法局');
    expect(steps[0]).toContain('延期原因：需协调供电部门更换线路');
    expect(steps[0]).toContain('新的办理期限：12月14日');
    expect(steps[1]).toContain('承办单位签收');
    expect(steps[2]).toContain('转派承办单位');
    expect(steps[2]).toContain('11月16日 10:00 · 12345热线');
    expect(steps[2]).toContain('承办单位：天河区城市管理和综合执法局');
    expect(steps[3]).toContain('提交诉求');
    expect(screen.getByTestId('flag').textContent).toBe('已延期 1 次');
  });

  it('a closed matter says 已办结 once, and its rating once per place (issue 17)', async () => {
    serve(
      makeMatter({
        status: 'closed',
        statusLabel: STATUS_LABELS.closed,
        statusExplanation: STATUS_EXPLANATIONS.closed,
        rating: { result: 'satisfied', comment: '修好了，谢谢', at: '2026-11-18T09:00:00+08:00', source: 'requestor' },
        reply: awaiting(0).reply,
        timeline: [
          { version: 1, type: 'submitted', at: '2026-11-10T09:00:00+08:00', actor: { role: 'citizen' } },
          { version: 7, type: 'rated', at: '2026-11-18T09:00:00+08:00', actor: { role: 'citizen' }, note: '修好了，谢谢', data: { result: 'satisfied' } },
          { version: 8, type: 'closed', at: '2026-11-18T09:00:00+08:00', actor: { role: 'scheduler' } },
        ],
      } as Partial<CitizenMatter>),
    );
    await renderLoaded();
    const page = screen.getByTestId('page-root').textContent!;
    expect(page.split('已办结')).toHaveLength(2);
    // 办理过程 is the unit's account in the reply; the timeline is 办理进展.
    expect(page.split('办理过程')).toHaveLength(2);
    expect(screen.getByTestId('timeline').textContent).toContain('办理进展');
    expect(screen.getByTestId('status-explanation').textContent).not.toMatch(/办结|完毕/);
    expect(screen.getByTestId('rating-result').textContent).toBe('满意');
    expect(screen.getByTestId('rating').textContent!.split('评价')).toHaveLength(2);
    const rated = screen.getAllByTestId('timeline-step').find((e) => e.textContent!.includes('修好了'))!;
    expect(rated.textContent!.split('评价')).toHaveLength(2);
  });

  it("shows the unit's reply when there is one", async () => {
    serve(awaiting(0));
    await renderLoaded();
    expect(screen.getByTestId('reply-result').textContent).toBe('路灯已修复，恢复正常照明');
    expect(screen.getByTestId('reply-process').textContent).toBe('已联系供电部门更换路灯线路');
  });

  it('explains why a matter was not accepted and where to go', async () => {
    serve(
      makeMatter({
        status: 'not_accepted',
        statusLabel: '不予受理',
        statusExplanation: '您的诉求不属于热线受理范围，请按提示前往相应渠道',
        outcome: { reason: 'litigation', guidance: '请向天河区人民法院起诉' },
        deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null },
      }),
    );
    await renderLoaded();
    expect(screen.getByTestId('outcome').textContent).toContain('已进入或应通过诉讼、仲裁等法定途径解决');
    expect(screen.getByTestId('outcome').textContent).toContain('办理指引：请向天河区人民法院起诉');
    expect(screen.queryByTestId('withdraw')).toBeNull();
    expect(screen.queryByTestId('supplement-form')).toBeNull();
  });
});

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
      lifecycle.pull!();
    });
    expect(screen.getByTestId('status-label').textContent).toBe('待评价');
  });
});
