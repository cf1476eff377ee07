import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callApi, expectNoSidewaysScroll, launchBrowser, newContext, screenshot, signUpByApi, unique, viewports, visible, type Viewport } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page, name: string) => visible(page.getByRole('heading', { name, exact: true, level: 1 }));
const [phone, desktop] = viewports;
const partnerName = 'Hội hữu nghị Nhật – Việt';

/** 'YYYY-MM-DD' `days` from today. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function signedInWorkspace(context: BrowserContext) {
  await signUpByApi(context);
  const slug = unique('ws');
  await callApi(context, 'POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug, kind: 'association', countries: ['JP'] });
  return slug;
}

const shownNames = (page: Page) => page.getByRole('table', { name: 'Danh sách đối tác' }).getByRole('link').allTextContents();

describe('partners', () => {
  test('an editor adds a partner, filters the directory by country, opens it and sees an expiring agreement', async () => {
    const context = await newContext(browser, desktop);
    const slug = await signedInWorkspace(context);
    await callApi(context, 'POST', `/api/w/${slug}/partners`, { name: 'Đại sứ quán Pháp', country: 'FR', kind: 'embassy' });
    const page = await context.newPage();
    await page.goto(`/w/${slug}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Đối tác' }).first().click();
    await heading(page, 'Đối tác');
    await page.getByRole('link', { name: 'Thêm đối tác' }).click();
    await heading(page, 'Thêm đối tác');

    // Nothing filled in: translated field errors from the shared schema, nothing sent.
    await page.getByRole('button', { name: 'Lưu đối tác' }).click();
    await visible(page.getByText('Vui lòng nhập trường này.'));
    await visible(page.getByText('Dùng mã ISO hai chữ cái, ví dụ JP.'));

    await page.getByLabel('Tên đối tác').fill(partnerName);
    await page.getByLabel('Tên theo tiếng gốc').fill('日越友好協会');
    await page.getByLabel('Quốc gia').selectOption({ label: 'Nhật Bản' });
    await page.getByLabel('Quan hệ từ').fill('1995');
    await page.getByRole('button', { name: 'Lưu đối tác' }).click();
    await heading(page, partnerName);
    const partnerId = new URL(page.url()).pathname.split('/').pop()!;
    await visible(page.getByText('Nhật Bản', { exact: true }));
    await visible(page.getByText('Chưa có thỏa thuận, viện trợ hay hoạt động nào gắn với đối tác này.'));

    // The directory, then the country filter.
    await page.getByRole('link', { name: 'Về danh sách đối tác' }).click();
    await heading(page, 'Đối tác');
    await expect.poll(() => shownNames(page)).toEqual(['Đại sứ quán Pháp', partnerName]);
    await page.getByLabel('Quốc gia').selectOption({ label: 'Nhật Bản' });
    await expect.poll(() => shownNames(page)).toEqual([partnerName]);
    expect(new URL(page.url()).searchParams.get('country')).toBe('JP');
    await page.getByLabel('Quốc gia').selectOption('');
    await page.getByLabel('Tìm đối tác').fill('nhat viet');
    await expect.poll(() => shownNames(page)).toEqual([partnerName]);

    // An agreement ending within 90 days is in the reminder box and on the partner's timeline.
    await callApi(context, 'POST', `/api/w/${slug}/agreements`, {
      title: 'Biên bản ghi nhớ hợp tác giao lưu thanh niên',
      partnerIds: [partnerId],
      signedOn: inDays(-700),
      validFrom: inDays(-700),
      validTo: inDays(30),
    });
    await page.goto(`/w/${slug}/agreements`);
    await heading(page, 'Thỏa thuận hợp tác, biên bản ghi nhớ');
    const reminder = await visible(page.getByRole('region', { name: 'Sắp hết hạn' }));
    await visible(reminder.getByText('Biên bản ghi nhớ hợp tác giao lưu thanh niên'));
    await visible(reminder.getByText(partnerName));

    await page.goto(`/w/${slug}/partners/${partnerId}`);
    await visible(page.getByRole('list', { name: 'Dòng thời gian' }).getByText('Biên bản ghi nhớ hợp tác giao lưu thanh niên'));
    await context.close();
  });

  test('screenshots at 360 and 1280 px, in Vietnamese and English', async () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const viewport of [phone, desktop]) await screenshots(locale, viewport);
    }
  });
});

async function screenshots(locale: 'vi' | 'en', viewport: Viewport) {
  const context = await newContext(browser, viewport);
  await context.addInitScript((lang) => localStorage.setItem('amity.locale', lang), locale);
  const slug = await signedInWorkspace(context);
  const jp = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/partners`, {
    name: partnerName,
    nameOriginal: '日越友好協会',
    country: 'JP',
    kind: 'friendship_society',
    since: '1995',
    contacts: [{ name: 'Tanaka Hiroshi', role: 'Tổng thư ký', email: 'tanaka@example.jp', consent: true }],
  });
  const de = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/partners`, { name: 'Quỹ Hanns Seidel', country: 'DE', kind: 'ngo' });
  await callApi(context, 'POST', `/api/w/${slug}/agreements`, { title: 'Biên bản ghi nhớ giao lưu thanh niên', partnerIds: [jp.id], signedOn: inDays(-700), validFrom: inDays(-700), validTo: inDays(45) });
  await callApi(context, 'POST', `/api/w/${slug}/agreements`, { title: 'Thỏa thuận hợp tác 2025–2030', partnerIds: [de.id], signedOn: inDays(-100), validFrom: inDays(-100), validTo: inDays(1500) });
  await callApi(context, 'POST', `/api/w/${slug}/aid`, { title: 'Xây trường mầm non tại Quảng Trị', donorPartnerId: de.id, sector: 'education', committedVnd: 2_500_000_000, disbursedVnd: 1_200_000_000, currency: 'EUR', committedOriginal: 95000 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const [name, path] of [
    ['partners', '/partners'],
    ['partner', `/partners/${jp.id}`],
    ['partner-new', '/partners/new'],
    ['agreements', '/agreements'],
    ['aid', '/aid'],
    ['awards', '/awards'],
  ] as const) {
    // web/dist is shared with other test runs that rebuild it: retry a page caught mid-build.
    for (let attempt = 0; attempt < 10; attempt++) {
      const res = await page.goto(`/w/${slug}${path}`);
      if (res?.ok()) break;
      await page.waitForTimeout(1000);
    }
    await page.locator('h1').first().waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`${path}: ${(await page.locator('body').innerText()).slice(0, 300)} ${errors.join('\n')}`);
    });
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page);
    await screenshot(page, `partners-${name}-${locale}`);
  }
  await context.close();
}
