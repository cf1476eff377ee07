import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { periodLabel } from '../../shared/reports';
import { callApi, expectNoSidewaysScroll, heading, newContext, screenshot, signUpByApi, unique, viewports, visible } from './helpers';

const [phone, desktop] = viewports;

/** The half-year the report page offers first (the browser and this process share a clock). */
const now = new Date();
const half = `${now.getFullYear()}-H${now.getMonth() < 6 ? 1 : 2}`;
const today = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const unionName = 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An';
const japanName = 'Hội hữu nghị Việt Nam – Nhật Bản tỉnh Nghệ An';
const laosName = 'Hội hữu nghị Việt Nam – Lào tỉnh Nghệ An';

/** A union with two approved associations (each run with its own people); the Japan one has data this half-year. */
async function family() {
  const unionContext = await newContext(desktop);
  const childContext = await newContext(desktop);
  await signUpByApi(unionContext, 'Nguyễn Văn Hùng');
  await signUpByApi(childContext, 'Trần Thị Mai');
  const union = unique('lhh');
  await callApi(unionContext, 'POST', '/api/workspaces', { name: unionName, slug: union, kind: 'union' });
  const japan = unique('vn-jp');
  const laos = unique('vn-la');
  await callApi(childContext, 'POST', '/api/workspaces', { name: japanName, slug: japan, kind: 'association', countries: ['JP'], parent: union });
  await callApi(childContext, 'POST', '/api/workspaces', { name: laosName, slug: laos, kind: 'association', countries: ['LA'], parent: union });
  for (const child of [japan, laos]) await callApi(unionContext, 'POST', `/api/w/${union}/affiliations/${child}/approve`);
  for (const [fullName, joinedOn] of [
    ['Lê Văn Nam', today],
    ['Phạm Thị Hoa', today],
    ['Võ Minh Tuấn', '2020-03-01'],
  ]) {
    await callApi(childContext, 'POST', `/api/w/${japan}/members`, { fullName, joinedOn });
  }
  await callApi(childContext, 'POST', `/api/w/${japan}/events`, {
    type: 'seminar',
    title: 'Tọa đàm kỷ niệm quan hệ Việt Nam – Nhật Bản',
    startsAt: `${today}T08:00`,
    endsAt: `${today}T11:00`,
    participants: 150,
    connectionPoints: 3,
  });
  return { unionContext, childContext, union, japan, laos };
}

const narrative = {
  'Kết quả đạt được': 'Tổ chức tọa đàm kỷ niệm với 150 đại biểu tại 3 điểm cầu; kết nạp 2 hội viên mới.',
  'Hạn chế': 'Kinh phí hoạt động còn hạn hẹp.',
  'Phương hướng, kế hoạch': 'Đón đoàn tỉnh Nagano; tổ chức giao lưu thanh niên.',
  'Kiến nghị, đề xuất': 'Đề nghị Liên hiệp hỗ trợ kết nối với các địa phương Nhật Bản.',
};

/** Pages of both sides, looked at on a phone and a desktop, in Vietnamese (and English once). */
async function lookAt(context: BrowserContext, path: string, title: string, name: string, width: (typeof viewports)[number], language: 'vi' | 'en' = 'vi') {
  const page = await context.newPage();
  await page.setViewportSize(width);
  await page.addInitScript((l) => localStorage.setItem('amity.locale', l), language);
  await page.goto(path);
  await heading(page, title);
  await page.waitForLoadState('networkidle');
  await expectNoSidewaysScroll(page);
  await screenshot(page, `${name}-${language}`);
  await page.close();
}

describe('reports', () => {
  test('an association drafts, edits and submits its report; the union sees it submitted and another child missing', async () => {
    const { unionContext, childContext, union, japan } = await family();
    const title = periodLabel(half, 'vi');

    // The association starts the six-month report from the reports page.
    const page = await childContext.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`/w/${japan}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    await heading(page, 'Báo cáo');
    await visible(page.getByText('Chưa có báo cáo nào.'));
    await page.getByLabel('Kỳ báo cáo').selectOption(half);
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await heading(page, title);
    const reportId = new URL(page.url()).pathname.split('/').pop()!;
    // The figures come from the association's data.
    const figures = page.getByRole('table', { name: 'Số liệu' });
    await visible(figures.getByRole('row', { name: 'Hội viên mới 2' }));
    await visible(figures.getByRole('row', { name: 'Điểm cầu 3' }));
    await visible(page.getByText(unionName, { exact: true }));

    // The narrative, section by section.
    for (const [section, text] of Object.entries(narrative)) await page.getByLabel(section).fill(text);
    await page.getByRole('button', { name: 'Lưu phần đánh giá' }).click();
    await visible(page.getByText('Đã lưu.'));
    const saved = await callApi<{ results: string; proposals: string }>(childContext, 'GET', `/api/w/${japan}/reports/${reportId}`);
    expect(saved).toMatchObject({ results: narrative['Kết quả đạt được'], proposals: narrative['Kiến nghị, đề xuất'] });
    await screenshot(page, 'report-draft-vi');

    // Submitted (after the confirmation): read-only from then on.
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await visible(page.locator('.facts').getByText('Đã nộp', { exact: true }));
    await expect.poll(() => page.getByRole('button', { name: 'Lưu phần đánh giá' }).count()).toBe(0);
    await visible(page.getByText(narrative['Hạn chế']));
    expect(await page.getByRole('button', { name: 'Xóa bản nháp' }).count()).toBe(0);

    // The printable version names the organisation, the report and the day it was submitted.
    await page.getByRole('link', { name: 'Bản in' }).click();
    await heading(page, title);
    await visible(page.locator('.report-document').getByText(japanName, { exact: true }));
    await visible(page.getByText(/^Ngày nộp: \d\d\/\d\d\/\d{4}/));
    await visible(page.getByRole('heading', { name: 'II. Kết quả đạt được' }));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    await screenshot(page, 'report-printed-vi');
    await page.emulateMedia({ media: 'screen' });
    await page.close();

    // The union: a deadline for the period, then who has submitted.
    const union1 = await unionContext.newPage();
    await union1.goto(`/w/${union}/reports`);
    await heading(union1, 'Báo cáo');
    await union1.getByRole('link', { name: 'Báo cáo của các đơn vị trực thuộc' }).click();
    await heading(union1, 'Báo cáo của các đơn vị trực thuộc');
    await union1.getByLabel('Kỳ báo cáo').selectOption(half);
    await visible(union1.getByRole('heading', { name: title, level: 2 }));
    await union1.getByLabel('Hạn nộp').fill(inDays(30));
    await union1.getByRole('button', { name: 'Lưu hạn nộp' }).click();
    await visible(union1.getByRole('button', { name: 'Bỏ hạn nộp' }));
    const rows = union1.getByRole('table', { name: 'Tình hình nộp báo cáo' });
    await visible(rows.getByRole('row', { name: new RegExp(`${japanName} Đã nộp`) }));
    await visible(rows.getByRole('row', { name: new RegExp(`${laosName} Chưa nộp`) }));
    await visible(union1.getByText('Đã nộp 1 · Nộp muộn 0 · Chưa nộp 1'));
    expect(await rows.getByText('Quá hạn').count()).toBe(0);
    await screenshot(union1, 'report-submissions-vi');

    // Opening the submitted report: its figures and narrative.
    await union1.getByRole('link', { name: `Xem báo cáo: ${japanName}` }).click();
    await heading(union1, title);
    await visible(union1.locator('.report-document').getByText(japanName, { exact: true }));
    await visible(union1.getByText(narrative['Kết quả đạt được']));
    await visible(union1.getByRole('row', { name: 'Lượt người tham gia 150' }));
    await union1.close();

    // Every page on a phone and a desktop; the union's page in English too.
    for (const width of [phone, desktop]) {
      await lookAt(childContext, `/w/${japan}/reports`, 'Báo cáo', 'reports', width);
      await lookAt(childContext, `/w/${japan}/reports/${reportId}`, title, 'report', width);
      await lookAt(childContext, `/w/${japan}/reports/${reportId}/print`, title, 'report-print', width);
      await lookAt(unionContext, `/w/${union}/reports/submissions?period=${half}`, 'Báo cáo của các đơn vị trực thuộc', 'report-submissions', width);
      await lookAt(unionContext, `/w/${union}/reports/submissions/${reportId}`, title, 'report-received', width);
    }
    await lookAt(unionContext, `/w/${union}/reports/submissions?period=${half}`, 'Reports from affiliated organisations', 'report-submissions', desktop, 'en');
    await lookAt(childContext, `/w/${japan}/reports/${reportId}`, periodLabel(half, 'en'), 'report', phone, 'en');
    await unionContext.close();
    await childContext.close();
  });
});
