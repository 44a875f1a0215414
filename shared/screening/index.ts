/**
 * Pre-screening (SPEC §2; GZ Art.11, WF Art.19, CS Art.13): advise the citizen before submitting.
 * Emergencies go to 110/119/120/122; matters for courts, arbitration, petitions, discipline bodies or information
 * disclosure name the legal channel; Party / People's Congress / CPPCC / army matters name the body.
 * Screening only advises: the citizen may still submit, and nothing submitted is ever lost.
 */

export type ScreeningOutcome = 'emergency' | 'redirect' | 'knowledge' | 'accept';

export interface EmergencyLine {
  number: '110' | '119' | '120' | '122';
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

export interface ScreeningResult {
  outcome: ScreeningOutcome;
  hotline?: EmergencyLine;
  channel?: Redirect;
  articles?: ArticleHit[];
  message: string;
}

/** Order matters: the first rule that matches wins (life and safety first). */
const EMERGENCY_RULES: Array<{ line: EmergencyLine; words: string[] }> = [
  { line: { number: '119', label: '火警 119' }, words: ['着火', '起火', '失火', '火灾', '火警', '烧起来', '浓烟', '煤气泄漏', '燃气泄漏'] },
  { line: { number: '120', label: '急救 120' }, words: ['晕倒', '昏迷', '不省人事', '心脏病发', '呼吸困难', '大出血', '急救', '中毒', '抽搐', '快不行了'] },
  { line: { number: '122', label: '交通事故 122' }, words: ['车祸', '交通事故', '撞车', '追尾', '被车撞'] },
  { line: { number: '110', label: '报警 110' }, words: ['抢劫', '杀人', '持刀', '行凶', '绑架', '正在打人', '打架斗殴', '入室盗窃', '家暴', '有人跳楼', '报警'] },
];

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
 * Screen a draft matter. `articles` are the knowledge-base matches for the content (the caller searches;
 * screening stays pure). Consultations answered by the knowledge base get the `knowledge` outcome.
 */
export function screen(content: string, articles: ArticleHit[] = []): ScreeningResult {
  const text = content.replace(/\s+/g, '');
  for (const rule of EMERGENCY_RULES) {
    if (rule.words.some((w) => text.includes(w))) {
      return {
        outcome: 'emergency',
        hotline: rule.line,
        message: `这可能是紧急情况，请立即拨打${rule.line.label}。12345热线不处理紧急求助。`,
      };
    }
  }
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
