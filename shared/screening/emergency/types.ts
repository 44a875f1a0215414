/**
 * The shapes of emergency screening (docs/rules.md §2): a rule and the numbers it may name (shared by `rules.ts` and
 * its three parts, which hold the rules themselves) and a verdict (classify.ts, combine.ts).
 */
export type EmergencyNumber = '110' | '119' | '120' | '122';

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

export interface EmergencyMatch {
  rule: string;
  label: string;
  /** The words (after normalisation) that matched. */
  matched: string;
}

export interface SuppressedMatch extends EmergencyMatch {
  /**
   * Why it did not count: `negated`, `prevention`, `figurative`, `quoted`, `not-a-person`, `habitual`, `past`,
   * `hypothetical`, `over` (the rule's `unless`: 火已经灭了), or a frame id (`claim`, …).
   */
  guard: string;
}

export interface EmergencyVerdict {
  emergency: boolean;
  /** Numbers to call, most urgent first (empty when not an emergency). */
  numbers: EmergencyNumber[];
  matches: EmergencyMatch[];
  suppressed: SuppressedMatch[];
}
