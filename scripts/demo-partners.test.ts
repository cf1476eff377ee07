import { describe, expect } from 'vitest';
import { onNode, testApp } from '../test/fixtures/app';
import { demoAccount, loadDemo } from './demo';

describe('demo partners', () => {
  // Loads through the app's own dependencies, as `npm start` does: Node only.
  onNode('loads partners, agreements with reminders, aid and awards into the demo workspaces', async () => {
    const t = await testApp();
    await loadDemo(t.deps);
    const signIn = await t.call('POST', '/api/auth/sign-in/email', { email: demoAccount.email, password: demoAccount.password });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const as = async (path: string) => (await t.call('GET', path, undefined, { cookie })).body;

    for (const ws of ['vufo', 'vn-nhat-ban', 'vn-cuba', 'vn-lao']) {
      expect((await as(`/api/w/${ws}/partners`)).items.length, ws).toBeGreaterThanOrEqual(2);
      expect((await as(`/api/w/${ws}/agreements`)).items.length, ws).toBeGreaterThanOrEqual(1);
    }
    const japan = await as('/api/w/vn-nhat-ban/partners?q=nhat%20viet&kind=friendship_society');
    const jvfa = japan.items.find((p: { nameOriginal: string }) => p.nameOriginal === '日本ベトナム友好協会');
    const timeline = (await as(`/api/w/vn-nhat-ban/partners/${jvfa.id}/timeline`)).items.map((i: { kind: string }) => i.kind);
    expect(timeline).toEqual(expect.arrayContaining(['agreement', 'aid', 'event', 'document']));
    const reminders = await as('/api/w/vn-nhat-ban/agreements?expiring=1');
    expect(reminders.items.map((a: { status: string }) => a.status)).toEqual(['expiring']);
    const statuses = (await as('/api/w/vn-nhat-ban/agreements')).items.map((a: { status: string }) => a.status).sort();
    expect(statuses).toEqual(expect.arrayContaining(['active', 'expired', 'expiring']));
    expect((await as('/api/w/vufo/aid')).items).toHaveLength(2);
    expect((await as('/api/w/vufo/awards')).items.map((a: { recipientName: string }) => a.recipientName).sort()).toEqual(['Croucher Benjamin James', 'Salamoni Jr Amedeo']);
    expect((await as('/api/w/vn-nhat-ban/awards')).items[0].recipientMemberId).not.toBeNull();
  }, 60_000); // loadDemo includes three years of the affiliates' history (demo-history.ts).
});
