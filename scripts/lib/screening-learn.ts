/**
 * Training for the learned emergency model (model.ts): reads the labelled corpus parts, fits one logistic regression
 * for "emergency" and one per number, keeps the n-grams that matter, refits on them and packs the result for
 * `model.json`. Deterministic (a fixed-seed shuffle, no clock). Node only: used by `npm run train:screening`, the
 * cross-validation in `npm run bench:screening -- --cv` and the staleness test; never bundled into the mini-program.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusPart } from '../../shared/screening/corpus/score';
import seed from '../seed-data.json';
import q0 from '../../tests/fixtures/knowledge-questions.json';
import q1 from '../../tests/fixtures/knowledge-questions-heldout.json';
import q2 from '../../tests/fixtures/knowledge-questions-colloquial.json';
import q3 from '../../tests/fixtures/knowledge-questions-fresh.json';
import q4 from '../../tests/fixtures/knowledge-questions-fresh2.json';
import q5 from '../../tests/fixtures/knowledge-questions-fresh3.json';
import q6 from '../../tests/fixtures/knowledge-questions-fresh4.json';
import q7 from '../../tests/fixtures/knowledge-questions-fresh5.json';
import q8 from '../../tests/fixtures/knowledge-questions-fresh6.json';
import q9 from '../../tests/fixtures/knowledge-questions-fresh7.json';
import q10 from '../../tests/fixtures/knowledge-questions-fresh8.json';
import q11 from '../../tests/fixtures/knowledge-questions-fresh9.json';
import q12 from '../../tests/fixtures/knowledge-questions-fresh10.json';
import q13 from '../../tests/fixtures/knowledge-questions-fresh11.json';
import q14 from '../../tests/fixtures/knowledge-questions-long.json';
import { classifyByRules, normalise } from '../../shared/screening/emergency/classify';
import { PROFILES } from '../../shared/policy/profiles';
import { HEADS, NO_UNIGRAM, WEIGHT_RANGE, gramsOf, type ScreeningModel } from '../../shared/screening/emergency/model';

/** Run from the repository root (npm scripts, jest). */
export const CORPUS_DIR = join(process.cwd(), 'shared', 'screening', 'corpus');

/**
 * The corpus parts the model may learn from, in name order. Files named `heldout*.json` other than `heldout.json` are
 * held-out sets still to be measured once, by hand: never read here.
 */
export function corpusParts(dir = CORPUS_DIR): Array<{ name: string; part: CorpusPart }> {
  return readParts(dir, (f) => f.endsWith('.json') && (!f.startsWith('heldout') || f === 'heldout.json'));
}

/** The corpus files `keep` picks, in name order, read. */
function readParts(dir: string, keep: (file: string) => boolean): Array<{ name: string; part: CorpusPart }> {
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), part: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusPart }));
}

/**
 * The held-out parts written by other hands and not yet tuned on (`heldout<N>.json`): the bench prints them apart, as
 * the honest figure for the shipped rules and model; training never reads them.
 */
export function heldoutParts(dir = CORPUS_DIR): Array<{ name: string; part: CorpusPart }> {
  return readParts(dir, (f) => /^heldout\d+\.json$/.test(f));
}

/**
 * Ordinary messages from outside the screening corpus: the knowledge search's settled question sets (its tuning data
 * up to fresh11, named here so that a later knowledge round does not change this model) and the articles' titles and
 * common questions. The corpus's ordinary half is mostly look-alikes of emergencies; without everyday questions the
 * model took short ones (老人优惠卡, 车子堵在楼下出不去) for emergencies. A question the rules call an emergency is left
 * out: some of these sets ask about real emergencies.
 */
const EVERYDAY = [q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14];

export function backgroundTexts(): string[] {
  // The districts a citizen or an operator picks (海珠区, 已选择：海珠区): an address alone is never an emergency, though
  // emergencies name places (海珠桥) and things (磁珠) the model would otherwise hold against them.
  const places = Object.values(PROFILES).flatMap((p) => p.districts.flatMap((d) => [d, `已选择：${d}`]));
  const all = [...EVERYDAY.flatMap((set) => set.questions.map((q) => q.q)), ...seed.articles.flatMap((a) => [a.title, ...(a.questions ?? [])]), ...places];
  return [...new Set(all)].filter((t) => !classifyByRules(t).emergency);
}

export interface TrainOptions {
  maxGram?: number;
  /** A gram must occur in this many training messages to be a feature. */
  minCount?: number;
  /** How many grams each head keeps (by weight) before the refit. */
  keep?: number;
  keepNumber?: number;
  epochs?: number;
  lambda?: number;
  /** Weights are shipped as integers: weight × scale. */
  scale?: number;
  /** How much one background message (backgroundTexts) counts against one corpus message. */
  backgroundWeight?: number;
  /**
   * The emergency head's bias, fixed rather than fitted: a message with no telling n-gram (你好, 天河区) is then
   * ordinary. A fitted bias came out positive (the corpus is half emergencies, and ordinary messages are told apart by
   * their words), so that a greeting raised an alarm.
   */
  emergencyBias?: number;
}

/**
 * Chosen by leave-one-file-out CV (model alone and combined with the rules, out of fold, and the size): bigrams beat
 * trigrams, skip-grams and punctuation-free copies of the messages here; ten passes beat more (more overfits the
 * phrasings of the training files). With thirteen parts, more grams paid (screening round 7; model alone at 0.75,
 * recall / false alarms): 1,500 for the emergency head and 500 per number 0.896 / 0.016, 3,000 and 1,500 0.958 /
 * 0.009. With nineteen (round 11) a gram must occur in four messages, weights are kept to 1/5 and each number keeps
 * 1,000 grams: 0.951 / 0.010 alone and 0.986 / 0.011 combined, as with 3 / 1/10 / 1,500 (0.953, 0.986), in 4.8 KB
 * less zip — the knowledge function, which carries this model too, has to stay under 220 KB. With sixty-two parts
 * (round 31; each of the last twenty-two parts scored by a model fitted without it, alone at 0.75): 3,000 / 1,000
 * 0.967 / 0.0070 with 97.7 % of numbers right; 5,000 / 2,000 0.988 / 0.0052, 98.5 %, in 27.8 KiB Brotli (was 18.0);
 * the same with each number head's 2,000 drawn from the emergency head's 5,000 0.988 / 0.0052, 98.6 %, in 19.4 KiB
 * (6,000 / 2,000 0.990 / 0.0041 in 22.0: too near the zip budget). With seventy-six parts (round 39; the last eighteen
 * parts out of fold, combined with the rules): 5,000 / 2,000 0.9876 / 0.0104, 4,500 / 1,500 0.9873 / 0.0108 in about
 * 1.8 KiB less, room the knowledge zip needed as the rules grew; with eighty-six (round 45) 4,000 / 1,500 0.9845 /
 * 0.0115 against 0.9848 / 0.0112, 1.4 KiB less again.
 */
export const DEFAULTS: Required<TrainOptions> = { maxGram: 2, minCount: 4, keep: 4000, keepNumber: 1500, epochs: 10, lambda: 1e-4, scale: 5, backgroundWeight: 0.25, emergencyBias: -3 };

interface Example {
  grams: string[];
  weight: number;
  /** Label per head: emergency, then 110/119/120/122 (undefined: the head does not learn from this message). */
  labels: Array<boolean | undefined>;
}

function examplesOf(parts: CorpusPart[], background: string[], o: Required<TrainOptions>): Example[] {
  const maxGram = o.maxGram;
  const out: Example[] = [];
  for (const part of parts) {
    for (const g of part.emergency) {
      for (const t of g.texts) {
        out.push({ grams: gramsOf(normalise(t), maxGram), weight: 1, labels: [true, ...HEADS.slice(1).map((n) => (g.numbers ?? []).includes(n))] });
      }
    }
    for (const g of part.ordinary) {
      for (const t of g.texts) out.push({ grams: gramsOf(normalise(t), maxGram), weight: 1, labels: [false, ...HEADS.slice(1).map(() => undefined)] });
    }
  }
  for (const t of background) out.push({ grams: gramsOf(normalise(t), maxGram), weight: o.backgroundWeight, labels: [false, ...HEADS.slice(1).map(() => undefined)] });
  return out;
}

/** mulberry32: a tiny seeded generator, so the shuffle (and the model) is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Logistic regression on binary features by AdaGrad SGD with L2, in a fixed shuffled order. */
function fitHead(xs: Int32Array[], ys: boolean[], ws: number[], dim: number, epochs: number, lambda: number, fixedBias?: number): { w: Float64Array; b: number } {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  let b = fixedBias ?? 0;
  let b2 = 1e-8;
  const rate = 0.3;
  const order = xs.map((_, i) => i);
  const rand = seeded(13);
  for (let e = 0; e < epochs; e += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = xs[i];
      let z = b;
      for (let k = 0; k < x.length; k += 1) z += w[x[k]];
      const err = (1 / (1 + Math.exp(-z)) - (ys[i] ? 1 : 0)) * ws[i];
      for (let k = 0; k < x.length; k += 1) {
        const f = x[k];
        const grad = err + lambda * w[f];
        g2[f] += grad * grad;
        w[f] -= (rate * grad) / Math.sqrt(g2[f]);
      }
      if (fixedBias !== undefined) continue;
      b2 += err * err;
      b -= (rate * err) / Math.sqrt(b2);
    }
  }
  return { w, b };
}

/** Fits head `h` on the given grams alone. */
function fitOn(examples: Example[], h: number, vocab: string[], o: Required<TrainOptions>) {
  const index = new Map(vocab.map((g, i) => [g, i]));
  const use = examples.filter((ex) => ex.labels[h] !== undefined);
  const xs = use.map((ex) => Int32Array.from(ex.grams.map((g) => index.get(g) ?? -1).filter((i) => i >= 0)));
  return fitHead(xs, use.map((ex) => ex.labels[h] as boolean), use.map((ex) => ex.weight), vocab.length, o.epochs, o.lambda, h === 0 ? o.emergencyBias : undefined);
}

/** Sorted 1–2-grams packed as model.ts unpackGrams reads them. */
export function packGrams(sorted: string[]): string {
  const groups: string[] = [];
  let head = '';
  for (const g of sorted) {
    const [first, ...rest] = [...g];
    if (rest.length > 1) throw new Error(`packGrams: 1–2-grams only, not ${g}`);
    if (first !== head) groups.push(rest.length ? NO_UNIGRAM + first : first);
    head = first;
    if (rest.length) groups[groups.length - 1] += rest[0];
  }
  return groups.join(' ');
}

/** Integer weights (|w| ≤ WEIGHT_RANGE) as model.ts weightAt reads them. */
export function packWeights(weights: number[]): string {
  return String.fromCharCode(...weights.map((w) => {
    if (!Number.isInteger(w) || Math.abs(w) > WEIGHT_RANGE) throw new Error(`packWeights: ${w} is not an integer within ±${WEIGHT_RANGE}`);
    const code = 0x23 + w + WEIGHT_RANGE;
    return code >= 0x5c ? code + 1 : code;
  }));
}

/** Fits the model on the given parts and background messages; packs it (pruned, rounded) as `model.json` holds it. */
export function fitModel(parts: CorpusPart[], options: TrainOptions = {}, background: string[] = backgroundTexts()): ScreeningModel {
  const o = { ...DEFAULTS, ...options };
  const examples = examplesOf(parts, background, o);
  const counts = new Map<string, number>();
  for (const ex of examples) for (const g of ex.grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= o.minCount).map(([g]) => g).sort();
  // Each head keeps its strongest grams and is refitted on those alone, so the shipped weights are a fit's own
  // and a number head weighs only the grams that tell its number apart.
  const fitHead = (h: number, from: string[], keep: number) => {
    const { w } = fitOn(examples, h, from, o);
    const ranked = [...w.keys()].sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b);
    const kept = ranked.slice(0, keep).filter((i) => w[i] !== 0).sort((a, b) => a - b).map((i) => from[i]);
    const refit = fitOn(examples, h, kept, o);
    return { kept, b: refit.b, weights: new Map(kept.map((g, i) => [g, refit.w[i]])) };
  };
  // Each number head picks among the emergency head's grams: a gram that does not tell an emergency apart still may
  // tell its number, but every gram outside that set is one more to ship, and drawing on them bought nothing (below).
  const emergency = fitHead(0, vocab, o.keep);
  const heads = [emergency, ...HEADS.slice(1).map((_, n) => fitHead(n + 1, emergency.kept, o.keepNumber))];
  // + 0: no -0 in the JSON; a weight beyond what a character holds (none so far) is clipped, the bias is not.
  const round = (x: number) => Math.round(x * o.scale) + 0;
  const clip = (x: number) => Math.max(-WEIGHT_RANGE, Math.min(WEIGHT_RANGE, round(x)));
  const grams = [...new Set(heads.flatMap((h) => [...h.weights.keys()]))].sort();
  const rows = grams.map((g) => heads.map((h) => clip(h.weights.get(g) ?? 0)));
  const live = grams.map((_, i) => i).filter((i) => rows[i].some((x) => x !== 0));
  return {
    about: 'Written by `npm run train:screening` (scripts/lib/screening-learn.ts); do not edit by hand.',
    maxGram: o.maxGram,
    scale: o.scale,
    bias: heads.map(({ b }) => round(b)),
    grams: packGrams(live.map((i) => grams[i])),
    weights: packWeights(heads.flatMap((_, h) => live.map((i) => rows[i][h]))),
  };
}
