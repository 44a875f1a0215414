/** The citizen's matter page: its states (consent, loading, error, not found, 长辈版) and what the citizen reads. */
// The harness first: its jest.mock calls must run before the page's modules load.
import { MatterPage, mockRequest, serve, renderLoaded, awaiting } from './matterTesting';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NetworkError, type HttpResponse } from '../../platform/request';
import { redirectTo, reLaunch } from '../../platform/navigation';
import { useRouteParams } from '../../platform/lifecycle';
import { apiError, deferred, fakeBackend, ok, resetStorage, setElderModeStored } from '../../services/testing/fakeBackend';
import { makeMatter } from '../../services/testing/fixtures';
import type { CitizenMatter } from '../../../../shared/views';
import { STATUS_EXPLANATIONS, STATUS_LABELS } from '../../../../shared/domain/labels';

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
