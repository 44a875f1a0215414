/** Pinyin input slips (placeholder: no correction yet). */
export type Vocabulary = Set<string>;
export function vocabularyOf(_texts: string[]): Vocabulary {
  return new Set();
}
export function correctSlips(q: string, _v: Vocabulary): string {
  return q;
}
