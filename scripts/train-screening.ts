/**
 * Fits the learned emergency model (scripts/lib/screening-learn.ts) on every labelled corpus part except the
 * held-out sets still to be measured (`heldout*.json` other than `heldout.json`) and writes
 * shared/screening/emergency/model.json. Rerun after changing the corpus or the features: `npm run train:screening`;
 * `npm run bench:screening -- --cv` gives the honest estimate. A test (model.test.ts) fails while model.json is stale.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { corpusParts, fitModel } from './lib/screening-learn';
import { loadModel, unpackGrams } from '../shared/screening/emergency/model';

const parts = corpusParts();
const model = fitModel(parts.map((p) => p.part));
const json = `${JSON.stringify(model)}\n`;
writeFileSync(join(process.cwd(), 'shared/screening/emergency/model.json'), json);
const grams = unpackGrams(model.grams);
console.log(`model.json from ${parts.map((p) => p.name).join(', ')}: ${grams.length} n-grams, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip`);
// The emergency head's weight of each gram, read as the classifier reads it.
const ranked = [...loadModel(model).rows].map(([g, row]) => [g, row[0]] as const).sort((a, b) => b[1] - a[1]);
console.log(`strongest for an emergency: ${ranked.slice(0, 15).map(([g, w]) => `${g} ${w}`).join('  ')}`);
console.log(`strongest against: ${ranked.slice(-15).reverse().map(([g, w]) => `${g} ${w}`).join('  ')}`);
