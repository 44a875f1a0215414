/**
 * User-facing Chinese text for the domain's stable English names. The mini-program, notifications and exports
 * all read these, so a status is called the same thing everywhere.
 */
import type { DeclineReason } from './commands';
import type { Category, EventType, RatingResult, Status, SupervisionReason } from './types';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  received: '已受理',
  not_accepted: '不予受理',
  dispatched: '已转派',
  return_requested: '退回审核中',
  in_progress: '办理中',
  reply_review: '办结审核中',
  awaiting_rating: '待评价',
  closed: '已办结',
  withdrawn: '已撤回',
  terminated: '已终止',
};

/**
 * Plain words for a citizen: what is happening now and who is doing it, shown under the status label — so they never
 * repeat it (issue 17: 已办结 over 这件诉求已办理完毕 said the same thing twice; 待评价 over 请您评价 above the
 * rating form's 请评价办理结果 asked twice).
 */
export const STATUS_EXPLANATIONS: Readonly<Record<Status, string>> = {
  received: '热线已收到您的诉求，正在分派给负责的部门',
  not_accepted: '您的诉求不属于热线受理范围，请按提示前往相应渠道',
  dispatched: '承办单位签收后开始办理',
  return_requested: '承办单位认为不属于其职责，热线正在重新确认承办单位',
  in_progress: '承办单位正在办理',
  reply_review: '承办单位已答复，热线正在审核办理结果',
  awaiting_rating: '承办单位已办理完毕',
  closed: '还有问题，可以再次向热线反映',
  withdrawn: '这件诉求不再办理',
  terminated: '这件诉求不再继续办理',
};

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  consultation: '咨询',
  help: '求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
};

/** Plain-word explanations for the category picker (GZ Art.11). */
export const CATEGORY_HINTS: Readonly<Record<Category, string>> = {
  consultation: '想了解政策、办事流程等信息',
  help: '生活中遇到困难，需要政府部门帮忙解决',
  complaint: '对政府部门或公共服务不满意，要求纠正',
  report: '发现违法违规行为，向有关部门反映',
  suggestion: '对政府工作和公共服务提出意见建议',
};

export const RATING_LABELS: Readonly<Record<RatingResult, string>> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason, string>> = {
  emergency: '紧急情况请拨打110/119/120/122',
  litigation: '已进入或应通过诉讼、仲裁等法定途径解决',
  petition: '应通过信访渠道反映',
  discipline: '应向纪检监察机关反映',
  info_disclosure: '应通过政府信息公开渠道申请',
  party_congress_army: '属于党委、人大、政协或军队事项',
  not_government: '不属于政府职责范围',
  repeat: '重复诉求，已办理完毕',
  insufficient_info: '诉求信息不完整，无法办理',
  other: '其他原因',
};

export const EVENT_LABELS: Readonly<Record<EventType, string>> = {
  submitted: '提交诉求',
  answered: '热线直接答复',
  declined: '不予受理',
  dispatched: '转派承办单位',
  accepted: '承办单位签收',
  deemed_accepted: '视为签收',
  return_requested: '承办单位申请退回',
  return_approved: '同意退回并重新转派',
  return_rejected: '不同意退回，继续办理',
  return_joint: '联合办理',
  designated: '指定承办单位',
  extended: '延期办理',
  supplemented: '补充诉求内容',
  clock_restarted: '重新计算办理时限',
  replied: '承办单位答复',
  reply_approved: '办理结果审核通过',
  reply_rejected: '办理结果退回重新办理',
  rated: '评价',
  rehandling: '不满意，重新办理',
  closed: '办结',
  withdrawn: '撤回',
  terminate_requested: '申请终止办理',
  terminated: '终止办理',
  terminate_rejected: '不同意终止，继续办理',
  long_term: '列为长期办理',
  progress_reported: '报送办理进展',
  appealed: '对不满意评价申诉',
  appeal_decided: '申诉审核',
  dispatch_overdue: '超时未转派提醒',
  warning: '即将到期预警',
  supervision_1: '超期催办',
  supervision_2: '超期督办',
  supervision_3: '超期报送督查',
  note_added: '备注',
  claimed: '在小程序中认领',
  sign_overdue: '超时未签收提醒',
  extension_requested: '申请延期',
  extension_rejected: '延期申请未通过，继续办理',
  callback_opened: '不满意，热线人工回访',
  callback_overdue: '人工回访超时提醒',
  review_overdue: '审核超时提醒',
  supervised: '启动督办',
  reopened: '不满意，热线重新答复或转派',
};

export const SUPERVISION_REASON_LABELS: Readonly<Record<SupervisionReason, string>> = {
  non_compliant_reply: '答复不规范',
  long_term: '长期未解决',
  hot_spot: '集中反映的热点难点',
  media: '媒体曝光',
  assigned: '党委、政府交办',
  repeat_unsatisfied: '重办后仍不满意',
  other: '其他',
};

/** Supervision in plain words; views prefix 已超期， when the matter is overdue (a second 不满意 also opens supervision). */
export const SUPERVISION_LABELS = ['', '正在催办', '正在督办', '已报政府督查部门'] as const;
export const supervisionText = (level: number, overdue: boolean): string | null =>
  level > 0 ? `${overdue ? '已超期，' : ''}${SUPERVISION_LABELS[level] ?? ''}` : null;
