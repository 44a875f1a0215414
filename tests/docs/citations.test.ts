/**
 * The repository stands alone (issue 12): code and docs cite a regulation article or a section of docs/rules.md,
 * never a document outside the repository, and every "docs/rules.md §N" points at a section that exists.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx|js|md|yml|css|json)$/.test(f) && f !== 'package-lock.json');
const text = (f: string) => readFileSync(join(root, f), 'utf8');

describe('citations', () => {
  it('no file cites the old specification or a path outside the repository', () => {
    const outside = /SPEC §|SPEC\.md|\.\.\/shared\/(SPEC|regulations|TOOLCHAIN|STYLE)|\/work\/shared/;
    const offenders = tracked.filter((f) => f !== 'tests/docs/citations.test.ts' && outside.test(text(f)));
    expect(offenders).toEqual([]);
  });

  it('every "docs/rules.md §N" names a section of docs/rules.md', () => {
    const sections = new Set([...text('docs/rules.md').matchAll(/^## §(\d+)/gm)].map((m) => m[1]));
    expect(sections.size).toBeGreaterThanOrEqual(7);
    const cited = new Set<string>();
    for (const f of tracked) for (const m of text(f).matchAll(/docs\/rules\.md §(\d+)/g)) cited.add(m[1]);
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].filter((n) => !sections.has(n))).toEqual([]);
  });
});
