import { describe, expect } from 'vitest';
import { onNode, testApp } from '../test/fixtures/app';
import { parseIcs } from '../test/fixtures/ical';
import { demoAccount, loadDemo } from './demo';

describe('demo activities', () => {
  // Loads through the app's own dependencies, as `npm start` does: Node only.
  onNode('loads a year of events into the demo workspaces, with valid feeds', async () => {
    const t = await testApp();
    await loadDemo(t.deps);
    const signIn = await t.call('POST', '/api/auth/sign-in/email', { email: demoAccount.email, password: demoAccount.password });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const as = (path: string) => t.call('GET', path, undefined, { cookie });
    const year = new Date().getFullYear();

    for (const ws of ['vufo', 'vn-nhat-ban', 'vn-cuba', 'vn-lao']) {
      const events = await as(`/api/w/${ws}/events?from=${year}-01-01&to=${year}-12-31&limit=200`);
      expect(events.status).toBe(200);
      expect(events.body.items.length, ws).toBeGreaterThanOrEqual(4);
      const feed = await t.call('GET', (await as(`/api/w/${ws}/calendar`)).body.url.replace(/^https?:\/\/[^/]+/, ''));
      expect(() => parseIcs(feed.bytes)).not.toThrow();
      expect((await as(`/api/w/${ws}/occasions?from=${year}-01-01&to=${year}-12-31`)).body.items.length, ws).toBeGreaterThan(0);
    }
    const all = await as('/api/w/vufo/events?limit=200');
    const seminar = all.body.items.find((e: { connectionPoints: number | null }) => e.connectionPoints === 44);
    expect(seminar).toMatchObject({ startsAt: '2021-06-18T08:00:00+07:00', format: 'hybrid' });
    const festival = all.body.items.find((e: { type: string }) => e.type === 'festival');
    expect(festival.registrations).toMatchObject({ registered: 15, waitlisted: 3 });
    const cuba = await as('/api/w/vn-cuba/events?type=campaign');
    expect(cuba.body.items[0].outcomes).toMatchObject({ fundsRaisedVnd: 656_700_000_000 });
  }, 60_000); // loadDemo includes three years of the affiliates' history (demo-history.ts).
});
