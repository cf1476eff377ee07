import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

describe('GET /api/w/:ws/audit', () => {
  it('records every change with who and what, newest first, in pages', async () => {
    const t = await testApp();
    const a = await t.user('Phạm Thu Trang');
    const b = await t.user();
    const slug = await t.workspace(a);
    await a.call('PATCH', `/api/w/${slug}`, { code: 'HHN' });
    await t.grant(a, slug, b, 'viewer');
    await a.call('PATCH', `/api/w/${slug}/users/${b.id}`, { role: 'editor' });

    const all = await a.call('GET', `/api/w/${slug}/audit`);
    expect(all.body.items.map((i: { action: string }) => i.action)).toEqual([
      'user.role.editor',
      'invitation.accept',
      'invitation.create',
      'workspace.update',
      'workspace.create',
    ]);
    expect(all.body.items[0]).toMatchObject({ actor: expect.stringContaining('Phạm Thu Trang'), entity: 'user', entityId: b.id });
    expect(Date.parse(all.body.items[0].at)).not.toBeNaN();

    const first = await a.call('GET', `/api/w/${slug}/audit?limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await a.call('GET', `/api/w/${slug}/audit?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: { action: string }) => i.action)).toEqual(['invitation.create', 'workspace.update']);
    expect((await a.call('GET', `/api/w/${slug}/audit?limit=500`)).status).toBe(422);
    expect((await a.call('GET', `/api/w/${slug}/audit?cursor=abc`)).status).toBe(422);
    expect((await b.call('GET', `/api/w/${slug}/audit`)).status).toBe(403);
  });
});
