import { describe, expect, test } from 'vitest';
import { callApi, expectNoSidewaysScroll, heading, newContext, screenshot, signUpByApi, unique, viewports, visible } from './helpers';

const phone = viewports[0];

describe('events: viewers register themselves, editors set relation dates', () => {
  test('a viewer registers themselves on a 360 px phone, and cancels', async () => {
    const editor = await newContext(phone);
    await signUpByApi(editor, 'Trần Văn Bình');
    const slug = unique('ws');
    await callApi(editor, 'POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug, kind: 'association', countries: ['JP'] });
    const viewer = await newContext(phone);
    const account = await signUpByApi(viewer, 'Phạm Thu Hà');
    // The viewer is also in the register, under the e-mail of their account.
    const member = await callApi<{ id: string }>(editor, 'POST', `/api/w/${slug}/members`, { kind: 'individual', fullName: 'Phạm Thu Hà', category: 'official', email: account.email });
    const invitation = await callApi<{ acceptUrl: string }>(editor, 'POST', `/api/w/${slug}/invitations`, { email: account.email, role: 'viewer' });
    await callApi(viewer, 'POST', `/api/invitations/${invitation.acceptUrl.split('/').pop()}/accept`);
    const event = await callApi<{ id: string }>(editor, 'POST', `/api/w/${slug}/events`, {
      type: 'seminar',
      title: 'Tọa đàm văn hóa Nhật Bản',
      startsAt: '2030-06-18T08:00',
      endsAt: '2030-06-18T11:00',
      capacity: 10,
    });

    const page = await viewer.newPage();
    await page.goto(`/w/${slug}/events/${event.id}`);
    await heading(page, 'Tọa đàm văn hóa Nhật Bản');
    // Viewers cannot register others.
    expect(await page.getByLabel('Tìm hội viên').count()).toBe(0);
    await page.getByRole('button', { name: 'Đăng ký tham gia' }).click();
    const registrations = page.getByRole('table', { name: 'Đăng ký tham dự' });
    await visible(registrations.getByRole('row').filter({ hasText: 'Phạm Thu Hà' }).getByText('Đã đăng ký'));
    const cancel = await visible(page.getByRole('button', { name: 'Hủy đăng ký' }));
    expect(await page.getByRole('button', { name: 'Đăng ký tham gia' }).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'event-self-registered-vi');
    // Registered as the member of the register whose e-mail is theirs.
    const listed = await callApi<{ items: { memberId: string | null; status: string }[] }>(editor, 'GET', `/api/w/${slug}/events/${event.id}/registrations`);
    expect(listed.items).toMatchObject([{ memberId: member.id, status: 'registered' }]);

    page.on('dialog', (dialog) => void dialog.accept());
    await cancel.click();
    await visible(page.getByRole('button', { name: 'Đăng ký tham gia' }));
    await visible(registrations.getByRole('row').filter({ hasText: 'Phạm Thu Hà' }).getByText('Đã hủy'));
    await screenshot(page, 'event-self-cancelled-vi');
    await editor.close();
    await viewer.close();
  });

  test('an editor changes the year relations began and the anniversary follows, on a 360 px phone', async () => {
    const context = await newContext(phone);
    await signUpByApi(context, 'Trần Văn Bình');
    const slug = unique('ws');
    await callApi(context, 'POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug, kind: 'association', countries: ['JP', 'CU', 'LA'] });
    const page = await context.newPage();
    await page.goto(`/w/${slug}/events`);
    await heading(page, 'Hoạt động');
    const anniversary = page.getByText(/Kỷ niệm \d+ năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản/);
    const years = async () => Number((await anniversary.textContent())?.match(/Kỷ niệm (\d+) năm/)?.[1]);
    await visible(anniversary);
    const before = await years();

    const row = page.getByRole('list', { name: 'Năm thiết lập quan hệ ngoại giao' }).getByRole('listitem').filter({ hasText: 'Nhật Bản' });
    await visible(row.getByText('Mặc định'));
    await row.getByRole('button', { name: 'Sửa' }).click();
    const since = row.getByLabel('Ngày hoặc năm thiết lập');
    expect(await since.inputValue()).toBe('1973-09-21');
    await since.fill('21/9/1977');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await visible(row.getByText('Ngày không hợp lệ; dùng dạng YYYY-MM-DD.'));
    await screenshot(page, 'events-relations-error-vi');
    await since.fill('1977-09-21');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await visible(row.getByText('Tổ chức nhập'));
    await expect.poll(years).toBe(before - 4);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'events-relations-edited-vi');

    await row.getByRole('button', { name: 'Về mặc định' }).click();
    await visible(row.getByText('Mặc định'));
    await expect.poll(years).toBe(before);
    await context.close();
  });
});
