import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError, searchKnowledge } from '../../../services/api';
import type { KnowledgeArticle } from '../../../../../shared/views';
import { PROFILES } from '../../../../../shared/policy/profiles';
import { ADMIN, CENTER, LEAD, queueItem, staffMatter } from '../../__fixtures__/matters';
import { openPage, replacePage } from '../../platform/navigation';
import { loadPolicy } from '../../../services/policy';
import { fetchCallerMatters, fetchOpenMatters, registerPhoneMatter } from '../../services/register';
import { clearSession, saveSession } from '../../services/session';
import StaffRegister, { CONSULTATION_ONLY_MESSAGE, NETWORK_UNSURE_MESSAGE, NOT_CENTER_MESSAGE } from './index';

jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  openPage: jest.fn(async () => undefined),
  replacePage: jest.fn(async () => undefined),
  backToQueue: jest.fn(async () => undefined),
  useRouteParams: jest.fn(() => ({ from: 'queue' })),
}));
jest.mock('../../../services/policy', () => ({ ...jest.requireActual('../../../services/policy'), loadPolicy: jest.fn() }));
jest.mock('../../services/register', () => ({
  ...jest.requireActual('../../services/register'),
  registerPhoneMatter: jest.fn(),
  fetchOpenMatters: jest.fn(),
  fetchCallerMatters: jest.fn(),
}));
jest.mock('../../../services/api', () => ({ ...jest.requireActual('../../../services/api'), searchKnowledge: jest.fn() }));

const mockPolicy = loadPolicy as jest.MockedFunction<typeof loadPolicy>;
const mockRegister = registerPhoneMatter as jest.MockedFunction<typeof registerPhoneMatter>;
const mockOpen = fetchOpenMatters as jest.MockedFunction<typeof fetchOpenMatters>;
const mockCaller = fetchCallerMatters as jest.MockedFunction<typeof fetchCallerMatters>;
const mockSearch = searchKnowledge as jest.MockedFunction<typeof searchKnowledge>;

const registered = staffMatter({
  id: 'new1',
  trackingNo: 'GZ2611220007',
  channel: 'phone',
  category: 'complaint',
  district: '天河区',
  contact: { name: '张*', phone: '139****5678' },
});
const article = (over: Partial<KnowledgeArticle> = {}): KnowledgeArticle => ({
  id: 'k1',
  title: '社保卡丢了怎么补办',
  body: '可以在“穗好办”App 或任一社保卡服务网点挂失并补办，带上身份证即可，补卡当天可取。',
  tags: ['社保卡'],
  score: 6,
  ...over,
});

const el = (id: string) => screen.getByTestId(id);
const text = (id: string) => el(id).textContent ?? '';
const type = (id: string, value: string) => fireEvent.change(el(id), { target: { value } });
const focused = () => document.activeElement?.getAttribute('data-testid');
async function key(id: string, k: string, init: Partial<KeyboardEventInit> = {}) {
  await act(async () => {
    fireEvent.keyDown(el(id), { key: k, ...init });
  });
}
async function renderPage() {
  await act(async () => {
    render(<StaffRegister />);
  });
}
/** Fills a valid complaint with the mouse-free path's values, without the keyboard. */
function fillValid(over: { category?: string; content?: string } = {}) {
  type('reg-phone', '13912345678');
  type('reg-name', '张先生');
  fireEvent.click(el(`reg-category-${over.category ?? 'complaint'}`));
  type('reg-district', '天河区');
  type('reg-address', '天河路100号');
  type('reg-content', over.content ?? '天河路100号楼下餐馆油烟直排，影响周边居民生活。');
}

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
  mockPolicy.mockResolvedValue(PROFILES.guangzhou);
  mockOpen.mockResolvedValue([]);
  mockCaller.mockResolvedValue([]);
  mockSearch.mockResolvedValue({ items: [] });
});

describe('who may register', () => {
  it('sends a signed-out visitor to sign-in', async () => {
    await renderPage();
    expect(text('reg-signed-out')).toContain('请先登录');
    expect(replacePage).toHaveBeenCalledWith('/staff/pages/login/index');
    expect(mockPolicy).not.toHaveBeenCalled();
  });

  it.each([
    ['unit clerk', LEAD, '承办单位工作人员'],
    ['admin', ADMIN, '平台管理员'],
  ])('a %s sees a clear message and no form', async (_who, session, role) => {
    saveSession(session);
    await renderPage();
    expect(text('reg-forbidden')).toContain(NOT_CENTER_MESSAGE);
    expect(text('reg-forbidden')).toContain(role);
    expect(screen.queryByTestId('reg-form')).toBeNull();
    expect(mockOpen).not.toHaveBeenCalled();
    fireEvent.click(el('reg-forbidden-back'));
    expect(replacePage).toHaveBeenCalledWith('/staff/pages/queue/index');
  });
});

describe('centre operator', () => {
  beforeEach(() => saveSession(CENTER));

  it('loading: focus on the caller’s number at once; districts load; registering waits for them', async () => {
    let resolve!: (p: typeof PROFILES.guangzhou) => void;
    mockPolicy.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    render(<StaffRegister />);
    expect(focused()).toBe('reg-phone');
    expect(text('reg-district-loading')).toContain('正在读取区县列表');
    expect((el('reg-submit') as HTMLButtonElement).disabled).toBe(true);
    expect(text('reg-shortcuts')).toContain('Ctrl+Enter');
    await act(async () => resolve(PROFILES.guangzhou));
    expect(screen.getAllByTestId(/^reg-district-option-/)).toHaveLength(11);
    expect((el('reg-submit') as HTMLButtonElement).disabled).toBe(false);
    expect(text('reg-submit')).toContain('Ctrl+Enter');
  });

  it('district list failure: says so and reads again', async () => {
    mockPolicy.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', '网络连接失败，请检查网络后重试', 0));
    await renderPage();
    expect(text('reg-district-error')).toContain('区县列表没有读取成功');
    await act(async () => fireEvent.click(el('reg-district-retry')));
    expect(screen.queryByTestId('reg-district-error')).toBeNull();
    expect(screen.getByTestId('reg-district')).toBeTruthy();
  });

  it('district chips (the staff Choice): each a Tab stop; Enter or Space chooses and moves on to the address', async () => {
    await renderPage();
    expect(screen.getByRole('radiogroup', { name: '所在区（点选）' })).toBeTruthy();
    type('reg-district', '4');
    expect(el('reg-district-option-4').className).toContain('rg-district--hit');
    const chip = el('reg-district-option-2');
    expect(chip.tabIndex).toBe(0);
    chip.focus();
    await key('reg-district-option-2', 'Enter');
    expect(text('reg-district-state')).toBe('已选择：海珠区');
    expect(chip.getAttribute('aria-checked')).toBe('true');
    expect(text('reg-district-option-2')).toBe('✓ 2 海珠区');
    expect(focused()).toBe('reg-address');
    el('reg-district-option-1').focus();
    await key('reg-district-option-1', ' ');
    expect(text('reg-district-state')).toBe('已选择：越秀区');
    expect(focused()).toBe('reg-address');
    expect(el('reg-address').getAttribute('value') ?? '').toBe('');
  });

  it('validation: Ctrl+Enter on an empty form shows every message and puts focus on the first field at fault', async () => {
    await renderPage();
    await key('reg-phone', 'Enter', { ctrlKey: true });
    expect(text('reg-error-callerPhone')).toBe('请填写11位手机号码，或带区号的固定电话（如 020-87654321）');
    expect(text('reg-error-category')).toBe('请选择诉求类别');
    expect(text('reg-error-district')).toBe('请选择所在区');
    expect(text('reg-error-content')).toBe('诉求内容至少需要10个字');
    expect(text('reg-message')).toContain('请按提示修改后再登记');
    expect(focused()).toBe('reg-phone');
    expect(mockRegister).not.toHaveBeenCalled();

    type('reg-phone', '13912345678');
    expect(screen.queryByTestId('reg-error-callerPhone')).toBeNull();
    await key('reg-content', 'Enter', { metaKey: true });
    expect(focused()).toBe('reg-category-consultation');
  });

  it('content counter counts what is typed', async () => {
    await renderPage();
    type('reg-content', '路灯坏了');
    expect(text('reg-content-counter')).toBe('已输入 4 字，还需至少 6 字');
    type('reg-content', '天河路100号小区门口的路灯坏了一个多月');
    expect(text('reg-content-counter')).toBe('已输入 20 字（最多 2000 字）');
  });

  it('keyboard only: Enter moves field to field, 1–5 picks the category, Ctrl+Enter registers; 继续登记 returns to the number', async () => {
    mockRegister.mockResolvedValueOnce(registered);
    await renderPage();
    expect(focused()).toBe('reg-phone');

    type('reg-phone', '139 1234 567');
    await key('reg-phone', 'Enter');
    expect(text('reg-error-callerPhone')).toBe('请填写11位手机号码，或带区号的固定电话（如 020-87654321）'); // a wrong number stops here
    expect(focused()).toBe('reg-phone');
    type('reg-phone', '13912345678');
    await key('reg-phone', 'Enter');
    expect(focused()).toBe('reg-name');

    type('reg-name', '张先生');
    await key('reg-name', 'Enter');
    expect(focused()).toBe('reg-category-consultation');
    await key('reg-category-consultation', '3');
    expect(el('reg-category-complaint').getAttribute('aria-checked')).toBe('true');
    expect(focused()).toBe('reg-category-complaint');
    await key('reg-category-complaint', 'ArrowRight');
    expect(el('reg-category-report').getAttribute('aria-checked')).toBe('true');
    await key('reg-category-report', 'ArrowLeft');
    expect(focused()).toBe('reg-category-complaint');
    await key('reg-category-complaint', 'Enter');
    expect(focused()).toBe('reg-district');

    type('reg-district', '珠江');
    await key('reg-district', 'Enter');
    expect(text('reg-error-district')).toBe('没有这个区，请输入区名或序号');
    type('reg-district', '天河');
    expect(text('reg-district-state')).toContain('按 Enter 选择：天河区');
    await key('reg-district', 'Enter');
    expect(text('reg-district-state')).toBe('已选择：天河区');
    expect(focused()).toBe('reg-address');

    type('reg-address', '天河路100号');
    await key('reg-address', 'Enter');
    expect(focused()).toBe('reg-content');
    type('reg-content', '天河路100号楼下餐馆油烟直排，影响周边居民生活。');
    await key('reg-content', 'Enter'); // a new line, not a registration
    expect(mockRegister).not.toHaveBeenCalled();
    await key('reg-content', 'Enter', { ctrlKey: true });

    expect(mockRegister).toHaveBeenCalledTimes(1);
    expect(mockRegister).toHaveBeenCalledWith(expect.objectContaining({ token: 'tok-center' }), {
      channel: 'phone',
      callerPhone: '13912345678',
      contactName: '张先生',
      category: 'complaint',
      district: '天河区',
      address: '天河路100号',
      content: '天河路100号楼下餐馆油烟直排，影响周边居民生活。',
      confidential: false,
      location: null,
      title: null,
    });
    expect(text('reg-tracking-no')).toBe('GZ2611220007');
    expect(text('reg-tracking-groups')).toBe('分段读：GZ 2611 2200 07');
    expect(text('reg-script')).toBe('请告知来电人：受理编号 GZ2611220007，可凭编号和手机号后4位查询进度');
    expect(text('reg-status')).toContain('当前状态：已受理');
    expect(focused()).toBe('reg-continue');
    expect(mockOpen).toHaveBeenCalledTimes(2); // the new call is open too: duplicates are read again

    await key('reg-continue', 'Enter');
    expect(screen.queryByTestId('reg-success')).toBeNull();
    expect((el('reg-phone') as HTMLInputElement).value).toBe('');
    expect((el('reg-content') as HTMLTextAreaElement).value).toBe('');
    expect(el('reg-category-complaint').getAttribute('aria-checked')).toBe('false');
    expect(focused()).toBe('reg-phone');
  });

  it('ignores a held-down Enter, and keys pressed outside this page', async () => {
    await renderPage();
    type('reg-phone', '13912345678');
    await key('reg-phone', 'Enter', { repeat: true });
    expect(focused()).toBe('reg-phone');

    const elsewhere = document.createElement('input');
    document.body.appendChild(elsewhere);
    elsewhere.focus();
    await act(async () => {
      fireEvent.keyDown(elsewhere, { key: 'Enter', ctrlKey: true });
    });
    expect(screen.queryByTestId('reg-message')).toBeNull();
    expect(mockRegister).not.toHaveBeenCalled();
    elsewhere.remove();
  });

  it('Enter on the confidential switch registers; the switch is said in words', async () => {
    mockRegister.mockResolvedValueOnce({ ...registered, confidential: true });
    await renderPage();
    fillValid();
    fireEvent.click(el('reg-confidential'));
    expect(text('reg-confidential-state')).toContain('已开启');
    await key('reg-confidential', 'Enter');
    expect(mockRegister.mock.calls[0][1]).toMatchObject({ confidential: true, category: 'complaint' });
    expect(el('reg-success')).toBeTruthy();
  });

  it('查看诉求 opens the new matter; the click path works too', async () => {
    mockRegister.mockResolvedValueOnce(registered);
    await renderPage();
    fillValid();
    await act(async () => fireEvent.click(el('reg-submit')));
    fireEvent.click(el('reg-view'));
    expect(openPage).toHaveBeenCalledWith('/staff/pages/matter/index?id=new1');
    await act(async () => fireEvent.click(el('reg-continue')));
    expect(focused()).toBe('reg-phone');
  });

  it('a second Ctrl+Enter while registering sends nothing more', async () => {
    let resolve!: (m: typeof registered) => void;
    mockRegister.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    await renderPage();
    fillValid();
    await key('reg-content', 'Enter', { ctrlKey: true });
    expect(text('reg-submit')).toBe('正在登记…');
    await key('reg-content', 'Enter', { ctrlKey: true });
    expect(mockRegister).toHaveBeenCalledTimes(1);
    await act(async () => resolve(registered));
    expect(text('reg-tracking-no')).toBe('GZ2611220007');
  });

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
