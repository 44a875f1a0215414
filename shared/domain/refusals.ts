/**
 * The words of every refusal of ./guards.ts, as the API sends them (Simplified Chinese). Only the backend (`decide`,
 * the reveal endpoint) needs them: the mini-program's buttons ask guards.ts yes or no and never carry this table.
 */
import { DomainError } from './errors';
import type { Refusal, RefusalReason } from './guards';

type Words = string | ((p: Record<string, number>, d: Record<string, unknown>) => string);

const WORDS: Readonly<Record<RefusalReason, Words>> = {
  role: '您的角色不能执行此操作',
  not_found: '未找到该诉求或资源',
  co_unit: '协办单位只能查看和添加备注，此操作需由主办单位办理',
  not_your_unit: '该诉求不由您的单位承办',
  not_consultation: '只有咨询类诉求可以直接答复',
  difficult_no_return: '该诉求已被认定为疑难诉求，不能再申请退回，请按指定办理',
  signed_no_return: '已签收的诉求不能再申请退回，请办理',
  return_not_now: '当前不能申请退回，请办理',
  return_window_signed: '已超过退回申请期限（签收后2个工作日内），请办理',
  return_window_dispatched: '已超过退回申请期限（转派后2个工作日内），请办理',
  designate_dispute: '只有存在争议（退回审核中）或疑难的诉求才能指定办理',
  designate_difficult: '只有疑难诉求（退回3次及以上）才需要指定办理',
  rehandling_no_extension: '重办期间不能申请延期',
  extension_under_review: '延期申请审核中，请等待热线工作机构审核',
  request_pending: '已有待审核的申请',
  handling_deadline_passed: '办理期限已过，不能再申请延期',
  no_new_information: '诉求人尚未补充新情况，不能重新计时',
  termination_under_review: '终止申请审核中，请等待热线工作机构审核',
  no_termination_request: '没有待审核的终止申请',
  already_long_term: '该诉求已是长期办理诉求',
  not_long_term: '只有长期办理诉求需要报送进展',
  appeal_not_in_policy: '本地规定未设置不满意评价申诉',
  appeal_only_unsatisfied: '只有不满意评价可以申诉',
  appeal_upheld: '该评价已申诉成功，不计入满意率',
  no_appeal_request: '没有待审核的申诉',
  rating_under_callback: '评价已收到，热线正在回访，请等待处理结果',
  no_extension_request: '没有待审核的延期申请',
  no_callback: '没有待处理的回访',
  reveal_lead_only: '只有主办单位可以查看诉求人号码',
  reveal_confidential: '该诉求为保密诉求，承办单位不能查看诉求人号码，请由热线工作机构回访',
  reveal_forbidden: '没有查看诉求人号码的权限',
  ended: '该诉求已结束，不能再执行此操作',
  wrong_status: '当前状态下不能执行此操作',
  extension_limit: (_p, d) =>
    d.maxExtensions === 0 ? '本地规定不允许延期，请向诉求人说明情况并提出解决方案' : `延期次数已达上限（${d.maxExtensions}次）`,
  appeal_window: (p) => `已超过申诉期限（评价后${p.window}个工作日内）`,
  supervised_max: (p) => `该诉求已在${p.level}级或更高级别督办`,
};

export const refusalMessage = (r: Refusal): string => {
  const w = WORDS[r.reason];
  return typeof w === 'string' ? w : w(r.params ?? {}, r.details ?? {});
};

/** The refusal as the error `decide` throws. */
export const refusalError = (r: Refusal): DomainError => new DomainError(r.code, refusalMessage(r), r.details);
