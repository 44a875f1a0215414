/**
 * Emergency screening in the H5 build on a 390×844 phone (issue 13): after 下一步 the call button is on screen at
 * once — in the standard layout and in 长辈版 — the heading is said once, and an injury accident offers 120 and 122.
 * (Tapping calls through platform/phone.ts — Taro H5 sets `location.href = 'tel:…'`; covered by the component test.)
 * Runs against the run's browser stack (support/stack.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWindow, PHONE, pickOption, shot, tid, typeInto } from './support/browser';
import { START_TIMEOUT_MS, startBrowserStack, stopBrowserStack, type BrowserStack } from './support/stack';

const STEP_TIMEOUT_MS = 120_000;
const ACCIDENT = '路口有两辆电动车撞在一起了，有人受伤躺在地上流血，没人管';

describe('emergency call button in Chromium (H5, 390×844)', () => {
  let stack: BrowserStack | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let h5Url = '';

  beforeAll(async () => {
    stack = await startBrowserStack('emergency');
    h5Url = stack.h5Url;
    browser = await launchChromium();
    page = await openWindow(browser, PHONE);
  }, START_TIMEOUT_MS);

  afterAll(() => stopBrowserStack(browser, stack), 60_000);

  const h5 = (path: string) => `${h5Url}/#${path}`;

  async function checkEmergency(name: string): Promise<void> {
    await page.goto(h5('/pages/submit/index'));
    await page.reload();
    const agree = tid(page, 'consent-agree');
    const check = tid(page, 'submit-check');
    await Promise.race([agree.waitFor(), check.waitFor()]);
    if (await agree.count()) {
      await agree.click();
      await page.waitForURL(/pages\/submit\/index/);
    }
    await tid(page, 'category-help').click();
    await typeInto(tid(page, 'input-content'), ACCIDENT);
    await pickOption(page, tid(page, 'input-district'), '天河区');
    await typeInto(tid(page, 'input-phone'), '13800138123');
    await tid(page, 'submit-check').click();
    await tid(page, 'screening-emergency').waitFor();
    const call = tid(page, 'screening-call');
    // On screen: the whole button inside the 844-px viewport, without the citizen scrolling.
    await page.waitForFunction((h) => {
      const el = [...document.querySelectorAll<HTMLElement>('[data-testid="screening-call"]')].find((e) => e.offsetParent !== null);
      const r = el?.getBoundingClientRect();
      return !!r && r.height > 0 && r.top >= 0 && r.bottom <= h;
    }, PHONE.viewport.height);
    const box = await call.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.viewport.height);
    const second = await tid(page, 'screening-call-122').boundingBox();
    expect(second).not.toBeNull();
    const text = (await tid(page, 'screening-emergency').innerText()).replace(/\s+/g, '');
    expect(text.split('这可能是紧急情况')).toHaveLength(2);
    expect(await call.innerText()).toContain('120');
    await shot(page, `emergency-${name}`);
  }

  it('standard layout: the 120 button is on screen at once, heading once, 122 beside it', async () => {
    await checkEmergency('standard');
  }, STEP_TIMEOUT_MS);

  it('长辈版: the call button is still on screen at once', async () => {
    await page.goto(h5('/pages/index/index'));
    await page.reload();
    await tid(page, 'elder-toggle').click();
    await tid(page, 'elder-state').filter({ hasText: '长辈版已开启' }).waitFor();
    await checkEmergency('elder');
    await expect(page.locator('[data-testid="page-root"]').filter({ visible: true }).getAttribute('class')).resolves.toContain('elder');
  }, STEP_TIMEOUT_MS);
});
