/**
 * Policy profiles (docs/rules.md §3): the numbers each city's regulation sets, as data.
 * Selected by HOTLINE_POLICY (default `guangzhou`). WD = working days.
 */
import type { Category } from '../domain/types';

export const POLICY_NAMES = ['guangzhou', 'changsha', 'weifang'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export interface PolicyProfile {
  name: PolicyName;
  /** City name shown to people. */
  label: string;
  /** Prefix of the human tracking number, e.g. GZ2611220007. */
  trackingPrefix: string;
  /** Districts a matter may name (docs/rules.md §5 submission fields). */
  districts: readonly string[];
  /** Centre must dispatch within this many WD of receipt. */
  dispatchLimitWD: number;
  /** Unit check window: accept or ask to return within this many WD of dispatch. */
  checkWindowWD: number;
  /** Handling period per category, counted from the day following the unit's receipt. */
  handlingWD: Readonly<Record<Category, number>>;
  /** Extensions allowed per matter; each adds one handling period. */
  maxExtensions: number;
  /** Re-handlings after a first unsatisfied rating. */
  maxRehandles: number;
  /** Clock hours after a compliant reply review before the rating times out as basically satisfied. */
  ratingTimeoutHours: number;
  /** Returns after which a matter is `difficult` and must be designated ("3次以上" includes 3). */
  difficultAfterReturns: number;
  /** Unit appeal window against an unsatisfied rating, in WD; null = no appeal. */
  appealWindowWD: number | null;
  /**
   * CS Art.17, 19: `accept` is the unit's signature (签收), due by the end of the `signWD`-th WD after the dispatch day;
   * a return may be asked until the end of the `returnAfterSignWD`-th WD after signing (or after the signing deadline's
   * day when unsigned); the handling period counts from signing, at the latest from the signing deadline.
   * null (GZ, WF): accept within `checkWindowWD` of dispatch closes returns; handling counts from dispatch.
   */
  signing: { signWD: number; returnAfterSignWD: number } | null;
  /** Decisions the regulations give to the centre (docs/rules.md). */
  centre: {
    /** CS Art.21: an extension request waits for the centre's approval. */
    extensionReview: boolean;
    /**
     * CS Art.26: after a first unsatisfied rating the centre calls back within this many WD and decides
     * (re-handle by the same or another unit, or close with the rating kept); null = re-handle at once (GZ Art.20).
     */
    callbackWD: number | null;
    /** WF Art.22: on a dispute (a pending return request) the centre may designate the unit directly. */
    directDesignation: boolean;
    /** CS Art.33: working days the centre has for its own reviews (return, reply, extension) before it is warned. */
    reviewWD: number;
  };
  /** Escalation ladder of the handling deadline (docs/rules.md §4). */
  escalation: { warnWDBefore: number; level2AfterWD: number; level3AfterWD: number };
  /** Article behind each rule, for the UI's "why" and for reviewers. */
  basis: Readonly<Record<string, string>>;
}

const LADDER = { warnWDBefore: 1, level2AfterWD: 2, level3AfterWD: 5 } as const;

export const PROFILES: Readonly<Record<PolicyName, PolicyProfile>> = {
  guangzhou: {
    name: 'guangzhou',
    label: '广州',
    trackingPrefix: 'GZ',
    districts: ['越秀区', '海珠区', '荔湾区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'],
    dispatchLimitWD: 1, // GZ Art.13
    checkWindowWD: 2, // GZ Art.14
    handlingWD: { consultation: 2, help: 10, complaint: 10, report: 10, suggestion: 10 }, // GZ Art.17
    maxExtensions: 2, // GZ Art.18
    maxRehandles: 1, // GZ Art.20
    ratingTimeoutHours: 72, // assumed; GZ sets none (CS Art.26 value)
    difficultAfterReturns: 3, // GZ Art.16 "退回…3次以上"
    appealWindowWD: null,
    escalation: LADDER, // GZ Art.23
    signing: null,
    centre: { extensionReview: false, callbackWD: null, directDesignation: false, reviewWD: 1 },
    basis: {
      dispatch: 'GZ Art.13',
      check: 'GZ Art.14',
      return: 'GZ Art.15–16',
      handling: 'GZ Art.17',
      extension: 'GZ Art.18',
      reply: 'GZ Art.19',
      rehandle: 'GZ Art.20',
      supervision: 'GZ Art.23',
    },
  },
  changsha: {
    name: 'changsha',
    label: '长沙',
    trackingPrefix: 'CS',
    districts: ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市'],
    dispatchLimitWD: 1, // assumed; CS Art.16 sets 1 WD for call-back answers
    checkWindowWD: 3, // CS Art.17: unused while `signing` is set (sign by the next WD, return within 2 WD of signing)
    handlingWD: { consultation: 3, help: 10, complaint: 10, report: 10, suggestion: 10 }, // CS Art.19
    maxExtensions: 1, // CS Art.20
    maxRehandles: 1, // CS Art.34(3)
    ratingTimeoutHours: 72, // CS Art.26
    difficultAfterReturns: 3, // CS Art.23 coordination
    appealWindowWD: 5, // CS Art.27
    escalation: LADDER, // CS Art.33–35
    signing: { signWD: 1, returnAfterSignWD: 2 }, // CS Art.17
    centre: { extensionReview: true, callbackWD: 1, directDesignation: false, reviewWD: 1 }, // CS Art.21, 26, 33
    basis: {
      dispatch: 'CS Art.16',
      check: 'CS Art.17',
      return: 'CS Art.23',
      handling: 'CS Art.19',
      extension: 'CS Art.20',
      rating: 'CS Art.26',
      appeal: 'CS Art.27',
      supervision: 'CS Art.33–35',
    },
  },
  weifang: {
    name: 'weifang',
    label: '潍坊',
    trackingPrefix: 'WF',
    districts: ['潍城区', '寒亭区', '坊子区', '奎文区', '青州市', '诸城市', '寿光市', '安丘市', '高密市', '昌邑市', '临朐县', '昌乐县'],
    dispatchLimitWD: 1, // assumed; WF Art.18 "promptly"
    checkWindowWD: 2, // assumed; WF Art.22 sets none
    handlingWD: { consultation: 5, help: 5, complaint: 5, report: 5, suggestion: 5 }, // WF Art.20
    maxExtensions: 0, // WF Art.20: explain and propose a solution instead
    maxRehandles: 1,
    ratingTimeoutHours: 72, // assumed
    difficultAfterReturns: 3, // WF Art.22 dispute → designate
    appealWindowWD: null,
    escalation: LADDER,
    signing: null,
    centre: { extensionReview: false, callbackWD: null, directDesignation: true, reviewWD: 1 }, // WF Art.22
    basis: {
      dispatch: 'WF Art.18',
      check: 'WF Art.22',
      handling: 'WF Art.20',
      extension: 'WF Art.20',
      terminate: 'WF Art.21',
      supervision: 'WF Art.27',
    },
  },
};

export class UnknownPolicyError extends Error {
  constructor(name: string) {
    super(
      `Unknown HOTLINE_POLICY "${name}". Use one of: ${POLICY_NAMES.join(', ')} (default guangzhou).`,
    );
    this.name = 'UnknownPolicyError';
  }
}

export const isPolicyName = (name: string): name is PolicyName =>
  (POLICY_NAMES as readonly string[]).includes(name);

/** The profile called `name`; an unknown name throws a clear error (it must fail at start, not per request). */
export function getPolicy(name: string = 'guangzhou'): PolicyProfile {
  const key = name.trim().toLowerCase();
  if (!isPolicyName(key)) throw new UnknownPolicyError(name);
  return PROFILES[key];
}
