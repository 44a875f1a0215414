/**
 * Scores the emergency classifier on a labelled corpus part (`tuning.json`, `heldout.json`). Used by
 * `npm run bench:screening` and by the accuracy tests. Not imported by the mini-program.
 */
import { classifyEmergency, type EmergencyVerdict } from '../emergency/classify';

export interface CorpusGroup {
  kind: string;
  /** Emergency groups: acceptable numbers; with `all`, every one of them is required. */
  numbers?: string[];
  all?: boolean;
  texts: string[];
}

export interface CorpusPart {
  emergency: CorpusGroup[];
  ordinary: CorpusGroup[];
}

export interface Miss {
  kind: string;
  text: string;
  verdict: EmergencyVerdict;
}

export interface Score {
  emergencies: number;
  recalled: number;
  recall: number;
  ordinary: number;
  falseAlarms: number;
  falseAlarmRate: number;
  missed: Miss[];
  alarmed: Miss[];
}

export function rightNumbers(group: CorpusGroup, numbers: readonly string[]): boolean {
  const ok = group.numbers ?? [];
  return group.all ? ok.every((n) => numbers.includes(n)) : ok.includes(numbers[0] ?? '');
}

export function scorePart(part: CorpusPart, classify = classifyEmergency): Score {
  const missed: Miss[] = [];
  const alarmed: Miss[] = [];
  let emergencies = 0;
  let ordinary = 0;
  for (const g of part.emergency) {
    for (const text of g.texts) {
      emergencies += 1;
      const verdict = classify(text);
      if (!verdict.emergency || !rightNumbers(g, verdict.numbers)) missed.push({ kind: g.kind, text, verdict });
    }
  }
  for (const g of part.ordinary) {
    for (const text of g.texts) {
      ordinary += 1;
      const verdict = classify(text);
      if (verdict.emergency) alarmed.push({ kind: g.kind, text, verdict });
    }
  }
  const recalled = emergencies - missed.length;
  return {
    emergencies, recalled, recall: recalled / emergencies,
    ordinary, falseAlarms: alarmed.length, falseAlarmRate: alarmed.length / ordinary,
    missed, alarmed,
  };
}
