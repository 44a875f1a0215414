/**
 * No import cycles between backend and shared modules (type-only imports included): a cycle makes module
 * initialisation order matter, and functions/api/routes.ts ↔ functions/stats/routes.ts was one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = join(__dirname, '../..');
const IMPORT = /^(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const p = normalize(join(dirname(from), spec));
  return [`${p}.ts`, join(p, 'index.ts')].find((c) => existsSync(c)) ?? null;
}

/** Every cycle in the graph, each as the list of files from its first to its last (reported once per cycle). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const visit = (node: string, path: string[], done: Set<string>) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = path.slice(at);
        found.set([...cycle].sort().join('|'), cycle);
      } else if (!done.has(next)) {
        done.add(next);
        visit(next, [...path, next], done);
      }
    }
  };
  for (const node of graph.keys()) visit(node, [node], new Set([node]));
  return [...found.values()];
}

describe('import graph of functions/ and shared/', () => {
  it('has no cycle', () => {
    const files = [...sources(join(root, 'functions')), ...sources(join(root, 'shared'))];
    const graph = new Map(files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(IMPORT)].map(([, s]) => resolveImport(f, s)).filter((x): x is string => !!x)]));
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph).map((c) => c.map((f) => relative(root, f)).join(' → '))).toEqual([]);
  });

  it('would report a cycle', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });
});
