/**
 * Emergency screening in the H5 build on a 390×844 phone (issue 13): after 下一步 the call button is on screen at
 * once — in the standard layout and in 长辈版 — the heading is said once, and an injury accident offers 120 and 122.
 * (Tapping calls through platform/phone.ts — Taro H5 sets `location.href = 'tel:…'`; covered by the component test.)
 * Needs the H5 build (startStack builds it; `npm run build:h5` first makes it faster). Reuses a running stack when
 * HOTLINE_BROWSER_API_URL and HOTLINE_BROWSER_H5_URL are set.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStack, type Stack } from '../../scripts/lib/stack';
import { deleteTestTable, testEndpoint, uniqueTableName } from '../support/db';
import { launchChromium, PHONE, pickOption, shot, tid, typeInto } from './support/browser';

const ROOT = join(__dirname, '..', '..');
const START_TIMEOUT_MS = 300_000;
const STEP_TIMEOUT_MS = 120_000;
const REUSE = process.env.HOTLINE_BROWSER_API_URL && process.env.HOTLINE_BROWSER_H5_URL
  ? { h5Url: process.env.HOTLINE_BROWSER_H5_URL }
  : undefined;
const ACCIDENT = '路口有两辆电动车撞在一起了，有人受伤躺在地上流血，没人管';

describe('emergency call button in Chromium (H5, 390×844)', () => {
  const table = uniqueTableName('browser-emergency');
  const workFolder = `.build/esbuild-browser-emergency-${process.pid}`;
  const controller = new AbortController();
  let starting: Promise<Stack> | undefined;
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let h5Url = '';

  beforeAll(async () => {
    if (REUSE) {
      ({ h5Url } = REUSE);
    } else {
      starting = startStack({
        dynamo: { endpoint: testEndpoint() },
        ports: { api: 0, lambda: 0, h5: 0, s3: 0 },
        h5: true,
        stage: 'local',
        tableName: table,
        esbuildWorkFolder: workFolder,
        signal: controller.signal,
      });
      stack = await starting;
      if (!stack.h5Url) throw new Error('the H5 build failed (startStack logged why): no H5 app to test');
      h5Url = stack.h5Url;
    }
    browser = await launchChromium();
    const ctx = await browser.newContext(PHONE);
    ctx.setDefaultTimeout(20_000);
    page = await ctx.newPage();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    controller.abort();
    await starting?.catch(() => undefined);
    await stack?.stop();
    if (!REUSE) {
      await deleteTestTable(table).catch(() => undefined);
      rmSync(join(ROOT, workFolder), { recursive: true, force: true });
    }
  }, 60_000);

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
