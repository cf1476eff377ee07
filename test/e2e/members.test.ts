import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, heading, expectNoSidewaysScroll, newContext, screenshot, signUpByApi, unique, viewports, visible, type Viewport } from './helpers';

const [phone, desktop] = viewports;

const goodCsv = [
  'Họ và tên,Email,Điện thoại,Loại hội viên',
  'Nguyễn Văn An,an.nguyen@example.vn,0912 345 678,chính thức',
  'Đặng Thị Hoa,hoa.dang@example.vn,0987 654 321,danh dự',
  'Trần Thị Bích,bich.tran@example.vn,,liên kết',
  'Lê Văn Cường,,024 3825 1234,chính thức',
].join('\r\n');
const badCsv = goodCsv.replace('hoa.dang@example.vn', 'khong-phai-email');

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${text}`, 'utf8') });

async function signedInWorkspace(context: BrowserContext) {
  await signUpByApi(context);
  const slug = unique('ws');
  await callApi(context, 'POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug, kind: 'association', countries: ['JP'] });
  return slug;
}

/** Text as shown, with the no-break spaces of formatted amounts as plain ones. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One of the dues figures ("Đã thu", …) as shown. */
const figure = async (page: Page, label: string) => tidy(await page.locator('.dues-figures div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').innerText());

/** The member list's links: which names are shown. */
const shownNames = (page: Page) => page.getByRole('table', { name: 'Danh sách hội viên' }).getByRole('link').allTextContents();

describe('members', () => {
  test('an editor imports a CSV through the wizard, then finds members by unaccented search', async () => {
    const context = await newContext(desktop);
    const slug = await signedInWorkspace(context);
    const page = await context.newPage();
    await page.goto(`/w/${slug}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Hội viên' }).click();
    await heading(page, 'Hội viên');
    await visible(page.getByText('Chưa có hội viên nào.'));
    await page.getByRole('link', { name: 'Nhập từ tệp CSV' }).click();
    await heading(page, 'Nhập hội viên từ tệp CSV');

    // A file with a bad e-mail in row 3: the dry run names the row and the field, nothing is written.
    await page.getByLabel('Tệp CSV').setInputFiles(csvFile('hoi-vien-loi.csv', badCsv));
    await visible(page.getByText('Xem trước 4 trên 4 dòng hội viên'));
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const problems = await visible(page.getByRole('table', { name: 'Lỗi theo dòng' }));
    const problemRow = problems.getByRole('row').filter({ hasText: 'Email chưa đúng định dạng.' });
    expect(await problemRow.getByRole('cell').allTextContents()).toEqual(['3', 'Email', 'Email chưa đúng định dạng.', '']);
    await expect(page.getByRole('button', { name: /^Nhập \d+ hội viên$/ }).count()).resolves.toBe(0);

    // The good file: preview, dry run, import.
    await page.getByLabel('Tệp CSV').setInputFiles(csvFile('hoi-vien.csv', goodCsv));
    await visible(page.getByRole('cell', { name: 'Nguyễn Văn An', exact: true }));
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await visible(page.getByText('Tệp hợp lệ, 4 dòng: sẽ thêm 4, cập nhật 0, giữ nguyên 0. Chưa có gì được ghi.'));
    await page.getByRole('button', { name: 'Nhập 4 hội viên' }).click();
    await visible(page.getByText('Đã nhập xong: thêm 4, cập nhật 0, giữ nguyên 0.'));
    await page.getByRole('link', { name: 'Xem danh sách hội viên' }).click();
    await heading(page, 'Hội viên');
    await expect.poll(() => shownNames(page)).toEqual(['Đặng Thị Hoa', 'Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bích']);

    const search = page.getByLabel('Tìm hội viên');
    await search.fill('nguyen van an');
    await expect.poll(() => shownNames(page)).toEqual(['Nguyễn Văn An']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nguyen van an');
    await search.fill('dang');
    await expect.poll(() => shownNames(page)).toEqual(['Đặng Thị Hoa']);
    await search.fill('khong co ai');
    await visible(page.getByText('Không có hội viên nào phù hợp.'));

    // A filter: only the honorary member.
    await search.fill('');
    await page.getByLabel('Loại hội viên').selectOption('honorary');
    await expect.poll(() => shownNames(page)).toEqual(['Đặng Thị Hoa']);
    await context.close();
  });

  test('the detail form shows translated field errors, saves, archives and restores', async () => {
    const context = await newContext(desktop);
    const slug = await signedInWorkspace(context);
    const member = await callApi<{ id: string }>(context, 'POST', `/api/w/${slug}/members`, { fullName: 'Nguyễn Văn An', email: 'an@example.vn' });
    const page = await context.newPage();
    await page.goto(`/w/${slug}/members/${member.id}`);
    await heading(page, 'Nguyễn Văn An');
    await page.getByLabel('Email').fill('khong-phai-email');
    await page.getByLabel('Năm sinh').fill('1800');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(page.getByText('Email chưa đúng định dạng.'));
    await visible(page.getByText('Nhập năm sinh bốn chữ số, từ 1900 đến năm nay.'));
    await page.getByLabel('Email').fill('an.nguyen@example.vn');
    await page.getByLabel('Năm sinh').fill('1975');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(page.getByText('Đã lưu.'));
    const saved = await callApi<{ email: string; birthYear: number }>(context, 'GET', `/api/w/${slug}/members/${member.id}`);
    expect(saved).toMatchObject({ email: 'an.nguyen@example.vn', birthYear: 1975 });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Lưu trữ hội viên' }).click();
    await visible(page.getByText('Hội viên này đang được lưu trữ'));
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await visible(page.getByRole('button', { name: 'Lưu trữ hội viên' }));
    await context.close();
  });

  test('an editor ends a position on the leadership page: the holder moves to the history; a mistaken one is removed', async () => {
    const context = await newContext(desktop);
    const slug = await signedInWorkspace(context);
    const api = `/api/w/${slug}`;
    const add = async (fullName: string) => (await callApi<{ id: string }>(context, 'POST', `${api}/members`, { fullName })).id;
    const an = await add('Nguyễn Văn An');
    const hoa = await add('Đặng Thị Hoa');
    const term = await callApi<{ id: string }>(context, 'POST', `${api}/terms`, { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09' });
    await callApi(context, 'POST', `${api}/positions`, { termId: term.id, memberId: an, body: 'presidium', title: 'president' });
    const vice = await callApi<{ id: string }>(context, 'POST', `${api}/positions`, { termId: term.id, memberId: hoa, body: 'presidium', title: 'vice_president' });

    const page = await context.newPage();
    await page.goto(`/w/${slug}/leadership`);
    await heading(page, 'Ban lãnh đạo');
    const current = page.locator('.leadership-main > section.card');
    const holder = current.getByRole('listitem').filter({ hasText: 'Đặng Thị Hoa' });
    await holder.getByText('Kết thúc', { exact: true }).click();
    await holder.getByLabel('Ngày cuối giữ chức danh').fill('2024-12-31');
    await holder.getByRole('button', { name: 'Kết thúc nhiệm vụ' }).click();
    await expect.poll(() => current.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Nguyễn Văn An')]);
    expect(await callApi<{ endsOn: string }>(context, 'GET', `${api}/positions/${vice.id}`)).toMatchObject({ endsOn: '2024-12-31' });
    const history = page.locator('details.term-history');
    await history.locator('summary').first().click();
    const ended = history.getByRole('listitem').filter({ hasText: 'Đặng Thị Hoa' });
    await visible(ended.getByText('10/06/2023 – 31/12/2024'));
    await screenshot(page, 'leadership-ended-vi');

    // An end before the start is refused with the field's message, and nothing changes.
    const president = current.getByRole('listitem').filter({ hasText: 'Nguyễn Văn An' });
    await president.getByText('Kết thúc', { exact: true }).click();
    await president.getByLabel('Ngày cuối giữ chức danh').fill('2020-01-01');
    await president.getByRole('button', { name: 'Kết thúc nhiệm vụ' }).click();
    await visible(president.getByRole('alert'));

    page.once('dialog', (dialog) => void dialog.accept());
    await ended.getByText('Sửa', { exact: true }).click();
    await screenshot(page, 'leadership-edit-form-vi');
    await ended.getByRole('button', { name: 'Xóa chức danh' }).click();
    await expect.poll(() => history.getByRole('listitem').filter({ hasText: 'Đặng Thị Hoa' }).count()).toBe(0);
    expect((await callApi<{ items: unknown[] }>(context, 'GET', `${api}/positions`)).items).toHaveLength(1);
    await context.close();
  });

  test('an editor records dues in two payments that add up; a viewer sees amounts and who has paid, read-only', async () => {
    const context = await newContext(desktop);
    const slug = await signedInWorkspace(context);
    const api = `/api/w/${slug}`;
    const year = new Date().getFullYear();
    await callApi(context, 'POST', `${api}/members`, { fullName: 'Nguyễn Văn An' });
    await callApi(context, 'PUT', `${api}/dues/${year}`, { official: 200000, honorary: 0 });
    const page = await context.newPage();
    await page.goto(`/w/${slug}/dues`);
    await heading(page, 'Hội phí');
    const unpaid = page.getByRole('table', { name: 'Chưa đóng đủ' });
    const row = unpaid.getByRole('row').filter({ hasText: 'Nguyễn Văn An' });
    const cells = async () => (await row.getByRole('cell').allTextContents()).slice(2, 5).map(tidy);
    expect(await cells()).toEqual(['200.000 ₫', '0 ₫', '200.000 ₫']);

    const amount = row.getByLabel('Số tiền Nguyễn Văn An đóng (đồng)');
    expect(await amount.inputValue()).toBe('200.000');
    await amount.fill('50000');
    await row.getByRole('button', { name: 'Ghi nhận' }).click();
    await visible(page.getByText('Đã ghi nhận Nguyễn Văn An đóng 50.000 ₫.'));
    await expect.poll(cells).toEqual(['200.000 ₫', '50.000 ₫', '150.000 ₫']);
    await expect.poll(() => amount.inputValue()).toBe('150.000');
    await screenshot(page, 'dues-partial-vi');
    await row.getByRole('button', { name: 'Ghi nhận' }).click();
    await visible(page.getByText('Mọi hội viên phải đóng đã đóng đủ.'));
    const payments = page.getByRole('table', { name: 'Các khoản đã thu' });
    await expect.poll(async () => (await payments.locator('td.number').allTextContents()).map(tidy)).toEqual(['150.000 ₫', '50.000 ₫']);
    expect(await figure(page, 'Đã thu')).toBe('200.000 ₫');
    expect(await figure(page, 'Đã đóng đủ')).toBe('1/1 hội viên');

    // A viewer: the same figures, amounts and payments, nothing to change them with.
    const viewer = await newContext(phone);
    const account = await signUpByApi(viewer, 'Phạm Thu Hà');
    const invitation = await callApi<{ acceptUrl: string }>(context, 'POST', `${api}/invitations`, { email: account.email, role: 'viewer' });
    await callApi(viewer, 'POST', `/api/invitations/${invitation.acceptUrl.split('/').pop()}/accept`);
    const seen = await viewer.newPage();
    await seen.goto(`/w/${slug}/dues`);
    await heading(seen, 'Hội phí');
    const amounts = await visible(seen.locator('.dues-amounts'));
    expect(tidy(await amounts.innerText())).toMatch(/chính thức 200\.000 ₫ danh dự miễn liên kết chưa đặt/i);
    expect(await figure(seen, 'Đã thu')).toBe('200.000 ₫');
    await visible(seen.getByRole('table', { name: 'Các khoản đã thu' }).getByRole('cell', { name: 'Nguyễn Văn An' }).first());
    expect(await seen.getByRole('button').filter({ hasText: /Ghi nhận|Xóa|Lưu mức hội phí/ }).count()).toBe(0);
    expect(await seen.getByRole('textbox').count()).toBe(0);
    await expectNoSidewaysScroll(seen);
    await screenshot(seen, 'dues-viewer-vi');
    await viewer.close();
    await context.close();
  });

  test('screenshots of every page at 360 and 1280 px, in Vietnamese and English', async () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const viewport of [phone, desktop]) await screenshots(locale, viewport);
    }
  });
});

/** A workspace with members, a term with its leadership and this year's dues, then every page. */
async function screenshots(locale: 'vi' | 'en', viewport: Viewport) {
  const context = await newContext(viewport, locale);
  const slug = await signedInWorkspace(context);
  const api = `/api/w/${slug}`;
  const people = ['Nguyễn Văn An', 'Đặng Thị Hoa', 'Trần Thị Bích', 'Lê Văn Cường', 'Phạm Minh Đức'];
  const ids: string[] = [];
  for (const fullName of people) ids.push((await callApi<{ id: string }>(context, 'POST', `${api}/members`, { fullName, organisation: 'Bộ Ngoại giao', phone: '0912 345 678' })).id);
  const term = await callApi<{ id: string }>(context, 'POST', `${api}/terms`, { name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09', congress: 'Đại hội lần thứ VI' });
  const roles = [['presidium', 'president'], ['presidium', 'vice_president'], ['standing', 'secretary_general'], ['executive', 'member'], ['inspection', 'head']];
  for (const [i, [body, title]] of roles.entries()) await callApi(context, 'POST', `${api}/positions`, { termId: term.id, memberId: ids[i], body, title });
  const year = new Date().getFullYear();
  await callApi(context, 'PUT', `${api}/dues/${year}`, { official: 200000, honorary: 0, associate: 100000 });
  await callApi(context, 'POST', `${api}/dues/payments`, { memberId: ids[0], year, amount: 200000 });
  await callApi(context, 'POST', `${api}/dues/payments`, { memberId: ids[1], year, amount: 50000, note: 'Đóng trước một phần' });

  const page = await context.newPage();
  const shoot = async (path: string, name: string) => {
    await page.goto(path);
    await visible(page.getByRole('heading', { level: 1 }));
    await page.waitForLoadState('networkidle');
    if (viewport === phone) await expectNoSidewaysScroll(page);
    await screenshot(page, `${name}-${locale}`);
  };
  await shoot(`/w/${slug}/members`, 'members-list');
  await shoot(`/w/${slug}/members/${ids[0]}`, 'member-detail');
  await shoot(`/w/${slug}/leadership`, 'leadership');
  await visible(page.getByText(locale === 'vi' ? 'Chủ tịch' : 'President', { exact: true }).first());
  await page.locator('.position-controls summary').first().click();
  await screenshot(page, `leadership-end-form-${locale}`);
  await shoot(`/w/${slug}/dues`, 'dues');
  await shoot(`/w/${slug}/members/import`, 'import');
  await page.locator('input[type=file]').setInputFiles(csvFile('hoi-vien.csv', badCsv));
  await page.getByRole('button', { name: locale === 'vi' ? 'Kiểm tra tệp' : 'Check the file' }).click();
  await visible(page.getByRole('alert'));
  if (viewport === phone) await expectNoSidewaysScroll(page);
  await screenshot(page, `import-errors-${locale}`);
  await context.close();
}
