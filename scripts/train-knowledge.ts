/**
 * Fits the knowledge search's decision (functions/knowledge/decide.ts) on all the labelled question sets
 * (scripts/bench/knowledge-sets.ts) and writes functions/knowledge/model.json and examples.json. Rerun after changing the articles, their common questions, the question sets or
 * the features: `npm run train:knowledge`; then `npm run bench:knowledge -- --cv` for the honest estimate. A test
 * (functions/knowledge/search.test.ts) fails while the shipped files are not what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES, GATE } from '../functions/knowledge/decide';
import { examplesFrom } from '../functions/knowledge/asked';
import { examplesOf, fitOnSets, outcomeOf, shippable } from '../functions/knowledge/learn';
import { compressExamples, packExamples } from '../functions/knowledge/packed';
import { KnowledgeIndex, TUNING } from '../functions/knowledge/search';
import { articles, tuningSets } from './bench/knowledge-sets';

// --max-wrong=0.047: another wrong-answer budget per set for the bars than the default 0.05 (learn.ts train).
const maxWrong = process.argv.find((a) => a.startsWith('--max-wrong='))?.split('=')[1];
const model = fitOnSets(articles, tuningSets, maxWrong ? { maxWrong: Number(maxWrong) } : {});
const examples = examplesFrom(tuningSets.flatMap((s) => s.questions));
writeFileSync(join(process.cwd(), 'functions/knowledge/examples.json'), `${JSON.stringify(compressExamples(packExamples(examples)))}\n`);
const out = shippable(model);
writeFileSync(join(process.cwd(), 'functions/knowledge/model.json'), `${JSON.stringify(out, null, 2)}\n`);
// In-sample: every question is among the examples, so these figures flatter; `npm run bench:knowledge -- --cv` does not.
const o = outcomeOf(out, examplesOf(new KnowledgeIndex(articles, TUNING, out, examples), tuningSets.flatMap((s) => s.questions)));
console.log(`model.json, examples.json: answer bar ${out.answer}, long messages ${out.answerLong ?? out.answer}, keep ${out.keep}; in-sample on all ${o.questions} questions top-3 ${o.top3}/${o.answerable}, wrong ${o.wrong}`);
FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(15)} ${out.weights[i].toFixed(3)}`));
console.log(`  ${'bias'.padEnd(15)} ${out.bias.toFixed(3)}`);
console.log('gate (does the best article answer at all):');
GATE.forEach((f, i) => console.log(`  ${f.padEnd(15)} ${out.gate?.weights[i].toFixed(3)}`));
console.log(`  ${'bias'.padEnd(15)} ${out.gate?.bias.toFixed(3)}`);
