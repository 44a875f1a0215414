/**
 * Accessibility and layout-stability probes for the browser tests: axe-core injected into the page, a Tab walk that
 * compares the controls a page shows (by role) with the elements the keyboard reaches, and the cumulative layout shift of a fresh load (a PerformanceObserver
 * for `layout-shift`; Lighthouse's own CLS audit errors on Debian's Chromium, see the toolchain notes).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { settled } from './browser';

const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every axe violation on the page as it is shown now (Taro's hidden stack pages are display:none, so not checked). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await ensureAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: any) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()),
    }));
  });
}

/** What the keyboard walk found on the page shown now. */
export interface KeyboardFindings {
  /** How many controls the page shows. */
  controls: number;
  /** Controls Tab never reached (described: tag#test-id role "name"). */
  unreachable: string[];
  /** Controls without a control role or without an accessible name. */
  unannounced: string[];
}

/**
 * Marks every control the page shows now with `data-a11y-n` (and `data-a11y-g`, its composite widget) and describes
 * it. A control is an element whose role — explicit or implicit, as axe computes it (axe.commons.aria.getRole) — is
 * one a user operates (button, link, textbox, checkbox, radio, switch, tab, combobox, option…), a grid row that
 * takes focus, Taro H5's own custom controls (taro-button-core and kin, which render with no role and tabIndex −1),
 * or anything else put in the Tab order (tabindex ≥ 0) that is not a scrollable region. Disabled native controls and
 * hidden ones (the stack's hidden pages, the closed picker sheet) are left out.
 */
const COLLECT = `() => {
  const axe = window.axe;
  try { axe.teardown(); } catch (e) {}
  axe.setup(document);
  const OPERATED = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'tab', 'combobox',
    'slider', 'spinbutton', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'treeitem']);
  const COMPOSITE = '[role="grid"], [role="treegrid"], [role="listbox"], [role="radiogroup"], [role="menu"], [role="menubar"], [role="tablist"], [role="tree"]';
  const TARO = /^TARO-(BUTTON|PICKER|SWITCH|CHECKBOX|RADIO|SLIDER)-CORE$/;
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[aria-hidden="true"], .weui-picker');
  };
  const scrollable = (el) => el.classList.contains('taro_page') || (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY));
  for (const el of document.querySelectorAll('[data-a11y-n]')) { el.removeAttribute('data-a11y-n'); el.removeAttribute('data-a11y-g'); }
  const groups = new Map();
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.matches(':disabled')) continue;
    const v = axe.utils.getNodeFromTree(el);
    let role = null;
    try { role = v ? axe.commons.aria.getRole(v) : null; } catch (e) { role = null; }
    const tabbable = el.hasAttribute('tabindex') && el.tabIndex >= 0;
    const isControl = (role && OPERATED.has(role)) || (role === 'row' && el.hasAttribute('tabindex')) ||
      (TARO.test(el.tagName) && !el.querySelector('button, input, [tabindex="0"]')) || (tabbable && !scrollable(el));
    if (!isControl || !shown(el)) continue;
    // Inside a control that is already counted (a native input inside its Taro wrapper counts as the wrapper's).
    if (el.parentElement && el.parentElement.closest('[data-a11y-n]') && !role) continue;
    const composite = el.closest(COMPOSITE) || (el.type === 'radio' && el.name ? document.querySelector('input[type=radio][name="' + el.name + '"]') : null);
    let g = '';
    if (composite) {
      if (!groups.has(composite)) groups.set(composite, String(groups.size));
      g = groups.get(composite);
    }
    let name = '';
    try { name = v ? axe.commons.text.accessibleTextVirtual(v).trim() : ''; } catch (e) { name = ''; }
    const n = out.length;
    el.setAttribute('data-a11y-n', String(n));
    if (g) el.setAttribute('data-a11y-g', g);
    const id = el.closest('[data-testid]') ? el.closest('[data-testid]').getAttribute('data-testid') : '';
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 16);
    out.push({ n, g, role: role || '', name, desc: el.tagName.toLowerCase() + (id ? '#' + id : '') + ' ' + (role || 'no-role') + ' "' + (name || text) + '"' });
  }
  axe.teardown();
  return out;
}`;

async function ensureAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
}

/**
 * Tabs through the page shown now and checks that every control it shows (collected by role, see COLLECT) takes
 * focus — for a composite widget (grid, radio group, tab list, listbox, menu), that one of its members does, as
 * arrow keys move within it — and that each has a control role and an accessible name.
 */
export async function keyboardAudit(page: Page): Promise<KeyboardFindings> {
  await ensureAxe(page);
  const controls: { n: number; g: string; role: string; name: string; desc: string }[] = await page.evaluate(`(${COLLECT})()`);
  const reached = await tabWalk(page, Math.min(controls.length + 6, 400));
  const reachedGroups = new Set(controls.filter((c) => reached.has(c.n) && c.g).map((c) => c.g));
  const OPERATED = /^(button|link|textbox|searchbox|checkbox|radio|switch|tab|combobox|slider|spinbutton|menuitem|menuitemcheckbox|menuitemradio|option|treeitem|row)$/;
  return {
    controls: controls.length,
    unreachable: controls.filter((c) => !reached.has(c.n) && !(c.g && reachedGroups.has(c.g))).map((c) => c.desc),
    unannounced: controls.filter((c) => !OPERATED.test(c.role) || !c.name).map((c) => c.desc),
  };
}

/**
 * Presses Tab from the top of the page `presses` times (forwards only) and returns the numbers (keyboardAudit) of
 * the controls that took focus.
 */
async function tabWalk(page: Page, presses: number): Promise<Set<number>> {
  // Start where a keyboard user starts: on the page's scroller (CitizenPage makes it focusable), or the body.
  await page.evaluate(() => {
    const scroller = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((p) => p.getBoundingClientRect().height > 0);
    if (scroller && scroller.tabIndex >= 0) scroller.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  });
  const reached = new Set<number>();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const n = await page.evaluate(() => document.activeElement?.closest('[data-a11y-n]')?.getAttribute('data-a11y-n') ?? null);
    if (n !== null) reached.add(Number(n));
  }
  return reached;
}

/** Starts summing layout shifts (without recent input) from the first paint of every document in the context. */
export async function recordLayoutShifts(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        const src = (e.sources ?? []).map((s: any) => (s.node?.className ?? s.node?.nodeName ?? '?').toString().slice(0, 40));
        w.__shifts.push(`${e.value.toFixed(4)} @${Math.round(e.startTime)}ms ${src.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift of this document so far, with its sources (for the failure message). */
export async function layoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls ?? 0, shifts: w.__shifts ?? [] };
  });
}

/** What an audit found, by page. */
export interface Findings {
  /** `page: rule (impact) help — targets` for every axe violation. */
  axe: string[];
  /** `page: control` for every control Tab did not reach. */
  unreachable: string[];
  /** `page: control` for every control without a role or an accessible name. */
  unannounced: string[];
  /** `page: CLS … (sources)` for every page over the limit. */
  shifts: string[];
  /** `page CLS` for every fresh load (printed, for the record). */
  measured: string[];
  /** `page N` controls found and reached on each page (printed, for the record). */
  controls: string[];
}

export const noFindings = (): Findings => ({ axe: [], unreachable: [], unannounced: [], shifts: [], measured: [], controls: [] });

/** Everything the page shows has arrived and stopped moving (no request in flight, no animation running). */
export async function quiet(page: Page): Promise<void> {
  // Patient: a fresh load on a 4 × slowed CPU of a machine busy with other builds can take well over 20 s.
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  await settled(page);
}

/** axe and (unless `keyboard` is false) the keyboard audit on the page as shown now, into `found`. */
export async function auditPage(page: Page, name: string, found: Findings, keyboard = true): Promise<void> {
  await quiet(page);
  for (const v of await axeViolations(page)) found.axe.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
  if (!keyboard) return;
  const k = await keyboardAudit(page);
  if (k.controls === 0) found.unreachable.push(`${name}: no control found on the page`);
  found.controls.push(`${name} ${k.controls}`);
  found.unreachable.push(...k.unreachable.map((c) => `${name}: ${c}`));
  found.unannounced.push(...k.unannounced.map((c) => `${name}: ${c}`));
}

/** Prints the layout shifts measured and fails with every finding at once. */
export function expectClean(found: Findings): void {
  if (found.measured.length) console.log(`layout shift of fresh loads: ${found.measured.join(', ')}`);
  if (found.controls.length) console.log(`controls reached by Tab: ${found.controls.join(', ')}`);
  const { measured: _measured, controls: _controls, ...rest } = found;
  expect(rest).toEqual({ axe: [], unreachable: [], unannounced: [], shifts: [] });
}
