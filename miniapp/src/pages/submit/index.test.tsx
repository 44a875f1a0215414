/** The submit page: consent, loading and errors; the form and its validation; each screening outcome. */
// The harness first: its jest.mock calls must run before the page's modules load.
import { accept, backend, checkAndWait, fillValid, health, mockLocation, mockRequest, renderReady, requests, submissions, Submit } from './submitTesting';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NetworkError, type HttpResponse } from '../../platform/request';
import { redirectTo, reLaunch } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import { apiError, callsTo, deferred, ok, resetStorage, setElderModeStored } from '../../services/testing/fakeBackend';

describe('submit page: consent, loading and errors', () => {
  it('sends a citizen without consent to the privacy notice first, and collects nothing', () => {
    resetStorage();
    backend();
    render(<Submit />);
    expect(redirectTo).toHaveBeenCalledWith('/pages/consent/index?next=%2Fpages%2Fsubmit%2Findex');
    expect(screen.queryByTestId('input-content')).toBeNull();
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it("shows the loading district list, then the policy's districts", async () => {
    const reply = deferred<HttpResponse>();
    backend({ 'GET /v1/health': () => reply.promise });
    render(<Submit />);
    expect(screen.getByTestId('district-loading').textContent).toBe('正在读取区县列表…');
    expect((screen.getByTestId('submit-check') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => reply.resolve(health));
    const options = Array.from((screen.getByTestId('input-district') as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toContain('天河区');
    expect(options).toHaveLength(12); // placeholder + Guangzhou's 11 districts
  });

  it('shows why the district list is missing and retries', async () => {
    let calls = 0;
    backend({ 'GET /v1/health': () => (++calls === 1 ? apiError(503, 'UNAVAILABLE', '系统维护中，请稍后再试') : health) });
    render(<Submit />);
    expect((await screen.findByTestId('district-error')).textContent).toContain('系统维护中，请稍后再试');
    await act(async () => {
      fireEvent.click(screen.getByTestId('district-retry'));
    });
    expect(screen.getByTestId('input-district')).toBeTruthy();
  });

  it('offers photos: none yet, up to 9', async () => {
    backend();
    await renderReady();
    expect(screen.getByTestId('photos-add').textContent).toBe('添加照片（还可添加 9 张）');
    expect(screen.queryByTestId('photos-placeholder')).toBeNull();
  });

  it('applies elder mode', async () => {
    setElderModeStored(true);
    backend();
    await renderReady();
    expect(screen.getByTestId('page-root').className).toContain('elder');
  });
});

describe('submit page: form and validation', () => {
  beforeEach(() => backend());

  it('explains the five categories in plain words and marks the chosen one in words', async () => {
    await renderReady();
    expect(screen.getByTestId('category-complaint').textContent).toContain('对政府部门或公共服务不满意，要求纠正');
    fireEvent.click(screen.getByTestId('category-report'));
    expect(screen.getByTestId('category-report').textContent).toContain('已选择');
    expect(screen.getByTestId('category-help').textContent).not.toContain('已选择');
  });

  it('counts characters as the citizen types', async () => {
    await renderReady();
    expect(screen.getByTestId('content-counter').textContent).toBe('已输入 0 字，还需至少 10 字');
    fireEvent.change(screen.getByTestId('input-content'), { target: { value: '路灯坏了' } });
    expect(screen.getByTestId('content-counter').textContent).toBe('已输入 4 字，还需至少 6 字');
    fireEvent.change(screen.getByTestId('input-content'), { target: { value: '路灯坏了一个多月，晚上很黑' } });
    expect(screen.getByTestId('content-counter').textContent).toBe('已输入 13 字（最多 2000 字）');
  });

  it("shows the shared schema's messages next to each field, and sends nothing", async () => {
    await renderReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-check'));
    });
    expect(screen.getByTestId('error-category').textContent).toBe('请选择诉求类别');
    expect(screen.getByTestId('error-content').textContent).toBe('诉求内容至少需要10个字');
    expect(screen.getByTestId('error-district').textContent).toBe('请选择所在区');
    expect(screen.getByTestId('error-contactPhone').textContent).toBe('请填写11位手机号码');
    expect(screen.getByTestId('submit-message').textContent).toContain('请按下面的提示修改后再提交');
    expect(callsTo(requests, 'POST', '/v1/screening')).toHaveLength(0);

    // Fixing a field clears its message.
    fireEvent.click(screen.getByTestId('category-help'));
    expect(screen.queryByTestId('error-category')).toBeNull();
  });

  it('rejects a phone number that is not a mainland mobile', async () => {
    await renderReady();
    fillValid();
    fireEvent.change(screen.getByTestId('input-phone'), { target: { value: '12812345678' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-check'));
    });
    expect(screen.getByTestId('error-contactPhone').textContent).toBe('请填写11位手机号码');
  });

  it('fills the address from the map, and says gently when the map is unavailable', async () => {
    await renderReady();
    mockLocation.mockResolvedValueOnce({ status: 'unavailable' });
    await act(async () => {
      fireEvent.click(screen.getByTestId('location-pick'));
    });
    expect(screen.getByTestId('location-note').textContent).toContain('位置可以不填');

    mockLocation.mockResolvedValueOnce({ status: 'ok', lat: 23.13, lng: 113.33, name: '天河公园', address: '广州市天河区天府路' });
    await act(async () => {
      fireEvent.click(screen.getByTestId('location-pick'));
    });
    expect(screen.getByTestId('location-chosen').textContent).toBe('已选择：天河公园');
    expect((screen.getByTestId('input-address') as HTMLInputElement).value).toBe('广州市天河区天府路 天河公园');
    expect(screen.queryByTestId('location-note')).toBeNull();
  });

  it('keeps the draft when the page is left and opened again', async () => {
    const { unmount } = render(<Submit />);
    await screen.findByTestId('input-district');
    fillValid();
    unmount();
    await renderReady();
    expect((screen.getByTestId('input-content') as HTMLTextAreaElement).value).toBe('天河路100号小区门口的路灯坏了一个多月，晚上很黑。');
    expect((screen.getByTestId('input-phone') as HTMLInputElement).value).toBe('13812345678');
  });
});

describe('submit page: screening outcomes', () => {
  it('accept: says it can be submitted and submits on 确认提交', async () => {
    backend();
    await renderReady();
    fillValid();
    const advice = await checkAndWait('screening-accept');
    expect(advice.textContent).toContain('可以提交');
    expect(callsTo(requests, 'POST', '/v1/screening')[0].data).toEqual({
      content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑。',
      category: 'help',
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(await screen.findByTestId('submit-success')).toBeTruthy();
  });

  it('emergency: a big call button, no submit button unless "not an emergency" is tapped', async () => {
    backend({
      'POST /v1/screening': ok({
        outcome: 'emergency',
        hotline: { number: '119', label: '火警 119' },
        message: '这可能是紧急情况，请立即拨打火警 119。12345热线不处理紧急求助。',
      }),
    });
    await renderReady();
    fillValid();
    const advice = await checkAndWait('screening-emergency');
    expect(advice.textContent).toContain('请立即拨打火警 119');
    expect(screen.queryByTestId('submit-send')).toBeNull();

    fireEvent.click(screen.getByTestId('screening-call'));
    expect(makePhoneCall).toHaveBeenCalledWith('119');

    fireEvent.click(screen.getByTestId('screening-not-emergency'));
    expect(screen.getByTestId('submit-send').textContent).toBe('仍要提交到12345');
  });

  it('emergency found on the phone itself: call buttons at once, no screening request', async () => {
    backend();
    await renderReady();
    fillValid();
    fireEvent.change(screen.getByTestId('input-content'), { target: { value: '路口两辆电动车撞在一起了，有人受伤躺在地上流血' } });
    const advice = await checkAndWait('screening-emergency');
    expect(callsTo(requests, 'POST', '/v1/screening')).toHaveLength(0);
    expect(screen.getByTestId('screening-call').textContent).toBe('立即拨打 急救 120');
    expect(screen.getByTestId('screening-call-122')).toBeTruthy();
    expect(advice.textContent!.split('这可能是紧急情况')).toHaveLength(2);
  });

  it('redirect: names the channel and its guidance, and still offers 仍要提交', async () => {
    backend({
      'POST /v1/screening': ok({
        outcome: 'redirect',
        channel: { channel: 'litigation', label: '诉讼', guidance: '已进入或应通过诉讼解决的纠纷，请向人民法院提起诉讼或咨询12368诉讼服务热线。' },
        message: '已进入或应通过诉讼解决的纠纷，请向人民法院提起诉讼或咨询12368诉讼服务热线。',
      }),
    });
    await renderReady();
    fillValid();
    const advice = await checkAndWait('screening-redirect');
    expect(advice.textContent).toContain('建议通过“诉讼”办理');
    expect(advice.textContent).toContain('12368');
    expect(screen.getByTestId('submit-send').textContent).toBe('仍要提交');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(submissions()).toHaveLength(1);
  });

  it('knowledge: shows the articles; 已解决 submits nothing and forgets the draft', async () => {
    backend({
      'POST /v1/screening': ok({
        outcome: 'knowledge',
        articles: [{ id: 'a1', title: '社保卡丢了怎么办', snippet: '可通过“穗好办”App或到社保经办机构挂失补办……' }],
        message: '以下内容可能已经解答了您的问题。如果没有解决，您仍然可以提交诉求。',
      }),
    });
    await renderReady();
    fillValid();
    await checkAndWait('screening-knowledge');
    expect(screen.getByTestId('article-a1').textContent).toContain('社保卡丢了怎么办');
    expect(screen.getByTestId('submit-send').textContent).toBe('没有解决，继续提交');

    fireEvent.click(screen.getByTestId('screening-resolved'));
    expect(screen.getByTestId('submit-resolved')).toBeTruthy();
    expect(submissions()).toHaveLength(0);
    fireEvent.click(screen.getByTestId('resolved-home'));
    expect(reLaunch).toHaveBeenCalledWith('/pages/index/index');
  });

  it('knowledge: after 已解决 the next visit starts with an empty form', async () => {
    backend({ 'POST /v1/screening': ok({ outcome: 'knowledge', articles: [{ id: 'a1', title: 't', snippet: 's' }], message: 'm' }) });
    const first = render(<Submit />);
    await screen.findByTestId('input-district');
    fillValid();
    await checkAndWait('screening-knowledge');
    fireEvent.click(screen.getByTestId('screening-resolved'));
    first.unmount();
    await renderReady();
    expect((screen.getByTestId('input-content') as HTMLTextAreaElement).value).toBe('');
  });

  it('knowledge: 没有解决，继续提交 submits', async () => {
    backend({
      'POST /v1/screening': ok({ outcome: 'knowledge', articles: [{ id: 'a1', title: 't', snippet: 's' }], message: 'm' }),
    });
    await renderReady();
    fillValid();
    await checkAndWait('screening-knowledge');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(submissions()).toHaveLength(1);
  });

  it('a failed screening never blocks submitting', async () => {
    backend({ 'POST /v1/screening': () => Promise.reject(new NetworkError('timeout')) });
    await renderReady();
    fillValid();
    await checkAndWait('screening-failed');
    expect(screen.getByTestId('submit-message').textContent).toContain('网络连接失败');
    expect(screen.getByTestId('submit-send').textContent).toBe('直接提交');
  });

  it('changing the text after screening asks again', async () => {
    backend();
    await renderReady();
    fillValid();
    await checkAndWait('screening-accept');
    fireEvent.change(screen.getByTestId('input-content'), { target: { value: '天河路100号小区门口的路灯坏了两个月了。' } });
    expect(screen.queryByTestId('screening-accept')).toBeNull();
    expect(screen.getByTestId('submit-check')).toBeTruthy();
  });
});
