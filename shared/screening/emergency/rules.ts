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

export { UNHURT };

export type EmergencyNumber = '110' | '119' | '120' | '122';

export const LINE_LABELS: Record<EmergencyNumber, string> = {
  '110': '报警 110',
  '119': '火警 119',
  '120': '急救 120',
  '122': '交通事故 122',
};

export interface EmergencyRule {
  id: string;
  /** Shown to the citizen and the operator: why this was taken as an emergency. */
  label: string;
  numbers: EmergencyNumber[];
  /** Any of these matches (regular-expression sources, run on the normalised text, where a space is read as '，': English is written car，hit). */
  patterns: string[];
  /** A hit means someone is hurt (被狗咬伤): the not-a-person guard never drops it (guards.ts NOT_A_PERSON). */
  injury?: boolean;
  /** Run on the whole message rather than clause by clause (a cry for help that is the whole message). */
  whole?: boolean;
  /** The message says it is over or nobody is hurt (火已经灭了, 人没事): the rule's hits do not count. */
  unless?: string;
  /** Said as a condition (要是不下去就杀了你): 如果 and 要是 do not make it hypothetical. */
  conditional?: boolean;
  /** Right before the hit, words that make this rule's hit a figure of speech (头要炸了: a headache, not a threat). */
  figurativeBefore?: string;
  /** Right before the hit, a thing rather than a person (电线杆被车撞歪了): for rules whose hits are injuries. */
  thingBefore?: string;
  /** The cause is told in the past (昨晚屋里烧了炭盆), the signs now: past words do not set the hit aside. */
  pastCause?: boolean;
}

/**
 * Order is priority: the first rule that matches gives the primary number. Dangers to everyone nearby first (a threat
 * before the fire it promises), then people in danger, then the body; traffic comes last so that an accident with an
 * injury leads with 120 and still names 122.
 */
export const RULES: EmergencyRule[] = [...DANGER_RULES, ...PEOPLE_RULES, ...BODY_RULES];
