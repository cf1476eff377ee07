import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../shared/partners';
import { callApi, expectNoSidewaysScroll, heading, newContext, screenshot, signUpByApi, unique, type Viewport, viewports, visible } from './helpers';

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
    const context = await newContext(desktop);
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
    await visible(page.locator('.partner-facts').getByText('Nhật Bản', { exact: true }));
    await visible(page.getByText('Chưa có thỏa thuận, viện trợ, hoạt động hay văn bản nào gắn với đối tác này.'));

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

  test('an editor records aid disbursed over its commitment, an award, edits a partner, renews an agreement and links a document', async () => {
    const context = await newContext(desktop);
    const slug = await signedInWorkspace(context);
    const jp = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/partners`, { name: partnerName, country: 'JP', kind: 'friendship_society', since: '1995' });
    await callApi(context, 'POST', `/api/w/${slug}/partners`, { name: 'Quỹ Hanns Seidel', country: 'DE', kind: 'ngo' });
    const mou = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/agreements`, {
      title: 'Biên bản ghi nhớ giao lưu thanh niên',
      partnerIds: [jp.id],
      signedOn: inDays(-700),
      validFrom: inDays(-700),
      validTo: inDays(30),
    });
    const page = await context.newPage();
    const tabs = page.getByRole('navigation', { name: 'Mục của tổ chức' });

    // Aid: the warning and the reason field appear as soon as more is disbursed than committed.
    await page.goto(`/w/${slug}/aid`);
    await heading(page, 'Viện trợ phi chính phủ nước ngoài');
    await expect.poll(() => tabs.getByRole('link', { name: 'Đối tác' }).getAttribute('class')).toMatch(/\bactive\b/);
    await page.getByLabel('Dự án', { exact: true }).fill('Học bổng cho sinh viên Nghệ An');
    await page.getByLabel('Nhà tài trợ').selectOption({ label: partnerName });
    await page.getByLabel('Cam kết (VND)', { exact: true }).fill('1.000.000.000');
    await page.getByLabel('Đã giải ngân (VND)', { exact: true }).fill('1.200.000.000');
    await visible(page.getByText('Số giải ngân lớn hơn số cam kết.', { exact: false }));
    await page.getByRole('button', { name: 'Lưu dự án' }).click();
    await visible(page.getByText('Số giải ngân vượt số cam kết. Hãy ghi lý do để vẫn lưu.'));
    await page.getByLabel('Lý do giải ngân vượt cam kết').fill('Nhà tài trợ bổ sung kinh phí năm 2026');
    await page.getByRole('button', { name: 'Lưu dự án' }).click();
    await visible(page.getByText('Đã lưu dự án viện trợ.'));
    const aidRow = page.getByRole('table', { name: 'Danh sách dự án viện trợ' }).getByRole('row').filter({ hasText: 'Học bổng cho sinh viên Nghệ An' });
    await visible(aidRow.getByText('Vượt cam kết: Nhà tài trợ bổ sung kinh phí năm 2026'));
    const [aid] = (await callApi<{ items: { committedVnd: number; disbursedVnd: number; overDisbursedReason: string }[] }>(context, 'GET', `/api/w/${slug}/aid`)).items;
    expect(aid).toMatchObject({ committedVnd: 1_000_000_000, disbursedVnd: 1_200_000_000, overDisbursedReason: 'Nhà tài trợ bổ sung kinh phí năm 2026' });

    // An award to a foreign friend.
    await page.goto(`/w/${slug}/awards`);
    await page.getByLabel('Hình thức khen thưởng').fill('Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc"');
    await page.getByLabel('Họ và tên').fill('Tanaka Hiroshi');
    await page.getByLabel('Quốc gia').selectOption({ label: 'Nhật Bản' });
    await page.getByLabel('Số quyết định').fill('125/QĐ-LHHN');
    await page.getByLabel('Ngày quyết định').fill('2026-05-19');
    await page.getByRole('button', { name: 'Lưu khen thưởng' }).click();
    await visible(page.getByText('Đã lưu khen thưởng.'));
    const awardRow = page.getByRole('table', { name: 'Danh sách khen thưởng' }).getByRole('row').filter({ hasText: 'Tanaka Hiroshi' });
    await visible(awardRow.getByText('125/QĐ-LHHN'));
    await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('');

    // Edit the partner in place, and give it a contact who agreed to be kept on file.
    await page.goto(`/w/${slug}/partners/${jp.id}`);
    await heading(page, partnerName);
    await page.getByText('Sửa thông tin đối tác').click();
    await page.getByLabel('Quan hệ từ').fill('1993');
    await page.getByLabel('Ghi chú').fill('Đối tác truyền thống từ thời kỳ đầu');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(page.getByText('Đã lưu.', { exact: true }));
    await visible(page.locator('.partner-facts').getByText('1993', { exact: true }));
    await page.getByRole('button', { name: 'Thêm người liên hệ' }).click();
    await page.getByLabel('Họ và tên').fill('Satō Kenji');
    await expect.poll(() => page.getByLabel('Email').isDisabled()).toBe(true);
    await page.getByLabel('Người này đồng ý để tổ chức lưu thông tin liên hệ').check();
    await page.getByLabel('Email').fill('sato@example.jp');
    await page.getByRole('button', { name: 'Lưu danh sách người liên hệ' }).click();
    await visible(page.getByText('Đã lưu danh sách người liên hệ.'));
    const saved = await callApi<{ since: string; contacts: unknown[] }>(context, 'GET', `/api/w/${slug}/partners/${jp.id}`);
    expect(saved).toMatchObject({ since: '1993', contacts: [{ name: 'Satō Kenji', email: 'sato@example.jp', consent: true }] });

    // Renew the expiring agreement from the reminder list.
    await page.goto(`/w/${slug}/agreements`);
    await expect.poll(() => tabs.getByRole('link', { name: 'Đối tác' }).getAttribute('class')).toMatch(/\bactive\b/);
    await page.getByRole('region', { name: 'Sắp hết hạn' }).getByRole('link', { name: 'Gia hạn' }).click();
    await heading(page, 'Biên bản ghi nhớ giao lưu thanh niên');
    const renewal = page.locator('#renew');
    await expect.poll(() => renewal.getByLabel('Hiệu lực từ').inputValue()).toBe(addDays(inDays(30), 1));
    await renewal.getByLabel('Hiệu lực đến').fill(inDays(30 + 5 * 365));
    await renewal.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    await visible(page.getByRole('link', { name: 'Thỏa thuận trước' }));
    expect(new URL(page.url()).pathname).not.toContain(mou.id);
    await page.goto(`/w/${slug}/agreements`);
    await heading(page, 'Thỏa thuận hợp tác, biên bản ghi nhớ');
    await expect.poll(() => page.getByRole('region', { name: 'Sắp hết hạn' }).count()).toBe(0);

    // An agreement with two parties, typed by name.
    await page.getByLabel('Tên thỏa thuận').fill('Thỏa thuận ba bên về học bổng');
    for (const name of [partnerName, 'Quỹ Hanns Seidel']) {
      await page.getByLabel('Các bên ký kết').fill(name);
      await page.getByLabel('Các bên ký kết').press('Enter');
    }
    await page.getByLabel('Ngày ký').fill('2026-03-01');
    await page.getByLabel('Hiệu lực từ').fill('2026-03-01');
    await page.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
    await heading(page, 'Thỏa thuận ba bên về học bổng');
    const parties = page.locator('.partner-facts .plain-list');
    await expect.poll(() => parties.getByRole('link').allTextContents()).toEqual([partnerName, 'Quỹ Hanns Seidel']);

    // A document linked to the partner in the register's form shows on its timeline.
    await page.goto(`/w/${slug}/correspondence/new`);
    await page.getByLabel('Loại văn bản').selectOption('TM');
    await page.getByLabel('Trích yếu nội dung').fill('Thư mừng kỷ niệm thành lập Hội hữu nghị Nhật – Việt');
    await page.getByLabel('Đối tác liên quan').selectOption({ label: partnerName });
    await page.getByRole('button', { name: 'Vào sổ và cấp số' }).click();
    await visible(page.getByText(/^Số 1\/TM-/));
    await page.goto(`/w/${slug}/partners/${jp.id}`);
    const timeline = page.getByRole('list', { name: 'Dòng thời gian' });
    await visible(timeline.getByText('Thư mừng kỷ niệm thành lập Hội hữu nghị Nhật – Việt'));
    await visible(timeline.getByText('Văn bản đi'));

    // The event form offers the partner organisations; one chosen there puts the event on the timeline.
    const event = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/events`, { type: 'meeting', title: 'Gặp mặt đoàn thanh niên Nhật Bản', startsAt: '2026-04-02T09:00', endsAt: '2026-04-02T11:00' });
    await page.goto(`/w/${slug}/events/${event.id}/edit`);
    await page.getByLabel('Đối tác tham gia').fill('hoi huu nghi nhat – viet');
    await page.getByLabel('Đối tác tham gia').press('Enter');
    await visible(page.getByRole('button', { name: `Bỏ ${partnerName}` }));
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(async () => (await callApi<{ partnerIds: string[] }>(context, 'GET', `/api/w/${slug}/events/${event.id}`)).partnerIds).toEqual([jp.id]);
    await page.goto(`/w/${slug}/partners/${jp.id}`);
    await visible(page.getByRole('list', { name: 'Dòng thời gian' }).getByText('Gặp mặt đoàn thanh niên Nhật Bản'));
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
  const mou = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/agreements`, { title: 'Biên bản ghi nhớ giao lưu thanh niên', partnerIds: [jp.id, de.id], signedOn: inDays(-700), validFrom: inDays(-700), validTo: inDays(45) });
  await callApi(context, 'POST', `/api/w/${slug}/agreements`, { title: 'Thỏa thuận hợp tác 2025–2030', partnerIds: [de.id], signedOn: inDays(-100), validFrom: inDays(-100), validTo: inDays(1500) });
  await callApi(context, 'POST', `/api/w/${slug}/aid`, { title: 'Xây trường mầm non tại Quảng Trị', donorPartnerId: de.id, sector: 'education', committedVnd: 2_500_000_000, disbursedVnd: 1_200_000_000, currency: 'EUR', committedOriginal: 95000 });
  await callApi(context, 'POST', `/api/w/${slug}/aid`, {
    title: 'Nước sạch cho Kỳ Sơn', donorPartnerId: jp.id, sector: 'water_sanitation', committedVnd: 800_000_000, disbursedVnd: 850_000_000, overDisbursedReason: 'Chênh lệch tỷ giá', status: 'completed',
  });
  await callApi(context, 'POST', `/api/w/${slug}/awards`, { awardName: 'Kỷ niệm chương "Vì hòa bình, hữu nghị giữa các dân tộc"', recipientName: 'Tanaka Hiroshi', recipientCountry: 'JP', decisionNumber: '125/QĐ-LHHN', decidedOn: inDays(-30) });
  await callApi(context, 'POST', `/api/w/${slug}/correspondence`, { direction: 'in', subject: 'Thư mời dự lễ kỷ niệm 70 năm thành lập', sender: partnerName, senderRef: '12/JVFA', documentDate: inDays(-10), partnerId: jp.id });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  /** Opens a page and waits for its heading. web/dist is shared with other test runs that rebuild it: a page caught mid-build is retried. */
  const visit = async (path: string) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const res = await page.goto(`/w/${slug}${path}`);
      if (res?.ok()) break;
      await page.waitForTimeout(1000);
    }
    await page.locator('h1').first().waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`${path}: ${(await page.locator('body').innerText()).slice(0, 300)} ${errors.join('\n')}`);
    });
    await page.waitForLoadState('networkidle');
  };
  for (const [name, path] of [
    ['partners', '/partners'],
    ['partner', `/partners/${jp.id}`],
    ['partner-new', '/partners/new'],
    ['agreements', '/agreements'],
    ['agreement', `/agreements/${mou.id}`],
    ['aid', '/aid'],
    ['awards', '/awards'],
  ] as const) {
    await visit(path);
    await expectNoSidewaysScroll(page);
    await screenshot(page, `partners-${name}-${locale}`);
  }
  // The aid form once more is disbursed than committed: the warning and the reason field.
  await visit('/aid');
  await page.locator('input[name="committedVnd"]').fill('100000000');
  await page.locator('input[name="disbursedVnd"]').fill('120000000');
  await page.locator('textarea[name="overDisbursedReason"]').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page);
  await screenshot(page, `partners-aid-over-${locale}`);
  await context.close();
}
