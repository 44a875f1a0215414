/**
 * Fitting the knowledge search's decision (decide.ts) on labelled questions: used by scripts/train-knowledge.ts (which
 * writes model.json) and by `npm run bench:knowledge -- --cv` (leave-one-set-out cross-validation). Never bundled
 * into a Lambda function (search.ts reads only model.json).
 *
 * - Every (question, article with any signal) pair is an example, positive when the article is one the question
 *   expects. A logistic regression with an L2 penalty is fitted by Newton's method (a score of weights: exact, fast).
 * - The gate (decide.ts GATE) is a second logistic regression, one example per question: does its best article
 *   answer it?
 * - The bars (one for short messages, one for long ones: decide.ts LONG_CLAUSES) are then chosen on the same
 *   questions: the best top-3 accuracy with every question set's wrong-answer rate within `maxWrong` (0.05 since round
 *   10, 0.045 before, chosen by leave-one-set-out CV: wrong answers on new questions have run above the CV estimate, so
 *   the budget keeps the CV mean near 0.02–0.03; docs/knowledge.md), the long bar never below the short one, and
 *   `keep` the share that gives the best top-3 accuracy.
 */
import { type Examples, examplesFrom, NO_EXAMPLES } from './asked';
import { confidence, decide, type DecisionModel, FEATURES, featuresOf, GATE, gateFeatures, isLong, probability } from './decide';
import { KnowledgeIndex, type KnowledgeDoc, TUNING } from './search';

export interface LabelledQuestion {
  q: string;
  /** Titles of the articles that answer it; empty: none does. */
  expect: string[];
}

/** One question: a feature vector and a label per article with any signal. */
export interface Example {
  x: number[][];
  y: boolean[];
  answerable: boolean;
}

export function examplesOf<T extends KnowledgeDoc>(index: KnowledgeIndex<T>, questions: LabelledQuestion[]): Example[] {
  return questions.map(({ q, expect }) => {
    const s = index.signals(q);
    return { x: featuresOf(s), y: s.articles.map((a) => expect.includes(a.doc.title)), answerable: expect.length > 0 };
  });
}

/** Solves A·x = b (A symmetric positive definite, small) by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r += 1) {
      if (r === c || !m[c][c]) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k += 1) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] ? row[n] / row[i] : 0));
}

/** Logistic regression with an L2 penalty `lambda` on the weights (not the bias), by Newton's method. */
export function fitLogistic(xs: number[][], ys: boolean[], lambda = 0.003): { weights: number[]; bias: number } {
  const d = xs[0]?.length ?? FEATURES.length;
  let w = new Array(d + 1).fill(0); // bias last
  for (let iter = 0; iter < 25; iter += 1) {
    const grad = new Array(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    xs.forEach((x0, n) => {
      const x = [...x0, 1];
      const p = probability({ weights: w.slice(0, d), bias: w[d] }, x0);
      const r = p - (ys[n] ? 1 : 0);
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i <= d; i += 1) {
        grad[i] += r * x[i];
        for (let j = 0; j <= d; j += 1) hess[i][j] += s * x[i] * x[j];
      }
    });
    for (let i = 0; i < d; i += 1) {
      grad[i] += lambda * w[i];
      hess[i][i] += lambda;
    }
    hess[d][d] += 1e-6;
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { weights: w.slice(0, d), bias: w[d] };
}

export interface Outcome {
  questions: number;
  answerable: number;
  top3: number;
  wrong: number;
}

/** top-3 and wrong answers of a model on examples (the bench's definitions: score.ts). */
export function outcomeOf(m: DecisionModel, examples: Example[]): Outcome {
  const o = { questions: examples.length, answerable: 0, top3: 0, wrong: 0 };
  for (const e of examples) {
    const got = decide(m, e.x.map((x) => probability(m, x)), 3, e.x);
    const right = got.some((i) => e.y[i]);
    if (e.answerable) o.answerable += 1;
    if (e.answerable && right) o.top3 += 1;
    if (got.length && !right) o.wrong += 1;
  }
  return o;
}

export interface TrainOptions {
  lambda?: number;
  /** Highest wrong-answer rate the bars may give on each training set (budget group). */
  maxWrong?: number;
  /** Highest wrong-answer rate the bars may give over all training questions together (absent: no such limit). */
  maxPooled?: number;
  /** Fit the gate (decide.ts GATE) as a second step; false: the best article's probability decides alone. */
  gate?: boolean;
  /** Use the labelled questions as examples (asked.ts); false to measure without them. */
  examples?: boolean;
}

export interface QuestionSet {
  name: string;
  questions: LabelledQuestion[];
  /** Sets of one group share one wrong-answer budget in training (halves of one set split for CV). */
  group?: string;
}

const examplesOfSets = (sets: QuestionSet[], o: TrainOptions): Examples =>
  o.examples === false ? NO_EXAMPLES : examplesFrom(sets.flatMap((s) => s.questions));

/**
 * The decision fitted on `sets`. Each set's signals come from an index whose labelled examples are the other sets'
 * only, so the weights learn how far a new question's nearness to the examples can be trusted, not that a question
 * is always nearest to itself.
 */
export function fitOnSets<T extends KnowledgeDoc>(articles: T[], sets: QuestionSet[], o: TrainOptions = {}): DecisionModel {
  const examples = sets.map((s, j) => {
    const index = new KnowledgeIndex(articles, TUNING, undefined, examplesOfSets(sets.filter((_, k) => k !== j), o));
    return examplesOf(index, s.questions);
  });
  const groups = [...new Set(sets.map((s) => s.group ?? s.name))];
  return train(groups.map((g) => examples.filter((_, j) => (sets[j].group ?? sets[j].name) === g).flat()), o);
}

/**
 * Leave-one-set-out for several wrong-answer budgets at once (the signals do not depend on the budget, so each fold's
 * are worked out once): per budget, each fold's outcome.
 */
export function crossValidateBudgets<T extends KnowledgeDoc>(articles: T[], sets: QuestionSet[], budgets: Array<Pick<TrainOptions, 'maxWrong' | 'maxPooled'>>, o: TrainOptions = {}) {
  const folds = sets.map((s, i) => {
    const rest = sets.filter((_, k) => k !== i);
    const training = rest.map((r, j) => examplesOf(new KnowledgeIndex(articles, TUNING, undefined, examplesOfSets(rest.filter((_, k) => k !== j), o)), r.questions));
    const groups = [...new Set(rest.map((r) => r.group ?? r.name))];
    const bySet = groups.map((g) => training.filter((_, j) => (rest[j].group ?? rest[j].name) === g).flat());
    return { name: s.name, bySet, test: examplesOf(new KnowledgeIndex(articles, TUNING, undefined, examplesOfSets(rest, o)), s.questions) };
  });
  return budgets.map((budget) => ({
    budget,
    folds: folds.map((f) => ({ name: f.name, outcome: outcomeOf(train(f.bySet, { ...o, ...budget }), f.test) })),
  }));
}

/** Leave-one-set-out: for each set, the decision and examples from the other sets, measured on it. */
export function crossValidate<T extends KnowledgeDoc>(articles: T[], sets: QuestionSet[], o: TrainOptions = {}) {
  return sets.map((s, i) => {
    const rest = sets.filter((_, k) => k !== i);
    const model = fitOnSets(articles, rest, o);
    const index = new KnowledgeIndex(articles, TUNING, model, examplesOfSets(rest, o));
    return { name: s.name, model, outcome: outcomeOf(model, examplesOf(index, s.questions)) };
  });
}

/**
 * Fits the decision on examples grouped by budget group (a question set, or the CV halves of one set: fitOnSets);
 * the bars keep every group within `maxWrong`.
 */
export function train(bySet: Example[][], { lambda = 0.003, maxWrong = 0.05, maxPooled = 1, gate: useGate = true }: TrainOptions = {}): DecisionModel {
  const examples = bySet.flat();
  const xs = examples.flatMap((e) => e.x);
  const ys = examples.flatMap((e) => e.y);
  const { weights, bias } = fitLogistic(xs, ys, lambda);
  let gate: DecisionModel['gate'];
  if (useGate) {
    const asked = examples.filter((e) => e.x.length);
    const gx = asked.map((e) => gateFeatures(e.x, e.x.map((x) => probability({ weights, bias }, x))));
    const gy = asked.map((e) => {
      const p = e.x.map((x) => probability({ weights, bias }, x));
      return e.y[p.indexOf(Math.max(...p))];
    });
    gate = fitLogistic(gx, gy, lambda);
  }
  // Best top-3 with every group within maxWrong; among equals, fewer wrong answers, then the higher bars (safer on new
  // questions). Two bars: one for short messages, one for long ones (decide.ts LONG_CLAUSES), the long one never below
  // the short one: long messages mention many things in passing, and the sets' few long messages no article answers
  // would otherwise let it fall wherever the budget just allows (round 10: a held-out long half's bar fell to 0.44,
  // 4 of its 30 messages answered wrongly; docs/knowledge.md). Each question's
  // confidence and, for each `keep`, whether its answers would hold a right one are worked out once.
  const keeps = [0.25, 0.5, 0.75, 1];
  const base = { features: FEATURES, weights, bias, gate };
  const pre = bySet.map((set) => set.map((e) => {
    const p = e.x.map((x) => probability(base, x));
    return {
      conf: e.x.length ? confidence(base, e.x, p) : -1,
      long: isLong(e.x),
      answerable: e.answerable,
      right: keeps.map((keep) => decide({ answer: 0, keep, gate }, p, 3, e.x).some((i) => e.y[i])),
    };
  }));
  const bars: number[] = [];
  for (let a = 5; a <= 95; a += 1) bars.push(a / 100);
  let best: { model: DecisionModel; top3: number; wrong: number } | undefined;
  keeps.forEach((keep, k) => {
    for (const answer of bars) {
      for (const answerLong of bars.filter((b) => b >= answer)) {
        let top3 = 0;
        let wrong = 0;
        let within = true;
        for (const set of pre) {
          let w = 0;
          for (const q of set) {
            if (q.conf < (q.long ? answerLong : answer)) continue;
            if (q.right[k]) top3 += q.answerable ? 1 : 0;
            else w += 1;
          }
          wrong += w;
          if (w / set.length > maxWrong) within = false;
        }
        if (!within || wrong > maxPooled * examples.length) continue;
        if (!best || top3 > best.top3 || (top3 === best.top3 && wrong <= best.wrong)) {
          best = { model: { ...base, answer, answerLong, keep }, top3, wrong };
        }
      }
    }
  });
  return best?.model ?? { ...base, answer: 1.01, keep: 1 };
}

/** The model as model.json holds it: weights rounded to 4 decimals, the feature names beside them. */
export function shippable(m: DecisionModel) {
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    ...m,
    features: [...FEATURES],
    weights: m.weights.map(round),
    bias: round(m.bias),
    gateFeatures: [...GATE],
    gate: m.gate && { weights: m.gate.weights.map(round), bias: round(m.gate.bias) },
  };
}
