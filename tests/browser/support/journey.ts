/**
 * What the browser journey (tests/browser/journey.browser.test.ts) shares between its steps: the demo accounts and
 * the citizen's matter, the World (browser, one page per person, problems seen), and the steps' building blocks —
 * sign in, open from the queue, one staff action through the workbench, the citizen's rating — written once so
 * that each step of the journey reads as what a person does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pickOption, route, shanghaiMinute, shot, tid, typeInto } from './browser';

export const STEP_TIMEOUT_MS = 120_000;
/** Waits for one UI state: page transitions (~300 ms) and a cold Lambda under serverless-offline (1–3 s). */
export const UI_MS = 20_000;

export const CENTER = { username: 'center1', password: 'center-demo-2026' };
export const UNIT = { username: 'thcity', password: 'unit-demo-2026', unitId: 'th-city', unitName: '天河区城市管理和综合执法局' };

export const CONTENT = '天河区林和西路88号门口的路灯已经坏了两个星期，晚上路面很黑，老人出门很不方便，希望尽快修好。';
export const PHONE_NO = '13800138123';


/** A 24×24 PNG (a grey square) for the photo upload. */
export const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAHUlEQVR4nGNooBJgGDVo1KBRg0YNGjVo1KCBNwgANBtgLniNUT0AAAAASUVORK5CYII=',
  'base64',
);

/**
 * How many images inside the (visible) element with this test id loaded with real pixels, once `expected` images
 * with a source are there and each has finished (loaded or failed): Taro's H5 Image renders its <img> after the
 * thumbnail appears, so counting at once could see none.
 */
export async function loadedImages(page: Page, testId: string, expected: number): Promise<number> {
  const result = await page.waitForFunction(
    ([id, n]) => {
      const root = [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].find((e) => e.offsetParent !== null);
      const imgs = [...(root?.querySelectorAll('img') ?? [])].filter((img) => img.getAttribute('src'));
      if (imgs.length < n || imgs.some((img) => !img.complete)) return false;
      return { loaded: imgs.filter((img) => img.naturalWidth > 0).length };
    },
    [testId, expected] as const,
  );
  return ((await result.jsonValue()) as { loaded: number }).loaded;
}

export const TIMELINE_LABELS = ['提交诉求', '转派承办单位', '承办单位签收', '延期办理', '承办单位答复', '办理结果审核通过', '评价', '不满意，重新办理', '办结'];

/** Processes whose command line mentions `needle` (Linux /proc). */
export function processesMentioning(needle: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(needle)) found.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

/** Child processes of this process whose command line mentions `needle` (the Chromium playwright launched). */
export function childrenMentioning(needle: string): number[] {
  return processesMentioning(needle).filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid;
    } catch {
      return false;
    }
  });
}

/** Everything the browser steps share. */
export interface World {
  apiUrl: string;
  h5Url: string;
  browser: Browser;
  citizen: Page;
  centre: Page;
  unit: Page;
  contexts: BrowserContext[];
  /** Browser console errors and failed requests, per page. */
  problems: string[];
  shots: number;
  /** The Chromium browser process(es) this test launched. */
  chromiumPids: number[];
  chromiumProfiles: string[];
}


/** The journey's building blocks over the World `world()` returns (created in the test's beforeAll). */
export function journeySteps(world: () => World | undefined, matter: { id: string; trackingNo: string }) {
  /** One numbered screenshot per page state visited. */
  const snap = async (page: Page, name: string) => {
    world()!.shots += 1;
    await shot(page, `${String(world()!.shots).padStart(2, '0')}-${name}`);
  };

  const watch = (page: Page, who: string) => {
    const add = (what: string) => world()?.problems.push(`[${expect.getState().currentTestName ?? 'setup'}] ${who} ${route(page)}: ${what.split('\n')[0]}`);
    page.on('pageerror', (e) => add(`page error ${e.message}`));
    // The API's 4xx answers are part of the flows (a claim with wrong digits is a 404 by design) and the page shows
    // them; Chromium still logs each as "Failed to load resource". Missing files (404 outside the API) and any 5xx count.
    const apiAnswer = (url: string) => !!world() && url.startsWith(world()!.apiUrl);
    page.on('console', (m) => {
      if (m.type() !== 'error' || /favicon/.test(m.location().url)) return;
      if (/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()) && apiAnswer(m.location().url)) return;
      add(`console ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 500 || (r.status() === 404 && !/favicon/.test(r.url()) && !apiAnswer(r.url()))) add(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
  };

  const h5 = (path: string) => `${world()!.h5Url}/#${path}`;

  async function staffSignIn(page: Page, who: { username: string; password: string }, name: string) {
    await page.goto(h5('/staff/pages/login/index'));
    await tid(page, 'staff-username').waitFor();
    await snap(page, `staff-login-${name}`);
    await typeInto(tid(page, 'staff-username'), who.username);
    await typeInto(tid(page, 'staff-password'), who.password);
    await tid(page, 'staff-login-submit').click();
    await page.waitForURL(/staff\/pages\/queue/);
    await tid(page, 'queue-who').waitFor();
  }

  /** Open a matter from the staff queue (tab first), by its tracking number. */
  async function openFromQueue(page: Page, tab: string, trackingNo: string, name: string) {
    if (!/staff\/pages\/queue/.test(page.url())) {
      await page.goto(h5('/staff/pages/queue/index'));
    }
    await tid(page, `queue-tab-${tab}`).click();
    const row = page.locator('[data-testid^="queue-row-"]', { hasText: trackingNo }).filter({ visible: true });
    // The list loads per tab; a matter that just moved may need one refresh.
    try {
      await row.waitFor({ timeout: 8_000 });
    } catch {
      await tid(page, 'queue-refresh').click();
      await row.waitFor();
    }
    await snap(page, `${name}-queue`);
    await row.click();
    await page.waitForURL(/staff\/pages\/matter/);
    await tid(page, 'matter-tracking').filter({ hasText: trackingNo }).waitFor();
  }

  /**
   * One staff action through the workbench: the action button, the form, 下一步：确认, the confirmation, then the
   * page reloads the matter and says 已…，诉求已更新.
   */
  async function staffAction(page: Page, action: string, label: string, name: string, fill?: () => Promise<void>) {
    await tid(page, `action-${action}`).click();
    await tid(page, 'action-form').waitFor();
    if (fill) await fill();
    await snap(page, `${name}-form`);
    await tid(page, 'action-form-next').click();
    await tid(page, 'action-confirm-text').waitFor();
    // After the action the page reloads the matter; the next action must not start from the old version.
    const id = new URLSearchParams(route(page).split('?')[1]).get('id');
    const reloaded = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes(`/v1/matters/${id}`));
    await tid(page, 'action-form-submit').click();
    await tid(page, 'matter-notice').filter({ hasText: `已${label}` }).waitFor();
    await tid(page, 'action-form').waitFor({ state: 'hidden' });
    await reloaded;
  }

  async function expectStaffStatus(page: Page, status: string) {
    await tid(page, 'matter-status').filter({ hasText: status }).waitFor();
  }

  async function unitReply(page: Page, name: string, process: string, result: string) {
    // Handled this minute: the time may not be earlier than the unit's acceptance (a moment ago) nor in the future.
    const handled = shanghaiMinute(Date.now());
    await staffAction(page, 'reply', '提交办理结果', name, async () => {
      await typeInto(tid(page, 'field-process-input'), process);
      await typeInto(tid(page, 'field-result-input'), result);
      await typeInto(tid(page, 'field-handledAt-input'), handled);
      await tid(page, 'field-contactedRequestor-yes').click();
    });
    await expectStaffStatus(page, '办结审核中');
  }

  async function centreApprove(page: Page, trackingNo: string, name: string) {
    await openFromQueue(page, 'reply_review', trackingNo, name);
    await tid(page, 'matter-reply').waitFor();
    await staffAction(page, 'reply-review', '审核办理结果', name, async () => {
      await tid(page, 'field-decision-compliant').click();
    });
    await expectStaffStatus(page, '待评价');
    await snap(page, `${name}-approved`);
    await tid(page, 'matter-back-to-queue').click();
    await page.waitForURL(/staff\/pages\/queue/);
  }

  /** The citizen opens the matter page fresh (the matter changed on the staff side meanwhile). */
  async function citizenOpenMatter(status: string) {
    const page = world()!.citizen;
    await page.goto(h5(`/pages/matter/index?id=${matter.id}`));
    await page.reload(); // same hash: make Taro mount the page again
    await tid(page, 'status-label').filter({ hasText: status }).waitFor();
  }

  async function citizenRate(result: 'unsatisfied' | 'satisfied', comment: string, name: string) {
    const page = world()!.citizen;
    await tid(page, 'rating-form').waitFor();
    await tid(page, `rate-${result}`).click();
    await typeInto(tid(page, 'rating-comment'), comment);
    await snap(page, `${name}`);
    await tid(page, 'rating-submit').click();
    await tid(page, 'rating-form').waitFor({ state: 'hidden' });
  }

  /** A submission filled in and checked (screening asked) in the citizen's window. */
  async function fillSubmission(page: Page, content: string, category = 'help') {
    await page.goto(h5('/pages/submit/index'));
    await page.reload();
    await tid(page, `category-${category}`).click();
    await typeInto(tid(page, 'input-content'), content);
    await pickOption(page, tid(page, 'input-district'), '天河区');
    await typeInto(tid(page, 'input-phone'), PHONE_NO);
    await tid(page, 'submit-check').click();
  }

  return { snap, watch, h5, staffSignIn, openFromQueue, staffAction, expectStaffStatus, unitReply, centreApprove, citizenOpenMatter, citizenRate, fillSubmission };
}
