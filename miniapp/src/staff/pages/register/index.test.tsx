/** The register page: who may register; the form, the keyboard-only path and registering once. */
// The harness first: its jest.mock calls must run before the page's modules load.
import { mockPolicy, mockRegister, mockOpen, registered, el, text, type, focused, key, renderPage, fillValid } from './registerTesting';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '../../../services/api';
import { PROFILES } from '../../../../../shared/policy/profiles';
import { ADMIN, CENTER, LEAD } from '../../__fixtures__/matters';
import { openPage, replacePage } from '../../platform/navigation';
import { saveSession } from '../../services/session';
import StaffRegister, { NOT_CENTER_MESSAGE } from './index';

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
});
