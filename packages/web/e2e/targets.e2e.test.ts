import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  browserSuite,
  button,
  clockFrom,
  choose,
  confirm,
  dialog,
  eventually,
  field,
  shot,
} from './stack.js';

const FIXTURES = path.resolve('packages/server/src/modules/pledges/extraction/fixtures');

/** A minimal real PDF, as units attach. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A target of the demo's 2026 report that the demo leaves for staff to review. */
const INDICATOR = '招商引资签约项目投资额';

const openMenu = (page: Page, label: string) =>
  page.getByTestId('side-menu').getByText(label, { exact: true }).click();

/** Clicks a button that asks for confirmation; a click lost while the table re-renders is repeated. */
async function openConfirmation(page: Page, target: Locator) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await target.click();
    const shown = await page
      .locator('.ant-modal-confirm:visible')
      .waitFor({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (shown) {
      return;
    }
  }
}

/**
 * Government work report tracking clicked through the real pages, on the demo's 2026 Jinzhong
 * report: staff confirm an extracted target and give it to 市教育局 as the lead unit; the
 * education bureau's clerk reports this quarter's progress with evidence; a member follows it and
 * raises a proposal about it; staff import another year's report; in January the clerk corrects
 * the fourth quarter's report, until its reporting window closes. The demo's report is 2026's and a
 * unit reports only while a quarter's window is open, so the server's clock runs from the last
 * quarter of 2026, whatever day the test is run.
 */
describe('government work report targets, in Chromium', { timeout: 300_000 }, () => {
  // The last test moves the server's clock on to January 2027.
  let clock = clockFrom('2026-11-16T10:00:00+08:00');
  const suite = browserSuite({ now: () => clock() });

  it('staff confirm an extracted target and assign it to a lead unit', async () => {
    const staff = await suite.login('jz-staff');
    await openMenu(staff, '政府工作报告目标');
    const list = staff.getByTestId('target-list');
    const row = list.locator('tr', { hasText: INDICATOR });
    await eventually(() => row.getByTestId('target-status').innerText()).toBe('待审核');
    expect(await row.getByTestId('target-figure').innerText()).toBe('1200亿元 以上');
    await shot(staff, 'targets-review');
    await openConfirmation(staff, row.getByTestId('confirm-target'));
    await confirm(staff, '确认');
    await row.waitFor({ state: 'detached' });

    await staff
      .getByTestId('targets-review')
      .getByText(/^已确认/)
      .click();
    await eventually(() => row.getByTestId('target-status').innerText()).toBe('已确认');
    await row.getByTestId('assign-target').click();
    const d = dialog(staff, '分解到责任单位');
    await choose(staff, d, '牵头单位', '市教育局');
    await d.getByRole('button', { name: button('确定') }).click();
    await d.waitFor({ state: 'hidden' });
    await eventually(() => row.getByTestId('target-units').innerText()).toContain(
      '市教育局（牵头）',
    );
  });

  it('the lead unit reports this quarter’s progress with evidence, and sees only its own targets', async () => {
    const clerk = await suite.login('jz-edu-clerk');
    await openMenu(clerk, '目标任务');
    const list = clerk.getByTestId('unit-target-list');
    const row = list.locator('tr', { hasText: INDICATOR });
    await row.waitFor();
    expect(await list.locator('tbody tr.ant-table-row').count()).toBe(1);
    // In November only the fourth quarter is open (the third closed 15 working days after it).
    expect(await row.getByTestId('quarter-closes').innerText()).toBe('2026年第4季度2027-01-22截止');
    await row.getByTestId('report-progress').click();
    const d = dialog(clerk, '报送季度进展');
    // The quarter picked is the open one, with its closing date.
    await eventually(() => d.innerText()).toContain('2026年第4季度（2027-01-22截止）');
    await field(d, '完成比例（%）').fill('85');
    await field(d, '已完成数值').fill('1020亿元');
    await field(d, '进展情况').fill('新签约项目42个，签约额1020亿元。');
    await d.getByRole('button', { name: button('确定') }).click();
    await d.waitFor({ state: 'hidden' });
    await eventually(() => row.getByTestId('latest-progress').innerText()).toContain('正常推进');

    await row.locator('input[type=file]').setInputFiles({
      name: '签约台账.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await clerk.getByText('佐证材料已上传').waitFor();
    await row.getByText(INDICATOR, { exact: true }).click();
    const detail = clerk.getByTestId('target-detail');
    await detail.getByText('签约台账.pdf').waitFor();
    expect(await detail.getByTestId('progress-list').innerText()).toContain('1020亿元');
    await shot(clerk, 'targets-unit');
    // Staff's page is not the unit's, even by its address.
    await clerk.goto(`${suite.stack.url}/targets/review`);
    await clerk.getByText('您的角色无权访问此页面').waitFor();
  });

  it('a member follows the progress and raises a proposal about the target', async () => {
    const member = await suite.login('jz-member1');
    await openMenu(member, '目标任务跟踪');
    const row = member.getByTestId('follow-target-list').locator('tr', { hasText: INDICATOR });
    await eventually(() => row.getByTestId('latest-progress').innerText()).toContain('正常推进');
    expect(await row.getByTestId('target-units').innerText()).toContain('市教育局');
    await shot(member, 'targets-member');
    await openConfirmation(member, row.getByTestId('raise-proposal'));
    await confirm(member, '就此提建议');
    const editor = member.getByTestId('draft-editor');
    await eventually(() => editor.getByLabel('标题').inputValue()).toContain(INDICATOR);
    expect(member.url()).toMatch(/\/proposals\/[0-9a-f-]+\/edit$/);
  });

  it('staff import another year’s report and see its targets to review', async () => {
    const staff = await suite.login('jz-staff');
    await openMenu(staff, '政府工作报告目标');
    const page = staff.getByTestId('targets-review');
    await staff.getByLabel('报告年度').fill('2025');
    await page
      .locator('input[type=file]')
      .setInputFiles(path.join(FIXTURES, 'jinzhong-government-work-report-2025.txt'));
    const announcement = /已导入，抽取目标(\d+)项/;
    const announced = await staff.getByText(announcement).innerText();
    const extracted = Number(announcement.exec(announced)?.[1]);
    expect(extracted).toBeGreaterThan(10);
    await eventually(() => page.innerText()).toContain('2025 · ');
    // The report is picked before its targets have loaded: wait for the list the import announced
    // (the 2026 report's list is shorter), then read it.
    const statuses = page.getByTestId('target-list').getByTestId('target-status');
    await eventually(() => statuses.count()).toBe(extracted);
    expect(new Set(await statuses.allInnerTexts())).toEqual(new Set(['待审核']));
  });

  it('in January the clerk still corrects 2026’s fourth quarter, until its window closes', async () => {
    clock = clockFrom('2027-01-08T10:00:00+08:00');
    const clerk = await suite.login('jz-edu-clerk');
    await openMenu(clerk, '目标任务');
    const row = clerk.getByTestId('unit-target-list').locator('tr', { hasText: INDICATOR });
    await eventually(() => row.getByTestId('quarter-closes').innerText()).toBe(
      '2026年第4季度2027-01-22截止',
    );
    await row.getByTestId('report-progress').click();
    const d = dialog(clerk, '修改季度进展');
    expect(await field(d, '进展情况').inputValue()).toBe('新签约项目42个，签约额1020亿元。');
    await field(d, '完成比例（%）').fill('95');
    await field(d, '进展情况').fill('全年新签约项目51个，签约额1260亿元。');
    await d.getByRole('button', { name: button('确定') }).click();
    await d.waitFor({ state: 'hidden' });
    await eventually(() => row.getByTestId('latest-progress').innerText()).toContain('95%');

    // The Monday after the 15th working day the quarter is closed: nothing left to report.
    clock = clockFrom('2027-01-25T09:00:00+08:00');
    const later = await suite.login('jz-edu-clerk');
    await openMenu(later, '目标任务');
    const closed = later.getByTestId('unit-target-list').locator('tr', { hasText: INDICATOR });
    await eventually(() => closed.innerText()).toContain('不在报送期内');
    expect(await closed.getByTestId('report-progress').count()).toBe(0);
  });
});
