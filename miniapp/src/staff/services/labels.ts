/**
 * Workbench wording that shared/domain/labels.ts does not carry (reasons, decisions, roles); deadline words are
 * src/services/deadlines.ts (one set with the citizen pages).
 * Status, category, event, rating, decline-reason and supervision labels come from shared/domain/labels.ts.
 */
import type { RestartReason, TerminateReason } from '../../../../shared/domain/commands';
import type { PendingRequest, Role } from '../../../../shared/domain/types';

export const TERMINATE_REASON_LABELS: Readonly<Record<TerminateReason, string>> = {
  refuses_cooperation: '诉求人拒不配合',
  out_of_scope: '不属于本单位职责范围',
};

export const RESTART_REASON_LABELS: Readonly<Record<RestartReason, string>> = {
  new_information: '诉求人补充了新情况',
  force_majeure: '不可抗力',
};

export const RETURN_DECISION_LABELS = {
  approve: '同意退回，改派其他单位',
  reject: '不同意退回，原单位继续办理',
  joint: '联合办理：原单位主办，增加协办单位',
} as const;

export const REPLY_DECISION_LABELS = {
  compliant: '办理结果合格',
  non_compliant: '不合格，退回重新办理',
} as const;

/** CS Art.26: what the centre decides after the manual callback. */
export const CALLBACK_DECISION_LABELS = {
  rehandle: '重新办理（可改派其他单位）',
  close: '结案，保留评价并向诉求人说明',
} as const;

export const SUPERVISION_LEVEL_LABELS = { '1': '催办', '2': '督办', '3': '报送督查' } as const;

export const REVIEW_DECISION_LABELS = {
  approve: '同意',
  reject: '不同意',
} as const;

export const PENDING_LABELS: Readonly<Record<PendingRequest['kind'], string>> = {
  return: '退回申请',
  terminate: '终止办理申请',
  appeal: '不满意评价申诉',
  extension: '延期申请',
  callback: '不满意回访',
};

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  citizen: '诉求人',
  center: '热线工作机构',
  unit: '承办单位',
  admin: '平台管理员',
  scheduler: '系统',
};

export const CHANNEL_LABELS = { wechat: '微信小程序', phone: '电话' } as const;

export const RATING_SOURCE_LABELS = { requestor: '诉求人评价', callback: '回访录入', timeout: '超时默认' } as const;

/** Supervision badge words for a row (level 1–3). */
export const SUPERVISION_BADGES = ['', '催办', '督办', '督查'] as const;
