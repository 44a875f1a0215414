/**
 * The learned decision of the knowledge search (docs/rules.md §2: no answer is better than a wrong one). For each
 * article with any signal for the question (search.ts `signals`), a logistic regression over a handful of
 * explainable features gives the probability that the article answers it; the best article answers when that
 * probability reaches the model's `answer` bar, and the next ones join it (up to three) when theirs reach `keep`
 * times the best one's. The weights and bars are in model.json, fitted by `npm run train:knowledge`
 * (scripts/train-knowledge.ts, functions/knowledge/learn.ts) on the labelled question sets; an operator can read
 * each weight: what pushes an article towards answering and by how much.
 */
import type { QuestionSignals } from './signals';

/** The features, in model.json's order. All lie in about [−1, 1]. */
export const FEATURES = [
  'coverage', // share of the question's weight the article explains
  'onTopic', // the question names the article's topic (title or tags)
  'topical', // share of the question's weight in words of the article's title or tags
  'missing', // share of the question's weight in its heaviest word other articles have and this one lacks
  'similarity', // bigram nearness to the article's title, tags and common questions
  'contained', // share of that closest phrase found in the question
  'asked', // nearness to the labelled questions this article answers (asked.ts)
  'askedLead', // that minus the best other article's
  'unanswered', // nearness to the labelled questions no article answers
  'bm25', // BM25 relative to the best article's
  'coverageLead', // coverage minus the best other article's
  'similarityLead', // similarity minus the best other article's
  'bm25Lead', // relative BM25 minus the best other article's
  'unknownShare', // share of the question's weight in words no article contains
  'anyTopic', // the question names some article's topic
  'length', // log of the question's length in characters, / 5
  'onTopicCoverage', // coverage when the question names the article's topic, else 0
  'onTopicLead', // coverage lead when the question names the article's topic, else 0
  'whole', // coverage by the whole message, not its best clause
  'clauses', // clauses of the message, up to 6, / 6
  'grievance', // a grievance or request for action in words the article does not use (grievance.ts)
  'elsewhere', // the question names another city or province as the place of the service (places.ts)
] as const;

export interface DecisionModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** Second step: whether the best article answers at all, from the probabilities and the question (GATE). */
  gate?: { weights: number[]; bias: number };
  /** The best article answers when its probability reaches this. */
  answer: number;
  /** The bar for messages of LONG_CLAUSES clauses or more (absent: `answer`). Long messages mention many things in
   * passing, so a wrong answer is likelier at the same confidence; a bar of their own keeps short paraphrases from
   * paying for that. Trained never below `answer` (learn.ts, since round 10). */
  answerLong?: number;
  /** Further articles join when their probability reaches this share of the best one's. */
  keep: number;
}

/** Best other value of `f` than article i's. */
function bestOther(values: number[], i: number): number {
  let best = 0;
  values.forEach((v, j) => {
    if (j !== i && v > best) best = v;
  });
  return best;
}

/** One feature vector per article of `s.articles`, in the FEATURES order. */
export function featuresOf<T>(s: QuestionSignals<T>): number[][] {
  const top = Math.max(0, ...s.articles.map((a) => a.bm25));
  const cov = s.articles.map((a) => a.coverage);
  const sim = s.articles.map((a) => a.similarity);
  const bm = s.articles.map((a) => (top > 0 ? a.bm25 / top : 0));
  const asked = s.articles.map((a) => a.asked);
  const length = Math.log(1 + s.length) / 5;
  return s.articles.map((a, i) => [
    a.coverage,
    a.onTopic ? 1 : 0,
    a.topical,
    a.missing,
    a.similarity,
    a.contained,
    a.asked,
    a.asked - bestOther(asked, i),
    s.unanswered,
    bm[i],
    a.coverage - bestOther(cov, i),
    a.similarity - bestOther(sim, i),
    bm[i] - bestOther(bm, i),
    s.unknownShare,
    s.anyTopic ? 1 : 0,
    length,
    a.onTopic ? a.coverage : 0,
    a.onTopic ? a.coverage - bestOther(cov, i) : 0,
    a.whole,
    Math.min(s.clauses, 6) / 6,
    a.grievance ? 1 : 0,
    s.elsewhere ? 1 : 0,
  ]);
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(m: Pick<DecisionModel, 'weights' | 'bias'>, x: number[]): number {
  return sigmoid(x.reduce((z, v, k) => z + v * m.weights[k], m.bias));
}

/**
 * Question-level features of the gate: the best probability, its lead over the next, the question's nearness to
 * labelled unanswerable questions, its share of words no article has, how many articles have any signal, and two of
 * the best article's own signals: its nearness to the labelled questions it answers, and the heaviest word of the
 * question other articles have and it lacks (a near miss: 公积金 + 违约金, 产假 + 不批). Not the question's length: in
 * the labelled sets near misses are short, which would teach the gate a habit of their authors.
 */
export const GATE = ['best', 'lead', 'unanswered', 'unknownShare', 'candidates', 'clauses', 'asked', 'missing', 'grievance', 'elsewhere'] as const;

export function gateFeatures(x: number[][], p: number[]): number[] {
  const sorted = [...p].sort((a, b) => b - a);
  const at = (f: (typeof FEATURES)[number]) => x[0]?.[FEATURES.indexOf(f)] ?? 0;
  const best = (f: (typeof FEATURES)[number]) => x[p.indexOf(sorted[0])]?.[FEATURES.indexOf(f)] ?? 0; // the best article's
  return [sorted[0] ?? 0, (sorted[0] ?? 0) - (sorted[1] ?? 0), at('unanswered'), at('unknownShare'), Math.min(x.length, 20) / 20, at('clauses'), best('asked'), best('missing'), best('grievance'), at('elsewhere')];
}

/** How sure the model is that the best article answers (0–1). */
export function confidence(m: Pick<DecisionModel, 'gate'>, x: number[][], p: number[]): number {
  if (!p.length) return 0;
  return m.gate ? probability(m.gate, gateFeatures(x, p)) : Math.max(...p);
}

/** A message of this many clauses or more is long: it meets `answerLong`. */
export const LONG_CLAUSES = 3;

/** Whether the message the feature vectors describe is long (LONG_CLAUSES). */
export const isLong = (x: number[][]) => (x[0]?.[FEATURES.indexOf('clauses')] ?? 0) * 6 >= LONG_CLAUSES - 1e-9;

/** The bar the message's best article must reach. */
export const barFor = (m: Pick<DecisionModel, 'answer' | 'answerLong'>, x: number[][]) => (isLong(x) ? (m.answerLong ?? m.answer) : m.answer);

/** Indexes into `probabilities` of the articles that answer, best first (none when the best is below the bar). */
export function decide(m: Pick<DecisionModel, 'answer' | 'answerLong' | 'keep' | 'gate'>, probabilities: number[], limit: number, x: number[][] = []): number[] {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b] - probabilities[a]);
  if (!order.length || confidence(m, x, probabilities) < barFor(m, x)) return [];
  const bar = probabilities[order[0]] * m.keep;
  return order.filter((i, k) => k === 0 || probabilities[i] >= bar).slice(0, limit);
}
