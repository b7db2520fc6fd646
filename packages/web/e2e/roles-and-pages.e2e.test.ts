import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  browserSuite,
  button,
  choose,
  confirm,
  dialog,
  eventually,
  field,
  newPage,
  PHONE,
  shot,
  stateOf,
} from './stack.js';

/** The error Ant Design shows under a form field. */
const errorOf = (scope: Page | Locator, label: string) => {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  return scope
    .locator('.ant-form-item')
    .filter({ has: field(page, label) })
    .locator('.ant-form-item-explain-error');
};

/** Calls the API from inside the page, with its session cookie (to compare what the page shows). */
const apiGet = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<T>;

const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

/**
 * What each role may open, how forms report the API's refusals, and every main page of the app,
 * with screenshots: the lists and their server-side filters, bulk actions, the Excel export,
 * objections, the dashboard, the administration, the member pages on a phone and in English.
 */
describe('roles, forms and pages, in Chromium', { timeout: 240_000 }, () => {
  const suite = browserSuite();

  const { login } = suite;
  const menuOf = (page: Page) => page.getByTestId('side-menu').innerText();

  it('a role cannot open another role’s page by its address, and its menu does not offer it', async () => {
    const member = await login('jz-member1');
    expect(await menuOf(member)).toContain('我的提案');
    for (const other of ['审查立案', '交办', '承办提案', '统计分析', '用户与角色']) {
      expect(await menuOf(member)).not.toContain(other);
    }
    for (const path of ['/review', '/assign', '/unit', '/dashboard', '/admin/users']) {
      await member.goto(`${suite.stack.url}${path}`);
      await member.getByText('您的角色无权访问此页面').waitFor();
    }
    await shot(member, 'forbidden');

    const clerk = await login('jz-edu-clerk');
    expect(await menuOf(clerk)).toContain('承办提案');
    expect(await menuOf(clerk)).not.toContain('审查立案');
    for (const path of ['/my/new', '/review', '/admin/units', '/key']) {
      await clerk.goto(`${suite.stack.url}${path}`);
      await clerk.getByText('您的角色无权访问此页面').waitFor();
    }

    const staff = await login('jz-staff');
    expect(await menuOf(staff)).toContain('审查立案');
    expect(await menuOf(staff)).not.toContain('用户与角色');
    await staff.goto(`${suite.stack.url}/admin/users`);
    await staff.getByText('您的角色无权访问此页面').waitFor();

    const leader = await login('jz-leader');
    await leader.goto(`${suite.stack.url}/my/new`);
    await leader.getByText('您的角色无权访问此页面').waitFor();

    // A proposal that is not the member's: the server refuses it, and the page says so.
    type List = { items: { proposalId: string }[] };
    const all = await apiGet<List>(staff, '/proposals?pageSize=100');
    const mine = new Set(
      (await apiGet<List>(member, '/proposals?pageSize=100')).items.map((p) => p.proposalId),
    );
    const notMine = all.items.find((p) => !mine.has(p.proposalId))!;
    await member.goto(`${suite.stack.url}/proposals/${notMine.proposalId}`);
    await member.getByText('不存在或无权查看').waitFor();

    // Without logging in, a back-office page sends the visitor to the login page.
    const { page: anonymous } = await newPage(suite.stack);
    suite.pages.push(anonymous);
    await anonymous.goto(`${suite.stack.url}/review`);
    await anonymous.getByText('用户登录').waitFor();
    expect(new URL(anonymous.url()).pathname).toBe('/login');
    await shot(anonymous, 'login');
  });

  it('a bad form shows the API’s field error next to the field', async () => {
    const member = await login('jz-member1');
    await member.goto(`${suite.stack.url}/my/new`);
    const editor = member.getByTestId('draft-editor');
    await editor.getByLabel('标题').fill('关于加强农村饮用水安全保障的提案');
    await editor.getByRole('button', { name: button('保存并提交') }).click();
    await confirm(member, '确认提交');
    // The draft was saved, but the API refuses to submit it without its two parts.
    await eventually(() => errorOf(editor, '案由').innerText()).toBe('提交前须填写案由');
    expect(await errorOf(editor, '建议').innerText()).toBe('提交前须填写建议');
    await shot(member, 'member-draft-field-error');

    // Filling them in and submitting again works on the same draft.
    await editor.getByLabel('案由').fill('部分农村集中供水工程水质监测不足。');
    await editor.getByLabel('建议').fill('建议建立农村饮用水水质定期检测和公开制度。');
    await editor.getByRole('button', { name: button('保存并提交') }).click();
    await confirm(member, '确认提交');
    await member.getByTestId('proposal-title').waitFor();
    await eventually(() => stateOf(member)).toBe('已提交');

    await member.goto(`${suite.stack.url}/account/password`);
    await member.getByLabel('当前密码').fill('wrong-password');
    await member.getByLabel('新密码', { exact: true }).fill('short');
    await member.getByLabel('确认新密码').fill('short');
    await member.getByRole('button', { name: button('保存') }).click();
    await eventually(() => errorOf(member, '当前密码').innerText()).toBe('当前密码不正确');
    await member.getByLabel('当前密码').fill('Jianyan@2025');
    await member.getByRole('button', { name: button('保存') }).click();
    await eventually(() => errorOf(member, '新密码').innerText()).toBe('密码至少 8 位');
    await shot(member, 'account-password-field-error');

    const admin = await login('jz-admin');
    await admin.goto(`${suite.stack.url}/admin/users`);
    await admin.getByTestId('new-user').click();
    const form = dialog(admin, '新建用户');
    await form.getByLabel('姓名').fill('重名委员');
    await form.getByLabel('用户名').fill('jz-member1');
    await form.getByLabel('初始密码').fill('Jianyan@2026');
    await form.getByRole('button', { name: button('确定') }).click();
    await eventually(() => errorOf(form, '用户名').innerText()).toBe('用户名 jz-member1 已被使用');
    await shot(admin, 'admin-user-field-error');
  });

  it('lists filter and count on the server, and export to Excel', async () => {
    const staff = await login('jz-staff');
    await staff.goto(`${suite.stack.url}/proposals`);
    const list = staff.getByTestId('all-list');
    await list.locator('tbody tr.ant-table-row').first().waitFor();
    await shot(staff, 'staff-all-proposals');
    await choose(staff, list, '状态', '已办结');
    await staff.keyboard.press('Escape');
    await eventually(() => new URL(staff.url()).searchParams.get('state')).toBe('closed');
    const closed = await apiGet<{ total: number }>(staff, '/proposals?state=closed&pageSize=1');
    await eventually(() => list.innerText()).toContain(`共 ${closed.total} 件`);
    const states = await list.locator('tbody').getByTestId('state-tag').allInnerTexts();
    expect(states.length).toBe(closed.total);
    expect(new Set(states)).toEqual(new Set(['已办结']));

    const download = staff.waitForEvent('download');
    await list.getByRole('link', { name: /导出Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(file.url()).toContain('state=closed');

    for (const [path, name] of [
      ['/overdue', 'staff-overdue'],
      ['/key', 'staff-key-proposals'],
    ] as const) {
      await staff.goto(`${suite.stack.url}${path}`);
      await staff.getByTestId('side-menu').waitFor();
      await staff.locator('.ant-table').first().waitFor();
      await shot(staff, name);
    }
  });

  it('staff register and assign many at once; a unit objects and staff re-route it', async () => {
    const staff = await login('jz-staff');
    await staff.goto(`${suite.stack.url}/review`);
    const queue = staff.getByTestId('review-queue');
    const rows = queue.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const waiting = await rows.count();
    expect(waiting).toBeGreaterThanOrEqual(2);
    await queue.locator('thead .ant-checkbox-input').check();
    expect(await queue.getByTestId('bulk-bar').innerText()).toContain(`已选择 ${waiting} 件`);
    await shot(staff, 'staff-review-bulk');
    await queue.getByTestId('bulk-register').click();
    const register = dialog(staff, '批量立案（设置类别）');
    await choose(staff, register, '类别', '生态保护');
    await register.getByRole('button', { name: button('确定') }).click();
    await queue.getByText('没有待审查的提案').waitFor();

    await staff.getByTestId('side-menu').getByText('交办').click();
    const assignQueue = staff.getByTestId('assign-queue');
    const toAssign = assignQueue.locator('tbody tr.ant-table-row');
    await toAssign.first().waitFor();
    expect(await toAssign.count()).toBeGreaterThanOrEqual(waiting);
    await assignQueue.locator('thead .ant-checkbox-input').check();
    await assignQueue.getByTestId('bulk-assign').click();
    const assign = dialog(staff, '批量交办承办单位');
    await choose(staff, assign, '主办单位', '市生态环境局');
    await shot(staff, 'staff-assign-bulk');
    await assign.getByRole('button', { name: button('确定') }).click();
    await assignQueue.getByText('没有待交办的提案').waitFor();

    // The unit says one of them is not its business.
    const clerk = await login('jz-sthjj-clerk');
    await clerk.getByTestId('unit-list').getByText('关于加强农村饮用水安全保障的提案').click();
    await clerk.getByTestId('action-object').click();
    const object = dialog(clerk, '提出异议');
    await object.getByLabel('异议理由').fill('该提案涉及农村供水工程，属水利部门职责。');
    await object.getByLabel('建议承办单位').fill('市水利局');
    await object.getByRole('button', { name: button('确定') }).click();
    await eventually(() => clerk.getByTestId('handling').innerText()).toContain('待处理');

    await staff.getByTestId('side-menu').getByText('异议处理').click();
    const objections = staff.getByTestId('objections');
    await objections.getByText('属水利部门职责').waitFor();
    await shot(staff, 'staff-objections');
    await objections
      .getByRole('link', { name: button('去处理') })
      .first()
      .click();
    await staff.getByTestId('action-resolve').click();
    const resolve = dialog(staff, '处理承办单位异议');
    await resolve.getByText('改办', { exact: true }).click();
    await choose(staff, resolve, '主办单位', '市水利局');
    await resolve.getByRole('button', { name: button('确定') }).click();
    await eventually(() => staff.getByTestId('handling').innerText()).toContain('改办');
    expect(await staff.getByTestId('handling').innerText()).toContain('市水利局');
    await staff.getByTestId('side-menu').getByText('异议处理').click();
    await staff.getByTestId('objections').getByText('没有待处理的异议').waitFor();
  });

  it('draws the leader’s dashboard from the statistics', async () => {
    const leader = await login('jz-leader');
    const dashboard = leader.getByTestId('dashboard');
    await dashboard.getByTestId('chart-units').locator('canvas').waitFor();
    expect(await dashboard.locator('canvas').count()).toBeGreaterThanOrEqual(5);
    const o = await apiGet<{
      received: number;
      registered: number;
      rates: { closure: { base: number } };
    }>(leader, '/statistics/overview');
    const text = await dashboard.innerText();
    expect(text).toMatch(new RegExp(`收到提案\\s*${o.received}`));
    expect(text).toMatch(new RegExp(`立案\\s*${o.registered}`));
    expect(text).toContain(`÷ 已交办 ${o.rates.closure.base} 件`);
    await shot(leader, 'leader-dashboard');
    await leader.getByTestId('side-menu').getByText('重点提案督办').click();
    await leader.getByTestId('key-list').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(leader, 'leader-key-proposals');
  });

  it('the administration keeps sessions, units, users and categories', async () => {
    const admin = await login('jz-admin');
    await admin.goto(`${suite.stack.url}/admin/body`);
    await admin.getByTestId('admin-body').getByText('政协晋中市委员会').first().waitFor();
    await shot(admin, 'admin-body');

    await admin.goto(`${suite.stack.url}/admin/sessions`);
    await admin.getByTestId('new-session').click();
    const session = dialog(admin, '新建会议');
    await session.getByLabel('代码').fill('2027');
    await session.getByLabel('名称').fill('政协第五届晋中市委员会第六次会议');
    await field(session, '提案截止时间（北京时间）').click();
    await admin.keyboard.type('2027-02-20 12:00');
    await admin.keyboard.press('Enter');
    await session.getByRole('button', { name: button('确定') }).click();
    const row = admin.getByTestId('admin-sessions').locator('tr', { hasText: '第六次会议' });
    await row.waitFor();
    expect(await row.innerText()).toContain('2027-02-20 12:00');
    expect(await row.innerText()).toContain('征集中');
    await shot(admin, 'admin-sessions');

    await admin.goto(`${suite.stack.url}/admin/units`);
    await admin.getByTestId('new-unit').click();
    const unit = dialog(admin, '新增单位');
    await unit.getByLabel('单位名称').fill('市乡村振兴服务中心');
    await unit.getByRole('button', { name: button('确定') }).click();
    await admin.getByTestId('admin-units').getByText('市乡村振兴服务中心').waitFor();
    await shot(admin, 'admin-units');

    await admin.goto(`${suite.stack.url}/admin/users`);
    await admin.getByTestId('admin-users').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(admin, 'admin-users');

    await admin.goto(`${suite.stack.url}/admin/categories`);
    await admin.getByTestId('new-category').click();
    const category = dialog(admin, '新增类别');
    await category.getByLabel('类别名称').fill('城市建设');
    await choose(admin, category, '领域', '社会建设');
    await category.getByRole('button', { name: button('确定') }).click();
    await admin.getByTestId('admin-categories').getByText('城市建设').waitFor();
    await shot(admin, 'admin-categories');
  });

  it('the member pages fit a phone, and the interface switches to English', async () => {
    const phone = await login('jz-member3', PHONE);
    await phone.getByTestId('my-list').waitFor();
    await noHorizontalScroll(phone);
    await shot(phone, 'member-my-proposals-phone');
    for (const [path, testId, name] of [
      ['/my/new', 'draft-editor', 'member-draft-editor-phone'],
      ['/my/invitations', 'invitations', 'member-invitations-phone'],
    ] as const) {
      await phone.goto(`${suite.stack.url}${path}`);
      await phone.getByTestId(testId).waitFor();
      await noHorizontalScroll(phone);
      await shot(phone, name);
    }
    // The menu opens as a drawer.
    await phone.getByRole('button', { name: /菜单/ }).click();
    await phone.getByTestId('side-menu').getByText('我的提案').click();
    await phone.getByTestId('my-list').waitFor();

    const member = await login('jz-member3');
    await member.getByTestId('account-menu').click();
    await member.getByRole('menuitem', { name: /English/ }).click();
    await eventually(() => menuOf(member)).toContain('My proposals');
    await member.reload();
    await eventually(() => menuOf(member)).toContain('New proposal');
    expect(await member.getByTestId('my-proposals').innerText()).toContain('My proposals');
    await shot(member, 'member-my-proposals-en');
  });
});
