import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, expectNoSidewaysScroll, heading, newContext, screenshot, signUpByApi, unique, viewports, visible } from './helpers';

const phone = viewports[0];
const desktop = viewports[1];

/** A workspace with partner countries and two members of its register, made through the API. */
async function workspaceWithMembers(context: BrowserContext) {
  await signUpByApi(context, 'Trần Văn Bình');
  const slug = unique('ws');
  await callApi(context, 'POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug, kind: 'association', countries: ['JP', 'CU', 'LA'] });
  const member = (fullName: string) => callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/members`, { kind: 'individual', fullName, category: 'official' });
  const members = [await member('Nguyễn Văn An'), await member('Lê Thị Bích')];
  return { slug, members };
}

/** Today on the browser's clock, 'YYYY-MM-DD'. */
const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('sv'));

describe('events', () => {
  test('an editor creates an event, registers two members and checks one in on a 360 px phone', async () => {
    const context = await newContext(desktop);
    const { slug } = await workspaceWithMembers(context);
    const page = await context.newPage();
    await page.goto(`/w/${slug}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Hoạt động' }).click();
    await heading(page, 'Hoạt động');
    await page.getByRole('link', { name: 'Tạo hoạt động' }).click();
    await heading(page, 'Tạo hoạt động');

    // The shared schema checks the form in the browser first, in Vietnamese.
    await page.getByLabel('Số chỗ').fill('1,5');
    await page.getByRole('button', { name: 'Tạo hoạt động' }).click();
    await visible(page.getByText('Vui lòng nhập trường này.'));
    await visible(page.getByText('Số chỗ phải là số nguyên.'));

    await page.getByLabel('Loại hoạt động').selectOption('seminar');
    await page.getByLabel('Tên hoạt động').fill('Tọa đàm hữu nghị Việt Nam – Nhật Bản');
    const day = await today(page);
    await page.getByLabel('Bắt đầu').fill(`${day}T18:00`);
    // The end follows the start, keeping the three hours of the default.
    expect(await page.getByLabel('Kết thúc').inputValue()).toBe(`${day}T21:00`);
    await page.getByLabel('Lặp lại').selectOption('MONTHLY');
    await page.getByLabel('Số lần diễn ra').fill('3');
    await visible(page.getByText('Tổng cộng 3 lần.'));
    await page.getByLabel('Hình thức', { exact: true }).selectOption('hybrid');
    await page.getByLabel('Số điểm cầu').fill('44');
    await page.getByLabel('Địa điểm').fill('Hội trường Liên hiệp, 105A Quán Thánh, Hà Nội');
    // A country by its name typed without diacritics.
    await page.getByLabel('Quốc gia đối tác').fill('nhat ban');
    await page.getByLabel('Quốc gia đối tác').press('Enter');
    await visible(page.getByRole('button', { name: 'Bỏ Nhật Bản' }));
    await page.getByLabel('Số chỗ').fill('1');
    await page.getByText('Kết quả', { exact: true }).click();
    const raised = page.getByLabel('Số tiền vận động được (VND)');
    await raised.fill('656700000000');
    await raised.blur();
    expect(await raised.inputValue()).toBe('656.700.000.000');
    await screenshot(page, 'event-form-filled-vi');
    await page.getByRole('button', { name: 'Tạo hoạt động' }).click();

    await page.waitForURL(/\/events\/(?!new$)[a-z0-9]+$/);
    const eventPath = new URL(page.url()).pathname;
    await heading(page, 'Tọa đàm hữu nghị Việt Nam – Nhật Bản');
    await visible(page.getByText('Nhật Bản', { exact: true }));
    await visible(page.getByText('656.700.000.000 ₫'));
    await visible(page.getByText('Hằng tháng · 3 lần'));

    // Two members, found without diacritics; the second one waits for the only place.
    const search = page.getByLabel('Tìm hội viên');
    await search.fill('nguyen van an');
    await page.getByRole('listitem').filter({ hasText: 'Nguyễn Văn An' }).getByRole('button', { name: 'Đăng ký' }).click();
    await visible(page.getByText('Đã đăng ký cho Nguyễn Văn An.'));
    await search.fill('le thi bich');
    await page.getByRole('listitem').filter({ hasText: 'Lê Thị Bích' }).getByRole('button', { name: 'Đăng ký' }).click();
    await visible(page.getByText('Đã hết chỗ: Lê Thị Bích được xếp vào danh sách chờ.'));
    const registrations = page.getByRole('table', { name: 'Đăng ký tham dự' });
    await visible(registrations.getByRole('row').filter({ hasText: 'Nguyễn Văn An' }).getByText('Đã đăng ký'));
    await visible(registrations.getByRole('row').filter({ hasText: 'Lê Thị Bích' }).getByText('thứ tự 1'));
    await screenshot(page, 'event-detail-registered-vi');

    // At the door, on a phone.
    await page.setViewportSize(phone);
    await page.getByRole('link', { name: 'Điểm danh' }).click();
    await page.waitForURL(`**${eventPath}/check-in`);
    await heading(page, 'Điểm danh');
    const attended = page.getByTestId('count-attended');
    expect(await attended.textContent()).toBe('0');
    expect(await page.getByTestId('count-expected').textContent()).toBe('1');
    expect(await page.getByTestId('count-waitlisted').textContent()).toBe('1');

    await page.getByLabel('Tìm tên hoặc email').fill('nguyen van an');
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Lê Thị Bích' }).count()).toBe(0);
    const row = page.getByRole('listitem').filter({ hasText: 'Nguyễn Văn An' });
    const button = row.getByRole('button', { name: 'Điểm danh' });
    const box = await (await visible(button)).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'check-in-before-vi');
    await button.click();

    await visible(row.getByText('Đã có mặt'));
    await visible(page.getByText('Đã điểm danh Nguyễn Văn An.'));
    await expect.poll(() => attended.textContent()).toBe('1');
    expect(await row.getByRole('button', { name: 'Điểm danh' }).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'check-in-after-vi');

    // The waiting member cannot be checked in: they have no place yet.
    await page.getByLabel('Tìm tên hoặc email').fill('bich');
    const waiting = page.getByRole('listitem').filter({ hasText: 'Lê Thị Bích' });
    await visible(waiting.getByText('Danh sách chờ'));
    expect(await waiting.getByRole('button').count()).toBe(0);

    // One more place: saving the edit form moves the waiting member up.
    await page.setViewportSize(desktop);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${eventPath}/edit`);
    await heading(page, 'Sửa hoạt động');
    expect(await page.getByLabel('Số lần diễn ra').inputValue()).toBe('3');
    await page.getByLabel('Số chỗ').fill('2');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(`**${eventPath}`);
    await visible(registrations.getByRole('row').filter({ hasText: 'Lê Thị Bích' }).getByText('Đã đăng ký'));

    // A single date of the series is cancelled, then restored.
    const next = page.getByRole('table', { name: 'Các lần sắp diễn ra' }).getByRole('row').nth(1);
    await next.getByRole('button', { name: 'Hủy lần này' }).click();
    await visible(next.getByText('Đã hủy lần này'));
    await next.getByRole('button', { name: 'Khôi phục' }).click();
    await visible(next.getByText('Diễn ra', { exact: true }));

    const ics = await context.request.get(await page.getByRole('link', { name: 'Tải .ics' }).getAttribute('href') ?? '');
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('SUMMARY:Tọa đàm hữu nghị Việt Nam – Nhật Bản');

    // The calendar address: an admin replaces it, and the old one stops working.
    await page.getByRole('link', { name: 'Hoạt động' }).first().click();
    const address = page.getByLabel('Địa chỉ đăng ký lịch');
    const before = await (await visible(address)).inputValue();
    expect((await context.request.get(before)).status()).toBe(200);
    await page.getByRole('button', { name: 'Tạo địa chỉ mới' }).click();
    await visible(page.getByText('Đã tạo địa chỉ mới.'));
    await expect.poll(() => address.inputValue()).not.toBe(before);
    expect((await context.request.get(before)).status()).toBe(404);
    await context.close();
  });

  test.each(viewports)('the events pages fit $width px, in Vietnamese and in English', async (viewport) => {
    const context = await newContext(viewport);
    const { slug, members } = await workspaceWithMembers(context);
    const probe = await context.newPage();
    const day = await today(probe);
    await probe.close();
    const created = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/events`, {
      type: 'delegation_in',
      title: 'Đón đoàn Hội hữu nghị Nhật – Việt tỉnh Osaka',
      titleEn: 'Welcoming the Osaka Japan–Vietnam Friendship Association',
      startsAt: `${day}T09:00`,
      endsAt: `${day}T16:30`,
      location: 'Trụ sở Hội, 105A Quán Thánh, Ba Đình, Hà Nội',
      countries: ['JP'],
      capacity: 40,
      delegation: { direction: 'in', headName: 'Tanaka Hiroshi', headTitle: 'Chủ tịch Hội', size: 12, itinerary: 'Hà Nội → Hạ Long → Huế' },
      outcomes: { agreementsSigned: 2, aidCommittedVnd: 1_250_000_000, aidCurrency: 'JPY' },
    });
    await callApi(context, 'POST', `/api/w/${slug}/events`, {
      type: 'review',
      title: 'Giao ban Thường trực Hội hằng tháng',
      titleEn: 'Monthly standing committee review',
      startsAt: `${day}T14:00`,
      endsAt: `${day}T16:00`,
      rrule: 'FREQ=MONTHLY;COUNT=12',
      format: 'online',
      connectionPoints: 44,
    });
    for (const m of members) await callApi(context, 'POST', `/api/w/${slug}/events/${created.id}/registrations`, { memberId: m.id });

    const base = `/w/${slug}/events`;
    const pages = [
      { name: 'events-month', path: base, vi: 'Hoạt động', en: 'Events' },
      { name: 'events-list', path: `${base}?view=list`, vi: 'Hoạt động', en: 'Events' },
      { name: 'event-new', path: `${base}/new`, vi: 'Tạo hoạt động', en: 'New event' },
      { name: 'event-edit', path: `${base}/${created.id}/edit`, vi: 'Sửa hoạt động', en: 'Edit event' },
      { name: 'event-detail', path: `${base}/${created.id}`, vi: 'Đón đoàn Hội hữu nghị Nhật – Việt tỉnh Osaka', en: 'Welcoming the Osaka Japan–Vietnam Friendship Association' },
      { name: 'event-check-in', path: `${base}/${created.id}/check-in`, vi: 'Điểm danh', en: 'Check-in' },
    ];
    for (const language of ['vi', 'en'] as const) {
      for (const p of pages) {
        const page = await context.newPage();
        await page.addInitScript((l) => localStorage.setItem('amity.locale', l), language);
        await page.goto(p.path);
        await heading(page, p[language]);
        if (p.name === 'events-month') await visible(page.getByText(language === 'vi' ? 'Tròn 65 năm' : '65 years', { exact: true }));
        await expectNoSidewaysScroll(page);
        await screenshot(page, `${p.name}-${language}`);
        await page.close();
      }
    }

    // The filters narrow the month to one type, or to one partner country.
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('amity.locale', 'vi'));
    await page.goto(`${base}?view=list`);
    const list = page.getByRole('table', { name: 'Danh sách hoạt động' });
    await visible(list.getByRole('link', { name: 'Giao ban Thường trực Hội hằng tháng' }));
    await page.getByLabel('Lọc theo loại hoạt động').selectOption('review');
    await expect.poll(() => list.getByRole('link', { name: 'Đón đoàn Hội hữu nghị Nhật – Việt tỉnh Osaka' }).count()).toBe(0);
    await visible(list.getByRole('link', { name: 'Giao ban Thường trực Hội hằng tháng' }));
    await page.getByLabel('Lọc theo loại hoạt động').selectOption('');
    await page.getByLabel('Lọc theo quốc gia').selectOption('JP');
    await expect.poll(() => list.getByRole('link', { name: 'Giao ban Thường trực Hội hằng tháng' }).count()).toBe(0);
    await visible(list.getByRole('link', { name: 'Đón đoàn Hội hữu nghị Nhật – Việt tỉnh Osaka' }));
    expect(new URL(page.url()).searchParams.get('country')).toBe('JP');
    await context.close();
  });
});
