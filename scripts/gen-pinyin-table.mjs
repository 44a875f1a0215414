#!/usr/bin/env node
/**
 * Writes functions/knowledge/pinyin-table.json: the toneless readings of the 6,763 characters of GB 2312 (levels 1 and 2,
 * the characters a pinyin keyboard offers first), from pinyin-pro's dictionary: the syllables, sorted, and for each
 * character in GB 2312's code order the numbers of its syllables (functions/knowledge/readings.ts reads it back).
 *
 *   node scripts/gen-pinyin-table.mjs          # write the table
 *   node scripts/gen-pinyin-table.mjs --check  # exit 1 when the committed table differs (used by a test)
 *
 * Why a table: the knowledge search only needs "which syllables can this character be read as" to spot pinyin input
 * slips (functions/knowledge/slips.ts). pinyin-pro itself is ~450 KiB minified in a bundle and pushed the knowledge
 * function's zip to 345 KB; the table is ~24 KB, ~8 KB deflated (the characters are not spelled out:
 * the runtime decodes GB 2312's codes as this script does). pinyin-pro stays a devDependency for this script only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { pinyin } = require('pinyin-pro');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'functions', 'knowledge', 'pinyin-table.json');

/** GB 2312's hanzi: rows 0xB0–0xF7, cells 0xA1–0xFE, decoded by the runtime's ICU (GBK is a superset). */
function gb2312Hanzi() {
  const gbk = new TextDecoder('gbk');
  const chars = [];
  for (let row = 0xb0; row <= 0xf7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      const c = gbk.decode(new Uint8Array([row, cell]));
      if (/^[\u4e00-\u9fff]$/u.test(c)) chars.push(c);
    }
  }
  return chars;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const chars = gb2312Hanzi();
const readings = chars.map((c) => [...new Set(pinyin(c, { toneType: 'none', multiple: true, type: 'array' }))]);
const syllables = [...new Set(readings.flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const id = new Map(syllables.map((s, i) => [s, DIGITS[Math.floor(i / 62)] + DIGITS[i % 62]]));
const codes = readings.map((rs) => rs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((s) => id.get(s)).join(''));
const text = `${JSON.stringify({ syllables: syllables.join(' '), readings: codes.join(' ') })}\n`;

if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  if (!same) console.error('functions/knowledge/pinyin-table.json is out of date: run node scripts/gen-pinyin-table.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out}: ${syllables.length} syllables, ${Buffer.byteLength(text)} bytes`);
