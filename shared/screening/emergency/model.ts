/**
 * The small learned emergency model that sits beside the rules (issue 13): logistic regressions over the character
 * 1–2-grams of the normalised message (`normalise()` in classify.ts). One head says "emergency"; one head per number
 * (110/119/120/122) says which line fits. Weights are in `model.json`, written by `npm run train:screening`
 * (training: `scripts/lib/screening-learn.ts`, not bundled). Pure and dependency-free so the mini-program runs it too; every alarm names
 * the n-grams that weighed most, so an operator can read why.
 */
import type { EmergencyNumber } from './rules';
import shipped from './model.json';

export const HEADS = ['emergency', '110', '119', '120', '122'] as const;
const NUMBERS = HEADS.slice(1) as readonly EmergencyNumber[];

/**
 * The shipped form: `grams` packed (unpackGrams), `weights` a column per head (the emergency head's weight for every
 * gram in order, then 110's, …; one integer per character: weightAt), all scaled by `scale`. Column by column, a number
 * head's long runs of zeros (the grams that only tell an emergency apart) compress to almost nothing.
 */
export interface ScreeningModel {
  about?: string;
  maxGram: number;
  scale: number;
  bias: number[];
  grams: string;
  weights: string;
}

/** The largest weight, in units of 1/scale, that a character holds. */
export const WEIGHT_RANGE = 45;

/**
 * Weight `i` of a packed row string: each weight is one printable character, '#' (0x23) for −WEIGHT_RANGE up to '~'
 * for +WEIGHT_RANGE, skipping the backslash so that no character is escaped in JSON or in a bundle (as numbers in an
 * array the weights were twice the size, compressed, and seven times raw).
 */
export function weightAt(packed: string, i: number): number {
  const code = packed.charCodeAt(i);
  return code - 0x23 - (code > 0x5c ? 1 : 0) - WEIGHT_RANGE;
}

/** Marks a group whose first character is not a gram of its own (only its 2-grams are). Never in a gram: a boundary. */
export const NO_UNIGRAM = '!';

/**
 * The grams of a shipped model, in the order of its weight rows. `grams` holds them sorted and packed by first
 * character (a third smaller once compressed than one gram per word; scripts/lib/screening-learn.ts packGrams):
 * groups separated by spaces, each its first character and then the second character of each of its 2-grams —
 * `晕倒地` is 晕, 晕倒, 晕地, and `!，嘴脸` is ，嘴, ，脸 (NO_UNIGRAM: the first character is not a gram of its own).
 */
export function unpackGrams(packed: string): string[] {
  if (!packed) return [];
  return packed.split(' ').flatMap((group) => {
    const bare = group.startsWith(NO_UNIGRAM);
    const [first, ...seconds] = [...(bare ? group.slice(NO_UNIGRAM.length) : group)];
    return [...(bare ? [] : [first]), ...seconds.map((c) => first + c)];
  });
}

export interface ModelVerdict {
  /** Probability that the message is an emergency (the emergency head). */
  probability: number;
  /** Numbers whose head says yes, most likely first (at least the most likely one). */
  numbers: EmergencyNumber[];
  /** Stretches of the message covered by the n-grams that pushed most towards "emergency", strongest first. */
  top: string[];
}

/** Clause punctuation is one boundary mark, and the message is framed by it (a start and an end are features too). */
const BOUNDARY = /[，,。.!！?？;；、~～…\n\s]+/g;

/** The distinct character 1..maxGram-grams of a normalised message (a boundary alone is not a gram). */
export function gramsOf(normalised: string, maxGram = 3): string[] {
  const chars = [...`，${normalised.replace(BOUNDARY, '，')}，`];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) {
    let g = '';
    for (let n = 0; n < maxGram && i + n < chars.length; n += 1) {
      g += chars[i + n];
      if (g !== '，') out.add(g);
    }
  }
  return [...out];
}

/** A model unpacked for scoring: gram → its row of weights (one per head, unscaled). */
export interface LoadedModel {
  maxGram: number;
  bias: number[];
  rows: Map<string, number[]>;
}

export function loadModel(m: ScreeningModel): LoadedModel {
  const rows = new Map<string, number[]>();
  const grams = unpackGrams(m.grams);
  const n = grams.length;
  grams.forEach((g, i) => rows.set(g, HEADS.map((_, h) => weightAt(m.weights, h * n + i) / m.scale)));
  return { maxGram: m.maxGram, bias: m.bias.map((b) => b / m.scale), rows };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

let loaded: LoadedModel | undefined;
/** The shipped model, unpacked on first use. */
export function shippedModel(): LoadedModel {
  loaded ??= loadModel(shipped as ScreeningModel);
  return loaded;
}

/** How many stretches an alarm names. */
const TOP = 3;

export function scoreModel(normalised: string, model: LoadedModel = shippedModel()): ModelVerdict {
  const z = [...model.bias];
  const parts: Array<[string, number]> = [];
  for (const g of gramsOf(normalised, model.maxGram)) {
    const row = model.rows.get(g);
    if (!row) continue;
    row.forEach((w, h) => { z[h] += w; });
    // A gram with a boundary in it (`应，`: a clause ending in 应) weighs in but reads badly as a reason.
    if (row[0] > 0 && !g.includes('，')) parts.push([g, row[0]]);
  }
  return { probability: sigmoid(z[0]), numbers: numbersOf(z), top: spansOf(normalised, parts) };
}

/** How many grams an explanation draws on. */
const DRAWN = 5;

/**
 * The reason an operator reads: the stretches of the message covered by the grams that pushed most towards
 * "emergency" (晕 + 晕倒 + 倒了 → 晕倒了), strongest stretch first.
 */
function spansOf(normalised: string, parts: Array<[string, number]>): string[] {
  const drawn = [...parts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, DRAWN);
  const chars = [...normalised];
  const weight = new Array<number>(chars.length).fill(0);
  const covered = new Array<boolean>(chars.length).fill(false);
  for (const [g, w] of drawn) {
    const n = [...g].length;
    for (let i = 0; i + n <= chars.length; i += 1) {
      if (chars.slice(i, i + n).join('') !== g) continue;
      for (let k = i; k < i + n; k += 1) covered[k] = true;
      weight[i] += w;
    }
  }
  const spans = new Map<string, number>();
  for (let i = 0; i < chars.length; ) {
    if (!covered[i]) { i += 1; continue; }
    let j = i;
    let w = 0;
    while (j < chars.length && covered[j]) { w += weight[j]; j += 1; }
    const span = chars.slice(i, j).join('');
    spans.set(span, Math.max(spans.get(span) ?? 0, w));
    i = j;
  }
  return [...spans].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP).map(([span]) => span);
}

function numbersOf(z: number[]): EmergencyNumber[] {
  const byNumber = NUMBERS.map((n, i) => ({ n, p: sigmoid(z[i + 1]) })).sort((a, b) => b.p - a.p);
  return byNumber.filter((x, i) => i === 0 || x.p >= 0.5).map((x) => x.n);
}
