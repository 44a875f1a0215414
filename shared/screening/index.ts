/**
 * Pre-screening (docs/rules.md §2; GZ Art.11, WF Art.19, CS Art.13): advise the citizen before submitting.
 * Emergencies go to 110/119/120/122; matters for courts, arbitration, petitions, discipline bodies or information
 * disclosure name the legal channel; Party / People's Congress / CPPCC / army matters name the body.
 * Screening only advises: the citizen may still submit, and nothing submitted is ever lost.
 */

import { classifyEmergency } from './emergency/classify';
import { LINE_LABELS, type EmergencyNumber } from './emergency/rules';

export type ScreeningOutcome = 'emergency' | 'redirect' | 'knowledge' | 'accept';

export interface EmergencyLine {
  number: EmergencyNumber;
  label: string;
}

export interface Redirect {
  channel: 'litigation' | 'arbitration' | 'petition' | 'discipline' | 'info_disclosure' | 'party_congress_army';
  label: string;
  guidance: string;
}

export interface ArticleHit {
  id: string;
  title: string;
  snippet: string;
}

/** Which emergency rule matched and on which words (explainable screening, docs/rules.md §2). */
export interface EmergencyReason {
  rule: string;
  label: string;
  matched: string;
}

export interface ScreeningResult {
  outcome: ScreeningOutcome;
  /** The first number to call; `hotlines` lists every number that applies (a traffic accident with injuries: 120 and 122). */
  hotline?: EmergencyLine;
  hotlines?: EmergencyLine[];
  reasons?: EmergencyReason[];
  channel?: Redirect;
  articles?: ArticleHit[];
  message: string;
}

const REDIRECT_RULES: Array<{ redirect: Redirect; words: string[] }> = [
  {
    redirect: { channel: 'litigation', label: '诉讼', guidance: '已进入或应通过诉讼解决的纠纷，请向人民法院提起诉讼或咨询12368诉讼服务热线。' },
    words: ['起诉', '诉讼', '法院判决', '判决书', '强制执行', '上诉', '法院'],
  },
  {
    redirect: { channel: 'arbitration', label: '仲裁', guidance: '劳动争议、合同纠纷等应通过仲裁解决的，请向劳动人事争议仲裁委员会或仲裁机构申请仲裁。' },
    words: ['仲裁'],
  },
  {
    redirect: { channel: 'discipline', label: '纪检监察', guidance: '反映公职人员违纪违法问题，请向纪检监察机关举报（12388）。' },
    words: ['贪污', '受贿', '腐败', '纪委', '监委', '违纪'],
  },
  {
    redirect: { channel: 'petition', label: '信访', guidance: '应当通过信访渠道反映的事项，请向信访部门提出。' },
    words: ['信访', '上访'],
  },
  {
    redirect: { channel: 'info_disclosure', label: '政府信息公开', guidance: '申请获取政府信息，请通过政府信息公开申请渠道提出。' },
    words: ['信息公开申请', '申请公开', '政府信息公开'],
  },
  {
    redirect: { channel: 'party_congress_army', label: '党委、人大、政协、军队', guidance: '涉及党委、人大、政协或军队的事项，请向相应机关反映。' },
    words: ['人大代表', '政协委员', '人大常委会', '部队', '军队', '军人', '党委'],
  },
];

/**
 * The emergency part alone (no knowledge search): the mini-program runs it the moment 下一步 is tapped, before the
 * server answers, and the server runs it first in `screen`.
 */
export function screenEmergency(content: string): ScreeningResult | undefined {
  const verdict = classifyEmergency(content);
  if (!verdict.emergency) return undefined;
  const hotlines = verdict.numbers.map((number) => ({ number, label: LINE_LABELS[number] }));
  const reasons = verdict.matches.map(({ rule, label, matched }) => ({ rule, label, matched }));
  return {
    outcome: 'emergency',
    hotline: hotlines[0],
    hotlines,
    reasons,
    // The page's heading already says 这可能是紧急情况: the message says why and what to do, not the heading again.
    message: `可能涉及：${[...new Set(reasons.map((r) => r.label))].join('、')}。12345热线不处理紧急求助，请立即拨打${hotlines.map((h) => h.label).join('、')}。`,
  };
}

/**
 * Screen a draft matter. `articles` are the knowledge-base matches for the content (the caller searches;
 * screening stays pure). Consultations answered by the knowledge base get the `knowledge` outcome.
 */
export function screen(content: string, articles: ArticleHit[] = []): ScreeningResult {
  const emergency = screenEmergency(content);
  if (emergency) return emergency;
  const text = content.replace(/\s+/g, '');
  for (const rule of REDIRECT_RULES) {
    if (rule.words.some((w) => text.includes(w))) {
      return { outcome: 'redirect', channel: rule.redirect, message: rule.redirect.guidance };
    }
  }
  if (articles.length) {
    return { outcome: 'knowledge', articles: articles.slice(0, 3), message: '以下内容可能已经解答了您的问题。如果没有解决，您仍然可以提交诉求。' };
  }
  return { outcome: 'accept', message: '可以提交，热线将在1个工作日内转交承办单位。' };
}
