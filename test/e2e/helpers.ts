import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const baseUrl = inject('baseUrl');
const outbox = join(inject('dataDir'), 'outbox');

export const viewports = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
];
export type Viewport = (typeof viewports)[number];

// One Debian Chromium per test file: every file imports this module, which launches it before
// the file's tests and closes it after them.
let browser: Browser | undefined;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile (no cookies) at the given size; with `language`, the app's stored choice. */
export async function newContext(viewport: Viewport, language?: 'vi' | 'en'): Promise<BrowserContext> {
  if (!browser) throw new Error('the browser starts in beforeAll');
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'vi-VN' });
  if (language) await context.addInitScript((l) => localStorage.setItem('amity.locale', l), language);
  return context;
}

/** The page's main heading (h1) with exactly this text. */
export function heading(page: Page, name: string) {
  return visible(page.getByRole('heading', { name, exact: true, level: 1 }));
}

const screenshots = join(import.meta.dirname, 'screenshots');

/** Writes test/e2e/screenshots/<name>-<width>.png of the whole page. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}-${page.viewportSize()?.width}.png`), fullPage: true });
}

/** Fails unless the element shows up within a few seconds. */
export async function visible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
  return locator;
}

/** The page must fit its width: nothing may scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

let counter = 0;
/** A name no other test uses, e.g. for e-mails and workspace slugs. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export interface Account {
  name: string;
  email: string;
  password: string;
}

export function newAccount(name: string): Account {
  return { name, email: `${unique('user')}@example.org`, password: 'mat-khau-du-dai' };
}

/** Calls the API with the context's cookies, as the web app would (Origin included). */
export async function callApi<T = unknown>(context: BrowserContext, method: string, path: string, data?: unknown): Promise<T> {
  const res = await context.request.fetch(path, { method, data, headers: { origin: baseUrl } });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (res.status() === 204 ? undefined : await res.json()) as T;
}

/** Signs up through the API: the context is then signed in as the new account. */
export async function signUpByApi(context: BrowserContext, name = 'Trần Văn Bình'): Promise<Account> {
  const account = newAccount(name);
  await callApi(context, 'POST', '/api/auth/sign-up/email', account);
  return account;
}

/** The texts of the e-mails the server has sent to `email`, oldest first (from DATA_DIR/outbox). */
export function mailsTo(email: string): string[] {
  if (!existsSync(outbox)) return [];
  return readdirSync(outbox)
    .sort()
    .map((name) => readFileSync(join(outbox, name), 'utf8'))
    .filter((text) => text.startsWith(`To: ${email}\n`));
}
