/**
 * The action form end to end down to the request adapter: shared-schema validation messages, the confirmation
 * naming the unit, If-Match with the matter's version, and the backend's 409 message (with 刷新 on a version conflict).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { request } from '../../platform/request';
import { showToast } from '../../platform/toast';
import { CENTER, LEAD, UNITS, handledMatter, staffMatter } from '../__fixtures__/matters';
import type { StaffActionType } from '../services/actions';
import type { StaffMatter, StaffSession } from '../../../../shared/views';
import ActionForm from './ActionForm';
import type { UnitsState } from './UnitPicker';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
jest.mock('../../platform/toast', () => ({ showToast: jest.fn() }));

const mockRequest = request as jest.MockedFunction<typeof request>;
const READY: UnitsState = { state: 'ready', units: UNITS };

function setup(action: StaffActionType, matter: StaffMatter, session: StaffSession = CENTER, units: UnitsState = READY) {
  const props = {
    onClose: jest.fn(),
    onDone: jest.fn(),
    onRefresh: jest.fn(),
    onRetryUnits: jest.fn(),
  };
  render(<ActionForm matter={matter} session={session} action={action} units={units} now={Date.parse('2026-11-18T10:00:00+08:00')} {...props} />);
  return props;
}

const click = (testId: string) => fireEvent.click(screen.getByTestId(testId));
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const text = (testId: string) => screen.getByTestId(testId).textContent;

beforeEach(() => {
  mockRequest.mockReset();
  (showToast as jest.Mock).mockReset();
});

describe('dispatch', () => {
  const matter = staffMatter({ version: 7 });

  it('asks for the lead unit with the schema message, without calling the backend', () => {
    setup('dispatch', matter);
    click('action-form-next');
    expect(text('field-leadUnitId-error')).toContain('请选择主办单位');
    expect(text('action-form-errors')).toContain('请选择主办单位');
    expect(mockRequest).not.toHaveBeenCalled();
  });

  it('confirms naming the units, then sends If-Match with the version', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: { ...matter, status: 'dispatched', version: 8 } });
    const { onDone } = setup('dispatch', matter);
    type('field-leadUnitId-search', '城市管理');
    click('field-leadUnitId-option-th-city');
    expect(text('field-leadUnitId-chosen')).toBe('已选：天河区城市管理和综合执法局');
    // the chosen lead unit is not offered again as a co-unit
    expect(screen.queryByTestId('field-coUnitIds-option-th-city')).toBeNull();
    click('field-coUnitIds-option-th-water');
    click('action-form-next');
    expect(text('action-confirm-text')).toBe('确认转派给 天河区城市管理和综合执法局，协办单位：天河区水务局？');

    await act(async () => click('action-form-submit'));

    const req = mockRequest.mock.calls[0][0];
    expect(req.method).toBe('POST');
    expect(req.url).toMatch(/\/v1\/matters\/m1\/dispatch$/);
    expect(req.headers).toMatchObject({ 'If-Match': '7', Authorization: 'Bearer tok-center' });
    expect(req.data).toEqual({ leadUnitId: 'th-city', coUnitIds: ['th-water'] });
    expect(onDone).toHaveBeenCalledWith('dispatch', expect.objectContaining({ version: 8 }));
    // One success message: the page's notice (onDone), no toast over the next form (issue 18 item 3).
    expect(showToast).not.toHaveBeenCalled();
  });

  it('shows the backend message for a version conflict and offers 刷新', async () => {
    mockRequest.mockResolvedValueOnce({
      status: 409,
      data: { error: { code: 'VERSION_CONFLICT', message: '该诉求已被他人更新，请刷新后重试' } },
    });
    const { onRefresh, onDone } = setup('dispatch', matter);
    click('field-leadUnitId-option-th-city');
    click('action-form-next');
    await act(async () => click('action-form-submit'));

    expect(text('action-form-failure')).toContain('未能转派：该诉求已被他人更新，请刷新后重试');
    expect(screen.getByTestId('action-form-submit').hasAttribute('disabled')).toBe(true);
    click('action-form-refresh');
    expect(onRefresh).toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says so when the unit list cannot be loaded, with a retry', () => {
    const { onRetryUnits } = setup('dispatch', matter, CENTER, { state: 'error', message: '网络连接失败，请检查网络后重试' });
    expect(text('field-leadUnitId-load-error')).toContain('网络连接失败');
    click('field-leadUnitId-retry');
    expect(onRetryUnits).toHaveBeenCalled();
  });
});

describe('other refusals and forms', () => {
  it('shows an INVALID_TRANSITION message and lets the user go back to the form', async () => {
    mockRequest.mockResolvedValueOnce({
      status: 409,
      data: { error: { code: 'INVALID_TRANSITION', message: '重办期间不能申请延期' } },
    });
    setup('extension', handledMatter(), LEAD);
    click('action-form-next');
    expect(text('field-reason-error')).toBe('请填写延期理由');
    type('field-reason-input', '需协调供电部门更换线路');
    click('action-form-next');
    expect(text('action-confirm-text')).toBe('确认申请延期？');
    await act(async () => click('action-form-submit'));
    expect(text('action-form-failure')).toBe('未能申请延期：重办期间不能申请延期');
    expect(screen.queryByTestId('action-form-refresh')).toBeNull();
    expect(mockRequest.mock.calls[0][0].headers).toMatchObject({ 'If-Match': '4' });
  });

  it('reply: every field required (GZ Art.19), the local time sent with +08:00', async () => {
    mockRequest.mockResolvedValueOnce({ status: 200, data: handledMatter({ status: 'reply_review' }) });
    setup('reply', handledMatter(), LEAD);
    expect((screen.getByTestId('field-handledAt-input') as HTMLInputElement).value).toBe('2026-11-18 10:00');
    click('action-form-next');
    expect(text('field-process-error')).toBe('请填写办理过程');
    expect(text('field-result-error')).toBe('请填写办理结果');
    expect(text('field-contactedRequestor-error')).toBe('请说明是否已联系诉求人');
    type('field-process-input', '现场查看，联系供电部门');
    type('field-result-input', '已更换路灯');
    type('field-handledAt-input', '下午');
    click('field-contactedRequestor-yes');
    click('action-form-next');
    expect(text('field-handledAt-error')).toBe('请填写办理时间');
    type('field-handledAt-input', '2026-11-17 16:30');
    click('action-form-next');
    await act(async () => click('action-form-submit'));
    expect(mockRequest.mock.calls[0][0].data).toEqual({
      process: '现场查看，联系供电部门',
      result: '已更换路灯',
      handledAt: '2026-11-17T16:30:00+08:00',
      contactedRequestor: true,
    });
  });

  it('reply review: a non-compliant decision needs a note', () => {
    setup('reply-review', handledMatter({ status: 'reply_review' }));
    click('action-form-next');
    expect(text('field-decision-error')).toBe('请选择审核结果');
    click('field-decision-non_compliant');
    click('action-form-next');
    expect(text('field-note-error')).toBe('退回办理结果时请说明原因');
  });

  it('return review: approve asks for the new lead unit, joint for co-units', () => {
    const m = handledMatter({ status: 'return_requested' });
    setup('return-review', m);
    expect(screen.queryByTestId('field-leadUnitId')).toBeNull();
    click('field-decision-approve');
    click('action-form-next');
    expect(text('field-leadUnitId-error')).toBe('请选择新的主办单位');
    click('field-decision-joint');
    expect(screen.queryByTestId('field-leadUnitId')).toBeNull();
    click('action-form-next');
    expect(text('field-coUnitIds-error')).toBe('联合办理需要选择至少一个协办单位');
    click('field-coUnitIds-option-yx-city');
    click('action-form-next');
    expect(text('action-confirm-text')).toBe('确认联合办理，增加协办单位：越秀区城市管理和综合执法局？');
  });

  it('decline: reasons in Chinese, guidance checked by the schema', () => {
    setup('decline', staffMatter());
    expect(text('field-reason-petition')).toContain('应通过信访渠道反映');
    click('field-reason-petition');
    type('field-guidance-input', '请');
    click('action-form-next');
    expect(text('field-guidance-error')).toBe('办理指引至少需要2个字');
  });

  it('restart-clock: the reason is fixed by the role', () => {
    setup('restart-clock', handledMatter(), CENTER);
    expect(text('field-reason')).toContain('不可抗力');
  });

  it('accept needs nothing but the confirmation; cancel closes', () => {
    const { onClose } = setup('accept', handledMatter({ status: 'dispatched' }), LEAD);
    click('action-form-next');
    expect(text('action-confirm-text')).toContain('确认签收该诉求');
    click('action-form-back');
    click('action-form-cancel');
    expect(onClose).toHaveBeenCalled();
  });
});
