import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, button, dialog, eventually, field, shot } from './stack.js';

/** Calls the API from inside the page, with its session cookie (to compare what the page shows). */
const apiGet = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<T>;

/** Writes through the API from inside the page, with the session's CSRF token. */
const apiPost = <T>(page: Page, path: string, body?: unknown) =>
  page.evaluate(
    async ([p, b]) =>
      (
        await fetch(`/api/v1${p}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': sessionStorage.getItem('jianyan.csrf') ?? '',
          },
          body: JSON.stringify(b ?? {}),
        })
      ).json(),
    [path, body] as const,
  ) as Promise<T>;

/** The Beijing day of an instant. */
const day = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Types a day into an Ant Design date picker and confirms it. */
async function pickDate(page: Page, input: ReturnType<typeof field>, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.keyboard.press('Escape').catch(() => undefined);
}

interface Detail {
  title: string;
  ownerUserId: string;
  replyDueAt: string;
  assignments: { unitId: string; extensionCeiling: { ceilingAt: string; maxMonths: number } }[];
}

/**
 * The deadline screens with the demo data: a unit asks for an extension within the ceiling the
 * page shows and staff approve it; the administrator gives the body a holiday; the demo's
 * proposals assigned in March 2025 are long overdue in the unit's inbox; the report page's
 * per-unit table shows the handling report's figures.
 */
describe('deadline screens, in Chromium', { timeout: 300_000 }, () => {
  const suite = browserSuite();

  it('a unit asks for an extension, staff approve it, and the new deadline shows to the proposer', async () => {
    const staff = await suite.login('jz-staff');
    const clerk = await suite.login('jz-edu-clerk');
    const unitId = (await apiGet<{ unitId: string }>(clerk, '/auth/me')).unitId;
    const registered = await apiGet<{ items: { proposalId: string }[] }>(
      staff,
      '/proposals?state=registered&pageSize=1',
    );
    const id = registered.items[0]!.proposalId;
    await apiPost(staff, `/proposals/${id}/assign`, { units: [{ unitId, role: 'lead' }] });
    await apiPost(clerk, `/proposals/${id}/start`);
    const before = await apiGet<Detail>(clerk, `/proposals/${id}`);
    const ceiling = before.assignments[0]!.extensionCeiling;
    expect(ceiling.maxMonths).toBe(6);

    await clerk.goto(`${suite.stack.url}/proposals/${id}`);
    // Three months to reply, far away: a green countdown in working days.
    const due = clerk.getByTestId('proposal').getByTestId('deadline-badge').first();
    await eventually(() => due.getAttribute('data-level')).toBe('green');
    await clerk.getByTestId('request-extension').click();
    const ask = dialog(clerk, '申请延期');
    await ask.getByText(day(ceiling.ceilingAt)).first().waitFor();
    await pickDate(clerk, field(ask, '延期至'), day(ceiling.ceilingAt));
    await field(ask, '延期理由').fill('涉及多个部门和年度预算，需延期答复');
    await ask.getByRole('button', { name: button('确定') }).click();
    await clerk.getByTestId('extension').getByText('待审批').waitFor();
    await shot(clerk, 'extension-requested');

    await staff.goto(`${suite.stack.url}/extensions`);
    const row = staff.getByRole('row').filter({ hasText: before.title });
    await row.getByText('涉及多个部门和年度预算，需延期答复').waitFor();
    expect(await row.getByTestId('requested-date').innerText()).toBe(day(ceiling.ceilingAt));
    await shot(staff, 'extension-requests');
    await row.getByTestId('approve-extension').click();
    const decide = dialog(staff, '批准延期');
    await field(decide, '审批意见').fill('同意延期，请抓紧办理');
    await decide.getByRole('button', { name: button('确定') }).click();
    await staff.getByText('没有待审批的延期申请').waitFor();

    const after = await apiGet<Detail>(staff, `/proposals/${id}`);
    expect(day(after.replyDueAt)).toBe(day(ceiling.ceilingAt));
    type Users = { userId: string; username: string }[];
    const admin = await suite.login('jz-admin');
    const owner = (await apiGet<Users>(admin, '/users')).find(
      (u) => u.userId === after.ownerUserId,
    )!;
    const proposer = await suite.login(owner.username);
    await proposer.goto(`${suite.stack.url}/proposals/${id}`);
    const shown = proposer.getByTestId('proposal').getByTestId('deadline-badge').first();
    await eventually(() => shown.innerText()).toContain(day(ceiling.ceilingAt));
    await proposer.getByTestId('extension').getByText('已批准').waitFor();
    expect(await proposer.getByTestId('extensions').innerText()).toContain('同意延期，请抓紧办理');
  });

  it('the administrator makes a day a holiday for the body, with a note', async () => {
    const admin = await suite.login('jz-admin');
    await admin.goto(`${suite.stack.url}/admin/calendar?year=2026`);
    const days = admin.getByTestId('calendar-days');
    // The official data: National Day off, the make-up Saturday 10 October a working day.
    const national = days.getByRole('row').filter({ hasText: '2026-10-01' });
    await eventually(() => national.innerText()).toContain('国庆节');
    expect(await days.getByRole('row').filter({ hasText: '2026-10-10' }).innerText()).toContain(
      '调休上班',
    );
    const form = admin.getByTestId('calendar-override-form');
    await pickDate(admin, field(form, '日期'), '2026-12-18');
    await field(form, '说明').fill('本市冬季运动会放假一天');
    await form.getByRole('button', { name: button('保存调整') }).click();
    const row = admin
      .getByTestId('calendar-days')
      .getByRole('row')
      .filter({ hasText: '2026-12-18' });
    await row.getByTestId('local-edit').getByText('本市冬季运动会放假一天').waitFor();
    type Year = { days: { date: string; local: { kind: string; note: string } | null }[] };
    const cal = await apiGet<Year>(admin, '/calendar?year=2026');
    expect(cal.days.find((d) => d.date === '2026-12-18')?.local).toEqual({
      kind: 'holiday',
      note: '本市冬季运动会放假一天',
    });
    const calc = admin.getByTestId('deadline-calculator');
    await pickDate(admin, field(calc, '起算日'), '2026-12-17');
    await field(calc, '加').fill('1');
    await calc.getByRole('button', { name: button('计算') }).click();
    // Friday the 18th is now off: one working day after Thursday the 17th is Monday the 21st.
    await calc.getByTestId('computed').getByText('2026-12-21').waitFor();
    await shot(admin, 'admin-calendar');
  });

  it('the overdue list marks the demo’s long-overdue proposals red with 已逾期', async () => {
    const staff = await suite.login('jz-staff');
    await staff.goto(`${suite.stack.url}/overdue`);
    const red = staff
      .getByTestId('overdue-list')
      .locator('[data-testid="deadline-badge"][data-level="red"]');
    await red.first().waitFor();
    expect(await red.first().innerText()).toMatch(/^已逾期/);
    type Listed = { total: number; items: { replyCountdown: { overdue: boolean } | null }[] };
    const api = await apiGet<Listed>(staff, '/proposals?overdue=true&pageSize=20');
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((i) => i.replyCountdown?.overdue)).toBe(true);
    await eventually(() => red.count()).toBe(api.items.length);
    await shot(staff, 'overdue-badges');
  });

  it('the report page’s per-unit table shows the handling report’s figures', async () => {
    const staff = await suite.login('jz-staff');
    await staff.goto(`${suite.stack.url}/reports`);
    const table = staff.getByTestId('unit-metrics');
    await table.getByRole('row').nth(1).waitFor();
    const sessionId = await staff.evaluate(async () => {
      const sessions = (await (await fetch('/api/v1/sessions')).json()) as { sessionId: string }[];
      return sessions[0]!.sessionId;
    });
    type Rate = { count: number; of: number; percent: number | null };
    type Report = {
      perUnit: {
        unitName: string;
        repliedOnTime: Rate;
        closed: Rate;
        satisfaction: Rate;
        avgDaysToReply: number | null;
        maxDaysToReply: number | null;
      }[];
    };
    const report = await apiGet<Report>(staff, `/reports/handling?sessionId=${sessionId}`);
    expect(report.perUnit.length).toBeGreaterThan(0);
    const pct = (r: Rate) => (r.percent === null ? '—' : `${r.percent.toFixed(2)}%`);
    for (const u of report.perUnit) {
      const cells = await table
        .getByRole('row')
        .filter({ has: staff.getByRole('cell', { name: u.unitName, exact: true }) })
        .getByRole('cell')
        .allInnerTexts();
      expect(cells).toContain(
        `${pct(u.repliedOnTime)}（${u.repliedOnTime.count}/${u.repliedOnTime.of}）`,
      );
      expect(cells).toContain(`${pct(u.closed)}（${u.closed.count}/${u.closed.of}）`);
      expect(cells).toContain(
        `${pct(u.satisfaction)}（${u.satisfaction.count}/${u.satisfaction.of}）`,
      );
      expect(cells).toContain(u.maxDaysToReply === null ? '—' : u.maxDaysToReply.toFixed(1));
    }
    await shot(staff, 'report-unit-metrics');
  });
});
