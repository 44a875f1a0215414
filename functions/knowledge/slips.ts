/**
 * Pinyin input slips: most citizens type with a pinyin keyboard and pick a homophone by mistake (居主证 for 居住证,
 * 社宝卡 for 社保卡, 公基金 for 公积金). A stretch of the question that no article contains but that sounds exactly
 * like a word of the articles and shares a character with it is read as that word. Toneless pinyin from pinyin-pro.
 */
import type * as PinyinPro from 'pinyin-pro';

/**
 * pinyin-pro (~450 KiB in a bundle) is loaded on the first search, not when a handler starts: every API function
 * bundles the knowledge search through the directory, and most never search.
 */
let loaded: typeof PinyinPro.pinyin | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pinyin: typeof PinyinPro.pinyin = ((text: string, options: never) => (loaded ??= require('pinyin-pro').pinyin)(text, options)) as never;

const HAN = /^[\u3400-\u9fff]$/;
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Words of two to MAX_SLIP characters, by their toneless pinyin. */
export interface Vocabulary {
  bySound: Map<string, string[]>;
}

const MAX_SLIP = 4;

function syllables(text: string): string[] {
  const chars = [...text];
  const out = pinyin(text, { toneType: 'none', type: 'array' });
  return out.length === chars.length ? out : chars.map((c) => pinyin(c, { toneType: 'none' }));
}

export function vocabularyOf(words: Iterable<string>): Vocabulary {
  const bySound = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 2 || w.length > MAX_SLIP || ![...w].every((c) => HAN.test(c))) continue;
    const key = syllables(w).join(' ');
    bySound.set(key, [...(bySound.get(key) ?? []), w]);
  }
  return { bySound };
}

/** A slip shares at least one character with the word it stands for (工基金 / 公积金), and differs in one at least. */
const slipOf = (word: string, typed: string) => {
  const differing = [...word].filter((c, i) => c !== typed[i]).length;
  return differing >= 1 && differing < word.length;
};

/**
 * `q` with each slip replaced by the word it sounds like; `contained` says whether some article has a string. A
 * stretch that is a word of ICU's dictionary, or cuts one, is left alone: 试用期 is not 使用期, 滑板车 not 滑班车.
 */
export function correctSlips(q: string, v: Vocabulary, contained: (s: string) => boolean): string {
  const chars = [...q];
  const sound = syllables(q);
  const starts = new Set<number>();
  const ends = new Set<number>();
  const words = new Set<string>();
  for (const s of segmenter.segment(q)) {
    starts.add(s.index);
    ends.add(s.index + s.segment.length);
    if (s.segment.length >= 2) words.add(`${s.index}:${s.segment}`);
  }
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let fixed = '';
    for (let len = Math.min(MAX_SLIP, chars.length - i); len >= 2 && !fixed; len -= 1) {
      const window = chars.slice(i, i + len);
      if (!window.every((c) => HAN.test(c))) continue;
      const text = window.join('');
      if (contained(text)) break; // written as some article writes it: not a slip
      if (!starts.has(i) || !ends.has(i + len) || words.has(`${i}:${text}`)) continue;
      const match = (v.bySound.get(sound.slice(i, i + len).join(' ')) ?? []).find((w) => slipOf(w, text));
      if (match) fixed = match;
    }
    if (fixed) {
      out += fixed;
      i += fixed.length;
    } else {
      out += chars[i];
      i += 1;
    }
  }
  return out;
}
