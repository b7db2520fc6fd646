import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { loadConfig, startServer } from '@jianyan/server';
import type { RunningServer } from '@jianyan/server/server.js';
import { loadDemo } from '@jianyan/server/modules/demo/demo.loader.js';
import { DEMO_PASSWORD } from '@jianyan/server/modules/demo/demo-data.js';

/**
 * The browser tests' world: the real server (PGlite in a fresh data folder, the demo loaded, the
 * built web app served by the server itself) and Debian's Chromium driven by playwright-core.
 * No browser is downloaded: CI installs `chromium` and `fonts-wqy-microhei` from apt.
 */

export const SCREENSHOTS = path.resolve('test-output/screenshots');
const DIST = path.resolve('packages/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

export interface Stack {
  url: string;
  browser: Browser;
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * A clock that runs from `start` as time passes, for pages whose content depends on the date
 * (the quarter a unit reports for): the test then reads the same on any day it is run.
 */
export const clockFrom = (start: string) => {
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
};

export async function startStack(opts: { now?: () => Date } = {}): Promise<Stack> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(
      `The web app is not built (${DIST}/index.html is missing): run \`npm run build:web\` first (\`npm test\` does).`,
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: apt-get install chromium fonts-wqy-microhei (.ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-e2e-'));
  // The default configuration of the embedded database: files kept on disk, under dataDir.
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const server = await startServer(config, {
    logger: false,
    now: opts.now,
    beforeListen: async (database) => {
      await loadDemo(database.db, config);
    },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    browser,
    server,
    async stop() {
      await browser.close().catch(() => undefined);
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Errors the page logged (React crashes, failed scripts): a test fails on them. */
export const pageErrors = new WeakMap<Page, string[]>();

export async function newPage(
  stack: Stack,
  viewport = DESKTOP,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await stack.browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(e.message));
  page.setDefaultTimeout(15_000);
  return { page, context };
}

/** A user in their own browser window, logged in through the login page. */
export async function loginAs(stack: Stack, username: string, viewport = DESKTOP): Promise<Page> {
  const { page } = await newPage(stack, viewport);
  await page.goto(`${stack.url}/login`);
  if (username.startsWith('cz-')) {
    await page.getByLabel('机构').click();
    await option(page, '政协长治市委员会').click();
  }
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: button('登录') }).click();
  await page.getByTestId('account-menu').waitFor();
  return page;
}

/** Ant Design spaces two-character button labels (确 定); match them either way. */
export const button = (text: string) =>
  new RegExp(
    // The accessible name starts with the icon's name when the button has one ("save 保存草稿").
    `(^|\\s)${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}\\s*$`,
  );

/** An option of the open Ant Design select dropdown. */
export const option = (page: Page, text: string) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();

/** A form field by its label, which may carry the （可选） mark of optional fields. */
export const field = (scope: Page | Locator, label: string) =>
  // After the label: the optional mark, or the name of a help icon ("question-circle").
  scope.getByLabel(new RegExp(`^${label}\\s*(（可选）|\\(optional\\))?(\\s+[a-z-]+)?$`));

/** Opens a select by its label, types to filter when it can search, and picks the option. */
export async function choose(page: Page, scope: Page | Locator, label: string, text: string) {
  const input = field(scope, label);
  await input.click();
  if ((await input.getAttribute('readonly')) === null) {
    await input.pressSequentially(text.slice(0, 4));
  }
  await option(page, text).click();
  // The dropdown must be gone before the next click, or that click lands on its options. A
  // single select closes itself (slowly on a busy machine); Tab moves focus on, which closes any
  // select without closing a dialog around it (Escape would close the dialog too).
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const closed = () =>
    open
      .first()
      .waitFor({ state: 'hidden', timeout: 2_000 })
      .then(
        () => true,
        () => false,
      );
  // (A multiple select stays open on purpose and toggles on Tab: leave it to the caller.)
  const multiple = await input.evaluate((el) => el.closest('.ant-select-multiple') !== null);
  if (!multiple && (await open.count()) && !(await closed())) {
    await page.keyboard.press('Tab');
    await closed();
  }
}

/** The open dialog (Ant Design modal) with this title. */
export const dialog = (page: Page, title?: string) =>
  title
    ? page.getByRole('dialog').filter({ has: page.getByText(title, { exact: true }) })
    : page.getByRole('dialog').last();

/** Confirms the open confirmation dialog with its button. */
export async function confirm(page: Page, buttonText: string) {
  const d = page.locator('.ant-modal-confirm:visible');
  // A click while the dialog is still zooming in can be lost on a busy machine: click again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await d.getByRole('button', { name: button(buttonText) }).click();
    if (
      await d.waitFor({ state: 'hidden', timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      return;
    }
  }
  await d.waitFor({ state: 'hidden' });
}

/** The state shown on the proposal page, as the shared lifecycle table names it. */
export const stateOf = (page: Page) =>
  page.getByTestId('proposal').getByTestId('state-tag').first().innerText();

/** Saves a screenshot of the whole page (from its top) under test-output/screenshots. */
export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let charts, messages and transitions settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Polls until the page shows what is expected (pages update after the server answers). */
export const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 15_000, interval: 100 });

/**
 * A browser test file's world: the stack starts before the file's tests; after them, no page that
 * `login` opened may have logged an error (React crash, failed script), and the stack stops.
 */
export function browserSuite(opts: { now?: () => Date } = {}) {
  const suite = {
    stack: undefined as unknown as Stack,
    pages: [] as Page[],
    /** A user in their own browser window, logged in through the login page. */
    login: async (username: string, viewport = DESKTOP) => {
      const page = await loginAs(suite.stack, username, viewport);
      suite.pages.push(page);
      return page;
    },
  };
  beforeAll(async () => {
    suite.stack = await startStack(opts);
  }, 300_000);
  afterAll(async () => {
    for (const p of suite.pages) {
      expect(pageErrors.get(p) ?? []).toEqual([]);
    }
    await suite.stack?.stop();
  });
  return suite;
}
