import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, button, dialog, eventually, field, shot } from './stack.js';

/** The member's own record, as the API gives it to the member's session. */
const myRecord = (page: Page) =>
  page.evaluate(async () => (await fetch('/api/v1/duty/me?year=2025')).json()) as Promise<{
    points: number;
    counts: { plenary_present: number };
  }>;

/**
 * Staff create a plenary meeting on the 履职档案 page and record who attended (刘建华, demo account
 * jz-member1, present; 陈晓燕 excused); the member then opens 我的履职 and sees the meeting in
 * their record and their points grown by the plenary weight (2), and reports a public-opinion
 * report of their own (1 point).
 */
describe('duty records, in Chromium', { timeout: 240_000 }, () => {
  const suite = browserSuite();
  const title = '第四次会议专题协商议政会';

  it('staff record attendance at a meeting; the member sees it in their record and points', async () => {
    const member = await suite.login('jz-member1');
    const before = await myRecord(member);

    const staff = await suite.login('jz-staff');
    await staff.getByTestId('side-menu').getByText('履职档案').click();
    await staff.getByTestId('duty-ranking').getByText('刘建华').waitFor();
    await staff.getByRole('tab', { name: '会议活动考勤' }).click();
    await staff.getByTestId('new-activity').click();
    const d = dialog(staff, '新建活动');
    await field(d, '日期').click();
    await field(d, '日期').fill('2025-10-20');
    await field(d, '日期').press('Enter');
    await field(d, '活动名称').fill(title);
    await d.getByRole('button', { name: button('确定') }).click();
    await d.waitFor({ state: 'hidden' });
    const row = staff.getByTestId('activities').locator('tr', { hasText: title });
    await row.getByRole('button', { name: button('登记考勤') }).click();
    const editor = staff.getByTestId('attendance-editor');
    await editor.locator('tr', { hasText: '刘建华' }).waitFor();
    await editor.getByRole('button', { name: button('全部出席') }).click();
    await editor.locator('tr', { hasText: '陈晓燕' }).getByText('请假', { exact: true }).click();
    await shot(staff, 'duty-attendance');
    await editor.getByRole('button', { name: button('保存考勤') }).click();
    await staff.getByText('考勤已保存').waitFor();
    await eventually(() => row.innerText()).toMatch(/出席|\d/);

    await member.getByTestId('side-menu').getByText('我的履职').click();
    const record = member.getByTestId('duty-record');
    await record.getByTestId('duty-attendance').getByText(title).waitFor();
    const after = await myRecord(member);
    expect(after.counts.plenary_present).toBe(before.counts.plenary_present + 1);
    expect(after.points).toBe(before.points + 2);
    await eventually(() => record.getByTestId('duty-points').innerText()).toContain(
      String(after.points),
    );
    const breakdown = await record.getByTestId('duty-breakdown').innerText();
    expect(breakdown).toContain('出席全体会议');
    expect(await member.getByTestId('duty-summary').innerText()).toContain('刘建华');
    await shot(member, 'my-duty');

    // The member reports a public-opinion report of their own; it joins the record.
    await member.getByTestId('report-opinion').click();
    const report = dialog(member, '报送社情民意');
    await field(report, '标题').fill('关于规范城区共享单车停放的建议');
    await field(report, '报送日期').click();
    await field(report, '报送日期').fill('2025-11-01');
    await field(report, '报送日期').press('Enter');
    await report.getByRole('button', { name: button('确定') }).click();
    await member.getByText('社情民意已报送').waitFor();
    await record.getByText('《关于规范城区共享单车停放的建议》').first().waitFor();
    expect((await myRecord(member)).points).toBe(after.points + 1);
  });
});
