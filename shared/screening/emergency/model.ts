/**
 * The small learned emergency model that sits beside the rules (issue 13): logistic regressions over the character
 * 1–3-grams of the normalised message (`normalise()` in classify.ts). One head says "emergency"; one head per number
 * (110/119/120/122) says which line fits. Weights are in `model.json`, written by `npm run train:screening`
 * (training: `learn.ts`, not bundled). Pure and dependency-free so the mini-program runs it too; every alarm names
 * the n-grams that weighed most, so an operator can read why.
 */
import type { EmergencyNumber } from './rules';
import shipped from './model.json';

export const HEADS = ['emergency', '110', '119', '120', '122'] as const;
const NUMBERS = HEADS.slice(1) as readonly EmergencyNumber[];

/** The shipped form: `grams` joined by spaces, `weights` row per gram (one integer per head), all scaled by `scale`. */
export interface ScreeningModel {
  about?: string;
  maxGram: number;
  scale: number;
  bias: number[];
  grams: string;
  weights: number[];
}

export interface ModelVerdict {
  /** Probability that the message is an emergency (the emergency head). */
  probability: number;
  /** Numbers whose head says yes, most likely first (at least the most likely one). */
  numbers: EmergencyNumber[];
  /** The n-grams that pushed most towards "emergency", strongest first, none inside another, no boundary mark. */
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
  const k = HEADS.length;
  m.grams.split(' ').forEach((g, i) => rows.set(g, m.weights.slice(i * k, i * k + k).map((w) => w / m.scale)));
  return { maxGram: m.maxGram, bias: m.bias.map((b) => b / m.scale), rows };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

let loaded: LoadedModel | undefined;
/** The shipped model, unpacked on first use. */
export function shippedModel(): LoadedModel {
  loaded ??= loadModel(shipped as ScreeningModel);
  return loaded;
}

/** How many n-grams an alarm names. */
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
  parts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top: string[] = [];
  for (const [g] of parts) {
    if (top.length === TOP) break;
    if (!top.some((t) => t.includes(g) || g.includes(t))) top.push(g);
  }
  const byNumber = NUMBERS.map((n, i) => ({ n, p: sigmoid(z[i + 1]) })).sort((a, b) => b.p - a.p);
  const numbers = byNumber.filter((x, i) => i === 0 || x.p >= 0.5).map((x) => x.n);
  return { probability: sigmoid(z[0]), numbers, top };
}
