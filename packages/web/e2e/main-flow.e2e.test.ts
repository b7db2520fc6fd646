import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  PHONE,
  eventually,
  button,
  choose,
  confirm,
  dialog,
  loginAs,
  newPage,
  pageErrors,
  shot,
  startStack,
  stateOf,
  type Stack,
} from './stack.js';

/**
 * One proposal from draft to the public portal, clicked through the pages by the people who do
 * it: a member drafts it and invites a co-signer, who confirms; the member submits (after the
 * demo session's deadline, so it becomes an interim proposal); staff register and assign it; the
 * unit records its contact with the member and drafts a class-B reply, which its leader signs;
 * the member is dissatisfied; the unit replies again; the member is satisfied; staff publish; the
 * public portal shows the reply.
 */
describe('a proposal from draft to the public portal, in Chromium', { timeout: 240_000 }, () => {
  let stack: Stack;
  let proposalUrl = '';
  const pages: Page[] = [];
  const title = '关于在城区推广社区微循环公交的提案';
  const firstReply = '已将社区微循环公交纳入年度公交线网优化计划，年内开通试点线路2条。';
  const secondReply = '已于6月底前开通社区微循环公交线路5条，覆盖12个小区，并配备适老化车辆。';

  beforeAll(async () => {
    stack = await startStack();
  }, 300_000);
  afterAll(async () => {
    for (const p of pages) {
      expect(pageErrors.get(p) ?? []).toEqual([]);
    }
    await stack?.stop();
  });

  const login = async (username: string, viewport?: { width: number; height: number }) => {
    const page = await loginAs(stack, username, viewport);
    pages.push(page);
    return page;
  };
  /** Logs in and opens the proposal. */
  const open = async (username: string) => {
    const page = await login(username);
    await page.goto(proposalUrl);
    await page.getByTestId('proposal-title').waitFor();
    return page;
  };
  const expectState = (page: Page, state: string) => eventually(() => stateOf(page)).toBe(state);

  it('a member drafts it, invites a co-signer who confirms, and submits it after the deadline', async () => {
    const member = await login('jz-member1');
    await member.getByTestId('my-list').waitFor();
    await shot(member, 'member-my-proposals');

    await member.getByTestId('side-menu').getByText('撰写提案').click();
    const editor = member.getByTestId('draft-editor');
    // The demo session's deadline has passed: the editor says what the proposal will become.
    await eventually(() => editor.getByTestId('interim-warning').innerText()).toContain('平时提案');
    await editor.getByLabel('标题').fill(title);
    await editor
      .getByLabel('案由')
      .fill(
        '城区部分老旧小区距公交站点较远，老年人、残疾人出行不便，现有公交线路难以覆盖小区内部和背街小巷。',
      );
    await editor
      .getByLabel('建议')
      .fill(
        '一是开通社区微循环公交线路；二是优化站点布局，缩短步行距离；三是推广适老化、无障碍车辆。',
      );
    await choose(member, editor, '类别', '社会建设');
    await choose(member, editor, '邀请联名', '陈晓燕');
    await member.keyboard.press('Escape');
    await shot(member, 'member-draft-editor');
    await editor.getByRole('button', { name: button('保存草稿') }).click();

    await member.getByTestId('proposal-title').waitFor();
    proposalUrl = member.url();
    expect(proposalUrl).toMatch(/\/proposals\/[0-9a-f-]{36}$/);
    await expectState(member, '草稿');
    expect(await member.getByTestId('cosigners').innerText()).toContain('陈晓燕（待确认）');

    // The co-signer finds the request in the inbox and confirms.
    const cosigner = await login('jz-member2');
    // The count comes with the menu's own request, after the menu itself has drawn.
    await eventually(() => cosigner.getByTestId('side-menu').innerText()).toMatch(/联名邀请\s*1/);
    await cosigner.getByTestId('side-menu').getByText('联名邀请').click();
    const invitation = cosigner.getByTestId('invitation').filter({ hasText: title });
    expect(await invitation.innerText()).toContain('刘建华 邀请您联名');
    await shot(cosigner, 'member-cosign-invitations');
    await invitation.getByRole('button', { name: button('确认联名') }).click();
    await cosigner.getByText('暂无联名邀请').waitFor();

    await member.reload();
    await eventually(() => member.getByTestId('cosigners').innerText()).toContain(
      '陈晓燕（已确认）',
    );
    await member.getByTestId('action-submit').click();
    await confirm(member, '提交提案');
    await expectState(member, '已提交');
    // Submitted after the session's deadline: an interim (平时) proposal.
    expect(await member.getByTestId('proposal').innerText()).toContain('平时');
    expect(await member.getByTestId('timeline').innerText()).toContain('平时提案');
    await shot(member, 'member-proposal-submitted');
  });

  it('staff register it as a key proposal and assign a lead and a co-handling unit', async () => {
    const staff = await login('jz-staff');
    const queue = staff.getByTestId('review-queue');
    await queue.getByText(title).waitFor();
    await shot(staff, 'staff-review-queue');
    await queue.getByText(title).click();
    await staff.getByTestId('similar').waitFor();
    await shot(staff, 'staff-review-page');

    await staff.getByTestId('action-register').click();
    const register = dialog(staff, '立案');
    await choose(staff, register, '类别', '社会建设');
    await register.getByText('列为重点提案').click();
    await register.getByRole('button', { name: button('确定') }).click();
    await expectState(staff, '已立案');
    await eventually(() => staff.getByTestId('proposal-number').innerText()).toMatch(
      /提案 第平\d{4}号/,
    );

    await staff.getByTestId('action-assign').click();
    const assign = dialog(staff, '交办承办单位');
    await choose(staff, assign, '主办单位', '市交通运输局');
    await choose(staff, assign, '会办单位', '市公安局');
    await staff.keyboard.press('Escape');
    await shot(staff, 'staff-assign-dialog');
    await assign.getByRole('button', { name: button('确定') }).click();
    await expectState(staff, '已交办');
    const units = await staff.getByTestId('handling').innerText();
    expect(units).toContain('市交通运输局');
    expect(units).toContain('市公安局');
    await shot(staff, 'staff-proposal-assigned');
  });

  it('the unit accepts it, records a contact, gets the co-unit’s opinion and drafts a class-B reply', async () => {
    const clerk = await login('jz-jtj-clerk');
    const inbox = clerk.getByTestId('unit-inbox');
    const row = inbox.locator('tr', { hasText: title });
    await row.waitFor();
    // The deadline countdown of the inbox, in working days: three months away, green.
    const badge = row.getByTestId('deadline-badge');
    expect(await badge.innerText()).toMatch(/剩 \d+ 个工作日/);
    expect(await badge.getAttribute('data-level')).toBe('green');
    await shot(clerk, 'unit-inbox');
    await row.getByText(title).click();

    await clerk.getByTestId('action-start').click();
    await confirm(clerk, '签收办理');
    await expectState(clerk, '办理中');

    await clerk.getByTestId('action-contact').click();
    const contact = dialog(clerk, '记录与提案者的沟通');
    await contact.getByText('登门走访').click();
    await contact
      .getByLabel('沟通情况')
      .fill('登门拜访刘建华委员，听取对线路设置和站点布局的意见。');
    await contact.getByRole('button', { name: button('确定') }).click();
    await eventually(() => clerk.getByTestId('handling').innerText()).toContain(
      '登门拜访刘建华委员',
    );

    // The co-handling unit sends its opinion to the lead unit.
    const coUnit = await open('jz-gaj-clerk');
    await coUnit.getByTestId('action-opinion').click();
    const opinion = dialog(coUnit, '提交会办意见');
    await opinion
      .getByLabel('会办意见')
      .fill('我局将配合做好微循环公交线路沿线交通组织和安全保障。');
    await opinion.getByRole('button', { name: button('确定') }).click();
    await eventually(() => coUnit.getByTestId('handling').innerText()).toContain(
      '交通组织和安全保障',
    );

    const panel = clerk.getByTestId('reply-panel');
    await panel.getByText('B类（正在解决或列入计划）').click();
    await panel.getByLabel('答复正文').fill(firstReply);
    await panel.getByRole('button', { name: button('保存答复稿') }).click();
    await eventually(() => panel.innerText()).toContain('由本单位负责人签发');
    await clerk.reload();
    await eventually(() => clerk.getByTestId('handling').innerText()).toContain(
      '交通组织和安全保障',
    );
    await shot(clerk, 'unit-reply-draft');
  });

  it('the unit’s leader signs the reply', async () => {
    const leader = await open('jz-jtj-leader');
    expect(await leader.getByLabel('答复正文').inputValue()).toBe(firstReply);
    await leader.getByTestId('action-sign').click();
    await confirm(leader, '签发');
    await expectState(leader, '已答复');
    expect(await leader.getByTestId('replies').innerText()).toContain('B类');
  });

  it('the member reads the reply and is dissatisfied; the unit replies again; the member is satisfied', async () => {
    const member = await open('jz-member1');
    const replies = member.getByTestId('replies');
    expect(await replies.innerText()).toContain(firstReply);
    await shot(member, 'member-reply-feedback');
    const feedback = member.getByTestId('feedback-panel');
    await feedback.getByText('不满意', { exact: true }).click();
    await feedback.getByLabel('意见').fill('试点线路太少，希望明确覆盖范围和时间表。');
    await feedback.getByRole('button', { name: button('提交评价') }).click();
    await confirm(member, '提交评价');
    await expectState(member, '重新办理');

    const clerk = await open('jz-jtj-clerk');
    const panel = clerk.getByTestId('reply-panel');
    expect(await panel.innerText()).toContain('希望明确覆盖范围和时间表');
    await panel.getByText('A类（已解决或基本解决）').click();
    await panel.getByLabel('答复正文').fill(secondReply);
    await panel.getByRole('button', { name: button('保存答复稿') }).click();
    await eventually(() => panel.innerText()).toContain('由本单位负责人签发');
    await shot(clerk, 'unit-rehandling');

    const leader = await open('jz-jtj-leader');
    await leader.getByTestId('action-sign').click();
    await confirm(leader, '签发');
    await expectState(leader, '已答复');

    await member.reload();
    await eventually(() => member.getByTestId('replies').innerText()).toContain(secondReply);
    await member.getByTestId('feedback-panel').getByText('满意', { exact: true }).click();
    await member
      .getByTestId('feedback-panel')
      .getByRole('button', { name: button('提交评价') })
      .click();
    await confirm(member, '提交评价');
    await expectState(member, '已办结');
    expect(await member.getByTestId('feedback').innerText()).toMatch(/不满意[\s\S]*满意/);
    await shot(member, 'member-proposal-closed');

    // The same page on a phone.
    const phone = await login('jz-member1', PHONE);
    await phone.goto(proposalUrl);
    await phone.getByTestId('proposal-title').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await shot(phone, 'member-proposal-phone');
  });

  it('staff publish it, and the public portal shows the reply without logging in', async () => {
    const staff = await open('jz-staff');
    await staff.getByTestId('action-publish').click();
    await confirm(staff, '公开');
    await eventually(() => staff.getByTestId('proposal').innerText()).toContain('已公开');
    await eventually(() => staff.getByTestId('timeline').innerText()).toContain('公开');

    const { page } = await newPage(stack);
    pages.push(page);
    await page.goto(`${stack.url}/portal/jinzhong`);
    const portal = page.getByTestId('portal');
    const card = portal.getByTestId('public-proposal').filter({ hasText: title });
    await card.waitFor();
    await card.getByText(/查看提案和答复/).click();
    await eventually(() => card.innerText()).toContain(secondReply);
    await shot(page, 'portal');

    // Searchable: the portal's search finds it by a word of its text.
    await portal.getByLabel('搜索').fill('微循环');
    await portal.getByLabel('搜索').press('Enter');
    await eventually(() => portal.getByTestId('public-proposal').count()).toBe(1);
    expect(await portal.getByTestId('public-proposal').innerText()).toContain(title);
    await shot(page, 'portal-search');
  });
});
