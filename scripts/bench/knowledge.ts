/**
 * Knowledge-search benchmark (`npm run bench:knowledge`, not part of npm test): the seeded articles
 * (scripts/seed-data.json) against the labelled questions: tests/fixtures/knowledge-questions.json (thresholds and
 * thesaurus were tuned on these) and knowledge-questions-heldout.json (written afterwards, never tuned on).
 * Prints top-3 accuracy on answerable questions and the wrong-answer rate over all questions (an answer to an
 * unanswerable question, or answers none of which is right), and the time per query.
 *   npm run bench:knowledge -- --misses   # list the wrong and missed answers
 * Targets (issue 13): top-3 ≥ 0.90, wrong answers ≤ 0.05.
 */
import { scoreKnowledge } from '../../functions/knowledge/score';
import seed from '../seed-data.json';
import fixture from '../../tests/fixtures/knowledge-questions.json';
import heldout from '../../tests/fixtures/knowledge-questions-heldout.json';

const showMisses = process.argv.includes('--misses');
const articles = seed.articles.map((a, i) => ({ id: `a${i}`, ...a }));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

for (const [name, questions] of [['tuning', fixture.questions], ['held-out', heldout.questions]] as const) {
  const s = scoreKnowledge(articles, questions);
  console.log(`Knowledge search, ${name} questions: ${articles.length} articles, ${s.questions} questions (${s.answerable} answerable)`);
  console.log(`  top-3 accuracy ${s.top3}/${s.answerable} = ${pct(s.top3 / s.answerable)}   top-1 ${pct(s.top1 / s.answerable)}`);
  console.log(`  wrong answers  ${s.wrong.length}/${s.questions} = ${pct(s.wrong.length / s.questions)}   answered nothing when an article fits: ${s.silent.length}`);
  console.log(`  time per query median ${s.medianMs.toFixed(2)} ms, p99 ${s.p99Ms.toFixed(2)} ms (index built once: ${s.buildMs.toFixed(1)} ms)`);
  if (showMisses) {
    for (const w of s.wrong) console.log(`  wrong  ${w.q} → ${w.got.join(' | ')}   (expected ${w.expect.join(' | ') || 'nothing'})`);
    for (const w of s.silent) console.log(`  silent ${w.q}   (expected ${w.expect.join(' | ')})`);
  }
}
