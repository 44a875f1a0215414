/**
 * Static checks of the citizen pages' stylesheets (design px at designWidth 750), so 长辈版 (elder mode) and the
 * readability rules cannot silently regress:
 * - body text ≥ 32px everywhere, ≥ 40px in every `.elder` rule;
 * - line-height ≥ 1.3 everywhere (unitless, or px compared with the rule's own font-size);
 * - every tappable class is ≥ 88px tall, and ≥ 104px in elder mode.
 */
import fs from 'fs';
import path from 'path';

const SRC = path.resolve(__dirname, '..');
const FILES = [
  'app.css',
  ...fs.readdirSync(path.join(SRC, 'components')).map((d) => `components/${d}/index.css`),
  ...fs.readdirSync(path.join(SRC, 'pages')).map((d) => `pages/${d}/index.css`),
].filter((f) => fs.existsSync(path.join(SRC, f)));

interface Rule {
  file: string;
  selectors: string[];
  decls: Record<string, string>;
}

function parse(file: string): Rule[] {
  const css = fs.readFileSync(path.join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  for (const chunk of css.split('}')) {
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

const RULES = FILES.flatMap(parse);
const px = (v: string | undefined) => (v && /^\d+(\.\d+)?px$/.test(v) ? parseFloat(v) : null);
const isElder = (sel: string) => sel.startsWith('.elder');

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

/** The class's min-height; in elder mode an `.elder <class>` min-height, when there is one, wins. */
function minHeight(cls: string, elder: boolean): number {
  let base = 0;
  let elderH = 0;
  for (const r of RULES) {
    const h = px(r.decls['min-height']) ?? 0;
    if (r.selectors.includes(cls)) base = Math.max(base, h);
    if (r.selectors.includes(`.elder ${cls}`)) elderH = Math.max(elderH, h);
  }
  return elder && elderH ? elderH : base;
}

it('finds the stylesheets', () => {
  expect(FILES).toEqual(expect.arrayContaining(['app.css', 'pages/submit/index.css', 'pages/matter/index.css', 'components/EmergencyCalls/index.css']));
});

it('body text is ≥ 32px, and ≥ 40px in elder mode', () => {
  const problems: string[] = [];
  for (const r of RULES) {
    const size = px(r.decls['font-size']);
    if (size === null) continue;
    for (const sel of r.selectors) {
      const min = isElder(sel) ? 40 : 32;
      if (size < min) problems.push(`${r.file} ${sel}: font-size ${size}px < ${min}px`);
    }
  }
  expect(problems).toEqual([]);
});

it('line-height is ≥ 1.3 everywhere', () => {
  const problems: string[] = [];
  for (const r of RULES) {
    const lh = r.decls['line-height'];
    if (!lh) continue;
    const unitless = /^\d+(\.\d+)?$/.test(lh) ? parseFloat(lh) : null;
    const lhPx = px(lh);
    const size = px(r.decls['font-size']);
    const ok =
      lh === 'inherit' || (unitless !== null ? unitless >= 1.3 : lhPx !== null && size !== null && lhPx / size >= 1.3);
    if (!ok) problems.push(`${r.file} ${r.selectors.join(', ')}: line-height ${lh}${size ? ` at ${size}px` : ' (no font-size in rule)'}`);
  }
  expect(problems).toEqual([]);
});

it.each(TAPPABLE)('%s is ≥ 88px tall, and ≥ 104px in elder mode', (cls) => {
  expect(minHeight(cls, false)).toBeGreaterThanOrEqual(88);
  expect(minHeight(cls, true)).toBeGreaterThanOrEqual(104);
});
