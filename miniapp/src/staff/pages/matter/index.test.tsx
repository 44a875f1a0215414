import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ApiError } from '../../../services/api';
import { CENTER, CO, LEAD, OTHER, UNITS, handledMatter, inDays, staffMatter } from '../../__fixtures__/matters';
import { backToQueue, replacePage, useRouteParams } from '../../platform/navigation';
import { fetchMatter, fetchPolicy, fetchUnits, performAction } from '../../services/api';
import { clearSession, saveSession } from '../../services/session';
import type { StaffMatter } from '../../../../../shared/views';
import StaffMatterPage from './index';

jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  replacePage: jest.fn(async () => undefined),
  backToQueue: jest.fn(async () => undefined),
  usePullDownRefresh: jest.fn(),
  useRouteParams: jest.fn(() => ({ id: 'm1' })),
}));
jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  fetchMatter: jest.fn(),
  fetchUnits: jest.fn(),
  fetchPolicy: jest.fn(),
  performAction: jest.fn(),
}));
jest.mock('../../../platform/toast', () => ({ showToast: jest.fn() }));

const mockMatter = fetchMatter as jest.MockedFunction<typeof fetchMatter>;
const mockAction = performAction as jest.MockedFunction<typeof performAction>;
const mockParams = useRouteParams as jest.MockedFunction<typeof useRouteParams>;

async function renderPage() {
  await act(async () => {
    render(<StaffMatterPage />);
  });
}
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const actionButtons = () =>
  within(screen.getByTestId('matter-actions'))
    .queryAllByRole('button')
    .map((b) => b.getAttribute('data-testid'))
    .filter((id) => id?.startsWith('action-'));

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
  mockParams.mockReturnValue({ id: 'm1' });
  (fetchUnits as jest.Mock).mockResolvedValue(UNITS);
  (fetchPolicy as jest.Mock).mockResolvedValue(null);
});

it('sends a signed-out visitor to sign-in', async () => {
  await renderPage();
  expect(text('matter-signed-out')).toContain('请先登录');
  expect(replacePage).toHaveBeenCalledWith('/staff/pages/login/index');
});

describe('centre', () => {
  beforeEach(() => saveSession(CENTER));

  it('shows loading, then the details: masked contact, deadlines with (暂定), timeline with unit names', async () => {
    let resolve!: (m: StaffMatter) => void;
    mockMatter.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    render(<StaffMatterPage />);
    expect(text('matter-loading')).toContain('正在加载诉求');
    expect(mockMatter).toHaveBeenCalledWith(expect.objectContaining({ token: 'tok-center' }), 'm1');

    await act(async () =>
      resolve(
        handledMatter({
          confidential: true,
          deadlines: { dispatchBy: null, checkBy: null, handleBy: inDays(9, true), rateBy: null },
          timeline: [
            { type: 'submitted', at: '2026-11-20T09:00:00.000+08:00', version: 1, actor: { role: 'citizen' } },
            {
              type: 'dispatched',
              at: '2026-11-20T10:00:00.000+08:00',
              version: 2,
              actor: { role: 'center', username: 'zhang3', name: '张三' },
              data: { leadUnitId: 'th-city', coUnitIds: ['th-water'], onTime: true },
            },
            { type: 'accepted', at: '2026-11-20T11:00:00.000+08:00', version: 3, actor: { role: 'unit', unitId: 'th-city', unitName: '天河区城市管理和综合执法局' } },
          ],
        }),
      ),
    );

    expect(text('matter-tracking')).toBe('GZ2611220001');
    expect(text('matter-status')).toBe('办理中');
    expect(text('contact-phone')).toBe('138****5678');
    expect(text('matter-contact')).toContain('诉求人要求保密');
    expect(text('deadline-handleBy')).toMatch(/（暂定）还剩 \d+ 个工作日/);
    expect(text('lead-unit')).toBe('天河区城市管理和综合执法局');
    const events = screen.getAllByTestId('timeline-event');
    expect(events[0].textContent).toContain('承办单位签收');
    expect(within(events[0]).getByTestId('timeline-actor').textContent).toBe('天河区城市管理和综合执法局');
    expect(events[1].textContent).toContain('主办单位：天河区城市管理和综合执法局');
    expect(events[1].textContent).toContain('协办单位：天河区水务局');
    expect(within(events[1]).getByTestId('timeline-actor').textContent).toContain('张三'); // GZ Art.26: the acting account
    expect(within(events[2]).getByTestId('timeline-actor').textContent).toBe('诉求人');
  });

  it('offers exactly the centre actions for a new matter, and dispatches through the form', async () => {
    mockMatter.mockResolvedValueOnce(staffMatter({ version: 3 }));
    await renderPage();
    expect(actionButtons()).toEqual(['action-dispatch', 'action-decline', 'action-supervise']);

    await act(async () => fireEvent.click(screen.getByTestId('action-dispatch')));
    fireEvent.click(screen.getByTestId('field-leadUnitId-option-th-city'));
    fireEvent.click(screen.getByTestId('action-form-next'));
    expect(text('action-confirm-text')).toBe('确认转派给 天河区城市管理和综合执法局？');

    mockAction.mockResolvedValueOnce(staffMatter({ status: 'dispatched', version: 4 }));
    mockMatter.mockResolvedValueOnce(
      staffMatter({ status: 'dispatched', statusLabel: '已转派', version: 4, leadUnit: { id: 'th-city', name: '天河区城市管理和综合执法局' } }),
    );
    await act(async () => fireEvent.click(screen.getByTestId('action-form-submit')));

    expect(mockAction).toHaveBeenCalledWith(expect.objectContaining({ role: 'center' }), 'm1', 'dispatch', { leadUnitId: 'th-city' }, 3);
    expect(screen.queryByTestId('action-form')).toBeNull();
    expect(text('matter-notice')).toBe('已转派，诉求已更新');
    expect(text('matter-status')).toBe('已转派');
    expect(mockMatter).toHaveBeenCalledTimes(2);
  });

  it('a version conflict shows the message and 刷新 reloads the matter', async () => {
    mockMatter.mockResolvedValueOnce(handledMatter({ status: 'reply_review', statusLabel: '办结审核中' }));
    await renderPage();
    expect(actionButtons()).toEqual(['action-reply-review', 'action-supervise', 'action-note']);
    await act(async () => fireEvent.click(screen.getByTestId('action-reply-review')));
    fireEvent.click(screen.getByTestId('field-decision-compliant'));
    fireEvent.click(screen.getByTestId('action-form-next'));
    mockAction.mockRejectedValueOnce(new ApiError('VERSION_CONFLICT', '该诉求已被他人更新，请刷新后重试', 409));
    await act(async () => fireEvent.click(screen.getByTestId('action-form-submit')));
    expect(text('action-form-failure')).toContain('该诉求已被他人更新，请刷新后重试');

    mockMatter.mockResolvedValueOnce(handledMatter({ status: 'awaiting_rating', statusLabel: '待评价' }));
    await act(async () => fireEvent.click(screen.getByTestId('action-form-refresh')));
    expect(screen.queryByTestId('action-form')).toBeNull();
    expect(text('matter-status')).toBe('待评价');
    expect(text('matter-notice')).toContain('已刷新为最新情况');
  });

  it('shows a pending return request with its reason and basis, and offers the review', async () => {
    mockMatter.mockResolvedValueOnce(
      handledMatter({
        status: 'return_requested',
        pending: { kind: 'return', reason: '路灯归供电局管理', basis: '《城市照明管理规定》第X条', at: '2026-11-20T12:00:00.000+08:00', unitId: 'th-city', fromStatus: 'dispatched' },
        reviewBy: inDays(7),
      }),
    );
    await renderPage();
    expect(text('matter-pending')).toContain('待审核：退回申请');
    // docs/rules.md §2: the unit's handling time stands still while the centre reviews its request.
    expect(text('deadline-handleBy')).toMatch(/中心审核期间暂停计时（交审核时还剩 \d+ 个工作日）$/);
    // CS Art.33: the centre's own review is timed, and the operator sees its deadline.
    expect(text('deadline-reviewBy')).toMatch(/还剩 \d+ 个工作日$/);
    expect(text('matter-pending')).toContain('天河区城市管理和综合执法局');
    expect(text('pending-reason')).toContain('路灯归供电局管理');
    expect(text('pending-basis')).toContain('《城市照明管理规定》第X条');
    expect(actionButtons()).toEqual(['action-return-review', 'action-supervise', 'action-note']);
  });

  it('says when the matter does not exist', async () => {
    mockMatter.mockRejectedValueOnce(new ApiError('NOT_FOUND', '未找到该诉求', 404));
    await renderPage();
    expect(text('matter-error')).toContain('未找到该诉求');
    fireEvent.click(screen.getByTestId('matter-back'));
    expect(replacePage).toHaveBeenCalledWith('/staff/pages/queue/index');
  });

  it("shows the backend's message on failure, and retries", async () => {
    mockMatter.mockRejectedValueOnce(new ApiError('NETWORK_ERROR', '网络连接失败，请检查网络后重试', 0));
    await renderPage();
    expect(text('matter-error')).toContain('诉求加载失败');
    expect(text('matter-error')).toContain('网络连接失败');
    mockMatter.mockResolvedValueOnce(staffMatter());
    await act(async () => fireEvent.click(screen.getByTestId('matter-retry')));
    expect(text('matter-tracking')).toBe('GZ2611220001');
  });

  it('goes back to the queue it was opened from', async () => {
    mockParams.mockReturnValue({ id: 'm1', from: 'queue' });
    mockMatter.mockResolvedValueOnce(staffMatter());
    await renderPage();
    fireEvent.click(screen.getByTestId('matter-back-to-queue'));
    expect(backToQueue).toHaveBeenCalledWith(true);
  });

  it('刷新 reloads the matter in place', async () => {
    mockMatter.mockResolvedValueOnce(staffMatter());
    await renderPage();
    mockMatter.mockResolvedValueOnce(staffMatter({ status: 'dispatched', statusLabel: '已转派' }));
    await act(async () => fireEvent.click(screen.getByTestId('matter-refresh')));
    expect(text('matter-status')).toBe('已转派');
    expect(screen.queryByTestId('matter-loading')).toBeNull();
  });

  it('says when the page was opened without an id', async () => {
    mockParams.mockReturnValue({});
    await renderPage();
    expect(text('matter-no-id')).toContain('缺少诉求编号');
    expect(mockMatter).not.toHaveBeenCalled();
  });
});

describe('units', () => {
  it('a unit never sees the identity on a confidential matter', async () => {
    saveSession(LEAD);
    mockMatter.mockResolvedValueOnce(handledMatter({ confidential: true, contact: null }));
    await renderPage();
    expect(text('contact-confidential')).toContain('诉求人要求保密');
    expect(screen.queryByTestId('contact-phone')).toBeNull();
    expect(actionButtons()).toEqual(['action-reply', 'action-extension', 'action-terminate-request', 'action-note']);
  });

  it('a co-unit may only add notes', async () => {
    saveSession(CO);
    mockMatter.mockResolvedValueOnce(handledMatter());
    await renderPage();
    expect(actionButtons()).toEqual(['action-note']);
  });

  it('another unit sees why there is nothing to do', async () => {
    saveSession(OTHER);
    mockMatter.mockResolvedValueOnce(handledMatter());
    await renderPage();
    expect(actionButtons()).toEqual([]);
    expect(text('matter-no-actions')).toBe('该诉求不由您的单位主办，只能查看');
  });

  it('the lead unit sees a refusal in words (DEADLINE_PASSED)', async () => {
    saveSession(LEAD);
    mockMatter.mockResolvedValueOnce(handledMatter({ status: 'dispatched', deadlines: { dispatchBy: null, checkBy: inDays(1), handleBy: inDays(10), rateBy: null } }));
    await renderPage();
    await act(async () => fireEvent.click(screen.getByTestId('action-return-request')));
    fireEvent.click(screen.getByTestId('action-form-next'));
    expect(text('field-reason-error')).toBe('请填写退回理由');
    expect(text('field-basis-error')).toBe('请填写退回依据');
    fireEvent.change(screen.getByTestId('field-reason-input'), { target: { value: '不属于本单位职责' } });
    fireEvent.change(screen.getByTestId('field-basis-input'), { target: { value: '三定方案' } });
    fireEvent.click(screen.getByTestId('action-form-next'));
    mockAction.mockRejectedValueOnce(new ApiError('DEADLINE_PASSED', '已超过退回申请期限（签收后2个工作日内），请办理', 409));
    await act(async () => fireEvent.click(screen.getByTestId('action-form-submit')));
    expect(text('action-form-failure')).toBe('未能申请退回：已超过退回申请期限（签收后2个工作日内），请办理');
    expect(screen.queryByTestId('action-form-refresh')).toBeNull();
  });
});
