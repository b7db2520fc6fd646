import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, button, eventually, field, loginAs, shot } from './stack.js';

/** Calls the API from inside the page, with its session cookie (to compare what the page shows). */
const apiGet = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<T>;

/** Writes through the API from inside the page, with the session's CSRF token. */
const apiPost = <T>(page: Page, path: string, body: unknown) =>
  page.evaluate(
    async ([p, b]) =>
      (
        await fetch(`/api/v1${p}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': sessionStorage.getItem('jianyan.csrf') ?? '',
          },
          body: JSON.stringify(b),
        })
      ).json(),
    [path, body] as const,
  ) as Promise<T>;

/** The deadline rules in the administration, with what the API then computes deadlines with. */
describe('deadlines, in Chromium', { timeout: 240_000 }, () => {
  const suite = browserSuite();

  it('the administrator sees the rules in force and changes the co-unit opinion deadline', async () => {
    const admin = await suite.login('jz-admin');
    await admin.goto(`${suite.stack.url}/admin/body`);
    const opinion = field(admin, '会办意见期限（交办后月数）');
    await eventually(() => opinion.inputValue()).toBe('1');
    expect(await field(admin, '延期后最长期限（交办后月数）').inputValue()).toBe('6');
    expect(await field(admin, '反馈期限（工作日）').inputValue()).toBe('15');
    await opinion.fill('2');
    await admin.getByRole('button', { name: button('保存设置') }).click();
    type Policy = { policy: { coOpinionMonths: number; replyMonths: number } };
    await eventually(
      async () => (await apiGet<Policy>(admin, '/deadline-policy')).policy.coOpinionMonths,
    ).toBe(2);
    expect((await apiGet<Policy>(admin, '/deadline-policy')).policy.replyMonths).toBe(3);
    await shot(admin, 'admin-deadline-policy');
  });

  it('the bell shows the unread count and the list marks notifications read', async () => {
    // Staff assign a registered proposal to the education bureau: which tells its clerk.
    const staff = await loginAs(suite.stack, 'jz-staff');
    const clerk = await loginAs(suite.stack, 'jz-edu-clerk');
    suite.pages.push(staff, clerk);
    const unitId = (await apiGet<{ unitId: string }>(clerk, '/auth/me')).unitId;
    const registered = await apiGet<{ items: { proposalId: string }[] }>(
      staff,
      '/proposals?state=registered&pageSize=1',
    );
    expect(registered.items).toHaveLength(1);
    for (const p of registered.items) {
      await apiPost(staff, `/proposals/${p.proposalId}/assign`, {
        units: [{ unitId, role: 'lead' }],
      });
    }
    await clerk.reload();
    type Notes = { unread: number; items: { title: string; readAt: string | null }[] };
    const before = await apiGet<Notes>(clerk, '/notifications');
    expect(before.unread).toBeGreaterThanOrEqual(1);
    const badge = clerk.getByTestId('unread-count').locator('.ant-badge-count');
    await eventually(() => badge.getAttribute('title')).toBe(String(before.unread));
    await clerk.getByTestId('notification-bell').click();
    const list = clerk.getByTestId('notifications');
    await list.getByText(before.items[0]!.title).first().waitFor();
    await shot(clerk, 'notification-centre');
    await clerk.getByRole('button', { name: button('全部标为已读') }).click();
    await eventually(async () => (await apiGet<Notes>(clerk, '/notifications')).unread).toBe(0);
    await eventually(() => list.locator('[data-unread]').count()).toBe(0);
    await eventually(() => badge.count()).toBe(0);

    // E-mail preferences: reminders stay in the list but no longer go by e-mail.
    const prefs = clerk.getByTestId('email-preferences');
    await prefs.getByText('期限提醒', { exact: true }).click();
    await prefs.getByRole('button', { name: button('保存') }).click();
    type Prefs = { preferences: { emailOptOut: string[] } };
    await eventually(
      async () => (await apiGet<Prefs>(clerk, '/notifications')).preferences.emailOptOut,
    ).toEqual(['reminder']);
  });
});
