import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, loginAs, shot, startStack } from './browser.js';

type Stack = Awaited<ReturnType<typeof startStack>>;

/**
 * The whole proposal, clicked through the pages by the people who do it: a member drafts and
 * invites a co-signer who confirms; staff register and assign; the unit contacts the member and
 * replies (class B), its leader signs; the member is dissatisfied; the unit replies again; the
 * member is satisfied; staff publish; the public portal shows the reply.
 */
describe('the web app, in Chromium', () => {
  let stack: Stack;
  let proposalUrl: string;
  const title = '关于在全市推广社区微循环公交的提案';

  beforeAll(async () => {
    stack = await startStack();
  }, 180_000);
  afterAll(async () => stack?.stop());

  const open = async (username: string) => {
    const page = await loginAs(stack.browser, stack.url, username);
    await page.goto(proposalUrl);
    await page.getByTestId('proposal').waitFor();
    return page;
  };
  const act = async (page: Page, testId: string, button: RegExp | string) => {
    const card = page.getByTestId(testId);
    await card.getByRole('button', { name: button }).click();
    await page.locator('.ant-message-success').last().waitFor();
  };
  const expectState = async (page: Page, state: string) => {
    await page.reload();
    await expect
      .poll(() => page.getByTestId('proposal').locator('.ant-card-extra').innerText())
      .toBe(state);
  };

  it('a member drafts, invites a co-signer, who confirms, and submits', async () => {
    const member = await loginAs(stack.browser, stack.url, 'jz-member1');
    await shot(member, 'member-home');
    await member.goto(`${stack.url}/my/new`);
    const editor = member.getByTestId('draft-editor');
    await editor.getByLabel('标题').fill(title);
    await editor.getByLabel('案由').fill('城区部分居民小区距公交站点较远，老年人出行不便。');
    await editor
      .getByLabel('建议')
      .fill('一是开通社区微循环公交线路；二是优化站点布局；三是推广适老化车辆。');
    await editor.getByLabel('邀请联名').click();
    await member.keyboard.type('陈晓燕');
    await member
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '陈晓燕' })
      .click();
    await member.keyboard.press('Escape');
    await shot(member, 'member-draft-editor');
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await member.getByTestId('proposal').waitFor();
    proposalUrl = member.url();
    await expect
      .poll(() => member.getByTestId('proposal').innerText())
      .toContain('陈晓燕（待确认）');

    const cosigner = await loginAs(stack.browser, stack.url, 'jz-member2');
    await cosigner.goto(`${stack.url}/my/invitations`);
    await cosigner.getByText(title).waitFor();
    await shot(cosigner, 'member-invitations');
    await cosigner.getByRole('button', { name: '确认联名' }).click();
    await cosigner.getByText('暂无联名邀请').waitFor();

    await member.reload();
    await expect
      .poll(() => member.getByTestId('proposal').innerText())
      .toContain('陈晓燕（已确认）');
    await act(member, 'action-submit', '确认提交');
    await expectState(member, '已提交');
    await shot(member, 'member-proposal-submitted');
  });

  it('staff register and assign it; the unit contacts the member, drafts a class-B reply, the leader signs', async () => {
    const staff = await loginAs(stack.browser, stack.url, 'jz-staff');
    await staff.getByTestId('review-queue').getByText(title).waitFor();
    await shot(staff, 'staff-review-queue');
    await staff.goto(proposalUrl);
    await choose(staff, staff.getByTestId('action-register'), '类别', '社会建设');
    await act(staff, 'action-register', /立\s*案/);
    await expectState(staff, '已立案');
    await choose(staff, staff.getByTestId('action-assign'), '主办单位', '市交通运输局');
    await act(staff, 'action-assign', /交\s*办/);
    await expectState(staff, '已交办');
    await shot(staff, 'staff-proposal-assigned');

    const clerk = await loginAs(stack.browser, stack.url, 'jz-jtj-clerk');
    await clerk.getByTestId('unit-inbox').getByText(title).waitFor();
    await shot(clerk, 'unit-inbox');
    await clerk.goto(proposalUrl);
    await act(clerk, 'action-start', '签收并开始办理');
    await expectState(clerk, '办理中');
    await clerk
      .getByTestId('action-contact')
      .getByLabel('沟通情况')
      .fill('电话联系委员，听取对线路设置的意见。');
    await act(clerk, 'action-contact', '保存沟通记录');
    const draft = clerk.getByTestId('action-reply-draft');
    await draft.locator('label', { hasText: 'B类' }).click();
    await draft
      .getByLabel('答复正文')
      .fill('已将社区微循环公交纳入年度公交线网优化计划，年内开通试点线路2条。');
    await act(clerk, 'action-reply-draft', '保存答复稿');
    await shot(clerk, 'unit-reply-draft');

    const leader = await open('jz-jtj-leader');
    await act(leader, 'action-sign', /签\s*发/);
    await expectState(leader, '已答复');
  });

  it('the member is dissatisfied, the unit replies again, the member is satisfied, staff publish', async () => {
    const member = await open('jz-member1');
    await member.getByTestId('reply').first().getByText('年内开通试点线路2条').waitFor();
    const feedback = member.getByTestId('action-feedback');
    await feedback.getByText('不满意', { exact: true }).click();
    await feedback.getByLabel('意见').fill('试点线路太少，希望明确时间表。');
    await act(member, 'action-feedback', '提交反馈');
    await expectState(member, '重新办理');

    const clerk = await open('jz-jtj-clerk');
    const draft = clerk.getByTestId('action-reply-draft');
    await draft.locator('label', { hasText: 'A类' }).click();
    await draft.getByLabel('答复正文').fill('已于6月底前开通社区微循环公交线路5条，覆盖12个小区。');
    await act(clerk, 'action-reply-draft', '保存答复稿');
    const leader = await open('jz-jtj-leader');
    await act(leader, 'action-sign', /签\s*发/);
    await expectState(leader, '已答复');

    await member.reload();
    await member.getByTestId('action-feedback').getByText('满意', { exact: true }).click();
    await act(member, 'action-feedback', '提交反馈');
    await expectState(member, '已办结');
    await shot(member, 'member-proposal-closed');

    const staff = await open('jz-staff');
    await act(staff, 'action-publish', '公开答复');
    await expect.poll(() => staff.getByTestId('timeline').innerText()).toContain('公开');
  });

  it('shows the reply on the public portal, without logging in', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${stack.url}/portal/jinzhong`);
    const portal = page.getByTestId('portal');
    await portal.getByText(title).waitFor();
    await expect.poll(() => portal.innerText()).toContain('覆盖12个小区');
    await shot(page, 'public-portal');
  });

  it('keeps a role out of another role’s page, even by its address', async () => {
    const member = await loginAs(stack.browser, stack.url, 'jz-member1');
    await member.goto(`${stack.url}/review`);
    await member.getByText('您的角色无权访问此页面').waitFor();
    await expect.poll(() => member.locator('.ant-menu').innerText()).not.toContain('审查立案');
  });

  it('shows the API’s field error next to the field of a bad form', async () => {
    const member = await loginAs(stack.browser, stack.url, 'jz-member1');
    await member.goto(`${stack.url}/my/new`);
    await member
      .getByTestId('draft-editor')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    const error = member
      .getByTestId('draft-editor')
      .locator('.ant-form-item-explain-error')
      .first();
    await error.waitFor();
    expect(await error.innerText()).toMatch(/[\u4e00-\u9fff]/);
    await shot(member, 'member-draft-field-error');
  });

  it('draws the leader’s dashboard and fits the member pages on a phone', async () => {
    const leader = await loginAs(stack.browser, stack.url, 'jz-leader');
    await leader.goto(`${stack.url}/dashboard`);
    await leader.getByTestId('dashboard').locator('canvas').first().waitFor();
    await shot(leader, 'leader-dashboard');
    const phone = await loginAs(stack.browser, stack.url, 'jz-member1', {
      width: 390,
      height: 844,
    });
    await phone.getByTestId('my-list').waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(phone, 'member-home-phone');
  });
});
