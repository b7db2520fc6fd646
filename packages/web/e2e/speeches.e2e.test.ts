import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  button,
  confirm,
  dialog,
  eventually,
  field,
  loginAs,
  newPage,
  pageErrors,
  shot,
  startStack,
  type Stack,
} from './stack.js';

/**
 * Plenary speeches clicked through the real pages: two members write and submit speeches; staff
 * select both, move the second one up, preview the compiled digest (发言摘编) and publish it; the
 * public portal shows the digest with both speeches in that order.
 */
describe(
  'plenary speeches from draft to the published digest, in Chromium',
  { timeout: 240_000 },
  () => {
    let stack: Stack;
    const pages: Page[] = [];
    const speeches = [
      {
        user: 'jz-member1',
        name: '刘建华',
        title: '发展县域特色产业',
        subtitle: '壮大农村集体经济',
        suggestions: '一要培育龙头企业；二要完善利益联结机制。',
      },
      {
        user: 'jz-member2',
        name: '陈晓燕',
        title: '建设普惠托育体系',
        subtitle: '托起幸福晋中',
        suggestions: '一要增加普惠托位；二要加强托育人才培养。',
      },
    ];

    beforeAll(async () => {
      stack = await startStack();
    }, 300_000);
    afterAll(async () => {
      for (const p of pages) {
        expect(pageErrors.get(p) ?? []).toEqual([]);
      }
      await stack?.stop();
    });

    /** Closes the side drawer that shows `content` by its close button. */
    const closeDrawer = async (page: Page, content: Locator) => {
      await page.getByRole('dialog').filter({ has: content }).locator('.ant-drawer-close').click();
      await content.waitFor({ state: 'hidden' });
    };

    const login = async (username: string) => {
      const page = await loginAs(stack, username);
      pages.push(page);
      return page;
    };

    it('members write and submit their speeches', async () => {
      for (const s of speeches) {
        const member = await login(s.user);
        await member.getByTestId('side-menu').getByText('我的大会发言').click();
        await member.getByTestId('my-speeches').waitFor();
        await member.getByTestId('new-speech').click();
        const form = dialog(member, '撰写大会发言');
        await field(form, '主标题').fill(s.title);
        await field(form, '副标题').fill(s.subtitle);
        await field(form, '问题').fill('当前相关工作基础薄弱，群众期盼强烈。');
        await field(form, '建议').fill(s.suggestions);
        await form.getByRole('button', { name: button('保存草稿') }).click();
        await form.waitFor({ state: 'hidden' });
        const list = member.getByTestId('my-speech-list');
        await eventually(() => list.innerText()).toContain(s.title);
        await eventually(() => list.getByTestId('speech-state').first().innerText()).toBe('草稿');
        await list.getByTestId('submit-speech').click();
        await confirm(member, '提交');
        await eventually(() => list.getByTestId('speech-state').first().innerText()).toBe('已提交');
        if (s === speeches[0]) {
          await shot(member, 'speeches-member');
        }
        await member.close();
      }
    });

    it('staff select both, move the second up, preview the digest and publish it', async () => {
      const staff = await login('jz-staff');
      await staff.getByTestId('side-menu').getByText('大会发言').click();
      const list = staff.getByTestId('speech-list');
      for (const s of speeches) {
        const row = list.locator('tr', { hasText: s.title });
        await row.getByRole('button', { name: button('选用') }).click();
        await eventually(() => row.getByTestId('speech-state').innerText()).toBe('已选用');
      }
      const order = () => list.getByTestId('speech-title').allInnerTexts();
      await eventually(async () => (await order()).map((t) => t.split('\n')[0])).toEqual([
        speeches[0]!.title,
        speeches[1]!.title,
      ]);
      await list
        .locator('tr', { hasText: speeches[1]!.title })
        .getByRole('button', { name: '上移' })
        .click();
      await eventually(async () => (await order()).map((t) => t.split('\n')[0])).toEqual([
        speeches[1]!.title,
        speeches[0]!.title,
      ]);
      await shot(staff, 'speeches-staff');

      // Staff edit a speech; the edit is recorded and the submitted text kept.
      const edited = '县域产业链条短，村集体经济薄弱。';
      const row = list.locator('tr', { hasText: speeches[0]!.title });
      await row.getByRole('button', { name: button('编辑') }).click();
      const form = dialog(staff, '编辑大会发言');
      await field(form, '问题').fill(edited);
      await form.getByRole('button', { name: button('确定') }).click();
      await form.waitFor({ state: 'hidden' });
      await eventually(() => row.innerText()).toContain('已编辑');
      await row.getByRole('button', { name: button('记录') }).click();
      const history = staff.getByTestId('speech-history');
      await eventually(() => history.innerText()).toContain('王静 工作人员编辑（问题）');
      expect(await history.innerText()).toContain('当前相关工作基础薄弱，群众期盼强烈。');
      await closeDrawer(staff, history);

      await staff.getByTestId('preview-digest').click();
      const preview = staff.getByTestId('speech-digest');
      await eventually(() => preview.getByTestId('digest-heading').innerText()).toBe(
        '政协第五届晋中市委员会第四次会议大会发言摘编',
      );
      await eventually(() => preview.getByTestId('digest-speech').allInnerTexts()).toHaveLength(2);
      const texts = await preview.getByTestId('digest-speech').allInnerTexts();
      expect(texts[0]).toContain(speeches[1]!.title);
      expect(texts[0]).toContain(`市政协委员 ${speeches[1]!.name}`);
      expect(texts[1]).toContain(speeches[0]!.subtitle);
      expect(texts[1]).toContain(edited);
      expect(texts[1]).toContain(`为此建议：${speeches[0]!.suggestions}`);
      await shot(staff, 'speeches-digest-preview');
      await closeDrawer(staff, preview);

      await staff.getByTestId('publish-digest').click();
      await confirm(staff, '公开发布');
      await eventually(() => staff.getByText('发言摘编已公开').count()).toBe(1);
    });

    it('the public portal shows the published digest', async () => {
      const { page } = await newPage(stack);
      pages.push(page);
      await page.goto(`${stack.url}/portal/jinzhong`);
      await page
        .getByRole('link', { name: '政协第五届晋中市委员会第四次会议大会发言摘编' })
        .click();
      const digest = page.getByTestId('speech-digest');
      await eventually(() => digest.getByTestId('digest-speech').allInnerTexts()).toHaveLength(2);
      const texts = await digest.getByTestId('digest-speech').allInnerTexts();
      expect(texts[0]).toContain(speeches[1]!.title);
      expect(texts[1]).toContain(speeches[0]!.title);
      expect(texts[1]).toContain(`市政协委员 ${speeches[0]!.name}`);
      await shot(page, 'speeches-public-digest');
    });
  },
);
