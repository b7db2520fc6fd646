import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  button,
  choose,
  confirm,
  dialog,
  eventually,
  loginAs,
  pageErrors,
  shot,
  startStack,
  stateOf,
  type Stack,
} from './stack.js';

/**
 * The text features as staff and members meet them: similar proposals while drafting, the
 * full-text search page with highlights, the similar-proposals panel, and the routing suggestions
 * (category at registration, units at assignment) taken with one click.
 */
describe(
  'search, similar proposals and routing suggestions, in Chromium',
  { timeout: 240_000 },
  () => {
    let stack: Stack;
    const pages: Page[] = [];
    const title = '关于加快发展农业低空经济的提案';
    let proposalUrl = '';

    beforeAll(async () => {
      stack = await startStack();
    }, 300_000);
    afterAll(async () => {
      for (const p of pages) {
        expect(pageErrors.get(p) ?? []).toEqual([]);
      }
      await stack?.stop();
    });
    const login = async (username: string) => {
      const page = await loginAs(stack, username);
      pages.push(page);
      return page;
    };

    it('a member submits a proposal, then sees it offered while drafting a similar one', async () => {
      const member = await login('jz-member1');
      await member.getByTestId('side-menu').getByText('撰写提案').click();
      const editor = member.getByTestId('draft-editor');
      await editor.getByLabel('标题').fill(title);
      await editor
        .getByLabel('案由')
        .fill('我市农业低空经济起步较早，但植保无人机作业标准不一，飞手培训不足。');
      await editor
        .getByLabel('建议')
        .fill('一是制定农业无人机作业规范；二是开展新型职业农民飞手培训；三是建设低空经济产业园。');
      await choose(member, editor, '类别', '经济建设');
      await editor.getByRole('button', { name: button('保存草稿') }).click();
      await member.getByTestId('proposal-title').waitFor();
      proposalUrl = member.url();
      await member.getByTestId('action-submit').click();
      await confirm(member, '提交提案');
      await eventually(() => stateOf(member)).toBe('已提交');

      await member.getByTestId('side-menu').getByText('撰写提案').click();
      await member
        .getByTestId('draft-editor')
        .getByLabel('标题')
        .fill('关于低空经济赋能现代农业的提案');
      const offered = member.getByTestId('similar-while-drafting');
      await eventually(() => offered.innerText()).toContain(title);
      await shot(member, 'member-similar-while-drafting');
    });

    it('staff find it by full-text search, with the words marked', async () => {
      const staff = await login('jz-staff');
      await staff.getByTestId('side-menu').getByText('全文检索').click();
      await staff.getByLabel('检索词').fill('低空经济');
      await staff.getByLabel('检索词').press('Enter');
      const hit = staff.getByTestId('search-hit').filter({ hasText: title });
      await hit.waitFor();
      expect(await hit.locator('mark').first().innerText()).toBe('低空经济');
      expect(new URL(staff.url()).searchParams.get('q')).toBe('低空经济');
      await shot(staff, 'staff-search');
    });

    it('staff see similar proposals, take the suggested category and units with one click', async () => {
      const staff = await login('jz-staff');
      await staff.goto(proposalUrl);
      await staff.getByTestId('proposal-title').waitFor();
      // The demo's 2025 speech on agricultural low-altitude economy is on the same subject.
      await eventually(() => staff.getByTestId('similar').innerText()).toContain('低空经济');

      await staff.getByTestId('action-register').click();
      const register = dialog(staff, '立案');
      const category = register.getByTestId('routing-category');
      await eventually(() => category.innerText()).toContain('经济建设');
      await register.getByRole('button', { name: button('确定') }).click();
      await eventually(() => stateOf(staff)).toBe('已立案');

      await staff.getByTestId('action-assign').click();
      const assign = dialog(staff, '交办承办单位');
      const suggested = assign.getByTestId('routing-suggestions');
      await suggested.waitFor();
      const leadTag = (await suggested.getByTestId('routing-unit').first().innerText()).replace(
        /（主办）$/,
        '',
      );
      expect(leadTag).toMatch(/^市/);
      await shot(staff, 'staff-routing-suggestions');
      await suggested.getByTestId('routing-apply').click();
      await assign.getByRole('button', { name: button('确定') }).click();
      await eventually(() => stateOf(staff)).toBe('已交办');
      expect(await staff.getByTestId('handling').innerText()).toContain(leadTag);
    });

    it('the administrator adds a local word to the body’s search dictionary', async () => {
      const admin = await login('jz-admin');
      await admin.getByTestId('side-menu').getByText('检索词典').click();
      const page = admin.getByTestId('admin-dictionary');
      const words = page.getByLabel('词语（每行一个）');
      await words.fill('潇河新城\n农业低空经济');
      await page.getByRole('button', { name: button('保存') }).click();
      await eventually(() => page.getByTestId('reindexed').innerText()).toMatch(
        /已按新词典重建 \d+ 件提案的索引/,
      );
      await admin.reload();
      await eventually(() => words.inputValue()).toBe('潇河新城\n农业低空经济');
    });
  },
);
