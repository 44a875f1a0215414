/**
 * What the knowledge search measures for one question: per article (ArticleSignals) and for the question as a whole
 * (QuestionSignals). search.ts computes them; decide.ts turns them into the learned decision's features. A module of
 * its own so that the two do not import each other.
 */

/** What the search knows about one article for one question (the learned decision's inputs, decide.ts). */
export interface ArticleSignals<T> {
  doc: T;
  /** Share of the question's weight the article explains (0–1), the whole message's or a clause's. */
  coverage: number;
  /** The same for the whole message only: a long message's best clause does not count. */
  whole: number;
  /** The question names the article's topic: a word of its title or tags. */
  onTopic: boolean;
  /** Share of the question's weight in words of the article's title or tags. */
  topical: number;
  /** Share of the question's weight in its heaviest word that other articles have and this one lacks. */
  missing: number;
  /** Character-bigram nearness to the article's title, tags and common questions (neighbour.ts). */
  similarity: number;
  contained: number;
  /** Bigram nearness to the labelled questions this article answers (asked.ts). */
  asked: number;
  /** BM25 (minisearch) over title, tags, common questions and body. */
  bm25: number;
  /** The question reports a grievance or asks for action in words the article does not use (grievance.ts). */
  grievance: boolean;
}

export interface QuestionSignals<T> {
  articles: Array<ArticleSignals<T>>;
  /** Share of the question's weight in words no article contains (another topic, or context). */
  unknownShare: number;
  /** The question names some article's topic. */
  anyTopic: boolean;
  /** Bigram nearness to the labelled questions no article answers (asked.ts). */
  unanswered: number;
  /** Clauses of the message (split at punctuation). */
  clauses: number;
  /** Characters. */
  length: number;
  /** It names another city or province as the place of the service (places.ts `elsewhereReader`). */
  elsewhere: boolean;
}
