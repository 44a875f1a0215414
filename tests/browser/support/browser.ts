/**
 * Helpers for the browser end-to-end tests: Debian's Chromium through playwright-core, locators that only see the
 * page Taro is showing, Taro H5 form controls, full-page screenshots, and a small API client for the fallbacks.
 *
 * Taro H5 keeps earlier pages of the stack in the DOM (hidden), so the same data-testid can exist several times:
 * `tid()` matches visible elements only. Pages scroll inside `.taro_page`, not the document, so a plain full-page
 * screenshot would stop at the viewport: `shot()` grows the viewport to the page's height for the picture.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: browser tests need Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A phone (citizen) and a desktop (staff) window. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
/**
 * A desktop window just under the workbench's desktop breakpoint (1200 px, staff/hooks/useDesktop): staff pages keep
 * their one-column layout with a matter as its own page. The journey walks that flow; the split-pane desktop
 * workbench has its own test (workbench.browser.test.ts).
 */
export const NARROW_DESKTOP = { ...DESKTOP, viewport: { width: 1180, height: 800 } };

/**
 * A new window of its own (cookies, storage) with the tests' wait for every locator: a PHONE, DESKTOP or any other
 * viewport. `prepare` runs on the context before the page opens (e.g. scripts that must be in place at first paint).
 */
export async function openWindow(
  browser: Browser,
  options: BrowserContextOptions,
  { timeoutMs = 20_000, prepare }: { timeoutMs?: number; prepare?: (ctx: BrowserContext) => Promise<void> } = {},
): Promise<Page> {
  const ctx = await browser.newContext(options);
  ctx.setDefaultTimeout(timeoutMs);
  if (prepare) await prepare(ctx);
  return ctx.newPage();
}

/** Visible elements with this data-testid (the page Taro shows, not the hidden ones below it in the stack). */
export function tid(page: Page, id: string): Locator {
  return page.locator(`[data-testid="${id}"]`).filter({ visible: true });
}

/** Waits until the element shows this text (pages re-render after a reload, so reading once would race). */
export async function shows(el: Locator, text: string | RegExp): Promise<void> {
  await el.filter({ hasText: text }).first().waitFor();
}

/** Type into a Taro H5 Input / Textarea (web components wrapping a native <input>/<textarea>). */
export async function typeInto(field: Locator, text: string): Promise<void> {
  const inner = field.locator('input, textarea').first();
  await inner.fill(text);
}

/** The hash route of the page (`/pages/matter/index?id=…`). */
export function route(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#/, ''));
}

/**
 * Taro H5 Picker (mode selector): open it, tap the option, confirm. The picker column selects by tap position
 * (options visible within the 7-row window only), so this checks the chosen value and falls back to dragging.
 */
export async function pickOption(page: Page, picker: Locator, option: string): Promise<void> {
  await picker.click();
  // Taro moves the picker's overlay to <body> when it opens; the sheet is `.weui-picker`.
  const sheet = page.locator('.weui-picker').filter({ visible: true });
  await sheet.waitFor({ state: 'visible' });
  await settled(page); // slide-up animation
  // The column listens on its host; its gradient mask lies over the items, so the tap lands on the mask.
  await sheet.locator('.weui-picker__item', { hasText: option }).first().click({ force: true });
  await settled(page); // the column's transition
  await sheet.locator('.weui-picker__action', { hasText: '确定' }).click();
  await sheet.waitFor({ state: 'hidden' });
  const chosen = (await picker.innerText()).trim();
  if (!chosen.includes(option)) throw new Error(`picker shows "${chosen}" after choosing "${option}"`);
}

/**
 * Waits for a state, not a time: every CSS animation and transition running in the page has finished (or been
 * cancelled), then two animation frames have been drawn. Infinite animations (spinners) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    await frames(); // a transition started by the last input begins at the next style recalculation
    for (let round = 0; round < 5; round++) {
      const running = document.getAnimations().filter((a) => {
        const timing = a.effect?.getComputedTiming();
        return a.playState === 'running' && timing?.iterations !== Infinity;
      });
      if (!running.length) break;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
    await frames();
  });
}

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');

/** Full-page screenshot of the page Taro shows; returns the file path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  const viewport = page.viewportSize();
  // Let page transitions and toasts finish so the picture shows the page, not the animation over it.
  await settled(page);
  await page.locator('.taro__toast').filter({ visible: true }).waitFor({ state: 'hidden', timeout: 4_000 }).catch(() => undefined);
  const height = await page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => p.offsetParent !== null || getComputedStyle(p).display !== 'none');
    const current = shown[shown.length - 1];
    return Math.max(current?.scrollHeight ?? 0, document.documentElement.scrollHeight);
  });
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, 12_000) });
    await settled(page);
  }
  try {
    await page.screenshot({ path, animations: 'disabled' });
  } finally {
    if (viewport && height > viewport.height) await page.setViewportSize(viewport);
  }
  return path;
}

// ---- API, for set-up and for steps the UI cannot do -------------------------------------------------------------

export interface ApiReply<T = any> {
  status: number;
  body: T;
}

export async function api<T = any>(
  base: string,
  method: string,
  path: string,
  o: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiReply<T>> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.headers ?? {}),
    },
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export async function staffToken(base: string, username: string, password: string): Promise<string> {
  const r = await api(base, 'POST', '/v1/auth/staff', { body: { username, password } });
  if (r.status !== 200) throw new Error(`staff sign-in ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}

/** `YYYY-MM-DD HH:mm` in Shanghai, the staff reply form's handled-time format. */
export function shanghaiMinute(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
