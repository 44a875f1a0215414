/**
 * The staff workbench is usable by keyboard and screen reader (issue 17 item 6) in the H5 build at 1366 × 768: on
 * the login, queue (table with the matter beside it), matter, register, dashboard and inbox pages, axe-core finds no
 * violation of any impact, Tab from the top reaches every control the page shows (collected by role; a grid's rows
 * count as one stop, arrow keys move within it), and each control has a role and an accessible name. The phone
 * layout (390 × 844) of login and queue is checked by axe too. Runs against the run's browser stack (support/stack.ts).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { auditPage, expectClean, noFindings, type Findings } from './support/a11y';
import { api, PHONE, launchChromium, openWindow, staffToken, tid, typeInto } from './support/browser';
import { START_TIMEOUT_MS, startBrowserStack, stopBrowserStack, type BrowserStack } from './support/stack';

const STEP_TIMEOUT_MS = 240_000;
const CENTER = { username: 'center1', password: 'center-demo-2026' };
const UNIT = { username: 'thcity', password: 'unit-demo-2026' };
const DESK = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

describe('staff pages: keyboard, names and axe in Chromium (H5, 1366 × 768)', () => {
  let stack: BrowserStack | undefined;
  let browser: Browser | undefined;
  let matterId = '';
  let centreToken = '';

  beforeAll(async () => {
    stack = await startBrowserStack('a11y-staff');
    browser = await launchChromium();
    // A telephone matter of this file's own, for the matter page.
    const token = await staffToken(stack.apiUrl, CENTER.username, CENTER.password);
    const r = await api(stack.apiUrl, 'POST', '/v1/work/matters', {
      token,
      body: {
        channel: 'phone',
        callerPhone: '13900001234',
        category: 'complaint',
        content: '无障碍检查：天河路夜间施工噪音扰民，请相关部门尽快处理。',
        district: '天河区',
        confidential: false,
      },
    });
    if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
    matterId = r.body.id;
    // Dispatched, accepted and replied: the matter page offers the review, and the centre's inbox holds a message.
    const step = async (action: string, who: string, body: object) => {
      const res = await api(stack!.apiUrl, 'POST', `/v1/matters/${matterId}/${action}`, { token: who, body });
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    const unit = await staffToken(stack.apiUrl, UNIT.username, UNIT.password);
    await step('dispatch', token, { leadUnitId: 'th-city' });
    await step('accept', unit, {});
    await step('reply', unit, { process: '已到现场核查。', result: '施工单位已停止夜间作业。', handledAt: new Date().toISOString(), contactedRequestor: true });
    centreToken = token;
  }, START_TIMEOUT_MS);

  afterAll(() => stopBrowserStack(browser, stack), 60_000);

  const h5 = (path: string) => `${stack!.h5Url}/#${path}`;

  const newPage = (options: BrowserContextOptions): Promise<Page> => openWindow(browser!, options);

  /** Opens a staff page fresh (a new document) and waits for the element that says it is ready. */
  async function open(page: Page, path: string, readyId: string): Promise<void> {
    await page.goto(h5(path));
    await page.reload();
    await tid(page, readyId).first().waitFor();
  }

  async function signIn(page: Page, name: string, found: Findings, keyboard: boolean): Promise<void> {
    await open(page, '/staff/pages/login/index', 'staff-username');
    await auditPage(page, `${name} login`, found, keyboard);
    await typeInto(tid(page, 'staff-username'), CENTER.username);
    await typeInto(tid(page, 'staff-password'), CENTER.password);
    await tid(page, 'staff-login-submit').click();
    await page.waitForURL(/staff\/pages\/queue/);
    await page.locator('[data-testid^="queue-row-"]').filter({ visible: true }).first().waitFor();
  }

  it('1366 × 768: login, queue, matter, register, dashboard, inbox', async () => {
    const found = noFindings();
    const page = await newPage(DESK);
    await signIn(page, 'desktop', found, true);
    await auditPage(page, 'desktop queue', found);
    await open(page, `/staff/pages/matter/index?id=${matterId}`, 'matter-tracking');
    await auditPage(page, 'desktop matter', found);
    await open(page, '/staff/pages/register/index', 'reg-form');
    await auditPage(page, 'desktop register', found);
    await open(page, '/staff/pages/dashboard/index', 'dash-content');
    await auditPage(page, 'desktop dashboard', found);
    // The reply's message reaches the inbox through the outbox (the stream reader, within a poll or two).
    const inboxFilled = async () => ((await api(stack!.apiUrl, 'GET', '/v1/work/inbox', { token: centreToken })).body?.items?.length ?? 0) > 0;
    for (const until = Date.now() + 20_000; !(await inboxFilled()); ) {
      if (Date.now() > until) throw new Error('the centre inbox got no message for the reply within 20 s');
      await new Promise((r) => setTimeout(r, 250)); // the stream reader polls every 250 ms
    }
    await open(page, '/staff/pages/inbox/index', 'inbox-item');
    await auditPage(page, 'desktop inbox', found);
    await page.context().close();
    expectClean(found);
  }, STEP_TIMEOUT_MS);

  it('390 × 844: login and queue have no axe violation', async () => {
    const found = noFindings();
    const page = await newPage(PHONE);
    await signIn(page, 'phone', found, false);
    await auditPage(page, 'phone queue', found, false);
    await page.context().close();
    expectClean(found);
  }, STEP_TIMEOUT_MS);
});
