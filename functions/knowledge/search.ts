/**
 * Knowledge search (docs/rules.md §2, GZ Art.13(1): a consultation the knowledge base answers is answered at once).
 * One implementation for GET /v1/knowledge, screening (POST /v1/screening) and the operator's registration screen,
 * which calls GET /v1/knowledge.
 *
 * - Segmentation: ICU's dictionary-based word break for Chinese, built into Node (`Intl.Segmenter`) — no dictionary
 *   to ship in the Lambda zips (jieba-wasm would add ~4 MB to each), and the same segmentation for articles and
 *   questions. Two-character pieces of longer words are indexed too, so 社保卡 also meets 社保.
 * - Ranking: BM25 (minisearch), title and tags boosted.
 * - Relevance threshold, because no answer is better than a wrong one: an article is returned only if the query
 *   terms it matches carry at least COVERAGE of the query's weight (inverse document frequency; a term no article
 *   contains weighs as a rare term), and only articles scoring at least RELATIVE of the best one.
 *   A question about the last metro that shares only 广州 with an article on garbage sorting gets nothing.
 * Server-side only: never import this from the mini-program.
 */
import MiniSearch from 'minisearch';
import { rewrite } from './thesaurus';

export interface KnowledgeDoc {
  id: string;
  title: string;
  body: string;
  tags: string[];
}

/** Share of the query's weight an article must match. Measured with `npm run bench:knowledge`. */
export const COVERAGE = 0.35;
/** Articles scoring below this share of the best score are dropped. */
export const RELATIVE = 0.45;
/** Below this BM25 score an article shares too little with the question, whatever its coverage. */
export const MIN_SCORE = 40;

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Words that say nothing about the topic: question words, pronouns, fillers, the city's own name. */
const STOP = new Set(
  ('的 了 在 是 我 你 他 她 我们 有 和 与 或 就 都 也 很 要 想 去 来 到 会 能 可以 可不可以 能不能 吗 呢 吧 啊 呀 么 '
    + '怎么 怎么办 怎样 如何 什么 哪里 哪个 哪些 哪 谁 几 多少 多久 为什么 请问 问 一下 想问 咨询 请 帮 给 把 被 让 '
    + '这 那 这个 那个 还 又 再 没 没有 不 不是 个 些 上 下 里 中 后 前 时候 现在 今天 一直 已经 需要 应该 '
    + '广州 广州市 市 区 办 办理 找 部门 说 好 太 比较 为 对 向 从 以 及 等 其 之 而 但 如果 因为 所以').split(' '),
);

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (!s.isWordLike) continue;
    const w = s.segment;
    if (STOP.has(w)) continue;
    out.push(w);
    // Long words also as their two-character pieces: 公积金贷款 meets 公积金 and 贷款 written apart.
    if (w.length >= 3 && /^[\u3400-\u9fff]+$/.test(w)) {
      for (let i = 0; i + 2 <= w.length; i += 1) {
        const piece = w.slice(i, i + 2);
        if (!STOP.has(piece)) out.push(piece);
      }
    }
  }
  return out;
}

export interface KnowledgeHit<T> {
  doc: T;
  score: number;
  /** Share of the query's weight this article matches (0–1). */
  coverage: number;
}

export class KnowledgeIndex<T extends KnowledgeDoc> {
  private readonly mini: MiniSearch<T>;
  private readonly df = new Map<string, number>();
  private readonly byId = new Map<string, T>();

  constructor(docs: T[]) {
    this.mini = new MiniSearch<T>({
      fields: ['title', 'body', 'tagText'],
      idField: 'id',
      tokenize,
      processTerm: (t) => t,
      extractField: (doc, field) => (field === 'tagText' ? doc.tags.join(' ') : (doc as unknown as Record<string, string>)[field]),
      searchOptions: { boost: { title: 2, tagText: 1.5 }, combineWith: 'OR' },
    });
    this.mini.addAll(docs);
    for (const d of docs) {
      this.byId.set(d.id, d);
      for (const t of new Set(tokenize(`${d.title} ${d.body} ${d.tags.join(' ')}`))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
  }

  private idf(term: string): number {
    const n = this.byId.size;
    const df = this.df.get(term) ?? 1; // unknown to every article: as rare as a term of one article
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Share of the query's weight (idf) that an article's matched terms carry. */
  private coverage(terms: string[], matched: string[]): number {
    const total = terms.reduce((s, t) => s + this.idf(t), 0);
    return total ? terms.filter((t) => matched.includes(t)).reduce((s, t) => s + this.idf(t), 0) / total : 0;
  }

  search(q: string, limit = 3): Array<KnowledgeHit<T>> {
    const asWritten = [...new Set(tokenize(q))];
    const rewritten = [...new Set(tokenize(rewrite(q)))];
    const all = [...new Set([...asWritten, ...rewritten])];
    if (!all.length) return [];
    const hits = this.mini
      .search(all.join(' '))
      .map((r) => ({
        doc: this.byId.get(String(r.id))!,
        score: r.score,
        coverage: Math.max(this.coverage(asWritten, r.terms), this.coverage(rewritten, r.terms)),
      }))
      .filter((h) => h.coverage >= COVERAGE && h.score >= MIN_SCORE);
    const best = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= best * RELATIVE).slice(0, limit);
  }
}

/** Rebuilding the index costs a few milliseconds; reuse it while the articles are unchanged (per Lambda container). */
let cached: { key: string; index: KnowledgeIndex<KnowledgeDoc> } | undefined;
export function indexFor<T extends KnowledgeDoc & { updatedAt?: string }>(docs: T[]): KnowledgeIndex<T> {
  const key = docs.map((d) => `${d.id}@${d.updatedAt ?? ''}`).sort().join('|');
  if (cached?.key !== key) cached = { key, index: new KnowledgeIndex<KnowledgeDoc>(docs) };
  return cached.index as unknown as KnowledgeIndex<T>;
}
