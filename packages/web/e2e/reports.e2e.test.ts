import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { button, loginAs, pageErrors, shot, startStack, type Stack } from './stack.js';

/** Calls the API from inside the page, with its session cookie (to compare what the page shows). */
const apiGet = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<T>;

/**
 * The report page as the proposal office uses it: the review report of the demo session with its
 * charts, the Word download, and the printed page without the navigation.
 */
describe('the report page, in Chromium', { timeout: 240_000 }, () => {
  let stack: Stack;
  let staff: Page;

  beforeAll(async () => {
    stack = await startStack();
    staff = await loginAs(stack, 'jz-staff');
  }, 300_000);
  afterAll(async () => {
    expect(pageErrors.get(staff) ?? []).toEqual([]);
    await stack?.stop();
  });

  it('shows the review report of the session with its counts and charts', async () => {
    await staff.getByTestId('side-menu').getByText('报告', { exact: true }).click();
    const report = staff.getByTestId('review-report');
    await report.waitFor();
    const sessions = await apiGet<{ sessionId: string }[]>(staff, '/sessions');
    const review = await apiGet<{ received: number; registered: number; title: string }>(
      staff,
      `/reports/review?sessionId=${sessions[0]!.sessionId}`,
    );
    // The demo session has proposals, so the sentence below is not about an empty session.
    expect(review.received).toBeGreaterThan(0);
    const text = await report.innerText();
    expect(text).toContain(review.title);
    expect(text).toMatch(new RegExp(`共收到提案${review.received}件`));
    expect(text).toContain(`${review.registered}件`);

    for (const id of ['chart-source', 'chart-category', 'chart-classes']) {
      const svg = staff.getByTestId(id).locator('svg').first();
      await svg.waitFor();
      // Drawn, not just mounted: the SVG has shapes and a real size.
      expect(await svg.locator('path').count()).toBeGreaterThan(0);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(100);
    }
    await shot(staff, 'staff-reports');
  });

  it('downloads the review report as a Word file', async () => {
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: button('下载审查报告（Word）') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('提案审查情况的报告.docx');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    // A .docx is a zip archive of a few kilobytes at least.
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(4000);
  });

  it('prints without the navigation and the buttons', async () => {
    const menu = staff.getByTestId('side-menu');
    expect(await menu.isVisible()).toBe(true);
    await staff.emulateMedia({ media: 'print' });
    expect(await menu.isVisible()).toBe(false);
    expect(await staff.getByRole('button', { name: button('打印') }).isVisible()).toBe(false);
    expect(await staff.getByTestId('review-report').isVisible()).toBe(true);
    expect(await staff.getByTestId('chart-category').locator('svg').first().isVisible()).toBe(true);
    await staff.emulateMedia({ media: 'screen' });
  });
});
