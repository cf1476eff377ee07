import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  baseUrl,
  callApi,
  expectNoSidewaysScroll,
  mailsTo,
  newAccount,
  newContext,
  screenshot,
  signUpByApi,
  unique,
  viewports,
  visible,
} from './helpers';

const heading = (page: Page, name: string) => visible(page.getByRole('heading', { name, exact: true }));

async function createWorkspaceByApi(context: BrowserContext, body: { name: string; kind: string; parent?: string }) {
  const slug = unique('ws');
  await callApi(context, 'POST', '/api/workspaces', { ...body, slug });
  return slug;
}

describe.each(viewports)('at $width px', (viewport) => {
  test('a secretary signs up, creates an organisation and switches language', async () => {
    const context = await newContext(viewport);
    const page = await context.newPage();

    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await heading(page, 'Đăng nhập');
    await page.getByRole('link', { name: 'Đăng ký', exact: true }).click();
    await heading(page, 'Đăng ký tài khoản');

    // The shared zod schemas check the form before it is sent, in Vietnamese.
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await visible(page.getByText('Vui lòng nhập trường này.').first());
    await visible(page.getByText('Mật khẩu cần ít nhất 10 ký tự.'));
    await screenshot(page, 'sign-up-errors');

    const account = newAccount('Nguyễn Thị Thu Hà');
    await page.getByLabel('Họ và tên').fill(account.name);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL('**/workspaces/new');
    await heading(page, 'Tạo tổ chức');

    // The address is suggested from the name: diacritics dropped, đ → d.
    const suffix = unique('x');
    const name = `Hội hữu nghị Việt – Nhật Đà Nẵng ${suffix}`;
    const slug = `hoi-huu-nghi-viet-nhat-da-nang-${suffix}`;
    await page.getByLabel('Tên tổ chức').fill(name);
    expect(await page.getByLabel('Địa chỉ web').inputValue()).toBe(slug);
    await page.getByLabel('Quốc gia đối tác').fill('jp, la');
    await screenshot(page, 'workspace-new-filled');
    await page.getByRole('button', { name: 'Tạo tổ chức' }).click();

    await page.waitForURL(`**/w/${slug}`);
    await heading(page, name);
    expect(await page.getByLabel('Tổ chức', { exact: true }).inputValue()).toBe(slug);
    await visible(page.getByText('Hội hữu nghị song phương'));
    await visible(page.getByText('JP, LA'));
    await visible(page.getByText(slug.replaceAll('-', '').toUpperCase().slice(0, 20)));

    // English is one click away, survives a reload and is saved to the account.
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('link', { name: 'Dashboard' }));
    await visible(page.getByText('Bilateral friendship association'));
    expect(await page.getByText('Hội hữu nghị song phương').count()).toBe(0);
    await expect.poll(async () => (await callApi<{ user: { locale: string } }>(context, 'GET', '/api/me')).user.locale).toBe('en');
    await page.reload();
    await visible(page.getByRole('link', { name: 'Dashboard' }));
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await visible(page.getByRole('link', { name: 'Tổng quan' }));
    await expect.poll(async () => (await callApi<{ user: { locale: string } }>(context, 'GET', '/api/me')).user.locale).toBe('vi');

    // Signing out and in again: the account's language wins over this device's.
    await page.getByLabel('Tài khoản').click();
    await visible(page.getByText(account.email));
    await screenshot(page, 'user-menu');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Sign in');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await visible(page.getByText('Wrong e-mail or password.'));
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/w/${slug}`);
    await visible(page.getByRole('link', { name: 'Tổng quan' }));
    await context.close();
  });

  test('an owner invites a colleague, who accepts the link', async () => {
    const owner = await newContext(viewport);
    await signUpByApi(owner, 'Lê Thị Mai');
    const slug = await createWorkspaceByApi(owner, { name: 'Hội hữu nghị Việt Nam – Lào', kind: 'association' });
    const page = await owner.newPage();
    await page.goto(`/w/${slug}/people`);
    await heading(page, 'Người dùng');

    // The only owner cannot step down; the message says why, and the role stays.
    const myRole = page.getByLabel('Vai trò của Lê Thị Mai');
    await myRole.selectOption('admin');
    await visible(page.getByText('Tổ chức cần ít nhất một chủ sở hữu.'));
    expect(await myRole.inputValue()).toBe('owner');

    const colleague = newAccount('Phạm Minh Châu');
    await page.getByLabel('Email').fill(colleague.email);
    await page.getByLabel('Vai trò', { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: 'Gửi lời mời' }).click();
    const acceptUrl = await (await visible(page.getByLabel('Liên kết chấp nhận lời mời'))).inputValue();
    expect(acceptUrl.startsWith(`${baseUrl}/invitations/`)).toBe(true);
    const pending = page.getByRole('table', { name: 'Lời mời đang chờ' });
    await visible(pending.getByText(colleague.email));
    await visible(pending.getByText('Biên tập viên'));
    await screenshot(page, 'people-invited');

    // The colleague opens the link signed out, signs up from it and comes back to accept.
    const second = await newContext(viewport);
    const invited = await second.newPage();
    await invited.goto(acceptUrl);
    await visible(invited.getByText('Bạn được mời tham gia Hội hữu nghị Việt Nam – Lào với vai trò Biên tập viên.'));
    await invited.getByRole('main').getByRole('link', { name: 'Đăng ký' }).click();
    await invited.waitForURL('**/sign-up?**');
    expect(await invited.getByLabel('Email').inputValue()).toBe(colleague.email);
    await invited.getByLabel('Họ và tên').fill(colleague.name);
    await invited.getByLabel('Mật khẩu').fill(colleague.password);
    await invited.getByRole('button', { name: 'Đăng ký' }).click();
    await invited.waitForURL(acceptUrl);
    await invited.getByRole('button', { name: 'Chấp nhận lời mời' }).click();
    await invited.waitForURL(`**/w/${slug}`);
    await heading(invited, 'Hội hữu nghị Việt Nam – Lào');
    await visible(invited.getByText('Biên tập viên'));
    // Editors do not manage people or affiliations.
    expect(await invited.getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    expect(await invited.getByRole('link', { name: 'Cài đặt' }).count()).toBeGreaterThan(0);
    await invited.goto(`/w/${slug}/people`);
    await visible(invited.getByText('Vai trò của bạn không cho phép thao tác này.'));

    await page.reload();
    await visible(page.getByRole('cell', { name: colleague.email }));
    expect(await page.getByLabel('Vai trò của Phạm Minh Châu').inputValue()).toBe('editor');
    await visible(page.getByText('Không có lời mời nào đang chờ.'));
    await owner.close();
    await second.close();
  });

  test('a union approves an association that asked to join it', async () => {
    const context = await newContext(viewport);
    await signUpByApi(context);
    const union = await createWorkspaceByApi(context, { name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An', kind: 'union' });
    const association = await createWorkspaceByApi(context, { name: 'Hội hữu nghị Việt Nam – Cuba tỉnh Nghệ An', kind: 'association', parent: union });
    const page = await context.newPage();
    await page.goto(`/w/${association}`);
    await visible(page.getByText('Chờ duyệt'));

    // The switcher opens another workspace without signing in again.
    await page.getByLabel('Tổ chức', { exact: true }).selectOption(union);
    await page.waitForURL(`**/w/${union}`);
    await page.getByRole('link', { name: 'Đơn vị trực thuộc' }).first().click();
    await heading(page, 'Đơn vị trực thuộc');
    const row = page.getByRole('row').filter({ hasText: 'Hội hữu nghị Việt Nam – Cuba tỉnh Nghệ An' });
    await visible(row.getByText('Chờ duyệt'));
    await row.getByRole('button', { name: 'Duyệt' }).click();
    await visible(row.getByText('Đã duyệt'));
    expect(await row.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);
    await screenshot(page, 'affiliations-approved');

    await page.getByLabel('Tổ chức', { exact: true }).selectOption(association);
    await page.waitForURL(`**/w/${association}`);
    await visible(page.getByText('Đã duyệt'));
    await context.close();
  });

  test('a forgotten password is reset from the e-mailed link', async () => {
    const context = await newContext(viewport);
    const account = await signUpByApi(context, 'Hoàng Thị Lan');
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await heading(page, 'Quên mật khẩu');
    await page.getByLabel('Email').fill(account.email);
    await page.getByRole('button', { name: 'Gửi liên kết' }).click();
    await visible(page.getByText('liên kết đặt lại mật khẩu đã được gửi'));

    await expect.poll(() => mailsTo(account.email).length).toBe(1);
    const link = mailsTo(account.email)[0].match(/http\S+\/reset-password\?token=\S+/)?.[0];
    expect(link).toBeTruthy();
    await page.goto(link!);
    await heading(page, 'Đặt lại mật khẩu');
    await page.getByLabel('Mật khẩu mới').fill('ngan');
    await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await visible(page.getByText('Mật khẩu cần ít nhất 10 ký tự.'));
    await page.getByLabel('Mật khẩu mới').fill('mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await visible(page.getByText('Đã đổi mật khẩu.'));

    await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu').fill('mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/workspaces/new');
    await context.close();
  });

  test('every page fits the screen, in Vietnamese and in English', async () => {
    const context = await newContext(viewport);
    await signUpByApi(context, 'Nguyễn Văn An');
    const union = await createWorkspaceByApi(context, { name: 'Liên hiệp các tổ chức hữu nghị Việt Nam', kind: 'union' });
    await createWorkspaceByApi(context, { name: 'Hội hữu nghị Việt Nam – Nhật Bản', kind: 'association', parent: union });
    const invitation = await callApi<{ acceptUrl: string }>(context, 'POST', `/api/w/${union}/invitations`, {
      email: `${unique('moi')}@example.org`,
      role: 'viewer',
    });
    await callApi(context, 'POST', '/api/tokens', { name: 'Bảng tính báo cáo' });
    const signedOut = await newContext(viewport);

    const pages = [
      { name: 'sign-in', path: '/sign-in', vi: 'Đăng nhập', en: 'Sign in', context: signedOut },
      { name: 'sign-up', path: '/sign-up', vi: 'Đăng ký tài khoản', en: 'Create an account', context: signedOut },
      { name: 'forgot-password', path: '/forgot-password', vi: 'Quên mật khẩu', en: 'Forgot password', context: signedOut },
      { name: 'reset-password', path: '/reset-password?token=abc', vi: 'Đặt lại mật khẩu', en: 'Reset password', context: signedOut },
      { name: 'invitation', path: new URL(invitation.acceptUrl).pathname, vi: 'Lời mời tham gia', en: 'Invitation', context: signedOut },
      { name: 'workspace-new', path: '/workspaces/new', vi: 'Tạo tổ chức', en: 'Create an organisation', context },
      { name: 'dashboard', path: `/w/${union}`, vi: 'Truy cập nhanh', en: 'Quick links', context },
      { name: 'people', path: `/w/${union}/people`, vi: 'Người dùng', en: 'People', context },
      { name: 'affiliations', path: `/w/${union}/affiliations`, vi: 'Đơn vị trực thuộc', en: 'Affiliations', context },
      { name: 'settings', path: `/w/${union}/settings`, vi: 'Cài đặt', en: 'Settings', context },
      { name: 'not-found', path: '/no-such-page', vi: 'Không tìm thấy trang', en: 'Page not found', context },
    ];
    for (const language of ['vi', 'en'] as const) {
      for (const p of pages) {
        const page = await p.context.newPage();
        await page.addInitScript((l) => localStorage.setItem('amity.locale', l), language);
        await page.goto(p.path);
        await heading(page, p[language]);
        await expectNoSidewaysScroll(page);
        await screenshot(page, `${p.name}-${language}`);
        await page.close();
      }
    }
    await context.close();
    await signedOut.close();
  });
});
