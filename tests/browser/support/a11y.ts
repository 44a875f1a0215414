/**
 * Accessibility and layout-stability probes for the browser tests: axe-core injected into the page, a Tab walk that
 * records every element the keyboard reaches, and the cumulative layout shift of a fresh load (a PerformanceObserver
 * for `layout-shift`; Lighthouse's own CLS audit errors on Debian's Chromium, see the toolchain notes).
 */
import type { BrowserContext, Page } from 'playwright-core';

const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every axe violation on the page as it is shown now (Taro's hidden stack pages are display:none, so not checked). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
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

/** A short description of the element, for messages: tag, test id, role, text. */
const DESCRIBE = `(el) => {
  const id = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
  const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 20);
  return el.tagName.toLowerCase() + (id ? '#' + id : '') + (text ? ' ' + text : '');
}`;

/**
 * The controls a citizen can operate on the page shown now — native buttons, inputs, textareas, links, anything
 * with a control role, and Taro H5's own custom elements (which render unfocusable) — visible ones only. Each is
 * marked `data-a11y-n` so a Tab walk can say which it reached; returns their descriptions by number.
 */
export async function markControls(page: Page): Promise<string[]> {
  return page.evaluate((describe) => {
    const d = eval(describe) as (el: Element) => string;
    const sel = 'button, input, textarea, select, a[href], [role="button"], [role="link"], [role="switch"], [role="checkbox"], taro-button-core, taro-picker-core';
    const shown = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of document.querySelectorAll('[data-a11y-n]')) el.removeAttribute('data-a11y-n');
    const controls = [...document.querySelectorAll<HTMLElement>(sel)]
      // A picker host wrapping its own focusable trigger counts as that trigger.
      .filter((el) => !(el.tagName === 'TARO-PICKER-CORE' && el.querySelector('button, [tabindex="0"]')))
      .filter((el) => shown(el) && !el.closest('.weui-picker'));
    controls.forEach((el, i) => el.setAttribute('data-a11y-n', String(i)));
    return controls.map((el) => d(el));
  }, DESCRIBE);
}

/**
 * Presses Tab from the top of the page `presses` times (Shift-free: forwards only) and returns the numbers (markControls) of the controls
 * that took focus.
 */
export async function tabWalk(page: Page, presses: number): Promise<Set<number>> {
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
