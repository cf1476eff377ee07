import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, expectNoSidewaysScroll, heading, newContext, screenshot, signUpByApi, unique, type Viewport, viewports, visible } from './helpers';

const [phone, desktop] = viewports;

/** 'YYYY-MM' `n` months from this one (Vietnam time, as the server counts). */
function monthFromNow(n: number): string {
  const now = new Date(Date.now() + 7 * 3600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 1));
  return d.toISOString().slice(0, 7);
}

const names = { jp: 'Hội hữu nghị Việt Nam – Nhật Bản', cu: 'Hội hữu nghị Việt Nam – Cuba', branch: 'Chi hội hữu nghị Việt Nam – Lào tỉnh Hà Tĩnh' };

async function event(context: BrowserContext, slug: string, month: string, title: string) {
  await callApi(context, 'POST', `/api/w/${slug}/events`, { type: 'meeting', title, startsAt: `${month}-01T09:00`, endsAt: `${month}-01T11:00`, participants: 40 });
}

/**
 * A union with three approved affiliates (two associations, a branch), a pending one that must
 * not count, and activities this month and two years ago; snapshots refreshed through the API.
 * This month: union 1 + Japan 3 + Cuba 1 + branch 1 = 6 activities; two years ago: Japan 2 more.
 */
async function unionWithAffiliates(context: BrowserContext) {
  await signUpByApi(context);
  const union = unique('lh');
  await callApi(context, 'POST', '/api/workspaces', { name: 'Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh', slug: union, kind: 'union' });
  const child = async (name: string, kind: string, countries: string[], approve = true) => {
    const slug = unique('ws');
    await callApi(context, 'POST', '/api/workspaces', { name, slug, kind, countries, parent: union });
    if (approve) await callApi(context, 'POST', `/api/w/${union}/affiliations/${slug}/approve`);
    return slug;
  };
  const jp = await child(names.jp, 'association', ['JP']);
  const cu = await child(names.cu, 'association', ['CU']);
  const branch = await child(names.branch, 'branch', ['LA']);
  const pending = await child('Hội hữu nghị Việt Nam – Pháp', 'association', ['FR'], false);
  const now = monthFromNow(0);
  const past = monthFromNow(-24);
  await event(context, union, now, 'Giao ban công tác tháng');
  for (let i = 1; i <= 3; i++) await event(context, jp, now, `Giao lưu văn hóa Việt – Nhật ${i}`);
  for (let i = 1; i <= 2; i++) await event(context, jp, past, `Đón đoàn Nhật Bản ${i}`);
  await event(context, cu, now, 'Gặp mặt kỷ niệm quan hệ Việt Nam – Cuba');
  await event(context, branch, now, 'Tết Bunpimay cùng lưu học sinh Lào');
  for (let i = 1; i <= 5; i++) await event(context, pending, now, `Không được tính ${i}`);
  for (const [slug, count] of [[jp, 4], [cu, 2], [branch, 1]] as const) {
    for (let i = 0; i < count; i++) await callApi(context, 'POST', `/api/w/${slug}/members`, { fullName: `Hội viên ${i + 1}`, joinedOn: `${past}-15` });
  }
  for (const slug of [union, jp, cu, branch, pending]) await callApi(context, 'POST', `/api/w/${slug}/stats/refresh`);
  return { union, jp, cu, branch, pending };
}

/** The figure of the indicator card `label` in the totals. */
const card = (page: Page, label: string) => page.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[normalize-space()="${label}"]`) });

async function open(page: Page, path: string) {
  // web/dist is shared with other test runs that rebuild it: retry a page caught mid-build.
  for (let attempt = 0; attempt < 10; attempt++) {
    const res = await page.goto(path);
    if (res?.ok()) break;
    await page.waitForTimeout(1000);
  }
}

describe('union dashboard', () => {
  test('a union filters its affiliates’ figures by period, drills into a kind and downloads the table', async () => {
    const context = await newContext(desktop);
    const { union, jp } = await unionWithAffiliates(context);
    const page = await context.newPage();
    await open(page, `/w/${union}`);
    await heading(page, 'Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh');
    // Its own figures on the dashboard: this year's one activity.
    await expect.poll(() => card(page, 'Hoạt động').first().textContent()).toBe('1');
    await page.getByRole('navigation', { name: 'Mục của tổ chức' }).getByRole('link', { name: 'Tổng hợp số liệu' }).click();
    await heading(page, 'Tổng hợp số liệu');
    await visible(page.getByText(/^Số liệu cập nhật lúc /));

    // This year: 6 activities of the approved subtree; the pending association's 5 are left out.
    await expect.poll(() => card(page, 'Hoạt động').textContent()).toBe('6');
    await page.getByRole('button', { name: '36 tháng qua' }).click();
    await expect.poll(() => card(page, 'Hoạt động').textContent()).toBe('8');
    expect(new URL(page.url()).searchParams.get('from')).toBe(monthFromNow(-35));
    await expect.poll(() => page.getByRole('button', { name: '36 tháng qua' }).getAttribute('aria-pressed')).toBe('true');

    // The kind chart's associations: Japan 3 + 2 and Cuba 1 = 6 over 36 months; drill into them.
    const kinds = page.getByRole('figure', { name: 'Theo loại hình tổ chức' });
    await kinds.getByRole('link', { name: 'Hội hữu nghị song phương' }).click();
    const crumbs = await visible(page.getByRole('navigation', { name: 'Vị trí' }));
    await visible(crumbs.getByText('Loại hình: Hội hữu nghị song phương'));
    expect(new URL(page.url()).searchParams.get('group')).toBe('association');
    const rows = page.getByRole('region', { name: 'Hội hữu nghị song phương' }).locator('tbody th');
    await expect.poll(() => rows.allTextContents()).toEqual([names.jp, names.cu]);
    await expect.poll(() => card(page, 'Hoạt động').textContent()).toBe('6');

    // A reload keeps the period and the drill-down.
    await page.reload();
    await expect.poll(() => rows.allTextContents()).toEqual([names.jp, names.cu]);
    await expect.poll(() => page.getByRole('button', { name: '36 tháng qua' }).getAttribute('aria-pressed')).toBe('true');

    // The CSV link is the same query, and answers the same rows.
    const href = (await page.getByRole('link', { name: 'Tải bảng số liệu (CSV)' }).getAttribute('href'))!;
    const csvQuery = new URL(href, 'http://x').searchParams;
    expect(Object.fromEntries(csvQuery)).toEqual({ from: monthFromNow(-35), to: monthFromNow(0), groupBy: 'kind', group: 'association' });
    const csv = await context.request.get(href);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expect.arrayContaining([jp, '']));
    expect(lines).toHaveLength(4); // header, two associations, totals

    // Back to every group.
    await crumbs.getByRole('link', { name: 'Tất cả các nhóm' }).click();
    await visible(page.getByRole('figure', { name: 'Theo loại hình tổ chức' }));
    expect(new URL(page.url()).searchParams.has('group')).toBe(false);
    await context.close();
  });

  test('an association has no rollup in its menu; a union without affiliates is told how they come', async () => {
    const context = await newContext(phone);
    await signUpByApi(context);
    const lonely = unique('lh');
    await callApi(context, 'POST', '/api/workspaces', { name: 'Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình', slug: lonely, kind: 'union' });
    const association = unique('ws');
    await callApi(context, 'POST', '/api/workspaces', { name: names.cu, slug: association, kind: 'association', countries: ['CU'] });
    const page = await context.newPage();
    await open(page, `/w/${association}`);
    await heading(page, names.cu);
    await visible(page.getByRole('navigation', { name: 'Mục của tổ chức' }).getByRole('link', { name: 'Hội viên' }));
    expect(await page.getByRole('navigation', { name: 'Mục của tổ chức' }).getByRole('link', { name: 'Tổng hợp số liệu' }).count()).toBe(0);
    await open(page, `/w/${lonely}/rollup`);
    await visible(page.getByRole('heading', { name: 'Chưa có tổ chức trực thuộc' }));
    await visible(page.getByRole('link', { name: 'Xem và duyệt đề nghị trực thuộc' }));
    await context.close();
  });

  test('screenshots at 360 and 1280 px (Vietnamese), and once in English', async () => {
    for (const viewport of [phone, desktop]) await screenshots('vi', viewport);
    await screenshots('en', phone);
  });
});

async function screenshots(locale: 'vi' | 'en', viewport: Viewport) {
  const context = await newContext(viewport, locale);
  const { union } = await unionWithAffiliates(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const pages: [string, string][] = [
    ['dashboard', ''],
    ['overview', `/rollup?from=${monthFromNow(-35)}&to=${monthFromNow(0)}&indicator=events&groupBy=workspace`],
    ['drill', `/rollup?from=${monthFromNow(-35)}&to=${monthFromNow(0)}&indicator=events&groupBy=kind&group=association`],
  ];
  for (const [name, path] of pages) {
    await open(page, `/w/${union}${path}`);
    await page.locator('h1').first().waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page);
    await screenshot(page, `rollup-${name}-${locale}`);
  }
  expect(errors).toEqual([]);
  await context.close();
}
