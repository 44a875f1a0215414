/**
 * examples.json's compact form (the knowledge function's zip is capped at 220 KB); the search reads the same
 * neighbours from it as from the labelled questions themselves:
 * - Nearness to an example counts only the bigrams of its runs of hanzi (neighbour.ts `topicGrams`), so every other
 *   character (pinyin letters, digits, punctuation) is written as one space between runs; an example left with no
 *   hanzi, or the same as another of its list, is dropped; each list is sorted (nearness takes its best example).
 * - Since round 12, of the examples of one list that nearness cannot tell apart (the same set of topic bigrams,
 *   neighbour.ts `topicGrams`, and no place name the place reader could rewrite, places.ts) only the shortest is
 *   kept, and an example with no topic bigram (nearness never reads it) is dropped: the same nearness for every
 *   question, in fewer bytes.
 * - Each list is one string, its questions joined by newlines; the article titles are written like the questions.
 * - UTF-8 spends three bytes on a hanzi. The 92 hanzi the examples use most are written as the printable ASCII
 *   characters (no other ASCII is left but the space), listed in `top`; the other GB 2312 hanzi they use as one
 *   two-byte character each, U+0100 on, in GB 2312's code order: `alphabet` says which, as gaps between their places
 *   in GB 2312 (readings.ts `gb2312Hanzi`, the runtime's ICU), one base-62 digit each, the last digit meaning "61
 *   more, go on". Hanzi outside GB 2312 (咗, 嘅) stay as written. About 5 KB less deflated than plain JSON.
 * - Since round 12 examples.json holds that JSON compressed with Brotli (Node's zlib, quality 11), as base64:
 *   `{ "brotli": "…" }`. The zip deflates base64 back to about the Brotli size, which is ~13 % under the packed
 *   JSON deflated (≈ 7 KB of the zip); the runtime decompresses it once per container (~1 ms).
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Examples } from './asked';
import { topicGrams } from './neighbour';
import places from './places.json';
import { gb2312Hanzi } from './readings';
import { normalize } from './terms';

export interface PackedExamples {
  top: string;
  alphabet: string;
  answered: Record<string, string>;
  unanswered: string;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MORE = 61;
const BASE = 0x100;
/** Printable ASCII but the space, the quote and the backslash (JSON escapes those two). */
const ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => c !== '"' && c !== '\\');

const hanziRun = /[\u3400-\u9fff]/;

/** The example as nearness reads it: its hanzi, other characters as one space between runs. */
export function canonical(q: string): string {
  return Array.from(q, (c) => (hanziRun.test(normalize(c)) ? c : ' ')).join('').replace(/ +/g, ' ').trim();
}

let placeNames: RegExp | undefined;
/**
 * Every place name of the place table (provinces, cities, districts): what the place reader may rewrite. Built on
 * first use: only training packs examples, and the search imports this module at every cold start.
 */
const placeName = () =>
  (placeNames ??= new RegExp([...places.places.split(' '), ...Object.values(places.districts as Record<string, string>).flatMap((d) => d.split(' '))].filter(Boolean).join('|')));

/** One example of each group nearness cannot tell apart (the shortest, then the first in code order); sorted. */
function distinct(qs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of [...qs].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))) {
    if (placeName().test(q)) {
      out.push(q);
      continue;
    }
    const key = topicGrams(q).sort().join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out.sort();
}

/** The packed form of `examples` (scripts/train-knowledge.ts writes it). */
export function packExamples(examples: Examples): PackedExamples {
  const canon = (qs: string[]) => distinct([...new Set(qs.map(canonical).filter((q) => hanziRun.test(normalize(q))))]);
  const answered = Object.entries(examples.answered).map(([t, qs]) => [t, canon(qs)] as const);
  const unanswered = canon(examples.unanswered);
  const place = new Map(gb2312Hanzi().map((c, i) => [c, i]));
  const count = new Map<string, number>();
  for (const q of [...answered.flatMap(([, qs]) => qs), ...unanswered]) for (const c of q) if (place.has(c)) count.set(c, (count.get(c) ?? 0) + 1);
  const byUse = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || place.get(a)! - place.get(b)!);
  const top = byUse.slice(0, ASCII.length);
  const rest = byUse.slice(ASCII.length).sort((a, b) => place.get(a)! - place.get(b)!);
  let alphabet = '';
  let last = -1;
  for (const c of rest) {
    let gap = place.get(c)! - last - 1;
    last = place.get(c)!;
    for (; gap >= MORE; gap -= MORE) alphabet += DIGITS[MORE];
    alphabet += DIGITS[gap];
  }
  const code = new Map([...top.map((c, k) => [c, ASCII[k]] as const), ...rest.map((c, k) => [c, String.fromCharCode(BASE + k)] as const)]);
  const clash = (c: string) => !code.has(c) && c !== ' ' && (c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= BASE && c.charCodeAt(0) < BASE + rest.length));
  const packOne = (q: string) => {
    if (Array.from(q).some(clash)) throw new Error(`${q} keeps a character of the packed ranges`);
    return Array.from(q, (c) => code.get(c) ?? c).join('');
  };
  const pack = (qs: string[]) => qs.map(packOne).join('\n');
  return { top: top.join(''), alphabet, answered: Object.fromEntries(answered.map(([t, qs]) => [packOne(t), pack(qs)])), unanswered: pack(unanswered) };
}

/** examples.json's form: the packed examples' JSON, Brotli-compressed, as base64. */
export interface ShippedExamples {
  brotli: string;
}

/** What scripts/train-knowledge.ts writes to examples.json. */
export function compressExamples(p: PackedExamples): ShippedExamples {
  const json = Buffer.from(JSON.stringify(p));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: json.length };
  return { brotli: brotliCompressSync(json, { params }).toString('base64') };
}

/** The packed examples in examples.json. */
export function decompressExamples(s: ShippedExamples): PackedExamples {
  return JSON.parse(brotliDecompressSync(Buffer.from(s.brotli, 'base64')).toString('utf8')) as PackedExamples;
}

/** The examples `packExamples` packed. */
export function unpackExamples(p: PackedExamples): Examples {
  const hanzi = gb2312Hanzi();
  const rest: string[] = [];
  let at = -1;
  for (const d of p.alphabet) {
    const gap = DIGITS.indexOf(d);
    at += gap;
    if (gap < MORE) rest.push(hanzi[(at += 1)]);
  }
  const top = new Map(Array.from(p.top, (c, k) => [ASCII[k], c]));
  const read = (c: string) => top.get(c) ?? rest[c.charCodeAt(0) - BASE] ?? c; // the space and other hanzi as written
  const unpackOne = (q: string) => Array.from(q, read).join('');
  const unpack = (s: string) => (s ? s.split('\n').map(unpackOne) : []);
  return { answered: Object.fromEntries(Object.entries(p.answered).map(([t, s]) => [unpackOne(t), unpack(s)])), unanswered: unpack(p.unanswered) };
}
