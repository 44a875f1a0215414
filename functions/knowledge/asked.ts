/**
 * Labelled questions as examples (functions/knowledge/examples.json, written by scripts/train-knowledge.ts from the
 * labelled question sets): how citizens actually asked, with the article that answers or none. A question near
 * the labelled questions of an article leans towards it; one near a labelled question no article answers (护照丢了,
 * 公交司机态度差) leans towards no answer. Nearness is neighbour.ts's weighted bigram Dice. The decision (decide.ts)
 * weighs both signals like the others. Examples name articles by title: an article renamed loses its examples until
 * the next `npm run train:knowledge`.
 */
import { NeighbourIndex } from './neighbour';

export interface Examples {
  /** Labelled questions by the title of the article that answers them. */
  answered: Record<string, string[]>;
  /** Labelled questions no article answers (near misses). */
  unanswered: string[];
}

export const NO_EXAMPLES: Examples = { answered: {}, unanswered: [] };

/**
 * Longest example: a long message seldom sits near another one whole, and each example costs zip size (the knowledge
 * function's zip is capped at 220 KB). A longer labelled question is kept by its opening: as many of its first
 * clauses as fit (or its first MAX_EXAMPLE characters, when its first clause is longer), where citizens mostly say what
 * they ask about. With fresh8 and fresh9 among the sets (14 folds, budget 0.045), CV mean top-3 / wrong: longer
 * questions left out, limit 20 → 0.885 / 0.026, 22 → 0.895 / 0.027, 24 → 0.885 / 0.026, 30 → 0.894 / 0.024; kept by
 * their opening, limit 22 → 0.925 / 0.027 (docs/knowledge.md, round 9). With fresh10 and fresh11 too (16 folds,
 * budget 0.045): 20 → 0.906 / 0.028, 22 → 0.911 / 0.025, 24 → 0.911 / 0.028 (round 10).
 */
export const MAX_EXAMPLE = 22;

/** Clause breaks: where the search splits a long message (search.ts) and a long example is cut. */
const CLAUSE_BREAK = /[，。？！；,.?!;\s]+/;

/** A message's clauses of two characters or more, in order. */
export const clausesOf = (q: string): string[] => q.split(CLAUSE_BREAK).filter((c) => c.length >= 2);

/** The example a labelled question gives: the question, or its opening clauses within MAX_EXAMPLE characters. */
export function exampleOf(q: string): string {
  if (q.length <= MAX_EXAMPLE) return q;
  const [first = '', ...rest] = clausesOf(q);
  let out = first.slice(0, MAX_EXAMPLE);
  for (const clause of rest) {
    if (out.length + 1 + clause.length > MAX_EXAMPLE) break;
    out = `${out}，${clause}`;
  }
  return out;
}

/** `examples` from labelled questions, each by exampleOf (an empty `expect`: no article answers). */
export function examplesFrom(questions: Array<{ q: string; expect: string[] }>): Examples {
  const out: Examples = { answered: {}, unanswered: [] };
  for (const { q, expect } of questions) {
    const e = exampleOf(q);
    if (!expect.length) out.unanswered.push(e);
    for (const title of expect) (out.answered[title] ??= []).push(e);
  }
  return out;
}

export class ExampleIndex<T extends { title: string }> {
  private readonly index: NeighbourIndex<T | null>;

  /** `read`: how the search reads a question before it looks for neighbours (places.ts), applied to the examples too. */
  constructor(docs: T[], examples: Examples, read: (q: string) => string = (q) => q) {
    const entries: Array<{ doc: T | null; phrases: string[] }> = docs.map((doc) => ({ doc, phrases: (examples.answered[doc.title] ?? []).map(read) }));
    entries.push({ doc: null, phrases: examples.unanswered.map(read) });
    this.index = new NeighbourIndex(entries);
  }

  /** Similarity (0–1) to each article's nearest labelled question, and to the nearest no article answers. */
  nearest(q: string): { byDoc: Map<T, number>; none: number } {
    const byDoc = new Map<T, number>();
    let none = 0;
    for (const h of this.index.nearest(q)) {
      if (h.doc === null) none = h.similarity;
      else byDoc.set(h.doc, h.similarity);
    }
    return { byDoc, none };
  }
}
