/** The submit page: sending exactly once (one Idempotency-Key per draft), the success page, photos. */
// The harness first: its jest.mock calls must run before the page's modules load.
import { accept, backend, checkAndWait, created, fillValid, renderReady, requests, submissions, Submit } from './submitTesting';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NetworkError, type HttpResponse } from '../../platform/request';
import { redirectTo } from '../../platform/navigation';
import { copyText } from '../../platform/clipboard';
import { requestSubscription } from '../../platform/subscribe';
import { choosePhotos, uploadPhoto } from '../../platform/photos';
import { apiError, callsTo, deferred, ok } from '../../services/testing/fakeBackend';

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
