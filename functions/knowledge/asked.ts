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
 * Longest labelled question kept as an example: a long message seldom sits near another one, and each costs zip size
 * (the knowledge function's zip is capped at 220 KB). With fresh5's questions, CV mean top-3 / wrong by this limit:
 * 16 → 0.915 / 0.038, 18 → 0.919 / 0.035, 20 → 0.926 / 0.037, 22 → 0.921 / 0.037, 24 → 0.920 / 0.037.
 */
export const MAX_EXAMPLE = 20;

/** `examples` from labelled questions of at most MAX_EXAMPLE characters (an empty `expect`: no article answers). */
export function examplesFrom(questions: Array<{ q: string; expect: string[] }>): Examples {
  const out: Examples = { answered: {}, unanswered: [] };
  for (const { q, expect } of questions) {
    if (q.length > MAX_EXAMPLE) continue;
    if (!expect.length) out.unanswered.push(q);
    for (const title of expect) (out.answered[title] ??= []).push(q);
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
