/**
 * Leave-one-file-out cross-validation of the learned emergency model (`npm run bench:screening -- --cv`): for each
 * corpus part, fit the model on the others (learn.ts) and score the held-out part with the rules alone, the model
 * alone and the two combined (classify.ts), for every model guard, veto and threshold of a grid. Prints per part and
 * mean, and picks the setting with the best mean recall whose combined false alarms stay ≤ 2% on average and ≤ 3% on
 * every part; where the rules alone already exceed that, ≤ the rules' own mean + 0.5 point (the model adds at most
 * half a point of false alarms).
 * The rules were tuned on all these parts, so their figures here flatter them; the model's are out of sample.
 */
import { classifyByRules, classifyEmergency, normalise, type ModelUse } from '../../shared/screening/emergency/classify';
import { corpusParts, fitModel, type TrainOptions } from '../../shared/screening/emergency/learn';
import { loadModel, scoreModel, type LoadedModel } from '../../shared/screening/emergency/model';
import { scorePart, type Score } from '../../shared/screening/corpus/score';

// Most guarded first: on a tie the setting that respects more of the rules' guards wins.
const GUARDS: Array<ModelUse['guard']> = ['both', 'words', 'suppressed', 'none'];
const VETOES = [0, 0.02, 0.05, 0.1];
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.5 + i * 0.025) * 1000) / 1000);
const SETTINGS: ModelUse[] = GUARDS.flatMap((guard) => VETOES.flatMap((veto) => THRESHOLDS.map((threshold) => ({ guard, veto, threshold }))));
const key = (u: ModelUse) => `${u.guard} ${u.veto} ${u.threshold}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const modelAlone = (model: LoadedModel, threshold: number) => (text: string) => {
  const m = scoreModel(normalise(text), model);
  return { emergency: m.probability >= threshold, numbers: m.numbers, matches: [], suppressed: [] };
};

export function crossValidate(options: TrainOptions = {}) {
  const parts = corpusParts();
  const folds = parts.map(({ name, part }) => {
    const model = loadModel(fitModel(parts.filter((p) => p.name !== name).map((p) => p.part), options));
    const combined = new Map(SETTINGS.map((u) => [key(u), scorePart(part, (x) => classifyEmergency(x, { ...u, model }))]));
    const alone = new Map(THRESHOLDS.map((t) => [t, scorePart(part, modelAlone(model, t))]));
    return { name, rules: scorePart(part, classifyByRules), alone, combined };
  });
  const rulesFa = mean(folds.map((f) => f.rules.falseAlarmRate));
  const summary = SETTINGS.map((u) => {
    const s = folds.map((f) => f.combined.get(key(u)) as Score);
    return { use: u, recall: mean(s.map((x) => x.recall)), fa: mean(s.map((x) => x.falseAlarmRate)), worst: Math.max(...s.map((x) => x.falseAlarmRate)) };
  });
  const strict = summary.filter((o) => o.fa <= 0.02 && o.worst <= 0.03);
  const pool = strict.length ? strict : summary.filter((o) => o.fa <= Math.max(0.02, rulesFa + 0.005));
  const best = [...pool].sort((a, b) => b.recall - a.recall || a.fa - b.fa || a.use.threshold - b.use.threshold)[0]
    ?? summary[summary.length - 1];

  console.log('Leave-one-file-out CV, combined, mean over parts (recall/false alarms) by guard and veto, thresholds 0.5…0.95:');
  for (const guard of GUARDS) {
    for (const veto of VETOES) {
      const row = summary.filter((o) => o.use.guard === guard && o.use.veto === veto && Math.round(o.use.threshold * 100) % 10 === 0);
      console.log(`  ${guard.padEnd(10)} veto ${String(veto).padEnd(4)} ${row.map((o) => `${o.use.threshold}: ${pct(o.recall)}/${pct(o.fa)}`).join('  ')}`);
    }
  }
  const { guard, veto, threshold } = best.use;
  console.log(`\nChosen: guard ${guard}, veto ${veto}, threshold ${threshold} — mean combined false alarms ${pct(best.fa)}, worst part ${pct(best.worst)}${strict.length ? '' : ` (no setting meets ≤ 2% mean and ≤ 3% per part: the rules alone average ${pct(rulesFa)})`}`);
  console.log(`${'part'.padEnd(10)}  ${'rules'.padEnd(15)} ${'model alone'.padEnd(15)} combined      (recall, false alarms)`);
  const rows = folds.map((f) => [f.rules, f.alone.get(threshold) as Score, f.combined.get(key(best.use)) as Score]);
  const cell = (r: number, fa: number) => `${pct(r).padStart(6)} ${pct(fa).padStart(5)}  `;
  folds.forEach((f, i) => console.log(`${f.name.padEnd(10)}  ${rows[i].map((s) => cell(s.recall, s.falseAlarmRate)).join(' ')}`));
  console.log(`${'mean'.padEnd(10)}  ${[0, 1, 2].map((c) => cell(mean(rows.map((r) => r[c].recall)), mean(rows.map((r) => r[c].falseAlarmRate)))).join(' ')}`);
  return best;
}
