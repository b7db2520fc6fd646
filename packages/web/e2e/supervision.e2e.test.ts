import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, button, choose, eventually, field, shot } from './stack.js';

/** Calls the API from inside the page, with its session cookie and CSRF token. */
const apiCall = <T>(page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ([m, p, b]) =>
      (
        await fetch(`/api/v1${p}`, {
          method: m,
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': sessionStorage.getItem('jianyan.csrf') ?? '',
          },
          body: m === 'GET' ? undefined : JSON.stringify(b ?? {}),
        })
      ).json(),
    [method, path, body] as const,
  ) as Promise<T>;

const TASK = '清理城区违规占道经营';
const KEY = '关于建设城市一刻钟便民生活圈的提案';

/** A row of the supervised items list. */
const row = (page: Page, title: string) =>
  page.getByTestId('supervision-list').locator('tr', { hasText: title });

/** Opens the menu entry by its label. */
async function openMenu(page: Page, label: string) {
  await page
    .getByRole('menuitem', { name: new RegExp(label) })
    .first()
    .click();
}

/** Fills and confirms the dialog an action button opened. */
async function submitDialog(page: Page, title: string, fill: (d: Locator) => Promise<void>) {
  // By its accessible name: the item's drawer is a dialog too, and holds the button's text.
  const d = page.getByRole('dialog', { name: title, exact: true });
  await d.waitFor();
  await fill(d);
  await d.getByRole('button', { name: button('确定') }).click();
  await d.waitFor({ state: 'hidden' });
}

describe('supervision (督办), in Chromium', { timeout: 300_000 }, () => {
  const suite = browserSuite();

  it('staff assign a task; the unit reports its stages; staff rate it fail and return it', async () => {
    const staff = await suite.login('jz-staff');
    await openMenu(staff, '督办事项');
    await staff.getByTestId('supervision').waitFor();
    // The demo's five items, two of them closed: 40% under 13710.
    await eventually(() => staff.getByTestId('metrics-13710').innerText()).toMatch(/40\s*%/);
    await eventually(() => row(staff, '规范校外培训机构收费').count()).toBe(1);
    await expect
      .poll(() =>
        row(staff, '规范校外培训机构收费')
          .getByTestId('stage-progress')
          .getAttribute('data-status'),
      )
      .toBe('overdue');

    await staff.getByTestId('new-task').click();
    await submitDialog(staff, '新建督办事项', async (d) => {
      // The supervising leader is chosen here too; its label names this dialog's own field.
      await field(d, '事项名称').fill(TASK);
      await field(d, '说明').fill('群众反映主干道两侧占道经营，影响通行。');
      await choose(staff, d, '承办单位', '市教育局');
      await staff.keyboard.press('Tab');
      await choose(staff, d, '督办领导', '市政协副主席 张卫东');
    });
    await eventually(() => row(staff, TASK).count()).toBe(1);
    const badges = row(staff, TASK);
    for (const stage of ['deploy', 'progress', 'settle']) {
      expect(await badges.getByTestId(`stage-${stage}`).getAttribute('data-status')).toBe(
        'pending',
      );
    }
    expect(await badges.innerText()).toContain('市政协副主席 张卫东');
    await shot(staff, 'supervision-list');

    // The unit sees it under its own menu entry and reports deployment, then settles it.
    const clerk = await suite.login('jz-edu-clerk');
    await openMenu(clerk, '督办事项');
    await clerk.getByTestId('unit-supervision').waitFor();
    await eventually(() => row(clerk, TASK).count()).toBe(1);
    await row(clerk, TASK).getByTestId('open-item').click();
    const detail = clerk.getByTestId('supervision-detail');
    await detail.waitFor();
    await expect.poll(() => detail.getByTestId('stage-action-progress').count()).toBe(0);
    await detail.getByTestId('stage-action-deploy').click();
    await submitDialog(clerk, '报告研究部署', (d) =>
      field(d, '情况说明').fill('召开局务会研究部署，明确责任科室。'),
    );
    await eventually(() => detail.getByTestId('stage-deploy').getAttribute('data-status')).toBe(
      'done',
    );
    await detail.getByTestId('stage-action-settle').click();
    await submitDialog(clerk, '报告办结', (d) => field(d, '情况说明').fill('已完成清理。'));
    await eventually(() => detail.getByTestId('item-state').innerText()).toContain('已办结');
    await shot(clerk, 'supervision-unit-detail');

    // Staff rate it fail and return it: it reopens for a second round.
    await staff.reload();
    await staff.getByTestId('supervision-filter').getByText('已办结', { exact: true }).click();
    await row(staff, TASK).waitFor();
    expect(await row(staff, TASK).innerText()).toContain('已办结待评价');
    await row(staff, TASK).getByTestId('open-item').click();
    const staffDetail = staff.getByTestId('supervision-detail');
    await staffDetail.getByTestId('rate-item').click();
    await submitDialog(staff, '评价', async (d) => {
      await d.getByText('不合格', { exact: true }).click();
      await field(d, '评价意见').fill('抽查发现仍有占道，请重新办理。');
      await d.getByTestId('return-item').click();
    });
    await eventually(() => staffDetail.getByTestId('item-state').innerText()).toContain('第2轮');
    await eventually(() => staffDetail.getByTestId('supervision-records').innerText()).toContain(
      '退回重办',
    );
    await staffDetail.getByTestId('add-note').click();
    await submitDialog(staff, '填写督办意见', (d) =>
      field(d, '督办意见').fill('请教育局本周内报告整改情况。'),
    );
    await eventually(() => staffDetail.getByTestId('supervision-note').innerText()).toContain(
      '请教育局本周内报告整改情况。',
    );
    await shot(staff, 'supervision-returned');

    type Notes = { items: { title: string }[] };
    const notes = await apiCall<Notes>(clerk, 'GET', '/notifications');
    expect(notes.items.map((n) => n.title)).toContain(
      `督办事项《${TASK}》评为不合格，已退回重新办理`,
    );
  });

  it('a leader puts a key proposal under the profile and names the supervising leader', async () => {
    // A key proposal in handling, made through the API as its member and the staff would.
    const member = await suite.login('jz-member1');
    const staff = await suite.login('jz-staff2');
    const sessions = await apiCall<{ sessionId: string }[]>(member, 'GET', '/sessions');
    const draft = await apiCall<{ proposalId: string }>(member, 'POST', '/proposals', {
      sessionId: sessions[0]!.sessionId,
      title: KEY,
      problem: '社区商业配套不足，居民购物不便。',
      suggestions: '一是规划布局便民网点；二是扶持社区商业。',
    });
    const id = draft.proposalId;
    await apiCall(member, 'POST', `/proposals/${id}/submit`);
    const categories = await apiCall<{ categoryId: string }[]>(staff, 'GET', '/categories');
    await apiCall(staff, 'POST', `/proposals/${id}/register`, {
      categoryId: categories[0]!.categoryId,
      isKey: true,
    });
    const units = await apiCall<{ unitId: string; name: string }[]>(staff, 'GET', '/units');
    await apiCall(staff, 'POST', `/proposals/${id}/assign`, {
      units: [{ unitId: units.find((u) => u.name === '市商务局')!.unitId, role: 'lead' }],
    });

    // Members have no supervision page, by menu or by address.
    expect(await member.getByRole('menuitem', { name: /督办事项/ }).count()).toBe(0);
    await member.goto(`${suite.stack.url}/supervision`);
    await member.getByTestId('forbidden').waitFor();

    const leader = await suite.login('jz-leader');
    await openMenu(leader, '督办事项');
    await leader.getByTestId('supervise-proposal').click();
    await submitDialog(leader, '重点提案督办', async (d) => {
      await choose(leader, d, '重点提案', KEY);
      await d.getByTestId('major-switch').click();
    });
    await eventually(() => row(leader, KEY).count()).toBe(1);
    expect(await row(leader, KEY).innerText()).toContain('市商务局');
    await row(leader, KEY).getByTestId('open-item').click();
    const detail = leader.getByTestId('supervision-detail');
    await detail.getByTestId('set-leader').click();
    await submitDialog(leader, '设置督办领导', (d) =>
      choose(leader, d, '督办领导', '市政协副主席 张卫东'),
    );
    await eventually(() => detail.getByTestId('supervising-leader').innerText()).toBe(
      '市政协副主席 张卫东',
    );
    type Item = { items: { title: string; major: boolean; leaderName: string | null }[] };
    const items = await apiCall<Item>(leader, 'GET', '/supervision/items');
    expect(items.items.find((i) => i.title === KEY)).toMatchObject({
      major: true,
      leaderName: '市政协副主席 张卫东',
    });
    await shot(leader, 'supervision-key-proposal');
  });
});
