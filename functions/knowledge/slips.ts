/**
 * Pinyin input slips: most citizens type with a pinyin keyboard and pick a homophone by mistake (居主证 for 居住证,
 * 社宝卡 for 社保卡, 公基金 for 公积金). A stretch of the question that no article contains but that can sound exactly
 * like a word of the articles and shares a character with it is read as that word.
 *
 * Readings come from readings.ts (every toneless reading of GB 2312's 6,763 characters, generated from pinyin-pro by
 * scripts/gen-pinyin-table.mjs; ~8 KB deflated instead of pinyin-pro's ~450 KiB in each bundle). A polyphone matches
 * by any of its readings; a character outside the table sounds only like itself.
 */
import { readingsTable } from './readings';

let readingsByChar: Map<string, string[]> | undefined;

function readingsOf(c: string): string[] {
  readingsByChar ??= readingsTable();
  return readingsByChar.get(c) ?? [c];
}

/** Every way `chars` can be read aloud, as space-joined syllables (words here are at most MAX_SLIP characters). */
function soundsOf(chars: string[]): string[] {
  let out = [''];
  for (const c of chars) out = out.flatMap((head) => readingsOf(c).map((r) => (head ? `${head} ${r}` : r)));
  return out;
}

const HAN = /^[\u3400-\u9fff]$/;
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Words of two to MAX_SLIP characters, by their toneless pinyin. */
export interface Vocabulary {
  bySound: Map<string, string[]>;
  /** The same words by their pinyin typed without spaces or tones (juzhuzheng → 居住证). */
  byLetters: Map<string, string>;
}

const MAX_SLIP = 4;

export function vocabularyOf(words: Iterable<string>): Vocabulary {
  const bySound = new Map<string, string[]>();
  const byLetters = new Map<string, string>();
  for (const w of words) {
    if (w.length < 2 || w.length > MAX_SLIP || ![...w].every((c) => HAN.test(c))) continue;
    for (const key of soundsOf([...w])) {
      bySound.set(key, [...(bySound.get(key) ?? []), w]);
      const letters = key.replace(/ /g, '');
      if (!byLetters.has(letters)) byLetters.set(letters, w);
    }
  }
  return { bySound, byLetters };
}

/** Longest run of letters read as pinyin: a typed phrase of a few words, not a paragraph. */
const MAX_PINYIN = 40;

/**
 * `q` with each run of Latin letters that is wholly the toneless pinyin of one or more article words (gongjijin
 * tiqu, juzhuzheng or jvzhuzheng, shebaoka) written as those words: citizens who cannot pick characters on a pinyin keyboard type
 * the letters. A run that is not all such words (wifi, app, ETC) stays as it is.
 */
export function readPinyin(q: string, v: Vocabulary): string {
  return q.replace(/[a-z]{3,}/gi, (run) => {
    // Keyboards type ü as v: lv, nv for lü, nü; jv, qv, xv, yv for ju, qu, xu, yu (the table writes ü only after l, n).
    const letters = run.toLowerCase().replace(/([ln])v/g, '$1ü').replace(/([jqxy])v/g, '$1u');
    if (letters.length > MAX_PINYIN) return run;
    // words[i]: the fewest article words spelling letters[0, i), or undefined when none does.
    const words: Array<string[] | undefined> = [[]];
    for (let i = 1; i <= letters.length; i += 1) {
      for (let j = Math.max(0, i - 6 * MAX_SLIP); j < i; j += 1) {
        const w = words[j] && v.byLetters.get(letters.slice(j, i));
        if (w && (!words[i] || words[i]!.length > words[j]!.length + 1)) words[i] = [...words[j]!, w];
      }
    }
    return words[letters.length]?.join('') ?? run;
  });
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
      const match = soundsOf(window)
        .flatMap((key) => v.bySound.get(key) ?? [])
        .find((w) => slipOf(w, text));
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
