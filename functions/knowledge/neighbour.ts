/**
 * Nearest neighbour by character bigrams: a second way for a question to find its article, for paraphrases that
 * share few whole words with it but many character pairs with the way the article names its subject (its title, tags
 * and common questions). Used by search.ts only when the word-coverage decision answers nothing.
 *
 * Each bigram weighs its inverse document frequency over the articles (so 怎么 or 广州, in most of them, weigh little);
 * an article's similarity to the question is the best, over its title, tags and common questions, of the weighted
 * Dice coefficient between that phrase's bigrams and the question's. Bigrams spanning a function character (的, 了 …)
 * are dropped on both sides. Server-side only.
 */
import { normalize } from './terms';

/** Characters that carry no topic: a bigram containing one is not counted. */
const FILLER = new Set([...'的了吗呢吧啊呀哦么嘛啦我你他她它是在有和与或就都也很要想去来到会能可没不个些这那哪谁几咋啥怎把被让给对向从及等其之而但若该再还又才只请问帮办弄搞整样呗哎嗯什如何多少吗']);

export function topicGrams(text: string): string[] {
  const out: string[] = [];
  for (const chunk of normalize(text).match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= chunk.length; i += 1) {
      const g = chunk.slice(i, i + 2);
      if (!FILLER.has(g[0]) && !FILLER.has(g[1])) out.push(g);
    }
  }
  return [...new Set(out)];
}

export interface NeighbourHit<T> {
  doc: T;
  /** Weighted Dice similarity (0–1) to the article's closest phrase. */
  similarity: number;
  /** Share (0–1) of that phrase's bigram weight found in the question. */
  contained: number;
}

export class NeighbourIndex<T> {
  private readonly idf = new Map<string, number>();
  private readonly phrases: Array<{ doc: T; grams: string[]; mass: number }> = [];

  constructor(docs: Array<{ doc: T; phrases: string[] }>) {
    const df = new Map<string, number>();
    const perDoc = docs.map(({ doc, phrases }) => ({ doc, grams: phrases.map(topicGrams) }));
    for (const d of perDoc) for (const g of new Set(d.grams.flat())) df.set(g, (df.get(g) ?? 0) + 1);
    const n = docs.length;
    this.rare = Math.log(1 + (n - 0.5) / 1.5);
    for (const [g, f] of df) this.idf.set(g, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
    for (const d of perDoc) for (const grams of d.grams) if (grams.length) this.phrases.push({ doc: d.doc, grams, mass: this.mass(grams) });
  }

  /** Idf of a bigram in a single article: the weight of a bigram no article has. */
  private readonly rare: number;

  /** Weight of a bigram: its idf over the articles, or that of a one-article bigram if no article has it. */
  private weight(g: string): number {
    return this.idf.get(g) ?? this.rare;
  }

  private mass(grams: string[]): number {
    return grams.reduce((s, g) => s + this.weight(g), 0);
  }

  /** Articles by their best phrase's similarity to the question, best first. */
  nearest(q: string): Array<NeighbourHit<T>> {
    const qGrams = topicGrams(q);
    if (!qGrams.length) return [];
    const qSet = new Set(qGrams);
    const qMass = this.mass(qGrams);
    const best = new Map<T, NeighbourHit<T>>();
    for (const p of this.phrases) {
      let shared = 0;
      for (const g of p.grams) if (qSet.has(g)) shared += this.weight(g);
      if (!shared) continue;
      const similarity = (2 * shared) / (qMass + p.mass);
      if (similarity > (best.get(p.doc)?.similarity ?? 0)) best.set(p.doc, { doc: p.doc, similarity, contained: shared / p.mass });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
  }
}
