import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

describe('people with access', () => {
  it('are listed for admins with their roles', async () => {
    const t = await testApp();
    const a = await t.user('Nguyễn Văn An');
    const b = await t.user('Lê Thị Bình');
    const slug = await t.workspace(a);
    await t.grant(a, slug, b, 'editor');
    const res = await a.call('GET', `/api/w/${slug}/users`);
    expect(res.body.items.map((p: { name: string; role: string }) => [p.name, p.role])).toEqual([
      ['Lê Thị Bình', 'editor'],
      ['Nguyễn Văn An', 'owner'],
    ]);
    expect((await b.call('GET', `/api/w/${slug}/users`)).status).toBe(403);
  });

  it('change role; the last owner cannot be demoted (409)', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    await t.grant(a, slug, b, 'viewer');
    expect((await a.call('PATCH', `/api/w/${slug}/users/${b.id}`, { role: 'admin' })).body.role).toBe('admin');
    const last = await a.call('PATCH', `/api/w/${slug}/users/${a.id}`, { role: 'admin' });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_owner');
    // An admin cannot touch owners.
    expect((await b.call('PATCH', `/api/w/${slug}/users/${a.id}`, { role: 'viewer' })).status).toBe(403);
    expect((await b.call('PATCH', `/api/w/${slug}/users/${b.id}`, { role: 'owner' })).status).toBe(403);
    // With a second owner the first can step down.
    expect((await a.call('PATCH', `/api/w/${slug}/users/${b.id}`, { role: 'owner' })).status).toBe(200);
    expect((await a.call('PATCH', `/api/w/${slug}/users/${a.id}`, { role: 'editor' })).status).toBe(200);
    expect((await a.call('PATCH', `/api/w/${slug}/users/${b.id}`, { role: 'nobody' })).status).toBe(403);
  });

  it('can be removed by admins, or leave by themselves; the last owner stays', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const c = await t.user();
    const slug = await t.workspace(a);
    await t.grant(a, slug, b, 'viewer');
    await t.grant(a, slug, c, 'editor');
    expect((await b.call('DELETE', `/api/w/${slug}/users/${c.id}`)).status).toBe(403);
    expect((await b.call('DELETE', `/api/w/${slug}/users/${b.id}`)).status).toBe(204);
    expect((await b.call('GET', `/api/w/${slug}`)).status).toBe(404);
    expect((await a.call('DELETE', `/api/w/${slug}/users/${c.id}`)).status).toBe(204);
    expect((await a.call('DELETE', `/api/w/${slug}/users/${a.id}`)).status).toBe(409);
    expect((await a.call('PATCH', `/api/w/${slug}/users/${c.id}`, { role: 'admin' })).status).toBe(404);
  });
});
