/**
 * Emergency screening data (docs/rules.md §2; GZ Art.11, CS Art.13, WF Art.19: matters for 110/119/120/122 are
 * not hotline matters), as data an operator can read: the rules with their numbers. How a message is read first
 * (Cantonese, pinyin slips) is in `reading.ts`; the guards that keep settled, hypothetical and administrative
 * messages from raising an alarm are in `guards.ts`; the engine is `classify.ts`. Tuned on the corpus's tuning parts
 * (docs/screening.md).
 */
import { DANGER_RULES } from './rules-danger';
import { PEOPLE_RULES } from './rules-people';
import { BODY_RULES, UNHURT } from './rules-body';
import type { EmergencyNumber, EmergencyRule } from './types';

export { UNHURT };

export type { EmergencyNumber, EmergencyRule } from './types';

export const LINE_LABELS: Record<EmergencyNumber, string> = {
  '110': '报警 110',
  '119': '火警 119',
  '120': '急救 120',
  '122': '交通事故 122',
};

/**
 * Order is priority: the first rule that matches gives the primary number. Dangers to everyone nearby first (a threat
 * before the fire it promises), then people in danger, then the body; traffic comes last so that an accident with an
 * injury leads with 120 and still names 122.
 */
export const RULES: EmergencyRule[] = [...DANGER_RULES, ...PEOPLE_RULES, ...BODY_RULES];
