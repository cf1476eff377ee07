import type { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';
import { betterAuthStorages, quietly } from './auth-storage';

/** Node 20's AsyncLocalStorage says whether it is on (and so keeps async hooks on). */
const on = () => betterAuthStorages().map((s) => (s as { enabled?: boolean }).enabled);

describe("better-auth's AsyncLocalStorage", () => {
  it('is switched off once sign-up, sign-in and session lookups are done', async () => {
    const t = await testApp();
    const user = await t.user();
    expect((await t.call('POST', '/api/auth/sign-in/email', { email: user.email, password: 'correct horse battery' })).status).toBe(200);
    expect((await user.call('GET', '/api/me')).status).toBe(200);
    expect(on().length).toBeGreaterThan(0);
    expect(on()).toEqual(on().map(() => false));
  });

  it('stays on while another better-auth call is still running', async () => {
    const t = await testApp();
    await t.user(); // better-auth has made its storages
    const [storage] = betterAuthStorages() as unknown as AsyncLocalStorage<string>[];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = quietly(() =>
      storage.run('slow call', async () => {
        await gate;
        return storage.getStore();
      }),
    );
    await quietly(async () => 'quick call');
    open();
    expect(await slow).toBe('slow call');
    expect(on()).toEqual(on().map(() => false));
  });
});
