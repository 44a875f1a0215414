/**
 * Static checks of the citizen pages' stylesheets (design px at designWidth 750), so 长辈版 (elder mode) and the
 * readability rules cannot silently regress. Sizes are read through the design tokens (styles/tokens.css), once
 * with the standard values and once with the `.elder` overrides:
 * - body text ≥ 32px everywhere, ≥ 40px in 长辈版;
 * - line-height ≥ 1.3 everywhere (unitless, or px compared with the rule's own font-size);
 * - every tappable class is ≥ 88px tall, and ≥ 104px in 长辈版;
 * - 长辈版 is token overrides only (no `.elder` rule outside tokens.css) and the brand colour is a token.
 */
import fs from 'fs';
import path from 'path';
import { BRAND_COLOR } from '../styles/brand';

const SRC = path.resolve(__dirname, '..');
const FILES = [
  'app.css',
  ...['fields', 'buttons', 'notices'].map((f) => `styles/${f}.css`),
  ...fs.readdirSync(path.join(SRC, 'components')).map((d) => `components/${d}/index.css`),
  ...fs.readdirSync(path.join(SRC, 'pages')).map((d) => `pages/${d}/index.css`),
].filter((f) => fs.existsSync(path.join(SRC, f)));

interface Rule {
  file: string;
  selectors: string[];
  decls: Record<string, string>;
}

function parseCss(file: string, css: string): Rule[] {
  const rules: Rule[] = [];
  for (const chunk of css.replace(/\/\*[\s\S]*?\*\//g, '').split('}')) {
    const i = chunk.indexOf('{');
    if (i < 0) continue;
    const selectors = chunk
      .slice(0, i)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const decls: Record<string, string> = {};
    for (const d of chunk.slice(i + 1).split(';')) {
      const j = d.indexOf(':');
      if (j > 0) decls[d.slice(0, j).trim()] = d.slice(j + 1).trim();
    }
    rules.push({ file, selectors, decls });
  }
  return rules;
}

const read = (file: string) => fs.readFileSync(path.join(SRC, file), 'utf8');
const RULES = FILES.flatMap((f) => parseCss(f, read(f)));

const TOKEN_RULES = parseCss('styles/tokens.css', read('styles/tokens.css'));
const tokensOf = (selector: string) =>
  Object.fromEntries(
    TOKEN_RULES.filter((r) => r.selectors.includes(selector))
      .flatMap((r) => Object.entries(r.decls))
      .filter(([k]) => k.startsWith('--')),
  );
const STANDARD: Record<string, string> = tokensOf('.taro_page');
const ELDER: Record<string, string> = { ...STANDARD, ...tokensOf('.elder') };
type Mode = 'standard' | 'elder';
const MODES: Mode[] = ['standard', 'elder'];

/** A value with its `var(--token)`s replaced by the mode's token values. */
const resolve = (v: string | undefined, mode: Mode): string | undefined =>
  v?.replace(/var\((--[\w-]+)\)/g, (_, name: string) => (mode === 'elder' ? ELDER : STANDARD)[name] ?? `unknown ${name}`);
const px = (v: string | undefined) => (v && /^\d+(\.\d+)?px$/.test(v) ? parseFloat(v) : null);

/** Classes people tap. */
const TAPPABLE = [
  '.btn',
  '.btn--link',
  '.btn--call',
  '.entry',
  '.health__retry',
  '.home__call-button',
  '.home__staff-link',
  '.emergency__button',
  '.category-picker__option',
  '.rating-form__choice',
  '.matter-row',
  '.field__input',
];

/** The class's min-height in a mode (the largest of its rules). */
function minHeight(cls: string, mode: Mode): number {
  let h = 0;
  for (const r of RULES) if (r.selectors.includes(cls)) h = Math.max(h, px(resolve(r.decls['min-height'], mode)) ?? 0);
  return h;
}

it('finds the stylesheets and the tokens', () => {
  expect(FILES).toEqual(expect.arrayContaining(['app.css', 'styles/fields.css', 'styles/buttons.css', 'pages/submit/index.css', 'pages/matter/index.css', 'components/EmergencyCalls/index.css']));
  expect(STANDARD['--font-body']).toBe('32px');
  expect(ELDER['--font-body']).toBe('40px');
});

it.each(MODES)('body text is ≥ 32px, and ≥ 40px in 长辈版 (%s)', (mode) => {
  const min = mode === 'elder' ? 40 : 32;
  const problems: string[] = [];
  for (const r of RULES) {
    // `page` and Taro's `button` element sit outside the page root that carries `.elder`.
    if (r.selectors.every((s) => s === 'page' || s === 'button')) continue;
    const raw = r.decls['font-size'];
    if (!raw || raw === 'inherit') continue;
    const size = px(resolve(raw, mode));
    if (size === null || size < min) problems.push(`${r.file} ${r.selectors.join(', ')}: font-size ${raw} → ${resolve(raw, mode)} < ${min}px`);
  }
  expect(problems).toEqual([]);
});

it.each(MODES)('line-height is ≥ 1.3 everywhere (%s)', (mode) => {
  const problems: string[] = [];
  for (const r of RULES) {
    const lh = resolve(r.decls['line-height'], mode);
    if (!lh) continue;
    const unitless = /^\d+(\.\d+)?$/.test(lh) ? parseFloat(lh) : null;
    const lhPx = px(lh);
    const size = px(resolve(r.decls['font-size'], mode));
    const ok =
      lh === 'inherit' || (unitless !== null ? unitless >= 1.3 : lhPx !== null && size !== null && lhPx / size >= 1.3);
    if (!ok) problems.push(`${r.file} ${r.selectors.join(', ')}: line-height ${lh}${size ? ` at ${size}px` : ' (no font-size in rule)'}`);
  }
  expect(problems).toEqual([]);
});

it.each(TAPPABLE)('%s is ≥ 88px tall, and ≥ 104px in 长辈版', (cls) => {
  expect(minHeight(cls, 'standard')).toBeGreaterThanOrEqual(88);
  expect(minHeight(cls, 'elder')).toBeGreaterThanOrEqual(104);
});

it('长辈版 is a set of token overrides: no `.elder` rule in the citizen stylesheets', () => {
  const elderRules = RULES.filter((r) => r.selectors.some((s) => /(^|\s)\.elder\b/.test(s))).map((r) => `${r.file} ${r.selectors.join(', ')}`);
  expect(elderRules).toEqual([]);
});

it('the brand colour is a token, not a literal, in the citizen stylesheets', () => {
  const brand = STANDARD['--color-brand'].toLowerCase();
  const literal = FILES.filter((f) => read(f).toLowerCase().includes(brand));
  expect(literal).toEqual([]);
  expect(BRAND_COLOR.toLowerCase()).toBe(brand);
});
