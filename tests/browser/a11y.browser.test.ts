/**
 * Usable by everyone, light on a phone (issue 17) in the H5 build on a 390×844 phone, on every citizen page (home,
 * privacy notice, submit form, its advice and success, matter detail — received, to rate, closed —, my matters,
 * claim, knowledge), in the standard layout and in 长辈版:
 * - axe-core finds no violation of any impact;
 * - Tab from the top reaches every control the page shows (collected by role), and each has a role and a name;
 * - a fresh load on a 4 × slowed CPU shifts the layout by less than 0.02 (CLS, from a PerformanceObserver).
 * The staff pages are audited in a11y-staff.browser.test.ts. Runs against the run's browser stack (support/stack.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { auditPage, expectClean, layoutShift, noFindings, quiet, recordLayoutShifts, type Findings } from './support/a11y';
import { api, launchChromium, openWindow, PHONE, pickOption, settled, staffToken, tid, typeInto } from './support/browser';
import { START_TIMEOUT_MS, startBrowserStack, stopBrowserStack, type BrowserStack } from './support/stack';

const STEP_TIMEOUT_MS = 240_000;
/** Layout shift allowed on a fresh load of a citizen page (issue 17 item 3). */
const CLS_LIMIT = 0.02;
const CENTER = { username: 'center1', password: 'center-demo-2026' };
const UNIT = { username: 'thcity', password: 'unit-demo-2026' };

interface LateAnswer {
  /** Hold this API request until the page has painted this element (see holdUntilPainted). */
  lateAnswer?: { url: string; shownId: string };
}

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
    page = await openWindow(browser, PHONE, { prepare: recordLayoutShifts });
  }, START_TIMEOUT_MS);

  afterAll(() => stopBrowserStack(browser, stack), 60_000);

  const h5 = (path: string) => `${h5Url}/#${path}`;

  const audit = (name: string, found: Findings) => auditPage(page, name, found);

  /**
   * A fresh load of the page (a new document) on a phone-speed CPU (4 × slower, as Lighthouse's mobile run: on a
   * fast CPU everything arrives before the first paint and a shift would go unseen), its layout shift once it is
   * ready, then the audit at full speed.
   */
  async function freshLoad(name: string, path: string, readyId: string, found: Findings, o: LateAnswer = {}): Promise<void> {
    await page.goto(h5(path));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (o.lateAnswer) await holdUntilPainted(o.lateAnswer);
    try {
      await page.reload();
      await tid(page, readyId).first().waitFor();
      await quiet(page);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
      if (o.lateAnswer) await page.unroute(o.lateAnswer.url);
    }
    const { cls, shifts } = await layoutShift(page);
    if (cls >= CLS_LIMIT) found.shifts.push(`${name}: CLS ${cls.toFixed(4)} — ${shifts.join(' | ')}`);
    found.measured.push(`${name} ${cls.toFixed(4)}`);
    await audit(name, found);
  }

  /**
   * Makes an API answer arrive after the first paint, as it does on a slow phone or a busy server: the request waits
   * until the page shows `shownId` and has drawn it (two animation frames), then goes on. A page that lays out its
   * late content without moving what was already painted keeps its CLS at 0 whatever the timing.
   */
  async function holdUntilPainted({ url, shownId }: { url: string; shownId: string }): Promise<void> {
    await page.route(url, async (route) => {
      await tid(page, shownId).first().waitFor().catch(() => undefined);
      await settled(page).catch(() => undefined);
      await route.continue().catch(() => undefined);
    });
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
    // A different matter per layout (the same words from the same phone would be taken as the same matter again).
    const where = name === 'standard' ? '东门' : '西门';
    await typeInto(tid(page, 'input-content'), `小区${where}的路灯坏了一个多月，晚上很黑，希望尽快修好。`);
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

  /** The centre and the unit handle the matter through the API until the citizen is asked to rate it. */
  async function handleUntilRating(id: string): Promise<void> {
    const centre = await staffToken(stack!.apiUrl, CENTER.username, CENTER.password);
    const unit = await staffToken(stack!.apiUrl, UNIT.username, UNIT.password);
    const steps: [string, string, object][] = [
      ['dispatch', centre, { leadUnitId: 'th-city' }],
      ['accept', unit, {}],
      ['reply', unit, { process: '已派维修班组到现场更换灯具。', result: '路灯已修复。', handledAt: new Date().toISOString(), contactedRequestor: true }],
      ['reply-review', centre, { decision: 'compliant' }],
    ];
    for (const [action, token, body] of steps) {
      const r = await api(stack!.apiUrl, 'POST', `/v1/matters/${id}/${action}`, { token, body });
      if (r.status !== 200) throw new Error(`${action}: ${r.status} ${JSON.stringify(r.body)}`);
    }
  }

  /** The matter page asking for a rating, then (rated through the page) closed. */
  async function ratingAndClosed(name: string, found: Findings): Promise<void> {
    await handleUntilRating(matterId);
    await freshLoad(`${name} matter to rate`, `/pages/matter/index?id=${matterId}`, 'rating-form', found);
    await tid(page, 'rate-satisfied').click();
    await tid(page, 'rating-submit').click();
    await tid(page, 'status-label').filter({ hasText: '已办结' }).waitFor();
    await audit(`${name} closed matter`, found);
  }

  async function citizenPages(name: string, found: Findings): Promise<void> {
    await freshLoad(`${name} home`, '/pages/index/index', 'entry-submit', found);
    await freshLoad(`${name} privacy notice`, '/pages/consent/index', 'consent-agree', found);
    await submitMatter(name, found);
    await freshLoad(`${name} submit`, '/pages/submit/index', 'submit-check', found);
    await freshLoad(`${name} matter`, `/pages/matter/index?id=${matterId}`, 'status-label', found);
    await freshLoad(`${name} my matters`, '/pages/matters/index', `matter-${matterId}`, found);
    await ratingAndClosed(name, found);
    await freshLoad(`${name} claim`, '/pages/claim/index', 'claim-tracking-no', found);
    // Ready once the search has answered, and the answer made to arrive after the first paint (on a loaded machine
    // it used to push the 没有找到答案 card down, CLS 0.23 in 长辈版; the page now keeps its answer region last).
    await freshLoad(`${name} knowledge`, '/pages/knowledge/index', 'knowledge-call', found, {
      lateAnswer: { url: '**/v1/knowledge*', shownId: 'knowledge-query' },
    });
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
