import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@jianyan/server/modules/demo/demo-data.js';
import { loginAs, newPage, pageErrors, startStack, type Stack } from './stack.js';

/**
 * Proposal text and replies are untrusted: a member (or a unit) can type markup. A proposal whose
 * title, text and reply carry script and image-handler payloads is carried to the public portal
 * through the API; the proposal page and the portal page must show the text literally, and no
 * payload may run (the payloads set window.__xss).
 */
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const TITLE = `关于${IMG}社区治理${SCRIPT}的提案`;
const PROBLEM = `问题：${IMG} 与 ${SCRIPT}`;
const SUGGESTIONS = `建议：<b onmouseover="window.__xss=1">加粗</b> ${SCRIPT}`;
const REPLY = `答复：${IMG}${SCRIPT}已办理`;

interface Session {
  cookie: string;
  csrf: string;
}

describe('untrusted text is shown as text, in Chromium', { timeout: 240_000 }, () => {
  let stack: Stack;
  let proposalId = '';
  const pages: Page[] = [];

  async function login(username: string): Promise<Session> {
    const res = await fetch(`${stack.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'jinzhong', username, password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  }

  async function api<T = any>(who: Session, method: string, path: string, body?: unknown) {
    const res = await fetch(`${stack.url}/api/v1${path}`, {
      method,
      headers: {
        cookie: who.cookie,
        'x-csrf-token': who.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return JSON.parse(text) as T;
  }

  beforeAll(async () => {
    stack = await startStack();
    const [member, staff, clerk, leader] = await Promise.all(
      ['jz-member1', 'jz-staff', 'jz-edu-clerk', 'jz-edu-leader'].map(login),
    );
    const sessions = await api<{ sessionId: string }[]>(member!, 'GET', '/sessions');
    const draft = await api(member!, 'POST', '/proposals', {
      sessionId: sessions[0]!.sessionId,
      title: TITLE,
      problem: PROBLEM,
      suggestions: SUGGESTIONS,
    });
    proposalId = draft.proposalId as string;
    const p = `/proposals/${proposalId}`;
    await api(member!, 'POST', `${p}/submit`);
    const categories = await api<{ categoryId: string }[]>(staff!, 'GET', '/categories');
    await api(staff!, 'POST', `${p}/register`, { categoryId: categories[0]!.categoryId });
    const units = await api<{ unitId: string; name: string }[]>(staff!, 'GET', '/units');
    const edu = units.find((u) => u.name === '市教育局')!;
    await api(staff!, 'POST', `${p}/assign`, { units: [{ unitId: edu.unitId, role: 'lead' }] });
    await api(clerk!, 'POST', `${p}/start`);
    const reply = await api(clerk!, 'PUT', `${p}/reply-draft`, { replyClass: 'A', text: REPLY });
    await api(leader!, 'POST', `${p}/replies/${reply.reply.replyId as string}/sign`);
    await api(member!, 'POST', `${p}/feedback`, { verdict: 'satisfied' });
    await api(staff!, 'POST', `${p}/publish`);
  }, 300_000);
  afterAll(async () => {
    for (const page of pages) {
      expect(pageErrors.get(page) ?? []).toEqual([]);
    }
    await stack?.stop();
  });

  /** Nothing ran, and no element was made from the payloads. */
  async function expectInert(page: Page) {
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('b[onmouseover]').count()).toBe(0);
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script')].map((s) => s.textContent ?? ''),
    );
    expect(scripts.filter((s) => s.includes('__xss'))).toEqual([]);
  }

  it('shows the title, text and reply literally on the proposal page', async () => {
    const page = await loginAs(stack, 'jz-member1');
    pages.push(page);
    await page.goto(`${stack.url}/proposals/${proposalId}`);
    const title = page.getByTestId('proposal-title');
    await title.waitFor();
    expect(await title.innerText()).toContain(TITLE);
    const text = await page.getByTestId('proposal').innerText();
    for (const literal of [PROBLEM, SUGGESTIONS, REPLY]) {
      expect(text).toContain(literal);
    }
    // Hovering where the markup would be does not fire a handler either.
    await page.getByText('加粗', { exact: false }).first().hover();
    await expectInert(page);
  });

  it('shows them literally on the public portal, to anyone', async () => {
    const { page } = await newPage(stack);
    pages.push(page);
    await page.goto(`${stack.url}/portal/jinzhong/proposals/${proposalId}`);
    await page.getByText(REPLY).first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain(TITLE);
    expect(text).toContain(REPLY);
    await expectInert(page);
    // The portal's list page shows the title as text too.
    await page.goto(`${stack.url}/portal/jinzhong`);
    await page.getByText(TITLE).first().waitFor();
    await expectInert(page);
  });
});
