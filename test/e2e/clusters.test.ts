import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, expectNoSidewaysScroll, newContext, screenshot, signUpByApi, unique, viewports, visible, type Viewport } from './helpers';

const [phone, desktop] = viewports;
const affiliateNames = ['Hội hữu nghị Việt Nam – Lào tỉnh Nghệ An', 'Hội hữu nghị Việt Nam – Nhật Bản tỉnh Nghệ An', 'Chi hội Việt – Nhật huyện Diễn Châu'];

/** A provincial union and its affiliates, approved, all set up through the API by one signed-in admin. */
async function unionWithAffiliates(context: BrowserContext) {
  await signUpByApi(context);
  const slug = unique('lh');
  await callApi(context, 'POST', '/api/workspaces', { name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An', slug, kind: 'union' });
  const [laos, japan] = [unique('lao'), unique('nhat')];
  await callApi(context, 'POST', '/api/workspaces', { name: affiliateNames[0], slug: laos, kind: 'association', countries: ['LA'], parent: slug });
  await callApi(context, 'POST', '/api/workspaces', { name: affiliateNames[1], slug: japan, kind: 'association', countries: ['JP'], parent: slug });
  const branch = unique('dc');
  await callApi(context, 'POST', '/api/workspaces', { name: affiliateNames[2], slug: branch, kind: 'branch', countries: ['JP'], parent: japan });
  for (const [parent, child] of [[slug, laos], [slug, japan], [japan, branch]]) await callApi(context, 'POST', `/api/w/${parent}/affiliations/${child}/approve`);
  return slug;
}

/** Opens a page, retrying while web/dist is being rebuilt by another test run. */
async function open(page: Page, path: string) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const res = await page.goto(path);
    if (res?.ok()) break;
    await page.waitForTimeout(1000);
  }
}

const cluster = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('clusters', () => {
  test('a union admin creates a cluster, places an affiliate in it and sees it listed', async () => {
    const context = await newContext(phone);
    const slug = await unionWithAffiliates(context);
    const page = await context.newPage();
    await open(page, `/w/${slug}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Cụm thi đua' }).click();
    await visible(page.getByRole('heading', { name: 'Cụm thi đua', level: 1 }));
    const year = new Date().getFullYear();
    await visible(page.getByText(`Năm ${year} chưa có cụm thi đua nào.`));
    const unplaced = cluster(page, 'Chưa xếp cụm');
    for (const name of affiliateNames) await visible(unplaced.getByText(name));
    const newCluster = page.getByRole('form', { name: 'Thêm cụm' });

    await newCluster.getByLabel('Tên cụm').fill('Cụm số 1 — các tỉnh Bắc Trung Bộ');
    await newCluster.getByRole('button', { name: 'Thêm cụm' }).click();
    const one = cluster(page, 'Cụm số 1 — các tỉnh Bắc Trung Bộ');
    await visible(one.getByText('Chưa có tổ chức nào trong cụm này.'));
    // The same name again in the same year: refused, in words.
    await newCluster.getByLabel('Tên cụm').fill('Cụm số 1 — các tỉnh Bắc Trung Bộ');
    await newCluster.getByRole('button', { name: 'Thêm cụm' }).click();
    await visible(page.getByText('Năm này đã có cụm mang tên đó. Hãy chọn tên khác.'));
    await screenshot(page, 'clusters-name-taken-vi');

    await unplaced.getByLabel(`Xếp ${affiliateNames[1]} vào cụm`).selectOption({ label: 'Cụm số 1 — các tỉnh Bắc Trung Bộ' });
    await unplaced.getByRole('row', { name: new RegExp(affiliateNames[1]) }).getByRole('button', { name: 'Xếp vào cụm' }).click();
    await visible(one.getByText(affiliateNames[1]));
    await expect.poll(() => unplaced.getByText(affiliateNames[1]).count()).toBe(0);
    await visible(one.getByText('1 tổ chức'));
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'clusters-placed-vi');

    // Stored: a reload shows the same, and so does the API.
    await page.reload();
    await visible(cluster(page, 'Cụm số 1 — các tỉnh Bắc Trung Bộ').getByText(affiliateNames[1]));
    const listed = await callApi<{ items: { name: string; members: { name: string }[] }[] }>(context, 'GET', `/api/w/${slug}/clusters?year=${year}`);
    expect(listed.items.map((c) => [c.name, c.members.map((m) => m.name)])).toEqual([['Cụm số 1 — các tỉnh Bắc Trung Bộ', [affiliateNames[1]]]]);
    await context.close();
  });

  test('screenshots at 360 and 1280 px, in Vietnamese and English', async () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const viewport of [phone, desktop]) await screenshots(locale, viewport);
    }
  });
});

async function screenshots(locale: 'vi' | 'en', viewport: Viewport) {
  const context = await newContext(viewport, locale);
  const slug = await unionWithAffiliates(context);
  const year = new Date().getFullYear();
  const { unplaced } = await callApi<{ unplaced: { id: string; name: string }[] }>(context, 'GET', `/api/w/${slug}/clusters?year=${year - 1}`);
  const idOf = (name: string) => unplaced.find((w) => w.name === name)!.id;
  const one = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/clusters`, { year: year - 1, name: 'Cụm số 1 — các tỉnh Bắc Trung Bộ' });
  await callApi(context, 'POST', `/api/w/${slug}/clusters`, { year: year - 1, name: 'Cụm số 2 — Nam Trung Bộ và Tây Nguyên' });
  await callApi(context, 'PUT', `/api/w/${slug}/clusters/${one.id}/members`, { workspaceIds: [idOf(affiliateNames[1]), idOf(affiliateNames[2])] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const [name, y] of [
    ['empty', year],
    ['year', year - 1],
  ] as const) {
    await open(page, `/w/${slug}/clusters?year=${y}`);
    await page.locator('h1').first().waitFor({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page);
    await screenshot(page, `clusters-${name}-${locale}`);
  }
  expect(errors).toEqual([]);
  await context.close();
}
