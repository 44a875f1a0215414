/**
 * How the rules' verdict and the learned model's are combined (classify.ts `classifyEmergency`; the cross-validation in
 * scripts/bench/screening-cv.ts): when the model may add an alarm, which words silence it, how a longer message is also
 * heard sentence by sentence, and when a traffic accident's injury is taken from the model.
 */
import { ASKING, FRAMES, HYPOTHETICAL, HYPOTHETICAL_LEAD, OVER, PAST, SENTENCE_NOW, URGENT } from './guards';
import type { LoadedModel, ModelVerdict } from './model';
import { UNHURT } from './rules-body';
import type { EmergencyVerdict } from './types';

/** Where one sentence ends and the next begins. */
export const SENTENCE_RE = /[。.!！?？\n]+/;

/**
 * How the learned model (model.ts) may add an alarm when no rule hit. Chosen by leave-one-file-out cross-validation
 * (`npm run bench:screening -- --cv`).
 */
export interface ModelUse {
  /** The model alarms at or above this probability. */
  threshold: number;
  /** Omitted: the shipped model; `null`: the rules alone. */
  model?: LoadedModel | null;
  /**
   * Which guards silence a model alarm: `none`; `words`: the message has a past, hypothetical or frame word and no
   * urgency word; `suppressed`: a rule hit the message but a guard explained it; `both`.
   */
  guard: 'none' | 'words' | 'suppressed' | 'both';
  /** A rules hit stands unless the model's probability is below this (0: the model never vetoes). */
  veto: number;
}

/**
 * Chosen by leave-one-file-out CV (`npm run bench:screening -- --cv`, docs/screening.md). After round 5, mean per part
 * at 0.7 / 0.8 with both guards: 98.4 % / 98.1 % recall, 1.9 % / 1.6 % false alarms (flattered: the rules were tuned on
 * every part; on parts written by other hands and never tuned on the combination has measured 0.93–0.96 recall).
 * Guarding model alarms with the message's past, hypothetical and frame words and with the hits the rules' guards
 * explained cut false alarms by about a third for no recall. No veto (the model overruling a rules hit): in CV it
 * silenced real emergencies the rules had caught (an assault on a pupil; chest pain in the middle of a 社保卡 question).
 */
export const MODEL_USE: ModelUse = { threshold: 0.75, guard: 'both', veto: 0 };

const UNHURT_RE = new RegExp(UNHURT);
const NO_COLLISION = /(抛锚|坏了|坏在|散落|掉了|逆行|醉|酒|停在|停着|横着)/;

/**
 * A traffic accident the rules found without an injury word (人在喊, 躺着哼哼) while the model's likeliest line is 120: someone
 * is hurt, so an ambulance first, and 122 (GZ Art.11 ¶2: both numbers are named).
 */
export function withInjury(verdict: EmergencyVerdict, normalised: string, score: () => ModelVerdict): EmergencyVerdict {
  // The model is scored only for such an accident: a rules hit needs nothing else from it.
  if (!verdict.numbers.includes('122') || verdict.numbers.includes('120') || UNHURT_RE.test(normalised)) return verdict;
  // A breakdown, a spilled load or a drunk driver is no collision: nobody to be hurt yet.
  if (verdict.matches.every((m) => NO_COLLISION.test(m.matched))) return verdict;
  return score().numbers[0] === '120' ? { ...verdict, numbers: ['120', ...verdict.numbers] } : verdict;
}

/** Sentences shorter than this (救命啊！！ before a complaint about a card) are not heard on their own. */
const SENTENCE_MIN = 6;
/**
 * Words that keep every sentence of the message from raising an alarm of its own (combine's `scoreSentence`) — but
 * not a sentence that speaks of now (SENTENCE_NOW).
 */
const WHOLE_WORDED = [PAST, HYPOTHETICAL_LEAD, OVER, ...FRAMES.map((f) => f.re)];

/** Words that, with no word of the present, keep the model from raising an alarm (`guard` words). */
const WORDED = [PAST, HYPOTHETICAL, ASKING, ...FRAMES.map((f) => f.re)];

/**
 * The rules' verdict and the model's on the same (normalised) message, combined as `use` says. With `scoreSentence`,
 * a message of several sentences that raised no alarm is heard sentence by sentence as well, each guarded by its own
 * words: a question and then an emergency (请问社保卡怎么补办？另外我刚看到一个大爷摔了…) is not explained away by the
 * question, whose words (请问, 补办) also pulled the whole message's score down.
 */
export function combine(
  verdict: EmergencyVerdict, normalised: string, m: ModelVerdict, use: ModelUse, scoreSentence?: (sentence: string) => ModelVerdict,
): EmergencyVerdict {
  const whole = combineOne(verdict, normalised, m, use);
  if (whole.emergency || !scoreSentence) return whole;
  const sentences = normalised.split(SENTENCE_RE).filter((s) => [...s].length >= SENTENCE_MIN);
  // A past event, a frame (a subsidy, a claim, a rumour…) or a 万一 anywhere in the message still speaks of every
  // sentence: only the question's own words (请问, 怎么补办) are left to their sentence.
  if (sentences.length < 2) return whole;
  const worded = WHOLE_WORDED.some((re) => re.test(normalised));
  for (const sentence of sentences) {
    if (worded && !SENTENCE_NOW.test(sentence)) continue;
    const own = { ...verdict, suppressed: verdict.suppressed.filter((x) => sentence.includes(x.matched)) };
    const heard = combineOne(own, sentence, scoreSentence(sentence), use);
    if (heard.emergency) return { ...heard, suppressed: verdict.suppressed };
  }
  return whole;
}

function combineOne(verdict: EmergencyVerdict, normalised: string, m: ModelVerdict, use: ModelUse): EmergencyVerdict {
  if (verdict.emergency) {
    if (m.probability >= use.veto) return verdict;
    const vetoed = verdict.matches.map((x) => ({ ...x, guard: 'model' }));
    return { emergency: false, numbers: [], matches: [], suppressed: [...verdict.suppressed, ...vetoed] };
  }
  if (m.probability < use.threshold) return verdict;
  const urgent = URGENT.test(normalised);
  const worded = !urgent && WORDED.some((re) => re.test(normalised));
  const explained = !urgent && verdict.suppressed.length > 0;
  if ((use.guard === 'words' || use.guard === 'both') && worded) return verdict;
  if ((use.guard === 'suppressed' || use.guard === 'both') && explained) return verdict;
  // A message that says it is over (物业已经把人放出来了) raises no alarm of the model's either.
  if (verdict.suppressed.some((x) => x.guard === 'over')) return verdict;
  const match = { rule: 'model', label: '疑似紧急情况', matched: m.top.join('、') };
  return { ...verdict, emergency: true, numbers: m.numbers, matches: [match] };
}
