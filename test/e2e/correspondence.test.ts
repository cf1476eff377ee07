import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, expectNoSidewaysScroll, heading, newContext, screenshot, signUpByApi, unique, viewports, visible } from './helpers';

const desktop = viewports[1];

/** A day counted from today in the workspace's calendar (Asia/Ho_Chi_Minh), 'YYYY-MM-DD'. */
const dayFromToday = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(Date.now() + days * 86_400_000);
const year = dayFromToday(0).slice(0, 4);

/** An association with the document code HHNVN, made through the API by a new owner. */
async function association(context: BrowserContext) {
  await signUpByApi(context, 'Nguyễn Thị Lan');
  const slug = unique('ws');
  await callApi(context, 'POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Cuba', slug, kind: 'association', code: 'HHNVN', countries: ['CU'] });
  return slug;
}

interface Doc {
  id: string;
  number: number;
  symbol: string | null;
}

const register = (context: BrowserContext, slug: string, body: object) => callApi<Doc>(context, 'POST', `/api/w/${slug}/correspondence`, body);

/** The two inputs of a bilingual field: Vietnamese, then English. */
async function fillPair(page: Page, group: string, vi: string, en: string) {
  const fieldset = page.getByRole('group', { name: group, exact: true });
  await fieldset.getByRole('textbox').nth(0).fill(vi);
  await fieldset.getByRole('textbox').nth(1).fill(en);
}

/** The national-day letter to the Cuban Institute of Friendship with the Peoples, by field name (any language). */
async function fillNationalDayLetter(page: Page) {
  const field = (name: string) => page.locator(`[name="${name}"]`);
  await field('partner.name').fill('Fernando González Llort');
  await field('partner.honorific.vi').fill('Ngài');
  await field('partner.honorific.en').fill('H.E.');
  await field('partner.organisation.vi').fill('Viện Cuba Hữu nghị với các Dân tộc');
  await field('partner.organisation.en').fill('the Cuban Institute of Friendship with the Peoples');
  await field('partner.country.vi').fill('Cuba');
  await field('partner.country.en').fill('Cuba');
  await field('signer.name').fill('Nguyễn Văn Hùng');
  await field('signer.title.vi').fill('Chủ tịch Hội hữu nghị Việt Nam – Cuba');
  await field('signer.title.en').fill('President of the Vietnam–Cuba Friendship Association');
  await field('details.since').fill('1959-01-01');
}

const rowOf = (table: Locator, text: string) => table.getByRole('row').filter({ hasText: text });

describe('correspondence', () => {
  test('a secretary issues a national-day letter from a template and finds it in the printed register', async () => {
    const context = await newContext(desktop);
    const slug = await association(context);
    const page = await context.newPage();
    await page.goto(`/w/${slug}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Văn bản', exact: true }).click();
    await heading(page, 'Sổ đăng ký văn bản đi');
    await visible(page.getByText('Sổ năm này chưa có văn bản nào.'));

    await page.getByRole('link', { name: 'Thư theo mẫu' }).click();
    await heading(page, 'Thư song ngữ theo mẫu');
    await page.getByLabel('Thư mừng Quốc khánh').check();
    // The shared schema checks the letter in the browser first, in Vietnamese.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await visible(page.getByText('Vui lòng nhập trường này.').first());

    await page.getByLabel('Họ tên người nhận').fill('Fernando González Llort');
    await fillPair(page, 'Danh xưng (Ngài, Ông, Bà) (không bắt buộc)', 'Ngài', 'H.E.');
    await fillPair(page, 'Tổ chức đối tác', 'Viện Cuba Hữu nghị với các Dân tộc', 'the Cuban Institute of Friendship with the Peoples');
    // The API's hint on how to write English names is shown with the field.
    await visible(page.getByRole('group', { name: 'Tổ chức đối tác' }).getByText('Tên tiếng Anh viết như trong câu'));
    await fillPair(page, 'Nước', 'Cuba', 'Cuba');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Hùng');
    await fillPair(page, 'Chức vụ người ký', 'Chủ tịch Hội hữu nghị Việt Nam – Cuba', 'President of the Vietnam–Cuba Friendship Association');
    await page.getByLabel('Ngày Quốc khánh (năm đầu tiên)').fill('1959-01-01');
    await page.getByRole('button', { name: 'Xem trước' }).click();

    const preview = await visible(page.getByRole('region', { name: 'Bản xem trước' }));
    const vi = preview.getByRole('article', { name: 'Tiếng Việt' });
    const en = preview.getByRole('article', { name: 'Tiếng Anh' });
    await visible(vi.getByText('THƯ MỪNG'));
    await visible(vi.getByText('Kính gửi: Ngài Fernando González Llort'));
    await visible(en.getByText('LETTER OF CONGRATULATIONS'));
    await visible(en.getByText('Dear H.E. Fernando González Llort,'));
    const subject = (await page.locator('.facts dd').first().textContent())!;
    expect(subject).toMatch(/^Chúc mừng kỷ niệm \d+ năm Quốc khánh Cuba \(01\/01\/1959\)$/);
    // Side by side on a wide screen.
    const [viBox, enBox] = [await vi.boundingBox(), await en.boundingBox()];
    expect(enBox!.x).toBeGreaterThan(viBox!.x + viBox!.width - 1);
    await screenshot(page, 'letters-preview-flow-vi');

    await page.getByRole('button', { name: 'Phát hành và vào sổ' }).click();
    await visible(page.getByText('Số 1/TM-HHNVN', { exact: true }));
    // The form gives way to the number, so the letter cannot be issued twice by accident.
    expect(await page.getByRole('button', { name: 'Phát hành và vào sổ' }).count()).toBe(0);
    await screenshot(page, 'letters-issued-vi');
    await page.getByRole('link', { name: 'Xem văn bản' }).click();
    await heading(page, 'Số 1/TM-HHNVN');
    await visible(page.getByText(subject).first());
    await visible(page.getByRole('article', { name: 'Tiếng Anh' }).getByText('LETTER OF CONGRATULATIONS'));

    // A second outgoing document, typed in the form, takes the next number of the year.
    await page.goto(`/w/${slug}/correspondence`);
    await page.getByRole('link', { name: 'Vào sổ văn bản đi' }).click();
    await heading(page, 'Vào sổ văn bản');
    await page.getByRole('button', { name: 'Vào sổ và cấp số' }).click();
    await visible(page.getByText('Vui lòng nhập trường này.'));
    await page.getByLabel('Loại văn bản').selectOption('CV');
    await visible(page.getByText('Số, ký hiệu sẽ có dạng …/CV-HHNVN.'));
    await page.getByLabel('Trích yếu nội dung').fill('Về việc tổ chức gặp mặt hữu nghị nhân dịp Tết Nguyên đán');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Hùng');
    await page.getByLabel('Nơi nhận').fill('Đại sứ quán Cuba tại Việt Nam');
    // The owner may register a classified document; the choice is offered.
    await visible(page.getByLabel('Độ mật'));
    await page.getByRole('button', { name: 'Vào sổ và cấp số' }).click();
    await visible(page.getByText('Số 2/CV-HHNVN', { exact: true }));

    // Both in the register of the year; the search ignores diacritics.
    await page.getByRole('navigation', { name: 'Mục của tổ chức' }).getByRole('link', { name: 'Văn bản' }).click();
    const table = await visible(page.getByRole('table', { name: 'Văn bản đi' }));
    await visible(rowOf(table, '1/TM-HHNVN').getByText('Fernando González Llort', { exact: false }));
    await visible(rowOf(table, '2/CV-HHNVN'));
    await page.getByLabel('Tìm văn bản').fill('quoc khanh cuba');
    await expect.poll(() => table.getByRole('row').count()).toBe(2); // the header and the letter
    await visible(rowOf(table, '1/TM-HHNVN'));
    await expect.poll(() => page.url()).toContain('q=quoc');
    await page.getByLabel('Tìm văn bản').fill('khong co van ban nay');
    await visible(page.getByText('Không có văn bản nào phù hợp.'));
    await page.getByLabel('Tìm văn bản').fill('');
    await page.getByLabel('Lọc theo loại văn bản').selectOption('TM');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    // The printed register opens in a new tab with the decree's table.
    const [printed] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: `In sổ văn bản đi năm ${year}` }).click()]);
    await printed.waitForLoadState();
    expect(new URL(printed.url()).searchParams.get('direction')).toBe('out');
    expect(new URL(printed.url()).searchParams.get('year')).toBe(year);
    await visible(printed.getByText('SỔ ĐĂNG KÝ VĂN BẢN ĐI'));
    const letterRow = printed.getByRole('row').filter({ hasText: '1/TM-HHNVN' });
    await visible(letterRow.getByText(subject, { exact: false }));
    await visible(letterRow.getByText('Nguyễn Văn Hùng'));
    await visible(printed.getByRole('row').filter({ hasText: '2/CV-HHNVN' }));
    await screenshot(printed, 'register-printed-flow');

    // The CSV has the same rows.
    const csvHref = await page.getByRole('link', { name: 'Tải về CSV' }).getAttribute('href');
    const csv = await (await context.request.get(csvHref!)).text();
    expect(csv).toContain('1/TM-HHNVN');
    expect(csv).toContain(subject);

    // The other register's tab starts afresh: no search left over.
    await page.getByLabel('Tìm văn bản').fill('hung');
    await expect.poll(() => page.url()).toContain('q=hung');
    await page.getByRole('link', { name: 'Văn bản đến' }).click();
    await heading(page, 'Sổ đăng ký văn bản đến');
    expect(await page.getByLabel('Tìm văn bản').inputValue()).toBe('');
    await visible(page.getByText('Sổ năm này chưa có văn bản nào.'));
    await context.close();
  });

  test('an incoming document with a deadline waits for a reply, overdue first, until one is linked', async () => {
    const context = await newContext(desktop);
    const slug = await association(context);
    const later = await register(context, slug, {
      direction: 'in',
      sender: 'Ủy ban Hòa bình Việt Nam',
      subject: 'Mời dự Hội nghị tổng kết công tác năm',
      deadline: dayFromToday(7),
    });
    const reply = await register(context, slug, {
      direction: 'out',
      typeCode: 'CV',
      subject: 'Về việc phối hợp tổ chức kỷ niệm Ngày thiết lập quan hệ ngoại giao',
      signer: 'Nguyễn Văn Hùng',
    });
    const page = await context.newPage();
    await page.goto(`/w/${slug}/correspondence?direction=in`);
    await heading(page, 'Sổ đăng ký văn bản đến');
    await page.getByRole('link', { name: 'Vào sổ văn bản đến' }).click();
    await heading(page, 'Vào sổ văn bản');
    expect(await page.getByLabel('Văn bản đến', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Tác giả (nơi gửi)').fill('Đại sứ quán Cộng hòa Cuba tại Việt Nam');
    await page.getByLabel('Số, ký hiệu của văn bản đến').fill('125/ĐSQ-VH');
    await page.getByLabel('Trích yếu nội dung').fill('Đề nghị phối hợp tổ chức kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cuba');
    await page.getByLabel('Ngày đến').fill(dayFromToday(-10));
    await page.getByLabel('Hạn giải quyết').fill(dayFromToday(-12));
    await page.getByLabel('Đơn vị hoặc người nhận xử lý').fill('Ban Đối ngoại');
    await page.getByLabel('Độ khẩn').selectOption('urgent');
    await page.getByRole('button', { name: 'Vào sổ và cấp số' }).click();
    await visible(page.getByText('Hạn giải quyết không được trước ngày đến.'));
    await screenshot(page, 'document-new-in-error-vi');
    await page.getByLabel('Hạn giải quyết').fill(dayFromToday(-3));
    await page.getByRole('button', { name: 'Vào sổ và cấp số' }).click();
    await visible(page.getByText(`Số đến 2 năm ${year}`, { exact: true }));

    // Awaiting reply: the overdue one first, highlighted, and counted.
    await page.goto(`/w/${slug}/correspondence`);
    await page.getByRole('link', { name: 'Chờ trả lời' }).click();
    await heading(page, 'Chờ trả lời');
    await visible(page.getByText('1 văn bản đã quá hạn giải quyết.'));
    const rows = page.getByRole('table', { name: 'Văn bản đến' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await visible(rows.nth(1).getByText('Quá hạn', { exact: true }));
    expect(await rows.nth(1).textContent()).toContain('Đại sứ quán Cộng hòa Cuba');
    expect(await rows.nth(1).getAttribute('class')).toContain('overdue');
    expect(await rows.nth(2).textContent()).toContain('Ủy ban Hòa bình Việt Nam');
    expect(await rows.nth(2).getAttribute('class')).not.toContain('overdue');
    await screenshot(page, 'follow-up-vi');

    // Linking the reply closes the follow-up.
    await rows.nth(1).getByRole('link').click();
    await heading(page, `Số đến 2 năm ${year}`);
    await page.getByLabel('Tìm văn bản đi').fill('phoi hop');
    const choice = page.getByRole('listitem').filter({ hasText: reply.symbol! });
    await (await visible(choice.getByRole('button', { name: 'Chọn làm văn bản trả lời' }))).click();
    await visible(page.getByRole('link', { name: `Số ${reply.symbol}` }));

    // A scanned copy, uploaded over a slow line with its progress shown, downloads with the same bytes.
    const bytes = Buffer.from('%PDF-1.4\n% bản quét công văn 125/ĐSQ-VH\n'.repeat(20_000));
    const network = await context.newCDPSession(page);
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 400 * 1024 });
    await page.getByLabel('Chọn tệp').setInputFiles({ name: 'Công văn 125-ĐSQ-VH.pdf', mimeType: 'application/pdf', buffer: bytes });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    const progress = await visible(page.getByRole('progressbar', { name: 'Đang tải lên' }));
    await expect.poll(() => progress.evaluate((bar: HTMLProgressElement) => bar.value), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'document-uploading-vi');
    const file = await visible(page.getByRole('link', { name: 'Công văn 125-ĐSQ-VH.pdf' }));
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const downloaded = await context.request.get((await file.getAttribute('href'))!);
    expect(Buffer.from(await downloaded.body()).equals(bytes)).toBe(true);
    await screenshot(page, 'document-detail-in-vi');

    await page.goto(`/w/${slug}/correspondence/follow-up`);
    await heading(page, 'Chờ trả lời');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByText('đã quá hạn giải quyết').count()).toBe(0);

    // Voiding keeps the number; the reason is shown.
    await page.goto(`/w/${slug}/correspondence/${later.id}`);
    await page.getByText('Hủy văn bản', { exact: true }).first().click();
    await page.getByLabel('Lý do hủy').fill('Vào sổ nhầm');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Hủy văn bản' }).click();
    await visible(page.getByText('Lý do: Vào sổ nhầm.', { exact: false }));
    await heading(page, `Số đến 1 năm ${year}`);
    await context.close();
  });

  test.each(viewports)('the correspondence pages fit $width px, in Vietnamese and in English', async (viewport) => {
    const context = await newContext(viewport);
    const slug = await association(context);
    const letter = await callApi<Doc>(context, 'POST', `/api/w/${slug}/letters/issue`, {
      template: 'relations-anniversary',
      partner: {
        name: 'Fernando González Llort',
        honorific: { vi: 'Ngài', en: 'H.E.' },
        title: { vi: 'Chủ tịch', en: 'President' },
        organisation: { vi: 'Viện Cuba Hữu nghị với các Dân tộc', en: 'the Cuban Institute of Friendship with the Peoples' },
        country: { vi: 'Cuba', en: 'Cuba' },
      },
      date: dayFromToday(0),
      signer: { name: 'Nguyễn Văn Hùng', title: { vi: 'Chủ tịch', en: 'President' } },
      details: { since: '1960-12-02' },
    });
    await register(context, slug, {
      direction: 'out',
      typeCode: 'KH',
      subject: 'Kế hoạch tổ chức các hoạt động kỷ niệm 66 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cuba',
      signer: 'Nguyễn Văn Hùng',
      recipients: 'Liên hiệp các tổ chức hữu nghị Việt Nam; Đại sứ quán Cuba tại Việt Nam; Lưu VT',
      urgency: 'urgent',
    });
    const incoming = await register(context, slug, {
      direction: 'in',
      sender: 'Đại sứ quán Cộng hòa Cuba tại Việt Nam',
      senderRef: '125/ĐSQ-VH',
      subject: 'Đề nghị phối hợp tổ chức kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cuba',
      receivedOn: dayFromToday(-10),
      deadline: dayFromToday(-3),
      assignee: 'Ban Đối ngoại',
    });
    await register(context, slug, { direction: 'in', sender: 'Ủy ban Hòa bình Việt Nam', subject: 'Mời dự Hội nghị tổng kết công tác năm', deadline: dayFromToday(7) });

    const base = `/w/${slug}/correspondence`;
    const pages = [
      { name: 'register-out', path: base, vi: 'Sổ đăng ký văn bản đi', en: 'Outgoing register' },
      { name: 'register-in', path: `${base}?direction=in`, vi: 'Sổ đăng ký văn bản đến', en: 'Incoming register' },
      { name: 'follow-up', path: `${base}/follow-up`, vi: 'Chờ trả lời', en: 'Awaiting reply' },
      { name: 'document-new-out', path: `${base}/new`, vi: 'Vào sổ văn bản', en: 'Register a document' },
      { name: 'document-new-in', path: `${base}/new?direction=in`, vi: 'Vào sổ văn bản', en: 'Register a document' },
      { name: 'document-letter', path: `${base}/${letter.id}`, vi: 'Số 1/TM-HHNVN', en: 'No. 1/TM-HHNVN' },
      { name: 'document-in', path: `${base}/${incoming.id}`, vi: `Số đến 1 năm ${year}`, en: `Incoming no. 1 of ${year}` },
      { name: 'letters', path: `${base}/letters`, vi: 'Thư song ngữ theo mẫu', en: 'Bilingual letters' },
    ];
    for (const language of ['vi', 'en'] as const) {
      for (const p of pages) {
        const page = await context.newPage();
        await page.addInitScript((l) => localStorage.setItem('amity.locale', l), language);
        await page.goto(p.path);
        await heading(page, p[language]);
        await page.waitForLoadState('networkidle');
        await expectNoSidewaysScroll(page);
        await screenshot(page, `${p.name}-${language}`);
        if (p.name === 'letters') {
          await fillNationalDayLetter(page);
          await page.locator('.letter-form button[type=submit]').first().click();
          await visible(page.locator('.letter-preview'));
          await expectNoSidewaysScroll(page);
          await screenshot(page, `letters-preview-${language}`);
        }
        await page.close();
      }
    }
    const printed = await context.newPage();
    await printed.goto(`/api/w/${slug}/correspondence/register.html?direction=out&year=${year}`);
    await visible(printed.getByText('SỔ ĐĂNG KÝ VĂN BẢN ĐI'));
    await screenshot(printed, 'register-printed');
    await context.close();
  });
});
