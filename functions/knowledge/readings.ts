/**
 * The toneless pinyin readings of GB 2312's 6,763 characters, for the pinyin-slip reading (slips.ts). The table
 * (pinyin-table.json, written from pinyin-pro by scripts/gen-pinyin-table.mjs) does not spell the characters out: it
 * lists the syllables once, and then, for each character in GB 2312's code order, the numbers of its syllables
 * (two base-62 digits each, a space between characters). The characters themselves come from decoding GB 2312's
 * codes with the runtime's ICU, as the generator did. GB 2312's first level is sorted by reading, so long runs of the
 * same numbers repeat and the table deflates to under half of spelled-out characters (the zip budget).
 */
import table from './pinyin-table.json';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GB 2312's hanzi in code order: rows 0xB0–0xF7, cells 0xA1–0xFE (GBK is a superset); the generator uses the same. */
export function gb2312Hanzi(): string[] {
  const gbk = new TextDecoder('gbk');
  const chars: string[] = [];
  const pair = new Uint8Array(2);
  for (let row = 0xb0; row <= 0xf7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      pair[0] = row;
      pair[1] = cell;
      const c = gbk.decode(pair);
      if (/^[\u4e00-\u9fff]$/u.test(c)) chars.push(c);
    }
  }
  return chars;
}

/** Each character's readings, in the syllables' alphabetical order. */
export function readingsTable(): Map<string, string[]> {
  const syllables = table.syllables.split(' ');
  const codes = table.readings.split(' ');
  const chars = gb2312Hanzi();
  const out = new Map<string, string[]>();
  chars.forEach((c, i) => {
    const code = codes[i] ?? '';
    const readings: string[] = [];
    for (let k = 0; k + 1 < code.length; k += 2) readings.push(syllables[DIGITS.indexOf(code[k]) * 62 + DIGITS.indexOf(code[k + 1])]);
    if (readings.length) out.set(c, readings);
  });
  return out;
}
