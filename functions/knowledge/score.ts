/**
 * Scores the knowledge search on labelled questions: used by `npm run bench:knowledge` and the accuracy test.
 * With the shipped examples, a question of the labelled sets is among them: pass the other sets' examples for a
 * figure that does not flatter (the bench's --cv goes further and refits the decision too).
 */
import type { Examples } from './asked';
import { KnowledgeIndex, type KnowledgeDoc, TUNING } from './search';

export interface LabelledQuestion {
  q: string;
  /** Titles of the articles that answer it; empty: none does. */
  expect: string[];
}

export interface KnowledgeMiss {
  q: string;
  expect: string[];
  got: string[];
}

/** `examples`: the labelled examples the index uses (asked.ts); the shipped ones by default. */
export function scoreKnowledge(docs: KnowledgeDoc[], questions: LabelledQuestion[], examples?: Examples) {
  const t0 = performance.now();
  const index = new KnowledgeIndex(docs, TUNING, undefined, examples);
  const buildMs = performance.now() - t0;
  const wrong: KnowledgeMiss[] = [];
  const silent: KnowledgeMiss[] = [];
  const times: number[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const { q, expect } of questions) {
    const start = performance.now();
    const got = index.search(q, 3).map((h) => h.doc.title);
    times.push(performance.now() - start);
    const right = got.filter((t) => expect.includes(t));
    if (expect.length && right.length) top3 += 1;
    if (expect.length && expect.includes(got[0] ?? '')) top1 += 1;
    if (got.length && !right.length) wrong.push({ q, expect, got });
    if (!got.length && expect.length) silent.push({ q, expect, got });
  }
  times.sort((a, b) => a - b);
  return {
    questions: questions.length,
    answerable: questions.filter((x) => x.expect.length).length,
    top1, top3, wrong, silent, buildMs,
    medianMs: times[Math.floor(times.length / 2)],
    p99Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))],
  };
}
