/** The register page while the operator works: refusals keep the form, knowledge answers, possible duplicates. */
// The harness first: its jest.mock calls must run before the page's modules load.
import { mockRegister, mockOpen, mockCaller, mockSearch, registered, article, el, text, type, focused, key, renderPage, fillValid } from './registerTesting';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../../../services/api';
import { CENTER, queueItem } from '../../__fixtures__/matters';
import { openPage } from '../../platform/navigation';
import { saveSession } from '../../services/session';
import { CONSULTATION_ONLY_MESSAGE, NETWORK_UNSURE_MESSAGE } from './index';

describe('centre operator', () => {
  beforeEach(() => saveSession(CENTER));

  describe('refusals keep the form', () => {
    it('400: the field message under the field, focus there', async () => {
      mockRegister.mockRejectedValueOnce(
        new ApiError('VALIDATION_FAILED', '请填写11位手机号码', 400, [{ field: 'callerPhone', message: '请填写11位手机号码' }]),
      );
      await renderPage();
      fillValid();
      await key('reg-address', 'Enter', { ctrlKey: true });
      expect(text('reg-error-callerPhone')).toBe('请填写11位手机号码');
      expect(text('reg-message')).toBe('请填写11位手机号码');
      expect(focused()).toBe('reg-phone');
      expect((el('reg-content') as HTMLTextAreaElement).value).toContain('油烟');
    });

    it('403 and 503: the backend’s message', async () => {
      mockRegister
        .mockRejectedValueOnce(new ApiError('FORBIDDEN', '您的角色不能执行此操作', 403))
        .mockRejectedValueOnce(new ApiError('UNAVAILABLE', '服务繁忙，请稍后重试', 503));
      await renderPage();
      fillValid();
      await act(async () => fireEvent.click(el('reg-submit')));
      expect(text('reg-message')).toBe('您的角色不能执行此操作');
      await act(async () => fireEvent.click(el('reg-submit')));
      expect(text('reg-message')).toBe('服务繁忙，请稍后重试');
      expect((el('reg-submit') as HTMLButtonElement).disabled).toBe(false);
    });

    it('network failure: warns that it may have been registered and reads the open matters again', async () => {
      mockRegister.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', '网络连接失败，请检查网络后重试', 0));
      await renderPage();
      fillValid();
      await act(async () => fireEvent.click(el('reg-submit')));
      expect(text('reg-message')).toBe(NETWORK_UNSURE_MESSAGE);
      expect(mockOpen).toHaveBeenCalledTimes(2);
    });

    it('401: the session has expired', async () => {
      mockRegister.mockRejectedValueOnce(new ApiError('UNAUTHENTICATED', '登录已过期', 401));
      await renderPage();
      fillValid();
      await act(async () => fireEvent.click(el('reg-submit')));
      expect(text('reg-signed-out')).toContain('登录已过期');
    });
  });

  describe('knowledge answers', () => {
    it('appear for the content as it is typed (debounced), with 用此答复 only for a consultation', async () => {
      mockSearch.mockResolvedValue({ items: [article()] });
      await renderPage();
      expect(text('reg-kb-idle')).toContain('输入诉求内容后');
      type('reg-content', '社保');
      expect(text('reg-kb-idle')).toContain('再输入 2 个字');
      type('reg-content', '社保卡丢');
      type('reg-content', '社保卡丢了怎么办');
      expect(text('reg-kb-loading')).toContain('正在查找');
      expect(await screen.findByTestId('reg-kb-item-k1')).toBeTruthy();
      expect(mockSearch).toHaveBeenCalledTimes(1); // only the last text was searched
      expect(mockSearch).toHaveBeenCalledWith('社保卡丢了怎么办');
      expect(text('reg-kb-item-k1')).toContain('社保卡丢了怎么补办');

      expect((el('reg-kb-use-k1') as HTMLButtonElement).disabled).toBe(true);
      expect(text('reg-kb-consult-note')).toBe(CONSULTATION_ONLY_MESSAGE);
      await key('reg-kb-use-k1', 'Enter'); // a disabled button is not pressed from the keyboard either
      expect(mockRegister).not.toHaveBeenCalled();
      fireEvent.click(el('reg-category-consultation'));
      expect((el('reg-kb-use-k1') as HTMLButtonElement).disabled).toBe(false);
      expect(screen.queryByTestId('reg-kb-consult-note')).toBeNull();
    });

    it('none found, and a failed search with 重试', async () => {
      mockSearch.mockResolvedValueOnce({ items: [] }).mockRejectedValueOnce(new ApiError('NETWORK_ERROR', '网络连接失败，请检查网络后重试', 0));
      await renderPage();
      type('reg-content', '天河路的井盖丢了');
      expect((await screen.findByTestId('reg-kb-empty')).textContent).toContain('没有找到');
      type('reg-content', '天河路的井盖丢了很危险');
      expect((await screen.findByTestId('reg-kb-error')).textContent).toContain('网络连接失败');
      mockSearch.mockResolvedValueOnce({ items: [article()] });
      await act(async () => fireEvent.click(el('reg-kb-retry')));
      expect(el('reg-kb-item-k1')).toBeTruthy();
    });

    it('用此答复 registers the consultation and answers it with the article in one request; it then awaits the caller’s rating', async () => {
      mockSearch.mockResolvedValue({ items: [article()] });
      mockRegister.mockResolvedValueOnce({
        ...registered,
        category: 'consultation',
        status: 'awaiting_rating',
        statusLabel: '待评价',
        version: 2,
        deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: { at: '2026-11-25T10:00:00.000+08:00', provisional: false } },
      });
      await renderPage();
      fillValid({ category: 'consultation', content: '社保卡丢了怎么补办，要带什么材料？' });
      await screen.findByTestId('reg-kb-item-k1');
      await act(async () => fireEvent.click(el('reg-kb-use-k1')));

      expect(mockRegister).toHaveBeenCalledTimes(1);
      expect(mockRegister.mock.calls[0][0]).toMatchObject({ token: 'tok-center' });
      expect(mockRegister.mock.calls[0][1]).toMatchObject({ category: 'consultation', channel: 'phone' });
      expect(mockRegister.mock.calls[0][2]).toBe(article().body);
      expect(text('reg-tracking-no')).toBe('GZ2611220007');
      expect(text('reg-answered')).toContain('社保卡丢了怎么补办');
      expect(text('reg-answered')).toContain(`请向来电人读出答复：${article().body}`);
      expect(text('reg-status')).toBe('当前状态：待评价，评价期限 2026-11-25 10:00');
    });

    it('a refused or failed 用此答复 registers nothing: the form stays with the reason, and sending again registers and answers', async () => {
      mockSearch.mockResolvedValue({ items: [article()] });
      mockRegister
        .mockRejectedValueOnce(new ApiError('UNAVAILABLE', '服务繁忙，请稍后重试', 503))
        .mockResolvedValueOnce({ ...registered, category: 'consultation', status: 'awaiting_rating', statusLabel: '待评价' });
      await renderPage();
      fillValid({ category: 'consultation', content: '社保卡丢了怎么补办，要带什么材料？' });
      await screen.findByTestId('reg-kb-item-k1');
      await act(async () => fireEvent.click(el('reg-kb-use-k1')));
      expect(screen.queryByTestId('reg-success')).toBeNull();
      expect(screen.queryByTestId('reg-answer-error')).toBeNull();
      expect(document.body.textContent).toContain('服务繁忙，请稍后重试');
      await act(async () => fireEvent.click(el('reg-kb-use-k1')));
      expect(mockRegister).toHaveBeenCalledTimes(2);
      expect(mockRegister.mock.calls[1][2]).toBe(article().body);
      expect(text('reg-answered')).toContain('社保卡丢了怎么补办');
    });

    it('用此答复 with an incomplete form registers nothing and says what to fix', async () => {
      mockSearch.mockResolvedValue({ items: [article()] });
      await renderPage();
      fireEvent.click(el('reg-category-consultation'));
      type('reg-content', '社保卡丢了怎么补办，要带什么材料？');
      await screen.findByTestId('reg-kb-item-k1');
      await act(async () => fireEvent.click(el('reg-kb-use-k1')));
      expect(text('reg-error-callerPhone')).toBe('请填写11位手机号码，或带区号的固定电话（如 020-87654321）');
      expect(mockRegister).not.toHaveBeenCalled();
    });
  });

  describe('possible duplicates (same caller, same address, open matters)', () => {
    const open = [
      queueItem({ id: 'd1', trackingNo: 'GZ2611200001', district: '天河区', status: 'dispatched', statusLabel: '已转派', content: '天河路100号楼下的餐馆油烟很大' }),
      queueItem({ id: 'd2', trackingNo: 'GZ2611200002', district: '越秀区', content: '天河路100号（越秀区同名路段）噪音' }),
      queueItem({ id: 'd3', trackingNo: 'GZ2611200003', district: '天河区', content: '天河路102号路灯不亮' }),
    ];

    it('lists open matters at the same address in the same district and opens them', async () => {
      mockOpen.mockResolvedValue(open);
      await renderPage();
      expect(text('reg-dup-hint')).toContain('填写详细地址后');
      type('reg-address', '天河路100号');
      expect(screen.getByTestId('reg-dup-item-d1')).toBeTruthy();
      expect(screen.getByTestId('reg-dup-item-d2')).toBeTruthy(); // no district chosen yet
      expect(screen.queryByTestId('reg-dup-item-d3')).toBeNull(); // 102号 is not 100号
      type('reg-district', '天河区');
      expect(screen.queryByTestId('reg-dup-item-d2')).toBeNull();
      expect(text('reg-dup-item-d1')).toContain('GZ2611200001');
      expect(text('reg-dup-item-d1')).toContain('已转派');
      fireEvent.click(el('reg-dup-open-d1'));
      expect(openPage).toHaveBeenCalledWith('/staff/pages/matter/index?id=d1');
      type('reg-address', '中山大道西1号');
      expect(text('reg-dup-none')).toContain('没有发现');
    });

    it('the same caller: once the number is complete, the caller\'s open matters are listed first, with the reason', async () => {
      const mine = queueItem({ id: 'c1', trackingNo: 'GZ2611190009', district: '海珠区', status: 'in_progress', statusLabel: '办理中', content: '江南大道中工地夜间施工噪音' });
      mockOpen.mockResolvedValue(open);
      mockCaller.mockResolvedValue([mine, open[0]]);
      await renderPage();
      type('reg-phone', '1391234');
      expect(mockCaller).not.toHaveBeenCalled(); // not a whole number yet
      await act(async () => type('reg-phone', '13912345678'));
      expect(mockCaller).toHaveBeenCalledWith(expect.objectContaining({ role: 'center' }), '13912345678');
      expect(text('reg-dup-item-c1')).toContain('同一来电号码的在办诉求');
      // Found by number and by address: listed once, with both reasons.
      type('reg-address', '天河路100号');
      expect(screen.getAllByTestId('reg-dup-item-d1')).toHaveLength(1);
      expect(text('reg-dup-item-d1')).toContain('同一来电号码');
      expect(text('reg-dup-item-d1')).toContain('地址相近');
    });

    it('the same caller: none found says so; a failed lookup says so and retries', async () => {
      mockCaller.mockResolvedValueOnce([]);
      await renderPage();
      await act(async () => type('reg-phone', '13912345678'));
      expect(text('reg-dup-caller-none')).toContain('该号码没有未办结的诉求');
      mockCaller.mockRejectedValueOnce(new ApiError('UNAVAILABLE', '服务繁忙，请稍后重试', 503)).mockResolvedValueOnce([]);
      await act(async () => type('reg-phone', '13912345679'));
      expect(text('reg-dup-caller-error')).toContain('服务繁忙');
      await act(async () => fireEvent.click(el('reg-dup-caller-retry')));
      await waitFor(() => expect(screen.queryByTestId('reg-dup-caller-error')).toBeNull());
      expect(text('reg-dup-caller-none')).toContain('该号码没有未办结的诉求');
    });

    it('a failed read says so and retries', async () => {
      mockOpen.mockRejectedValueOnce(new ApiError('UNAVAILABLE', '服务繁忙，请稍后重试', 503)).mockResolvedValueOnce(open);
      await renderPage();
      expect(text('reg-dup-error')).toContain('服务繁忙');
      await act(async () => fireEvent.click(el('reg-dup-retry')));
      await waitFor(() => expect(screen.queryByTestId('reg-dup-error')).toBeNull());
      type('reg-address', '天河路100号');
      expect(screen.getByTestId('reg-dup-item-d1')).toBeTruthy();
    });
  });
});
