import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, button, choose, eventually, field, option, shot } from './stack.js';

const TASK = '整治老旧小区违规停车';

/** Opens the menu entry by its label. */
async function openMenu(page: Page, label: string) {
  await page
    .getByRole('menuitem', { name: new RegExp(label) })
    .first()
    .click();
}

/** The editor's card of the profile with this code. */
const card = (page: Page, code: string) =>
  page
    .getByTestId('profile-card')
    .filter({ has: page.locator(`input[value="${code}"]`) })
    .first();

async function save(page: Page) {
  await page.getByTestId('save-profiles').click();
}

/** Replaces a number field's value as a user types it. */
async function retype(input: Locator, value: string) {
  await input.fill('');
  await input.pressSequentially(value);
}

describe('supervision profiles (督办规则), in Chromium', { timeout: 300_000 }, () => {
  const suite = browserSuite();

  it('the admin shortens 13710’s settle stage; staff then assign a task with the new deadline', async () => {
    const admin = await suite.login('jz-admin');
    await openMenu(admin, '督办规则');
    await admin.getByTestId('supervision-profiles').waitFor();
    expect(await admin.getByTestId('supervision-profiles').innerText()).toContain(
      '已交办的督办事项按交办时的规则计算期限',
    );
    const c13710 = card(admin, '13710');
    // The shipped default: 1, 3 and 7 working days, a major matter in 1 month.
    expect(await field(c13710, '研究部署').inputValue()).toBe('1');
    expect(await field(c13710, '报告进展').inputValue()).toBe('3');
    expect(await field(c13710, '办结（一般事项）').inputValue()).toBe('7');
    expect(await field(c13710, '办结（重大复杂事项）').inputValue()).toBe('1');
    expect(await c13710.innerText()).toContain('个月');

    // The server refuses 30 months; its reason shows under that stage, and nothing is saved.
    await retype(field(c13710, '办结（一般事项）'), '5');
    await retype(field(c13710, '办结（重大复杂事项）'), '30');
    await save(admin);
    await eventually(() => c13710.innerText()).toContain('最多24个月');
    await admin.reload();
    await admin.getByTestId('supervision-profiles').waitFor();
    expect(await field(card(admin, '13710'), '办结（一般事项）').inputValue()).toBe('7');

    // Settle in 5 working days; saved, it is still there after a reload.
    await retype(field(card(admin, '13710'), '办结（一般事项）'), '5');
    await save(admin);
    await admin.getByText('督办规则已保存').waitFor();
    await admin.reload();
    await admin.getByTestId('supervision-profiles').waitFor();
    expect(await field(card(admin, '13710'), '办结（一般事项）').inputValue()).toBe('5');
    expect(await field(card(admin, '13710'), '办结（重大复杂事项）').inputValue()).toBe('1');
    await shot(admin, 'supervision-profiles');

    // Staff may edit the rules too: they add a profile of their own beside 13710.
    const staff = await suite.login('jz-staff');
    await openMenu(staff, '督办规则');
    await staff.getByTestId('supervision-profiles').waitFor();
    expect(await field(card(staff, '13710'), '办结（一般事项）').inputValue()).toBe('5');
    await staff.getByTestId('add-profile').click();
    const fresh = staff.getByTestId('profile-card').last();
    await fresh.getByTestId('profile-code').fill('urgent');
    await fresh.getByTestId('profile-name').fill('急事急办');
    await retype(field(fresh, '办结（一般事项）'), '2');
    await save(staff);
    await staff.getByText('督办规则已保存').waitFor();

    // A new task under 13710 gets the settle deadline of 5 working days.
    await openMenu(staff, '督办事项');
    await staff.getByTestId('supervision').waitFor();
    await staff.getByTestId('new-task').click();
    const d = staff.getByRole('dialog', { name: '新建督办事项', exact: true });
    await d.waitFor();
    await field(d, '事项名称').fill(TASK);
    // Both profiles are offered; 13710 comes first and is preselected.
    await d.getByTestId('profile-select').click();
    await eventually(() =>
      staff.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts(),
    ).toEqual(['13710工作制度', '急事急办']);
    await option(staff, '13710工作制度').click();
    await choose(staff, d, '承办单位', '市教育局');
    // The units' list stays open; a click on the title above it closes it. The profiles' list may
    // still be sliding away too: wait until no list is left on screen.
    await field(d, '事项名称').click();
    await eventually(() => staff.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await d.getByRole('button', { name: button('确定') }).click();
    await d.waitFor({ state: 'hidden' });
    const row = staff.getByTestId('supervision-list').locator('tr', { hasText: TASK });
    await eventually(() => row.count()).toBe(1);
    await eventually(() => row.getByTestId('stage-settle').innerText()).toContain('剩 5 个工作日');
    expect(await row.getByTestId('stage-deploy').innerText()).toContain('剩 1 个工作日');

    // Restoring the default puts 7 working days back once saved; the other profile stays.
    await admin.reload();
    await admin.getByTestId('restore-13710').click();
    await admin
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: button('确定') })
      .click();
    await eventually(() => field(card(admin, '13710'), '办结（一般事项）').inputValue()).toBe('7');
    await save(admin);
    await admin.getByText('督办规则已保存').waitFor();
    await admin.reload();
    await admin.getByTestId('supervision-profiles').waitFor();
    expect(await field(card(admin, '13710'), '办结（一般事项）').inputValue()).toBe('7');
    expect(await field(card(admin, 'urgent'), '办结（一般事项）').inputValue()).toBe('2');
  });
});
