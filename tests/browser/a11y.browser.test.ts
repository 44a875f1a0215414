/**
 * Usable by everyone, light on a phone (issue 17) in the H5 build on a 390×844 phone, on every citizen page (home,
 * privacy notice, submit form, its advice and success, matter detail, my matters, claim, knowledge), in the standard
 * layout and in 长辈版:
 * - axe-core finds no violation of any impact;
 * - Tab from the top reaches every control the page shows (collected by role), and each has a role and a name;
 * - a fresh load on a 4 × slowed CPU shifts the layout by less than 0.02 (CLS, from a PerformanceObserver).
 * The staff pages are audited in a11y-staff.browser.test.ts. Runs against the run's browser stack (support/stack.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { auditPage, expectClean, layoutShift, noFindings, quiet, recordLayoutShifts, type Findings } from './support/a11y';
import { launchChromium, PHONE, pickOption, settled, tid, typeInto } from './support/browser';
import { START_TIMEOUT_MS, startBrowserStack, type BrowserStack } from './support/stack';

const STEP_TIMEOUT_MS = 240_000;
/** Layout shift allowed on a fresh load of a citizen page (issue 17 item 3). */
const CLS_LIMIT = 0.02;

describe('accessibility and layout stability in Chromium (H5, 390×844)', () => {
  let stack: BrowserStack | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let h5Url = '';
  let matterId = '';

  beforeAll(async () => {
    stack = await startBrowserStack('a11y');
    h5Url = stack.h5Url;
    browser = await launchChromium();
    const ctx = await browser.newContext(PHONE);
    ctx.setDefaultTimeout(20_000);
    await recordLayoutShifts(ctx);
    page = await ctx.newPage();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  const h5 = (path: string) => `${h5Url}/#${path}`;

  const audit = (name: string, found: Findings) => auditPage(page, name, found);

  /**
   * A fresh load of the page (a new document) on a phone-speed CPU (4 × slower, as Lighthouse's mobile run: on a
   * fast CPU everything arrives before the first paint and a shift would go unseen), its layout shift once it is
   * ready, then the audit at full speed.
   */
  async function freshLoad(name: string, path: string, readyId: string, found: Findings): Promise<void> {
    await page.goto(h5(path));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await page.reload();
      await tid(page, readyId).first().waitFor();
      await quiet(page);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
    const { cls, shifts } = await layoutShift(page);
    if (cls >= CLS_LIMIT) found.shifts.push(`${name}: CLS ${cls.toFixed(4)} — ${shifts.join(' | ')}`);
    found.measured.push(`${name} ${cls.toFixed(4)}`);
    await audit(name, found);
  }

  /** Submits a matter through the form (signing in through the privacy notice the first time). */
  async function submitMatter(name: string, found: Findings): Promise<void> {
    await page.goto(h5('/pages/submit/index'));
    await page.reload();
    const agree = tid(page, 'consent-agree');
    const check = tid(page, 'submit-check');
    await Promise.race([agree.waitFor(), check.waitFor()]);
    if (await agree.count()) {
      await agree.click();
      await page.waitForURL(/pages\/submit\/index/);
    }
    await check.waitFor();
    await tid(page, 'category-help').click();
    await typeInto(tid(page, 'input-content'), '小区门口的路灯坏了一个多月，晚上很黑，希望尽快修好。');
    // The district picker opens from the keyboard too: Enter on its face (a native button in H5).
    await tid(page, 'input-district').locator('button').focus();
    await page.keyboard.press('Enter');
    const sheet = page.locator('.weui-picker').filter({ visible: true });
    await sheet.waitFor();
    await settled(page);
    await sheet.locator('.weui-picker__action', { hasText: '取消' }).click();
    await sheet.waitFor({ state: 'hidden' });
    await pickOption(page, tid(page, 'input-district'), '天河区');
    await typeInto(tid(page, 'input-phone'), '13800138123');
    await audit(`${name} submit form`, found);
    await check.click();
    const send = tid(page, 'submit-send');
    await send.waitFor();
    await audit(`${name} submit advice`, found);
    await send.click();
    await tid(page, 'submit-success').waitFor();
    await audit(`${name} submit success`, found);
    await tid(page, 'view-progress').click();
    await page.waitForURL(/pages\/matter\/index\?id=/);
    matterId = new URLSearchParams(decodeURIComponent(new URL(page.url()).hash).split('?')[1]).get('id') ?? '';
    expect(matterId).not.toBe('');
  }

  async function citizenPages(name: string, found: Findings): Promise<void> {
    await freshLoad(`${name} home`, '/pages/index/index', 'entry-submit', found);
    await freshLoad(`${name} privacy notice`, '/pages/consent/index', 'consent-agree', found);
    await submitMatter(name, found);
    await freshLoad(`${name} submit`, '/pages/submit/index', 'submit-check', found);
    await freshLoad(`${name} matter`, `/pages/matter/index?id=${matterId}`, 'status-label', found);
    await freshLoad(`${name} my matters`, '/pages/matters/index', `matter-${matterId}`, found);
    await freshLoad(`${name} claim`, '/pages/claim/index', 'claim-tracking-no', found);
    // Ready once the search has answered: the answers arrive after the first paint on a slow CPU (they used to push
    // the 没有找到答案 card down, CLS 0.23 in 长辈版; the page now keeps its answer region last).
    await freshLoad(`${name} knowledge`, '/pages/knowledge/index', 'knowledge-other-ways', found);
  }

  it('standard layout: no axe violation, every control reached by Tab with a role and a name, CLS < 0.02 on every citizen page', async () => {
    const found = noFindings();
    await page.goto(h5('/pages/consent/index'));
    await page.reload();
    await tid(page, 'consent-agree').waitFor();
    await citizenPages('standard', found);
    expectClean(found);
  }, STEP_TIMEOUT_MS);

  it('长辈版: the same on every citizen page', async () => {
    const found = noFindings();
    await page.goto(h5('/pages/index/index'));
    await page.reload();
    await tid(page, 'elder-toggle').click();
    await tid(page, 'elder-state').filter({ hasText: '长辈版已开启' }).waitFor();
    await citizenPages('长辈版', found);
    await expect(page.locator('[data-testid="page-root"]').filter({ visible: true }).getAttribute('class')).resolves.toContain('elder');
    expectClean(found);
  }, STEP_TIMEOUT_MS);
});
