import { describe, expect } from 'vitest';
import { onNode, testApp } from '../test/fixtures/app';
import { demoAccount, loadDemo } from './demo';
import { affiliatesAccount, demoAffiliates } from './demo-affiliates';

describe('demo history', () => {
  // Loads through the app's own dependencies, as `npm start` does: Node only.
  onNode(
    'gives the central union three years of figures from its affiliates at every level',
    async () => {
      const t = await testApp({ now: () => new Date('2026-11-23T10:00:00+07:00') });
      await loadDemo(t.deps);
      const signIn = async (account: { email: string; password: string }) =>
        ((await t.call('POST', '/api/auth/sign-in/email', { email: account.email, password: account.password })).headers.get('set-cookie') ?? '').split(';')[0];
      const vufo = await signIn(demoAccount);
      const get = async (path: string, cookie = vufo) => {
        const res = await t.call('GET', path, undefined, { cookie });
        expect(res.status, path).toBe(200);
        return res.body;
      };

      // The affiliates are not the demo user's: VUFO sees their figures only.
      expect((await get('/api/me')).workspaces.map((w: { slug: string }) => w.slug)).not.toContain('vn-trung-quoc');
      expect((await get('/api/w/vufo')).affiliates).toBe(4 + demoAffiliates.filter((a) => a.parent === 'vufo' && !a.pending).length);
      const requests = (await get('/api/w/vufo/affiliations')).items;
      expect(requests.filter((i: { status: string }) => i.status === 'pending').map((i: { slug: string }) => i.slug)).toEqual(['vn-mong-co']);

      // Every month of the three years has activities; members joined throughout; snapshots are fresh.
      const byMonth = await get('/api/w/vufo/rollup?from=2024-01&to=2026-11&groupBy=month');
      expect(byMonth.asOf).not.toBeNull();
      expect(byMonth.groups).toHaveLength(35);
      const quiet = byMonth.groups.filter((g: { indicators: { events: number } }) => g.indicators.events === 0);
      expect(quiet.length, JSON.stringify(quiet.map((g: { key: string }) => g.key))).toBeLessThanOrEqual(2);
      expect(byMonth.groups.filter((g: { indicators: { members_new: number } }) => g.indicators.members_new > 0).length).toBeGreaterThanOrEqual(30);
      // Busier lately: the last year has more activities than the first.
      const events = (year: string) => byMonth.groups.filter((g: { key: string }) => g.key.startsWith(year)).reduce((n: number, g: { indicators: { events: number } }) => n + g.indicators.events, 0);
      expect(events('2026')).toBeGreaterThan(events('2024'));

      // The whole approved tree counts (not the two pending requests), in every kind and many countries.
      const byKind = await get('/api/w/vufo/rollup?from=2024-01&to=2026-11&groupBy=kind');
      const approved = 1 + 4 + demoAffiliates.filter((a) => !a.pending).length;
      expect(byKind.totals.workspaces).toBe(approved);
      expect(byKind.groups.map((g: { key: string }) => g.key).sort()).toEqual(['association', 'branch', 'union']);
      for (const n of ['members_active', 'agreements_signed', 'documents_out', 'documents_in', 'aid_committed_vnd', 'awards', 'delegations_in', 'connection_points'] as const) {
        expect(byKind.totals.indicators[n], n).toBeGreaterThan(0);
      }
      const byCountry = await get('/api/w/vufo/rollup?from=2024-01&to=2026-11&groupBy=country');
      expect(byCountry.groups.length).toBeGreaterThanOrEqual(12);

      // A provincial union's secretariat sees its own branches added up.
      const hanoi = await get('/api/w/lhhn-ha-noi/rollup?from=2024-01&to=2026-11&groupBy=workspace', await signIn(affiliatesAccount));
      expect(hanoi.groups.map((g: { key: string }) => g.key).sort()).toEqual(['lhhn-ha-noi', ...demoAffiliates.filter((a) => a.parent === 'lhhn-ha-noi').map((a) => a.slug)].sort());

      // Reporting season: last year's reports submitted on time, late, or missing; this year's clusters.
      const submissions = await get('/api/w/vufo/submissions?period=2025-H2');
      const count = (status: string) => submissions.items.filter((i: { status: string }) => i.status === status).length;
      expect([count('submitted'), count('late')]).toEqual([5, 3]);
      expect(count('missing')).toBeGreaterThan(0);
      const byCluster = await get('/api/w/vufo/rollup?from=2026-01&to=2026-11&groupBy=cluster');
      expect(byCluster.groups.map((g: { label: string }) => g.label)).toEqual(expect.arrayContaining(['Cụm số 1 — Các hội hữu nghị song phương', 'Cụm số 2 — Liên hiệp các tỉnh, thành phố']));
    },
    180_000, // Loads every demo workspace through the API: slow on a busy machine.
  );
});
