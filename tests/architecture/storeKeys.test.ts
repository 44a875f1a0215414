/**
 * The store owns every key and index (docs/data-model.md): key shapes and index names are spelled only in
 * functions/store/keys.ts (matters, timelines, queues, due timers, outbox) and functions/stats/keys.ts (counters).
 * Everything else calls their builders (`keys`, `queries`, `statsKeys`, `statsQueries`) or the store's query methods.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');
const KEY_MODULES = new Set(['functions/store/keys.ts', 'functions/stats/keys.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.ts$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [p] : [];
  });
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
/** Key prefixes of the single table and the index attribute names. */
const KEY_SPELLING = /['"`](?:M|E|O|T|SEQ|I|U|S|A|RL|R|OWNER|UNIT|CENTER|DUE|OUTBOX|ST|HS|D)#|['"`](?:UNITS|KB)['"`]|\bgsi\d/g;

export const keySpellings = (text: string): string[] => withoutComments(text).match(KEY_SPELLING) ?? [];

describe('key shapes live in the key modules', () => {
  it('no other backend module spells a key prefix or an index', () => {
    const leaks = sources(join(root, 'functions'))
      .map((f) => relative(root, f).split('\\').join('/'))
      .filter((f) => !KEY_MODULES.has(f))
      .flatMap((f) => keySpellings(readFileSync(join(root, f), 'utf8')).map((k) => `${f}: ${k}`));
    expect(leaks).toEqual([]);
  });

  it('would notice a leak', () => {
    expect(keySpellings("ExpressionAttributeValues: { ':p': `CENTER#${status}` }")).toEqual(['`CENTER#']);
    expect(keySpellings("IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :p'")).toEqual(['gsi3', 'gsi3']);
    expect(keySpellings("ExpressionAttributeValues: { ':p': 'UNITS' }")).toEqual(["'UNITS'"]);
    expect(keySpellings("// the centre queue (gsi4)\nconst key = `${it.category}#${it.district}`;")).toEqual([]);
  });
});
