import { act, fireEvent, render, screen } from '@testing-library/react';
import Submit from './index';
import { NetworkError, request, type HttpRequest, type HttpResponse } from '../../platform/request';
import { redirectTo, reLaunch } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import { copyText } from '../../platform/clipboard';
import { chooseLocation } from '../../platform/location';
import { requestSubscription } from '../../platform/subscribe';
import { choosePhotos, uploadPhoto } from '../../platform/photos';
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

const mockRequest = request as jest.MockedFunction<typeof request>;
const requests = mockRequest as unknown as jest.Mock;
const mockLocation = chooseLocation as jest.MockedFunction<typeof chooseLocation>;

const health = ok({ status: 'ok', policy: 'guangzhou', calendar: {} });
const accept: ScreeningResult = { outcome: 'accept', message: '可以提交，热线将在1个工作日内转交承办单位。' };
const created = makeMatter({
  id: 'new-1',
  trackingNo: 'GZ2611160012',
  status: 'received',
  statusLabel: '已受理',
  statusExplanation: '热线已收到您的诉求，正在分派给负责的部门',
  deadlines: { dispatchBy: { at: '2026-11-17T23:59:59.999+08:00', provisional: false }, checkBy: null, handleBy: null, rateBy: null },
});

function backend(routes: Record<string, Route> = {}) {
  mockRequest.mockImplementation(
    fakeBackend({
      'GET /v1/health': health,
      'POST /v1/screening': ok(accept),
      'POST /v1/matters': ok(created, 201),
      ...routes,
    }),
  );
}

async function renderReady() {
  render(<Submit />);
  await screen.findByTestId('input-district');
}

function fillValid() {
  fireEvent.click(screen.getByTestId('category-help'));
  fireEvent.change(screen.getByTestId('input-content'), { target: { value: '天河路100号小区门口的路灯坏了一个多月，晚上很黑。' } });
  fireEvent.change(screen.getByTestId('input-district'), { target: { value: '3' } }); // 天河区
  fireEvent.change(screen.getByTestId('input-phone'), { target: { value: '13812345678' } });
}

async function checkAndWait(testId: string) {
  await act(async () => {
    fireEvent.click(screen.getByTestId('submit-check'));
  });
  return screen.findByTestId(testId);
}

const submissions = (): HttpRequest[] => callsTo(requests, 'POST', '/v1/matters');

beforeEach(() => {
  resetStorage();
  jest.clearAllMocks();
  signedInCitizen();
});

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

describe('submit page: sending exactly once', () => {
  it('a double tap sends one request with one Idempotency-Key, and the button says it is busy', async () => {
    const reply = deferred<HttpResponse>();
    backend({ 'POST /v1/matters': () => reply.promise });
    await renderReady();
    fillValid();
    await checkAndWait('screening-accept');

    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    const button = screen.getByTestId('submit-send') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('正在提交，请稍候…');
    fireEvent.click(button);

    expect(submissions()).toHaveLength(1);
    const key = submissions()[0].headers!['Idempotency-Key'];
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(submissions()[0].headers).toMatchObject({ Authorization: 'Bearer citizen-token' });
    expect(submissions()[0].data).toMatchObject({
      category: 'help',
      district: '天河区',
      contactPhone: '13812345678',
      confidential: false,
      address: null,
      location: null,
    });

    await act(async () => reply.resolve(ok(created, 201)));
    expect(screen.getByTestId('tracking-no').textContent).toBe('GZ2611160012');
    expect(submissions()).toHaveLength(1);
  });

  it('asks for subscribe-message consent on the tap, before sending', async () => {
    backend();
    await renderReady();
    fillValid();
    await checkAndWait('screening-accept');
    (requestSubscription as jest.Mock).mockImplementationOnce(async () => {
      expect(submissions()).toHaveLength(0);
      return true;
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(requestSubscription).toHaveBeenCalledTimes(1);
    expect(submissions()).toHaveLength(1);
  });

  it('a retry after a network error reuses the same key (even after leaving the page)', async () => {
    let attempt = 0;
    backend({ 'POST /v1/matters': () => (++attempt === 1 ? Promise.reject(new NetworkError('timeout')) : ok(created, 200)) });
    const first = render(<Submit />);
    await screen.findByTestId('input-district');
    fillValid();
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(screen.getByTestId('submit-message').textContent).toBe('网络连接失败，请检查网络后重试');
    expect((screen.getByTestId('submit-send') as HTMLButtonElement).disabled).toBe(false);

    // The citizen leaves and comes back: the draft and its key are still there.
    first.unmount();
    await renderReady();
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(submissions()).toHaveLength(2);
    expect(submissions()[1].headers!['Idempotency-Key']).toBe(submissions()[0].headers!['Idempotency-Key']);
    expect(await screen.findByTestId('submit-success')).toBeTruthy();
  });

  it('the next draft gets a new key after a success', async () => {
    backend();
    const first = render(<Submit />);
    await screen.findByTestId('input-district');
    fillValid();
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    first.unmount();

    await renderReady();
    // The contact phone is remembered, the rest starts empty.
    expect((screen.getByTestId('input-phone') as HTMLInputElement).value).toBe('13812345678');
    expect((screen.getByTestId('input-content') as HTMLTextAreaElement).value).toBe('');
    fillValid();
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(submissions()[1].headers!['Idempotency-Key']).not.toBe(submissions()[0].headers!['Idempotency-Key']);
  });

  it("shows the backend's field messages next to the fields", async () => {
    backend({
      'POST /v1/matters': apiError(400, 'VALIDATION_FAILED', '请从列表中选择所在区', [{ field: 'district', message: '请从列表中选择所在区' }]),
    });
    await renderReady();
    fillValid();
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(screen.getByTestId('error-district').textContent).toBe('请从列表中选择所在区');
    expect(screen.getByTestId('submit-message').textContent).toContain('请从列表中选择所在区');
  });

  it('success: the tracking number, big, with copy and 查看进度', async () => {
    backend();
    await renderReady();
    fillValid();
    fireEvent.click(screen.getByTestId('input-confidential'));
    expect(screen.getByTestId('confidential-state').textContent).toContain('承办单位看不到您的姓名和手机号码');
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(submissions()[0].data).toMatchObject({ confidential: true });
    expect(screen.getByTestId('tracking-no').textContent).toBe('GZ2611160012');
    expect(screen.getByTestId('success-dispatch-by').textContent).toContain('11月17日');
    // Said once: when it is passed on (above), then roughly when an answer is due — GZ Art.17: 10 working days for 求助.
    expect(screen.getByTestId('success-answer-by').textContent).toBe('求助类诉求，负责的部门一般在转交后 10 个工作日内答复您。');
    expect(screen.queryByText('热线已收到您的诉求，正在分派给负责的部门')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-tracking-no'));
    });
    expect(copyText).toHaveBeenCalledWith('GZ2611160012');
    expect(screen.getByTestId('copy-note').textContent).toBe('编号已复制');

    fireEvent.click(screen.getByTestId('view-progress'));
    expect(redirectTo).toHaveBeenCalledWith('/pages/matter/index?id=new-1');
  });

  it('success: a failed copy asks the citizen to write the number down', async () => {
    (copyText as jest.Mock).mockResolvedValueOnce(false);
    backend();
    await renderReady();
    fillValid();
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-tracking-no'));
    });
    expect(screen.getByTestId('copy-note').textContent).toContain('请把编号抄下来');
  });
});

describe('submit page: photos', () => {
  const mockChoose = choosePhotos as jest.MockedFunction<typeof choosePhotos>;
  const mockUpload = uploadPhoto as jest.MockedFunction<typeof uploadPhoto>;
  const photo = (n: number) => ({ path: `wxfile://tmp/${n}.jpg`, size: 1000 + n, contentType: 'image/jpeg' as const });
  let issued = 0;
  /** Keys shaped like the backend's (the form validates them with the shared schema). */
  const keyOf = (n: number) => `uploads/00000000-0000-4000-8000-${String(n).padStart(12, '0')}-abcdefghijklmnopqrstuv.jpg`;
  const presign = () => {
    const key = keyOf(++issued);
    return ok({ key, url: 'https://bucket.example/', fields: { key }, expiresAt: '', maxBytes: 5242880 }, 201);
  };
  beforeEach(() => {
    issued = 0;
  });

  async function pick(n: number) {
    mockChoose.mockResolvedValueOnce({ status: 'ok', photos: Array.from({ length: n }, (_, i) => photo(i + 1)) });
    await act(async () => {
      fireEvent.click(screen.getByTestId('photos-add'));
    });
  }
  async function submitDirectly() {
    await checkAndWait('screening-accept');
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
  }

  it('uploads picked photos at once and submits their keys in order', async () => {
    backend({ 'POST /v1/uploads': presign });
    mockUpload.mockResolvedValue({ ok: true });
    await renderReady();
    fillValid();
    await pick(2);
    expect(mockChoose).toHaveBeenCalledWith(9);
    expect(callsTo(requests, 'POST', '/v1/uploads').map((r) => r.data)).toEqual([
      { contentType: 'image/jpeg', size: 1001 },
      { contentType: 'image/jpeg', size: 1002 },
    ]);
    expect(mockUpload).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://bucket.example/' }), 'wxfile://tmp/1.jpg');
    expect(screen.getByTestId('photos-add').textContent).toBe('继续添加（还可添加 7 张）');
    await submitDirectly();
    expect(await screen.findByTestId('submit-success')).toBeTruthy();
    expect((submissions()[0].data as { attachments: string[] }).attachments).toEqual([keyOf(1), keyOf(2)]);
  });

  it('waits for a photo still uploading before it submits', async () => {
    backend({ 'POST /v1/uploads': presign });
    const slow = deferred<{ ok: true }>();
    mockUpload.mockReturnValueOnce(slow.promise);
    await renderReady();
    fillValid();
    await pick(1);
    expect(screen.getByTestId('photo-state-0').textContent).toBe('上传中…');
    await submitDirectly();
    expect(submissions()).toHaveLength(0);
    await act(async () => slow.resolve({ ok: true }));
    expect(await screen.findByTestId('submit-success')).toBeTruthy();
    expect((submissions()[0].data as { attachments: string[] }).attachments).toEqual([keyOf(1)]);
  });

  it('a failed upload stops the submission until it is retried or removed', async () => {
    backend({ 'POST /v1/uploads': presign });
    mockUpload.mockResolvedValueOnce({ ok: false, status: 403 });
    await renderReady();
    fillValid();
    await pick(1);
    expect(screen.getByTestId('photo-state-0').textContent).toBe('失败，点击重试');
    await submitDirectly();
    expect(submissions()).toHaveLength(0);
    expect(screen.getByText(/有 1 张图片没有上传成功/)).toBeTruthy();
    mockUpload.mockResolvedValueOnce({ ok: true });
    await act(async () => {
      fireEvent.click(screen.getByTestId('photo-thumb-0'));
    });
    expect(screen.queryByTestId('photo-state-0')).toBeNull(); // uploaded
    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-send'));
    });
    expect(await screen.findByTestId('submit-success')).toBeTruthy();
    expect((submissions()[0].data as { attachments: string[] }).attachments).toEqual([keyOf(2)]);
  });

  it('removing a photo frees its place and keeps it out of the submission', async () => {
    backend({ 'POST /v1/uploads': presign });
    mockUpload.mockResolvedValue({ ok: true });
    await renderReady();
    fillValid();
    await pick(9);
    expect(screen.queryByTestId('photos-add')).toBeNull();
    expect(screen.getByTestId('photos-full').textContent).toContain('9 张上限');
    fireEvent.click(screen.getByTestId('photo-remove-0'));
    expect(screen.getByTestId('photos-add').textContent).toBe('继续添加（还可添加 1 张）');
    await submitDirectly();
    await screen.findByTestId('submit-success');
    const sent = (submissions()[0].data as { attachments: string[] }).attachments;
    expect(sent).toHaveLength(8);
    expect(sent).not.toContain(keyOf(1));
  });

  it("shows the backend's refusal of a photo next to the photos", async () => {
    backend({
      'POST /v1/uploads': presign,
      'POST /v1/matters': apiError(400, 'VALIDATION_FAILED', '第1张图片没有上传成功或已过期，请删除后重新上传', [{ field: 'attachments.0', message: '图片未上传或已过期' }]),
    });
    mockUpload.mockResolvedValue({ ok: true });
    await renderReady();
    fillValid();
    await pick(1);
    await submitDirectly();
    expect((await screen.findByTestId('error-attachments')).textContent).toBe('图片未上传或已过期');
  });
});
