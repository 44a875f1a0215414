/**
 * Knowledge search (docs/rules.md §2, GZ Art.13(1): a consultation the knowledge base answers is answered at once).
 * One implementation for GET /v1/knowledge, screening (POST /v1/screening) and the operator's registration screen,
 * which calls GET /v1/knowledge. No answer is better than a wrong one.
 *
 * Signals, for each article (`signals`):
 * - Each article carries, besides title, body and tags, `questions`: the common ways citizens ask what it answers
 *   (常见问法), written from the article's content. Title, tags and questions form the article's head; a match there
 *   counts fully, a match only in the body counts TUNING.bodyMatch.
 * - Coverage: the question is read with pinyin slips corrected (slips.ts) and cut into units (terms.ts); a unit
 *   matches an article as written or with an everyday synonym (thesaurus.ts). Each unit weighs its inverse document
 *   frequency over the articles; a unit no article contains weighs TUNING.unknown rare units (the question is about
 *   something else), all of them together at most TUNING.unknownCap such units. Coverage is the share of the
 *   question's weight the article explains; each clause of a long message also stands as the question, at
 *   TUNING.clauseShare. Whether the question names the article's topic (a word of its title or tags), the share of
 *   its weight in such words, and its heaviest word that other articles have and this one lacks are signals too.
 * - Nearness by character bigrams to the article's title, tags and common questions (neighbour.ts), to the labelled
 *   questions it answers and to labelled questions no article answers (asked.ts, examples.json); BM25 (minisearch).
 * Decision (decide.ts): a logistic regression over those signals (model.json, fitted by `npm run train:knowledge`
 * and cross-validated by `npm run bench:knowledge -- --cv`) gives each article a probability; a second logistic step
 * (the gate) decides whether the best one answers at all; close runners-up join it, up to three.
 * Server-side only: never import this from the mini-program.
 */
import MiniSearch from 'minisearch';
import { clausesOf, ExampleIndex, type Examples } from './asked';
import { decide, type DecisionModel, featuresOf, probability } from './decide';
import type { ArticleSignals, QuestionSignals } from './signals';

export type { ArticleSignals, QuestionSignals };
import shippedPacked from './examples.json';
import { decompressExamples, unpackExamples } from './packed';
import shippedModel from './model.json';
import { NeighbourIndex } from './neighbour';
import { elsewhereReader, placeReader } from './places';
import { grievancesOf, unspoken } from './grievance';
import { toMandarin } from './dialect';
import { correctSlips, readPinyin, type Vocabulary, vocabularyOf } from './slips';
import { variants } from './thesaurus';
import { bigrams, FRAME_WORDS, MAX_UNIT, normalize, queryUnits, substringsOf, type Unit, wordsOf } from './terms';

let shipped: Examples | undefined;
/** The shipped labelled examples (examples.json, packed and compressed: packed.ts), unpacked once per container. */
const shippedExamples = () => (shipped ??= unpackExamples(decompressExamples(shippedPacked)));

export interface KnowledgeDoc {
  id: string;
  title: string;
  body: string;
  tags: string[];
  /** Common ways citizens ask it (常见问法). */
  questions?: string[];
}

/** The signals' knobs (hand-set on the first tuning sets; the decision itself is learned: decide.ts). */
export const TUNING = {
  /** Weight of a unit found only in an article's body (not its title, tags or common questions). */
  bodyMatch: 0.7,
  /** Weight of a unit matched only by some of its character bigrams, times the share matched. */
  partialMatch: 0.8,
  /** A single character, or a word framing the question (terms.ts FRAME_WORDS), weighs this share of a word with
   * the same spread. */
  singleChar: 0.5,
  /** A unit no article contains weighs this many times a unit of one article. */
  unknown: 1.3,
  /** A clause of a long message answers with this share of its own coverage (0: clauses are not tried). */
  clauseShare: 0.7,
  /** All the words no article contains weigh together at most this many such words. */
  unknownCap: 1,
};
export type Tuning = typeof TUNING;

interface Profile<T> {
  doc: T;
  /** Title and tags: what the article is about. */
  topic: string;
  head: string;
  body: string;
  headGrams: Set<string>;
  bodyGrams: Set<string>;
}

interface Explained<T> {
  units: Unit[];
  /** Coverage of the articles whose topic the question names, and of the others. */
  coverage: Map<T, number>;
  offTopic: Map<T, number>;
  missing: Map<T, number>;
  topical: Map<T, number>;
  unknownShare: number;
  /** Coverage by the whole message (not its best clause). */
  whole: Map<T, number>;
  clauses: number;
}

export interface KnowledgeHit<T> {
  doc: T;
  /** BM25 score (minisearch), for display and ordering among equal coverage. */
  score: number;
  /** Share of the question's weight this article explains (0–1). */
  coverage: number;
  /** The decision model's probability that this article answers the question (0–1). */
  probability: number;
}

const indexTokens = (text: string) => {
  const t = normalize(text);
  return [...bigrams(t), ...(t.match(/[a-z0-9]+/g) ?? [])];
};

export class KnowledgeIndex<T extends KnowledgeDoc> {
  private readonly mini: MiniSearch<T>;
  private readonly profiles: Array<Profile<T>>;
  private readonly vocabulary: Vocabulary;
  private readonly known: Set<string>;
  private readonly substrings: Set<string>;
  private readonly neighbours: NeighbourIndex<T>;
  private readonly asked: ExampleIndex<T>;
  private readonly places: (q: string) => string;
  private readonly elsewhere: (q: string) => boolean;

  constructor(
    docs: T[],
    private readonly t: Tuning = TUNING,
    private readonly model: DecisionModel = shippedModel,
    examples: Examples = shippedExamples(),
  ) {
    this.profiles = docs.map((doc) => {
      const head = normalize([doc.title, ...doc.tags, ...(doc.questions ?? [])].join('\n'));
      const body = normalize(doc.body);
      const topic = normalize([doc.title, ...doc.tags].join('\n'));
      return { doc, topic, head, body, headGrams: new Set(bigrams(head)), bodyGrams: new Set(bigrams(body)) };
    });
    const texts = this.profiles.map((p) => `${p.head}\n${p.body}`);
    this.known = wordsOf(texts, docs.flatMap((d) => d.tags));
    this.vocabulary = vocabularyOf(this.known);
    this.places = placeReader(texts);
    this.elsewhere = elsewhereReader(texts);
    this.substrings = substringsOf(texts);
    this.mini = new MiniSearch<T>({
      fields: ['title', 'tagText', 'questionText', 'body'],
      idField: 'id',
      tokenize: indexTokens,
      processTerm: (t) => t,
      extractField: (doc, field) => {
        if (field === 'tagText') return doc.tags.join(' ');
        if (field === 'questionText') return (doc.questions ?? []).join(' ');
        return (doc as unknown as Record<string, string>)[field];
      },
      searchOptions: { boost: { title: 2, tagText: 1.5, questionText: 1.5 }, combineWith: 'OR' },
    });
    this.mini.addAll(docs);
    this.neighbours = new NeighbourIndex(docs.map((doc) => ({ doc, phrases: [doc.title, ...doc.tags, ...(doc.questions ?? [])] })));
    // The labelled examples are read as the questions are (湖南 → 外地), or a place would part them from their like.
    this.asked = new ExampleIndex(docs, examples, this.places);
  }

  /** How well an article explains one unit of the question (0–1), the unit as written or with a synonym. */
  private match(unit: Unit, forms: string[], p: Profile<T>): number {
    if (unit.context) return Math.max(...unit.context.map((g) => (p.head.includes(g) ? 1 : p.body.includes(g) ? this.t.bodyMatch : 0)));
    return Math.max(...forms.map((v) => this.matchAs(v, p)));
  }

  private matchAs(unit: string, p: Profile<T>): number {
    if (p.head.includes(unit)) return 1;
    if (p.body.includes(unit)) return this.t.bodyMatch;
    if (unit.length < 3) return 0;
    const grams = bigrams(unit);
    if (!grams.length) return 0;
    const share = (set: Set<string>) => grams.filter((g) => set.has(g)).length / grams.length;
    return this.t.partialMatch * Math.max(share(p.headGrams), this.t.bodyMatch * share(p.bodyGrams));
  }

  private idf(df: number): number {
    const n = this.profiles.length;
    // BM25's idf; a unit in no article weighs `unknown` times one in a single article: it is about something else.
    const idf = (d: number) => Math.log(1 + (n - d + 0.5) / (d + 0.5));
    return df ? idf(df) : this.t.unknown * idf(1);
  }

  /** The question's units as written and with pinyin slips corrected, and the coverage of every article. */
  explain(q: string): Omit<Explained<T>, 'whole' | 'clauses'> {
    const asWritten = (x: string) =>
      x.length <= MAX_UNIT ? this.substrings.has(x) : this.profiles.some((p) => p.head.includes(x) || p.body.includes(x));
    // A string some article contains, as written or with an everyday synonym (长者卡 as 老人卡): one unit, not 长/者/卡.
    const contained = (x: string) => asWritten(x) || (x.length >= 2 && variants(x).some((v, k) => k > 0 && asWritten(v)));
    const units = queryUnits(correctSlips(normalize(q), this.vocabulary, contained), (x) => this.known.has(x), contained);
    const forms = units.map((u) => variants(u.text));
    const matches = units.map((u, i) => this.profiles.map((p) => this.match(u, forms[i], p)));
    const df = matches.map((m) => m.filter((x) => x >= 0.5).length);
    const weight = units.map((u, i) => this.idf(df[i]) * (u.text.length === 1 || FRAME_WORDS.has(u.text) ? this.t.singleChar : 1));
    // Words no article contains are context (我儿子, 老家) or another topic (驾照): together they weigh at most
    // unknownCap rare words, so a long question is not drowned by its context.
    const unknownWeight = weight.reduce((s, w, i) => s + (df[i] ? 0 : w), 0);
    const total = weight.reduce((s, w, i) => s + (df[i] ? w : 0), 0) + Math.min(unknownWeight, this.t.unknownCap * this.idf(0));
    const coverage = new Map<T, number>();
    const offTopic = new Map<T, number>();
    const missing = new Map<T, number>();
    const topical = new Map<T, number>();
    this.profiles.forEach((p, j) => {
      let explained = 0;
      let named = 0;
      let onTopic = false;
      let heaviestMissing = 0;
      units.forEach((u, i) => {
        const m = matches[i][j];
        explained += weight[i] * m;
        // A word other articles have but this one does not: the question asks about another aspect (护照 + 丢了).
        if (df[i]) heaviestMissing = Math.max(heaviestMissing, weight[i] * (1 - m));
        // The question names this article's topic: a word of its title or tags. Not a word of its common questions
        // only: those were written from the tuning questions, so how well that generalises cannot be measured.
        if (u.text.length >= 2 && !FRAME_WORDS.has(u.text) && forms[i].some((v) => p.topic.includes(v))) {
          onTopic = true;
          named += weight[i];
        }
      });
      if (total > 0 && named > 0) topical.set(p.doc, named / total);
      if (total > 0 && explained > 0) (onTopic ? coverage : offTopic).set(p.doc, explained / total);
      if (total > 0) missing.set(p.doc, heaviestMissing / total);
    });
    const known = total - Math.min(unknownWeight, this.t.unknownCap * this.idf(0));
    return { units, coverage, offTopic, missing, topical, unknownShare: total > 0 ? 1 - known / total : 1 };
  }

  /** Coverage of every article the question names the topic of, the whole message's or a clause's. */
  coverages(q: string): Explained<T> {
    const { units, coverage, offTopic, missing, topical, unknownShare } = this.explain(q);
    const whole = new Map([...coverage, ...offTopic]);
    // A long message: each clause also stands as the question (他没有居住证，能办吗), its coverage counting clauseShare.
    const clauses = clausesOf(q);
    if (clauses.length > 1 && this.t.clauseShare > 0) {
      for (const clause of clauses) {
        const part = this.explain(clause);
        for (const [doc, c] of part.coverage) coverage.set(doc, Math.max(coverage.get(doc) ?? 0, c * this.t.clauseShare));
        for (const [doc, c] of part.offTopic) offTopic.set(doc, Math.max(offTopic.get(doc) ?? 0, c * this.t.clauseShare));
        for (const [doc, c] of part.topical) topical.set(doc, Math.max(topical.get(doc) ?? 0, c * this.t.clauseShare));
      }
    }
    for (const doc of coverage.keys()) offTopic.delete(doc);
    return { units, coverage, offTopic, missing, topical, unknownShare, whole, clauses: Math.max(1, clauses.length) };
  }

  /** Everything the learned decision (decide.ts) reads about the question and each article with any signal. */
  signals(question: string): QuestionSignals<T> {
    // 唔见咗 → 不见了, 啷个 → 怎么 (dialect.ts); gongjijin tiqu → 公积金提取 (slips.ts); 湖南 → 外地 (places.ts)
    const read = readPinyin(toMandarin(question), this.vocabulary);
    const q = this.places(read);
    const grievances = grievancesOf(normalize(q));
    const { units, coverage, offTopic, missing, topical, unknownShare, whole, clauses } = this.coverages(q);
    const near = new Map(this.neighbours.nearest(q).map((h) => [h.doc, h]));
    const asked = this.asked.nearest(q);
    const text = units.map((u) => u.text).join(' ');
    const bm25 = new Map(text ? this.mini.search(text).map((r) => [String(r.id), r.score]) : []);
    const articles: Array<ArticleSignals<T>> = [];
    for (const p of this.profiles) {
      const on = coverage.get(p.doc);
      const c = on ?? offTopic.get(p.doc) ?? 0;
      const n = near.get(p.doc);
      const e = asked.byDoc.get(p.doc) ?? 0;
      if (!c && !n && !e) continue;
      articles.push({
        doc: p.doc, coverage: c, whole: whole.get(p.doc) ?? 0, onTopic: on !== undefined, topical: topical.get(p.doc) ?? 0, missing: missing.get(p.doc) ?? 0,
        similarity: n?.similarity ?? 0, contained: n?.contained ?? 0, asked: e, bm25: bm25.get(p.doc.id) ?? 0,
        grievance: grievances.length > 0 && unspoken(grievances, `${p.head}\n${p.body}`),
      });
    }
    return { articles, unknownShare, anyTopic: coverage.size > 0, unanswered: asked.none, clauses, length: [...normalize(q)].length, elsewhere: this.elsewhere(read) };
  }

  /** Up to `limit` articles that answer `q`, best first; none when none is likely enough (decide.ts, model.json). */
  search(q: string, limit = 3): Array<KnowledgeHit<T>> {
    const s = this.signals(q);
    const x = featuresOf(s);
    const p = x.map((f) => probability(this.model, f));
    return decide(this.model, p, limit, x).map((i) => {
      const a = s.articles[i];
      return { doc: a.doc, score: a.bm25, coverage: a.coverage, probability: p[i] };
    });
  }
}

/** Rebuilding the index costs a few milliseconds; reuse it while the articles are unchanged (per Lambda container). */
let cached: { key: string; index: KnowledgeIndex<KnowledgeDoc> } | undefined;
export function indexFor<T extends KnowledgeDoc & { updatedAt?: string }>(docs: T[]): KnowledgeIndex<T> {
  const key = docs.map((d) => `${d.id}@${d.updatedAt ?? ''}`).sort().join('|');
  if (cached?.key !== key) cached = { key, index: new KnowledgeIndex<KnowledgeDoc>(docs) };
  return cached.index as unknown as KnowledgeIndex<T>;
}
