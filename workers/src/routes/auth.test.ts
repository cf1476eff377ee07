import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../../db/catalog/schema';
import { onNode, origin, testApp } from '../../../test/fixtures/app';

const password = 'correct horse battery';

describe('sign-up', () => {
  it('creates the account and signs in with a session cookie', async () => {
    const t = await testApp();
    const res = await t.call('POST', '/api/auth/sign-up/email', { name: 'Trần Văn Bình', email: 'Binh@Example.vn', password });
    expect(res.status).toBe(200);
    expect(res.body.token).toBeUndefined();
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const me = await t.call('GET', '/api/me', undefined, { cookie });
    expect(me.body.user).toMatchObject({ name: 'Trần Văn Bình', email: 'binh@example.vn', locale: 'vi' });
  });

  it('answers 422 with field errors for a short password and a bad e-mail', async () => {
    const t = await testApp();
    const res = await t.call('POST', '/api/auth/sign-up/email', { name: 'A', email: 'not-an-email', password: 'short' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('answers 409 when the e-mail already has an account', async () => {
    const t = await testApp();
    const a = await t.user();
    const res = await t.call('POST', '/api/auth/sign-up/email', { name: 'Other', email: a.email, password });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_taken');
  });
});

describe('sign-in', () => {
  it('signs in with the right password and refuses a wrong one with 401', async () => {
    const t = await testApp();
    const a = await t.user();
    expect((await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password })).status).toBe(200);
    const bad = await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password: 'wrong password!' });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('answers 429 with Retry-After after 10 failures within a minute, even with the right password', async () => {
    const t = await testApp();
    const a = await t.user();
    for (let i = 0; i < 10; i++) {
      expect((await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password: `wrong ${i} password` })).status).toBe(401);
    }
    const limited = await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.code).toBe('rate_limited');
  });

  onNode('lets the same address sign in again once the minute has passed', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const t = await testApp({ now: () => now });
    const a = await t.user();
    for (let i = 0; i < 10; i++) await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password: `wrong ${i} password` });
    now = new Date(now.getTime() + 59_000);
    expect((await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password })).status).toBe(429);
    now = new Date(now.getTime() + 2_000);
    expect((await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password })).status).toBe(200);
  });

  it('signs out: the cookie stops working', async () => {
    const t = await testApp();
    const a = await t.user();
    const out = await t.request('/api/auth/sign-out', { method: 'POST', headers: { origin, cookie: a.cookie } });
    expect(out.status).toBe(200);
    expect((await a.call('GET', '/api/me')).status).toBe(401);
  });
});

describe('sessions', () => {
  onNode('end after the absolute lifetime even when used every day', async () => {
    let now = new Date();
    const t = await testApp({ now: () => now });
    const a = await t.user();
    expect((await a.call('GET', '/api/me')).status).toBe(200);
    now = new Date(now.getTime() + (t.deps.config.sessionAbsoluteSeconds + 60) * 1000);
    expect((await a.call('GET', '/api/me')).status).toBe(401);
  });

  onNode('end when idle past their expiry', async () => {
    const t = await testApp();
    const a = await t.user();
    await t.deps.catalog.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, a.id));
    expect((await a.call('GET', '/api/me')).status).toBe(401);
  });

  onNode('slide: the idle expiry is the configured idle time from now', async () => {
    const t = await testApp();
    const a = await t.user();
    const [s] = await t.deps.catalog.select().from(sessions).where(eq(sessions.userId, a.id));
    const expected = Date.now() + t.deps.config.sessionIdleSeconds * 1000;
    expect(Math.abs(s.expiresAt.getTime() - expected)).toBeLessThan(60_000);
  });
});

describe('trusted origin', () => {
  it('refuses a cookie request that changes state from another origin or without Origin', async () => {
    const t = await testApp();
    const a = await t.user();
    const body = { name: 'Hội X', slug: 'hoi-x', kind: 'association' };
    const foreign = await a.call('POST', '/api/workspaces', body, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('untrusted_origin');
    const res = await t.request('/api/workspaces', {
      method: 'POST',
      headers: { cookie: a.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
    expect((await a.call('POST', '/api/workspaces', body, { origin })).status).toBe(201);
  });
});

describe('password reset', () => {
  onNode('mails a link whose token sets a new password', async () => {
    const t = await testApp();
    const a = await t.user();
    expect((await t.call('POST', '/api/auth/request-password-reset', { email: a.email })).status).toBe(200);
    const mail = t.mailer.sent.find((m) => m.to === a.email)!;
    const url = mail.text.match(/https?:\/\/\S+reset-password\?token=(\S+)/)!;
    const reset = await t.call('POST', '/api/auth/reset-password', { token: decodeURIComponent(url[1]), newPassword: 'a brand new password' });
    expect(reset.status).toBe(200);
    expect((await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password })).status).toBe(401);
    expect((await t.call('POST', '/api/auth/sign-in/email', { email: a.email, password: 'a brand new password' })).status).toBe(200);
  });

  onNode('answers the same for an unknown address and sends nothing', async () => {
    const t = await testApp();
    const res = await t.call('POST', '/api/auth/request-password-reset', { email: 'nobody@example.vn' });
    expect(res.status).toBe(200);
    expect(t.mailer.sent).toHaveLength(0);
  });
});
