/**
 * The emergency classifier: normalise the message (Cantonese, pinyin slips, full-width forms), split it into
 * clauses, run every rule of `rules.ts` and drop the hits a guard of `guards.ts` explains (negated, past or settled,
 * hypothetical, figurative, or inside an administrative frame such as a claim or a complaint) unless words of the
 * present stand near the hit; where no rule hits, the learned model (`model.ts`) may still raise an alarm, as
 * `combine.ts` says.
 * Pure and small so the mini-program can run it too; every verdict names the rule and the words that matched.
 */
import {
  AFTER, ANIMAL_BEFORE, ANIMAL_RULES, BY_AN_ANIMAL, HAZARD_RULES, FIGURATIVE_AFTER, FIGURATIVE_BEFORE, FRAMES, HABITUAL_BEFORE, HABITUAL_RULES, HYPOTHETICAL, HYPOTHETICAL_LEAD, NEGATION,
  NEGATION_WIDE,
  BACK_TO_NOW, FLAMES, NOT_ABOUT_DEVICES, QUOTE_CLOSE, QUOTE_OPEN, SENTENCE_NOW, NOT_A_PERSON, OVER, PAST, PAST_LEAD, PAST_BEFORE, PREVENTION, QUOTED, URGENT,
} from './guards';
import { CANTONESE, HOMOPHONES, PINYIN, SLIP_WORDS, TRADITIONAL } from './reading';
import { RULES, type EmergencyRule } from './rules';
import { scoreModel, shippedModel } from './model';
import { combine, MODEL_USE, SENTENCE_RE, withInjury, type ModelUse } from './combine';
import type { EmergencyMatch, EmergencyNumber, EmergencyVerdict, SuppressedMatch } from './types';

export type { EmergencyMatch, EmergencyVerdict, SuppressedMatch } from './types';
export { combine, MODEL_USE, type ModelUse } from './combine';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every one-character pinyin slip of the key words, read back as the key word. */
const SLIPS = new Map<string, string>();
for (const word of SLIP_WORDS) {
  [...word].forEach((ch, i) => {
    for (const h of HOMOPHONES[ch] ?? '') {
      const slip = word.slice(0, i) + h + word.slice(i + 1);
      if (!SLIP_WORDS.includes(slip)) SLIPS.set(slip, word);
    }
  });
}
const SIMPLE_CHARS = [...TRADITIONAL[1]];
const SIMPLIFIED = new Map([...TRADITIONAL[0]].map((ch, i) => [ch, SIMPLE_CHARS[i]]));
const TRADITIONAL_RE = new RegExp(`[${TRADITIONAL[0]}]`, 'g');
const REPLACEMENTS = new Map<string, string>([...CANTONESE, ...SLIPS]);
const REPLACE_RE = new RegExp([...REPLACEMENTS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
/** Pinyin key words, syllables run together or apart (after normalise's spaces became commas), not inside a longer word. */
const PINYIN_WORDS = new Map(PINYIN.map(([pinyin, word]) => [pinyin.replace(/ /g, ''), word]));
const PINYIN_RE = new RegExp(`(^|[^a-z])(${PINYIN.map(([p]) => p.split(' ').join('，?')).join('|')})(?=$|[^a-z]|le|la|a|ba|ne)`, 'g');

const optional = (source: string | undefined) => (source === undefined ? undefined : new RegExp(source));
const COMPILED = RULES.map((r) => ({
  rule: r, res: r.patterns.map((p) => new RegExp(p, 'g')), unless: optional(r.unless),
  own: { figurative: optional(r.figurativeBefore), thing: optional(r.thingBefore) },
}));
/** How far (characters either side of a hit) an urgency word still speaks of it. */
const URGENT_REACH = 10;
/** How far a past or settled word (去年, 以前, 已经处理) still speaks of a hit in its clause. */
const PAST_REACH = 16;
const CLAUSE_RE = /[，,。.!！?？;；、~～…\n]+/;
/** How many clauses back in its sentence a 万一/如果 still governs a hit. */
const LEAD_REACH = 2;
/**
 * How many clauses a frame word (投诉, 理赔, 培训…) still speaks of: two after it (a complaint first, an emergency
 * later), three before it (the question at the end: …，乘客险找谁赔).
 */
const FRAME_BEFORE = 2;
const FRAME_AFTER = 3;

/**
 * Written word by word with spaces (learners of Chinese, some deaf writers: 两 辆 车 刚 撞 了): many of the
 * space-separated pieces are a single character (or a pinyin syllable or short word), so the spaces are not pauses.
 * Voice input's pieces are clauses (我爸 晕倒了 快来 在二楼): a lone character is rare there.
 */
function spacedOut(text: string): boolean {
  const pieces = text.split(/\s+/).filter(Boolean);
  const single = pieces.filter((p) => [...p].length === 1 || /^[a-z]{1,6}$/i.test(p)).length;
  return pieces.length >= 4 && single / pieces.length >= 0.3;
}

const HAN = '\u3400-\u9fff';
/** A space between two Chinese characters (the characters kept, the space dropped; no lookbehind: older engines). */
const HAN_SPACE = new RegExp(`([${HAN}])\\s+(?=[${HAN}])`, 'g');

/**
 * Full-width to half-width, Cantonese, slips and pinyin key words rewritten; a space is a pause (voice input, phone
 * typing): a comma — except between the characters of a message written word by word (spacedOut).
 */
export function normalise(text: string): string {
  const trimmed = text.normalize('NFKC').toLowerCase().trim().replace(TRADITIONAL_RE, (ch) => SIMPLIFIED.get(ch) ?? ch);
  return (spacedOut(trimmed) ? trimmed.replace(HAN_SPACE, '$1') : trimmed)
    .replace(/\s+/g, '，')
    .replace(REPLACE_RE, (m) => REPLACEMENTS.get(m) ?? m)
    .replace(PINYIN_RE, (_, lead: string, pinyin: string) => lead + (PINYIN_WORDS.get(pinyin.replace(/，/g, '')) ?? pinyin));
}

/** A clause and the clauses just before it in its sentence (where a 万一 or 如果 may have opened a hypothetical). */
interface Clause {
  text: string;
  lead: string;
  /** The administrative frame (claim, training, …) of this clause and its neighbours (FRAME_BEFORE/AFTER), if any. */
  frame?: string;
  /** The whole message only: where each sentence that speaks of now starts and ends in `text`, and its own frame. */
  now?: Array<{ start: number; end: number; frame?: string }>;
}

const frameOf = (text: string, near = true) => FRAMES.find((f) => (near || !f.near) && f.re.test(text))?.id;

/** The message's clauses, and the whole message as one clause for the rules that read it whole. */
function clausesOf(normalised: string): { clauses: Clause[]; whole: Clause } {
  let start = 0;
  const parts = normalised.split(SENTENCE_RE).flatMap((sentence, s) => {
    const inSentence = sentence.split(CLAUSE_RE).filter(Boolean);
    return inSentence.map((text, i) => {
      // Where the clause starts in the whole message as `whole.text` joins them (one '，' between clauses).
      const at = start;
      start += text.length + 1;
      return { text, s, at, lead: inSentence.slice(Math.max(0, i - LEAD_REACH), i).join('，') };
    });
  });
  // A long message may complain first and report an emergency at the end (已经投诉过一次了，…，今天我老婆要生了):
  // a complaint (`near` frames) speaks of the clauses near it only; a drill, a rumour or a claim of the whole message —
  // except a sentence that turns to now (电费可以分期交吗？另外刚才…), which only its own words frame.
  const text = parts.map((c) => c.text).join('，');
  const wholeFrame = frameOf(text, false);
  // The clauses of each sentence that speaks of now.
  const now = new Map<number, typeof parts>();
  for (const p of parts) if (SENTENCE_NOW.test(p.text)) now.set(p.s, parts.filter((x) => x.s === p.s));
  const clauses = parts.map((c) => {
    const own = now.get(c.s) ?? parts;
    const i = own.indexOf(c);
    const near = frameOf(own.slice(Math.max(0, i - FRAME_BEFORE), i + FRAME_AFTER + 1).map((x) => x.text).join('，'));
    const frame = near ?? (own === parts ? wholeFrame : frameOf(own.map((x) => x.text).join('，'), false));
    return { text: c.text, lead: c.lead, frame };
  });
  // The same for a hit of a whole-message rule: within a sentence that speaks of now, that sentence's own frame.
  const nowRanges = [...now.values()].map((own) => {
    const last = own[own.length - 1];
    return { start: own[0].at, end: last.at + last.text.length, frame: frameOf(own.map((p) => p.text).join('，')) };
  });
  return { clauses, whole: { text, lead: '', frame: frameOf(text), now: nowRanges } };
}

/** A whole-message hit is guarded by the clauses it spans, not by a past word anywhere in a long message. */
function spanOf(whole: string, index: number, matched: string): { text: string; index: number } {
  const start = whole.lastIndexOf('，', index) + 1;
  const end = whole.indexOf('，', index + matched.length);
  return { text: whole.slice(start, end < 0 ? whole.length : end), index: index - start };
}

/** A rule's own guards, compiled: `figurativeBefore` and `thingBefore` of rules.ts. */
interface RuleGuards {
  figurative?: RegExp;
  thing?: RegExp;
}

function guardFor(
  rule: EmergencyRule, clause: string, index: number, matched: string, frame: string | undefined, lead = '', own: RuleGuards = {},
): string | undefined {
  const before = clause.slice(Math.max(0, index - 4), index);
  if (NEGATION.test(before.slice(-3)) || NEGATION_WIDE.test(clause.slice(Math.max(0, index - 8), index))) return 'negated';
  if (PREVENTION.test(before)) return 'prevention';
  const after = clause.slice(index + matched.length);
  if (FIGURATIVE_BEFORE.test(before) || FIGURATIVE_AFTER.test(after) || own.figurative?.test(before)) return 'figurative';
  if (QUOTED.test(clause.slice(0, index) + matched)) return 'quoted';
  const notAPerson = rule.id === 'violence' ? ANIMAL_BEFORE : NOT_A_PERSON;
  if ((!rule.injury && !HAZARD_RULES.includes(rule.id) && notAPerson.test(before)) || own.thing?.test(before)) return 'not-a-person';
  // A two-character word in quotes on its own (两个部门之间“打架”) is a figure of speech; quoted speech (“弄死你”) is not.
  if ([...matched].length === 2 && QUOTE_OPEN.test(before) && QUOTE_CLOSE.test(after)) return 'figurative';
  // About an animal (我家的牛掉到水沟里, 附近哪里有兽医), whatever the urgency; a person bitten is still hurt, a stolen cow still theft.
  if (frame === 'animal' && ANIMAL_RULES.includes(rule.id)) return frame;
  if (frame === 'animal' && rule.injury && BY_AN_ANIMAL.test(matched) && !NOT_A_PERSON.test(before)) return undefined;
  if (HABITUAL_RULES.includes(rule.id) && !FLAMES.test(matched) && HABITUAL_BEFORE.test(clause.slice(Math.max(0, index - 8), index + matched.length))) return 'habitual';
  if (PAST_BEFORE.test(before)) return 'past';
  if (AFTER.test(after)) return 'past';
  // "Now" counts near the hit only: in a long unpunctuated message 一直/现在 elsewhere says nothing about it. A hit
  // that is itself a word of the present (叫不醒, 正在偷) counts too. A 如果 or 万一 that opened the hit's clause
  // comes first (如果朋友喝多了叫不醒, 假如现在楼里着火了).
  if (!rule.conditional && HYPOTHETICAL_LEAD.test(clause.slice(0, index))) return 'hypothetical';
  const around = `${clause.slice(Math.max(0, index - URGENT_REACH), index)}|${clause.slice(index + matched.length, index + matched.length + URGENT_REACH)}`;
  if (URGENT.test(around)) return undefined;
  if (URGENT.test(clause.slice(Math.max(0, index - URGENT_REACH), index + matched.length + URGENT_REACH))) return undefined;
  // A past word speaks of the hit near it: a voice message is one long clause (…站不住讲话大舌头她以前血压就高).
  if (!rule.pastCause && PAST.test(clause.slice(Math.max(0, index - PAST_REACH), index + matched.length + PAST_REACH))) return 'past';
  if (!rule.conditional && (HYPOTHETICAL.test(clause) || HYPOTHETICAL_LEAD.test(lead))) return 'hypothetical';
  if (!rule.pastCause && PAST_LEAD.test(lead) && !BACK_TO_NOW.test(clause)) return 'past';
  // A wire that killed a cow is still a danger to people.
  if (frame === 'animal' && HAZARD_RULES.includes(rule.id)) return undefined;
  return frame === 'device' && NOT_ABOUT_DEVICES.includes(rule.id) ? undefined : frame;
}

export function classifyEmergency(text: string, use: ModelUse = MODEL_USE): EmergencyVerdict {
  const normalised = normalise(text);
  const verdict = rulesOn(normalised);
  const model = use.model === undefined ? shippedModel() : use.model;
  if (!model) return verdict;
  const score = () => scoreModel(normalised, model);
  if (verdict.emergency && !use.veto) return withInjury(verdict, normalised, score);
  return combine(verdict, normalised, score(), use, (sentence) => scoreModel(sentence, model));
}

/** The rules alone: every rule run on the message's clauses, hits a guard explains set aside. */
export function classifyByRules(text: string): EmergencyVerdict {
  return rulesOn(normalise(text));
}

/** `classifyByRules` on a message already normalised (the caller needs the normalised text as well). */
export function rulesOn(normalised: string): EmergencyVerdict {
  const { clauses, whole } = clausesOf(normalised);
  const over = OVER.test(normalised);
  const matches: EmergencyMatch[] = [];
  const suppressed: SuppressedMatch[] = [];
  const numbers: EmergencyNumber[] = [];
  for (const { rule, res, unless, own } of COMPILED) {
    let hit: EmergencyMatch | undefined;
    const setAside = unless?.test(normalised) || (!rule.injury && over);
    for (const { text: clause, lead, frame } of rule.whole ? [whole] : clauses) {
      for (const re of res) {
        re.lastIndex = 0;
        for (let m = re.exec(clause); m && !hit; m = re.exec(clause)) {
          const found = { rule: rule.id, label: rule.label, matched: m[0] };
          const span = rule.whole ? spanOf(clause, m.index, m[0]) : { text: clause, index: m.index };
          const inNow = rule.whole ? whole.now?.find((r) => m.index >= r.start && m.index < r.end) : undefined;
          const guard = setAside ? 'over' : guardFor(rule, span.text, span.index, m[0], inNow ? inNow.frame : frame, lead, own);
          if (guard) suppressed.push({ ...found, guard });
          else hit = found;
          if (m[0] === '') re.lastIndex += 1;
        }
        if (hit) break;
      }
      if (hit) break;
    }
    if (!hit) continue;
    matches.push(hit);
    for (const n of rule.numbers) if (!numbers.includes(n)) numbers.push(n);
  }
  return { emergency: matches.length > 0, numbers, matches, suppressed };
}
