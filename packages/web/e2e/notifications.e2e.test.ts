import { describe, expect, it } from 'vitest';
import { browserSuite, button, eventually, shot } from './stack.js';

/** The notification centre as a member meets it: the bell's count, the list, e-mail and SMS. */
describe('the notification centre, in Chromium', { timeout: 180_000 }, () => {
  const suite = browserSuite();

  it('shows the unread count, lists notifications, marks them read and keeps e-mail choices', async () => {
    const member = await suite.login('jz-member1');
    const count = member.getByTestId('unread-count');
    // The demo's proposals of this member were registered, assigned, answered: news for them.
    await eventually(async () => Number((await count.innerText()).trim() || 0)).toBeGreaterThan(0);
    await member.getByTestId('notification-bell').click();
    const items = member.getByTestId('notification');
    await items.first().waitFor();
    expect(
      await member.locator('[data-testid="notification"][data-unread="true"]').count(),
    ).toBeGreaterThan(0);
    await shot(member, 'member-notifications');
    await member.getByTestId('mark-all-read').click();
    await eventually(() =>
      member.locator('[data-testid="notification"][data-unread="true"]').count(),
    ).toBe(0);

    // E-mail: an address, and no e-mail for reminders.
    const prefs = member.getByTestId('email-preferences');
    await prefs.getByLabel('电子邮箱').fill('liu.jianhua@example.gov.cn');
    await prefs.getByLabel('期限提醒').uncheck();
    await prefs.getByRole('button', { name: button('保存') }).click();
    await member.getByText('通知设置已保存').waitFor();
    await member.reload();
    await member.getByTestId('notification-bell').click();
    await eventually(() => prefs.getByLabel('电子邮箱').inputValue()).toBe(
      'liu.jianhua@example.gov.cn',
    );
    expect(await prefs.getByLabel('期限提醒').isChecked()).toBe(false);
    expect(await prefs.getByLabel('答复').isChecked()).toBe(true);

    // SMS: a wrong number is refused on its field; a right one is kept.
    await prefs.getByLabel('手机号码').fill('12345');
    await prefs.getByRole('button', { name: button('保存') }).click();
    await prefs.getByText('须为11位手机号码', { exact: false }).waitFor();
    await prefs.getByLabel('手机号码').fill('13800138000');
    await prefs.getByRole('button', { name: button('保存') }).click();
    await member.getByText('通知设置已保存').waitFor();
    await member.reload();
    await member.getByTestId('notification-bell').click();
    await eventually(() => prefs.getByLabel('手机号码').inputValue()).toBe('13800138000');
  });
});
