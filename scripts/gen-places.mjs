#!/usr/bin/env node
/**
 * Writes functions/knowledge/places.json from @vant/area-data (China's provinces, prefecture-level cities and
 * districts, GB/T 2260): the short names of the provinces and cities (湖南, 深圳, 常德), and the districts of the three
 * cities whose hotline rules this platform implements (Guangzhou, Changsha, Weifang: 天河, 岳麓, 奎文). The knowledge
 * search reads a place no article names as what it is to the question: another place (外地), or a district of the
 * city the articles are about (functions/knowledge/places.ts).
 *
 *   node scripts/gen-places.mjs          # write the table
 *   node scripts/gen-places.mjs --check  # exit 1 when the committed table differs (used by a test)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { areaList } = require('@vant/area-data');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'functions', 'knowledge', 'places.json');

/** City names that are everyday words or street names as well (来宾 a guest, 开封 to unseal, 日照 sunlight, 中山路 in every city). */
const COMMON_WORDS = new Set(['来宾', '开封', '安康', '阿里', '大同', '长治', '中山', '中卫', '白山', '海东', '北海', '普洱', '黄山', '三明', '离岛', '日照', '白银', '大庆']);
/** The cities of the platform's policy profiles (docs/rules.md §3), by the first four digits of their code. */
const HOME = { 广州: '4401', 长沙: '4301', 潍坊: '3707' };

const short = (name) => name.replace(/(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|省|市|地区|盟|区|县)$/, '');
const usable = (name) => /^[\u4e00-\u9fff]{2,4}$/.test(name) && !COMMON_WORDS.has(name);

const others = new Set();
for (const name of [...Object.values(areaList.province_list), ...Object.values(areaList.city_list)]) {
  // Autonomous prefectures (延边朝鲜族自治州) and the placeholders (省直辖县) are left out: seldom how a citizen names a place.
  if (/自治州|直辖/.test(name)) continue;
  const s = short(name);
  if (usable(s)) others.add(s);
}
const districts = {};
for (const [city, prefix] of Object.entries(HOME)) {
  districts[city] = Object.entries(areaList.county_list)
    .filter(([code, name]) => code.startsWith(prefix) && !/开发区|高新区/.test(name))
    .map(([, name]) => short(name))
    .filter((s) => usable(s) && s !== city)
    .join(' ');
}
const text = `${JSON.stringify({ places: [...others].sort().join(' '), districts })}\n`;

if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  if (!same) console.error('functions/knowledge/places.json is out of date: run node scripts/gen-places.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out}: ${others.size} provinces and cities, ${Buffer.byteLength(text)} bytes`);
