import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, startServer } from '@jianyan/server';
import { loadDemo } from '@jianyan/server/modules/demo/demo.loader.js';
import { DEMO_PASSWORD } from '@jianyan/server/modules/demo/demo-data.js';

export const SCREENSHOTS = path.resolve('test-output/screenshots');
const DIST = path.resolve('packages/web/dist/index.html');

/** The real server on a fresh data folder with the demo, and Debian's Chromium driving it. */
export async function startStack() {
  if (!fs.existsSync(DIST)) {
    throw new Error('The web app is not built: run `npm run build:web` first (npm test does).');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianyan-e2e-'));
  const server = await startServer(
    loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }),
    {
      logger: false,
      beforeListen: async (database) => {
        await loadDemo(database.db);
      },
    },
  );
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
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
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/** A user in their own browser window, logged in through the login page. */
export async function loginAs(
  browser: Browser,
  url: string,
  username: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  if (username.startsWith('cz-')) {
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: '政协长治市委员会' }).click();
  }
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('account-menu').waitFor();
  return page;
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Picks an option of an Ant Design select inside a container. */
export async function choose(
  page: Page,
  container: ReturnType<Page['getByTestId']>,
  fieldLabel: string,
  option: string,
) {
  await container.getByLabel(fieldLabel).click({ force: true });
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}
