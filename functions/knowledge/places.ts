/**
 * Place names in a question (places.json, written from @vant/area-data by scripts/gen-places.mjs): 我老家湖南的, 从长沙
 * 转过来, 到深圳出差, 在天河这边. No article names them, so each was a word no article has, and the decision reads a
 * large share of such words as "about something else" and says nothing. To the question a place is context: a
 * province or city no article names is left out, a district of the city the articles name is read as that city
 * (天河 → 广州). A place some article names is left as written. (Reading other places as 外地, a word of eight
 * articles, gave fewer right answers and more wrong ones in cross-validation: docs/knowledge.md.)
 */
import table from './places.json';

/** A function rewriting the places in a question for articles whose texts are `texts`. */
export function placeReader(texts: string[]): (q: string) => string {
  const named = (place: string) => texts.some((t) => t.includes(place));
  const to = new Map<string, string>();
  for (const place of table.places.split(' ')) if (!named(place)) to.set(place, '');
  for (const [city, districts] of Object.entries(table.districts as Record<string, string>)) {
    if (!named(city)) continue;
    for (const d of districts.split(' ')) if (!named(d)) to.set(d, city);
  }
  if (!to.size) return (q) => q;
  const names = [...to.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${names.join('|')})(?:省|市|区|县)?`, 'g');
  return (q) => q.replace(pattern, (_, place: string) => to.get(place) ?? place);
}

/** Words around a place that make it where the citizen comes from, not where the service is: 从湖南过来, 老家湖南, 我是湖北人. */
const ORIGIN_BEFORE = /(?:从|来自|老家|老家在|户口在|户籍在|原籍|是)$/;
const ORIGIN_AFTER = /^(?:省|市)?(?:人|来|过来|老家|户口|户籍|籍)/;

/**
 * Whether a question names a province or city no article names as the place of the service (在深圳办居住证, 深圳的
 * 居住证, 去佛山坐公交), not as where the citizen comes from (湖南来的, 老家在湖南): then the articles, written for
 * their own city, likely do not answer it (a signal of the decision, decide.ts; the reader above still leaves the
 * place out, so that 湖南来的 reads like any other question).
 */
export function elsewhereReader(texts: string[]): (q: string) => boolean {
  const others = table.places.split(' ').filter((place) => !texts.some((t) => t.includes(place)));
  if (!others.length) return () => false;
  const pattern = new RegExp(others.sort((a, b) => b.length - a.length).join('|'), 'g');
  return (q) => [...q.matchAll(pattern)].some((m) => !ORIGIN_BEFORE.test(q.slice(0, m.index)) && !ORIGIN_AFTER.test(q.slice(m.index + m[0].length)));
}
