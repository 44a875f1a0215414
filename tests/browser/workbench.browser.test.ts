/**
 * Browser test of the staff workbench's desktop layout (issue 18): the H5 build in Debian's Chromium against the
 * run's browser stack (support/stack.ts: DynamoDB Local, serverless-offline, demo seed).
 *
 *   1366 × 768  the queue is a table with ≥ 25 rows in view, filters in a side panel, sortable columns, the
 *               selected matter beside it; a matter is dispatched from the queue with ≤ 4 keystrokes/clicks;
 *               the reply under review is shown beside the review decision; favicon and page title
 *   1920 × 1080 the same layout, wider
 *   390 × 844   the phone layout (cards) stays
 *
 * Screenshots go to test-artifacts/screenshots/workbench-*.png. Iterating: set HOTLINE_BROWSER_API_URL and
 * HOTLINE_BROWSER_H5_URL to a running stack (support/stack.ts) to skip the build.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { api, launchChromium, openWindow, PHONE, SCREENSHOT_DIR, shot, staffToken, tid, typeInto } from './support/browser';
import { START_TIMEOUT_MS, startBrowserStack, stopBrowserStack, type BrowserStack } from './support/stack';

const STEP_TIMEOUT_MS = 120_000;
const UI_MS = 20_000;

const CENTER = { username: 'center1', password: 'center-demo-2026' };
const UNIT = { username: 'thcity', password: 'unit-demo-2026' };
const DESK = (width: number, height: number) => ({
  viewport: { width, height },
  deviceScaleFactor: 1,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});

/** How many matters the queue holds for the density check (the backend pages by 50). */
const MATTERS = 32;

describe('staff workbench, desktop layout (browser)', () => {
  let stack: BrowserStack | undefined;
  let browser: Browser | undefined;
  let apiUrl = '';
  let h5Url = '';
  let centreToken = '';
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack('workbench');
    ({ apiUrl, h5Url } = stack);
    centreToken = await staffToken(apiUrl, CENTER.username, CENTER.password);
    // Telephone matters registered by the centre land in 待转派 (received), a few at a time to spare the CPU.
    for (let i = 0; i < MATTERS; i += 4) {
      await Promise.all(
        [0, 1, 2, 3].map(async (k) => {
          const n = i + k;
          const r = await api(apiUrl, 'POST', '/v1/work/matters', {
            token: centreToken,
            body: {
              channel: 'phone',
              callerPhone: `1390000${String(1000 + n).slice(-4)}`,
              category: n % 3 ? 'complaint' : 'help',
              content: `工作台测试第${n + 1}件：天河路${100 + n}号附近夜间施工噪音扰民，请相关部门尽快处理。`,
              district: '天河区',
              confidential: false,
            },
          });
          if (r.status !== 201) throw new Error(`register ${n}: ${r.status} ${JSON.stringify(r.body)}`);
        }),
      );
    }
    browser = await launchChromium();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    if (problems.length) console.warn(`workbench browser test: browser errors seen:\n${problems.join('\n')}`);
    await stopBrowserStack(browser, stack);
  }, 60_000);

  const h5 = (path: string) => `${h5Url}/#${path}`;

  async function newPage(options: object, name: string): Promise<Page> {
    const page = await openWindow(browser!, options, { timeoutMs: UI_MS });
    page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() === 404 && !r.url().startsWith(apiUrl)) problems.push(`${name}: 404 ${r.url()}`);
    });
    return page;
  }

  async function signIn(page: Page) {
    await page.goto(h5('/staff/pages/login/index'));
    await typeInto(tid(page, 'staff-username'), CENTER.username);
    await typeInto(tid(page, 'staff-password'), CENTER.password);
    await tid(page, 'staff-login-submit').click();
    await page.waitForURL(/staff\/pages\/queue/);
  }

  /** Rows of the table entirely inside the window. */
  function rowsInView(page: Page): Promise<number> {
    return page.evaluate(() => {
      const h = window.innerHeight;
      return [...document.querySelectorAll<HTMLElement>('[data-testid="queue-table"] [role="row"][data-row-id]')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.height > 0 && b.top >= 0 && b.bottom <= h;
      }).length;
    });
  }

  it(
    '1366 × 768: a dense table with the matter beside it; dispatch from the keyboard in at most 4 steps',
    async () => {
      const page = await newPage(DESK(1366, 768), 'centre-1366');
      await signIn(page);
      await tid(page, 'queue-table').waitFor();
      await page.locator('[data-row-id]').nth(MATTERS - 1).waitFor();

      // Page title and favicon (no /favicon.ico 404: the page names its icon).
      expect(await page.title()).toContain('工作队列');
      expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);

      // Density: at least 25 rows in view, filters in the side panel, the matter pane beside the table.
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(25);
      await tid(page, 'queue-filters').waitFor();
      await tid(page, 'matter-tracking').waitFor();
      const firstNo = (await page.locator('[data-row-id]').first().locator('[role="gridcell"]').first().innerText()).trim();
      expect((await tid(page, 'matter-tracking').innerText()).trim()).toBe(firstNo);
      await shot(page, 'workbench-1366-queue');

      // Sorting: by number (ascending, then descending), then back to urgency.
      // Each click is read once the number column says how it is sorted (the rows re-render with it).
      const sortedBy = (dir: string) => page.locator(`[role="columnheader"][aria-sort="${dir}"]`).filter({ has: tid(page, 'sort-trackingNo') }).waitFor();
      await tid(page, 'sort-trackingNo').click();
      await sortedBy('ascending');
      const numbers = async () =>
        page.$$eval('[data-row-id]', (rows) => rows.map((r) => (r.querySelector('[role="gridcell"]') as HTMLElement).innerText.trim()));
      const asc = await numbers();
      expect(asc).toEqual([...asc].sort());
      await expect(page.locator('[role="columnheader"][aria-sort="ascending"]').count()).resolves.toBe(1);
      await tid(page, 'sort-trackingNo').click();
      await sortedBy('descending');
      const desc = await numbers();
      expect(desc).toEqual([...asc].reverse());
      await tid(page, 'sort-urgency').click();

      // Shortcut help: visible strip, ? opens the full list, Esc closes it.
      await tid(page, 'shortcut-help').waitFor();
      await page.locator('body').focus();
      await page.keyboard.press('?');
      await tid(page, 'shortcut-dialog').waitFor();
      await page.keyboard.press('Escape');
      await tid(page, 'shortcut-dialog').waitFor({ state: 'detached' });

      // J moves the selection and the pane follows.
      await page.keyboard.press('j');
      const second = page.locator('[data-row-id]').nth(1);
      await page.waitForFunction(() => document.querySelectorAll('[data-row-id][aria-selected="true"]').length === 1);
      expect(await second.getAttribute('aria-selected')).toBe('true');
      const secondNo = (await second.locator('[role="gridcell"]').first().innerText()).trim();
      await tid(page, 'matter-tracking').filter({ hasText: secondNo }).waitFor();
      await page.keyboard.press('k');
      await tid(page, 'matter-tracking').filter({ hasText: firstNo }).waitFor();

      // ---- from the queue to a dispatched matter, every keystroke and click counted ----
      const firstId = await page.locator('[data-row-id]').first().getAttribute('data-row-id');
      let steps = 0;
      const press = async (key: string) => {
        steps++;
        await page.keyboard.press(key);
      };
      /** One IME commit of Chinese text (what an operator's input method sends when a word is chosen). */
      const commit = async (text: string) => {
        steps++;
        await page.keyboard.insertText(text);
      };
      await press('d');
      await tid(page, 'field-leadUnitId-search').waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('[data-testid="field-leadUnitId-search"]') !== null);
      await commit('天河区城市');
      await tid(page, 'field-leadUnitId-highlighted').filter({ hasText: '天河区城市管理和综合执法局' }).waitFor();
      await press('Enter');
      await tid(page, 'action-confirm-text').filter({ hasText: '天河区城市管理和综合执法局' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'action-form-submit');
      await shot(page, 'workbench-1366-dispatch-form');
      await press('Enter');
      await tid(page, 'queue-done').filter({ hasText: '已转派' }).waitFor();
      expect(steps).toBeLessThanOrEqual(4);

      const after = await api(apiUrl, 'GET', `/v1/matters/${firstId}`, { token: centreToken });
      expect(after.body.status).toBe('dispatched');
      expect(after.body.leadUnit?.id).toBe('th-city');
      // One success message: the status line beside the table; no toast, no second notice in the pane.
      expect(await page.locator('.taro__toast').filter({ visible: true }).count()).toBe(0);
      expect(await page.locator('[data-testid="matter-notice"]').count()).toBe(0);
      // The dispatched matter left 待转派; the selection kept its place (the next matter is now first).
      await page.waitForFunction((id) => !document.querySelector(`[data-row-id="${id}"]`), firstId);
      await shot(page, 'workbench-1366-after-dispatch');
      await page.keyboard.press('j');
      await page.waitForFunction(() => document.querySelectorAll('[data-row-id][aria-selected="true"]').length === 1);

      // Every control in the workbench is focusable and has a role (Taro's H5 Button has neither by itself).
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.sq-desk [role="button"], .sq-desk [role="tab"], .sq-desk [role="radio"]')]
          .filter((e) => e.tabIndex < 0)
          .map((e) => e.textContent),
      );
      expect(unreachable).toEqual([]);
      await page.context().close();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    '1366 × 768: the reply under review is shown beside the review decision',
    async () => {
      // A matter replied by the unit, through the API.
      const list = await api(apiUrl, 'GET', '/v1/work/matters?status=received', { token: centreToken });
      const m = list.body.items[0];
      const dispatched = await api(apiUrl, 'POST', `/v1/matters/${m.id}/dispatch`, { token: centreToken, body: { leadUnitId: 'th-city' } });
      expect(dispatched.status).toBe(200);
      const unitToken = await staffToken(apiUrl, UNIT.username, UNIT.password);
      expect((await api(apiUrl, 'POST', `/v1/matters/${m.id}/accept`, { token: unitToken, body: {} })).status).toBe(200);
      const replied = await api(apiUrl, 'POST', `/v1/matters/${m.id}/reply`, {
        token: unitToken,
        body: { process: '已到现场核查，施工单位已停止夜间作业。', result: '噪音问题已解决，已告知诉求人。', handledAt: new Date().toISOString(), contactedRequestor: true },
      });
      expect(replied.status).toBe(200);

      const page = await newPage(DESK(1366, 768), 'centre-review');
      await signIn(page);
      await tid(page, 'queue-tab-reply_review').click();
      await page.locator(`[data-row-id="${m.id}"]`).click();
      await tid(page, 'action-reply-review').click();
      await tid(page, 'review-reply').filter({ hasText: '噪音问题已解决' }).waitFor();
      await tid(page, 'field-decision').waitFor();
      // Both in view at once, the reply above the decision inside the pane (nothing laid over it).
      const reply = (await tid(page, 'review-reply').boundingBox())!;
      const decision = (await tid(page, 'field-decision').boundingBox())!;
      expect(reply.y + reply.height).toBeLessThanOrEqual(decision.y);
      await shot(page, 'workbench-1366-review');
      await page.context().close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'dashboard on a desktop: a grid with headline tiles in one row, a chart, CSV export',
    async () => {
      const page = await newPage(DESK(1366, 768), 'centre-dashboard');
      await signIn(page);
      await tid(page, 'queue-stats').click();
      await page.waitForURL(/staff\/pages\/dashboard/);
      await tid(page, 'dash-content').waitFor();
      expect(await page.title()).toContain('数据统计');
      // Headline tiles in one row: every tile's top edge at the same height.
      const tops = await page.$$eval('[data-testid="dash-headline"] > *', (cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(5);
      expect(new Set(tops).size).toBe(1);
      await tid(page, 'dash-chart-img').waitFor();
      expect(await tid(page, 'dash-chart-img').getAttribute('aria-label')).toContain('走势图');
      // A month by week, not one row per day.
      await tid(page, 'dash-preset-lastMonth').click();
      await tid(page, 'dash-range').filter({ hasText: '按周' }).waitFor();
      // Last month may hold no matters at all, depending on the day the suite runs (the seed is dated today): the
      // figures or the empty state, whichever the data gives, and the export either way.
      await page.locator('[data-testid="dash-content"], [data-testid="dash-empty"]').first().waitFor();
      expect(await tid(page, 'dash-range').innerText()).toContain('按周');
      const [download] = await Promise.all([page.waitForEvent('download'), tid(page, 'dash-export-kpis').click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const { readFileSync } = await import('node:fs');
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('周期');
      await tid(page, 'dash-export-message').filter({ hasText: '已下载' }).waitFor();
      await shot(page, 'workbench-1366-dashboard');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await shot(page, 'workbench-1920-dashboard');
      await page.context().close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    '1920 × 1080 keeps the desktop layout; 390 × 844 keeps the phone cards',
    async () => {
      const wide = await newPage(DESK(1920, 1080), 'centre-1920');
      await signIn(wide);
      await tid(wide, 'queue-table').waitFor();
      await tid(wide, 'matter-tracking').waitFor();
      expect(await rowsInView(wide)).toBeGreaterThanOrEqual(25);
      await shot(wide, 'workbench-1920-queue');
      await wide.context().close();

      const phone = await newPage(PHONE, 'centre-390');
      await signIn(phone);
      await tid(phone, 'queue-list').waitFor();
      expect(await phone.locator('[data-testid="queue-table"]').count()).toBe(0);
      // The first screen only (the whole list is a very tall picture).
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await phone.screenshot({ path: join(SCREENSHOT_DIR, 'workbench-390-queue.png') });
      await phone.context().close();
    },
    STEP_TIMEOUT_MS,
  );
});
