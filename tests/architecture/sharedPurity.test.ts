/**
 * shared/ is the domain both sides run: the Lambda functions and the mini-program (WeChat and H5). It must stay pure:
 * no Node built-in module, no process environment, no HTTP status codes. Configuration and the file system belong to
 * functions/lib/config.ts; the error → HTTP status map to functions/lib/http.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Problems of one source text: built-in imports, environment reads, HTTP status maps. */
export function impurities(text: string): string[] {
  const found: string[] = [];
  for (const [, spec] of text.matchAll(IMPORT)) if (BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) found.push(`imports ${spec}`);
  if (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(text)) found.push('reads process.env');
  if (/\bNodeJS\./.test(text)) found.push('uses Node types (NodeJS.*)');
  // An HTTP status map: two or more `NAME: 4xx/5xx` entries, or a status / statusCode set to one.
  if ((text.match(/\b[A-Za-z_]+\s*:\s*[45]\d\d\b/g) ?? []).length >= 2) found.push('maps names to HTTP statuses');
  if (/\bstatus(?:Code)?\s*[:=]\s*[1-5]\d\d\b/.test(text)) found.push('sets an HTTP status');
  return found;
}

describe('shared/ is pure', () => {
  const files = sources(join(root, 'shared'));

  it('finds the shared sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports no Node built-in, reads no environment and knows no HTTP status', () => {
    const problems = files.flatMap((f) => impurities(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('would notice each kind of impurity', () => {
    expect(impurities("import { readFileSync } from 'fs';")).toEqual(['imports fs']);
    expect(impurities("import { createHash } from 'node:crypto';")).toEqual(['imports node:crypto']);
    expect(impurities("const { resolve } = require('path/posix');")).toEqual(['imports path/posix']);
    expect(impurities('const p = process.env.HOTLINE_POLICY;')).toEqual(['reads process.env']);
    expect(impurities('export const ERROR_STATUS = { NOT_FOUND: 404, INTERNAL: 500 };')).toEqual(['maps names to HTTP statuses']);
    expect(impurities('return { status: 409, body };')).toEqual(['sets an HTTP status']);
    expect(impurities("import { z } from 'zod';\nconst limit = { maxLength: 500 };")).toEqual([]);
  });
});
