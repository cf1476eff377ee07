import { describe, expect, it } from 'vitest';
import { MemoryTenantDatabases } from '../../../db/provider';
import { onNode, testApp } from '../../../test/fixtures/app';

describe('POST /api/workspaces', () => {
  it('creates the workspace with the caller as owner and a default code', async () => {
    const t = await testApp();
    const a = await t.user();
    const res = await a.call('POST', '/api/workspaces', { name: 'Hội hữu nghị Việt Nam – Nhật Bản', slug: 'hhn-viet-nhat', kind: 'association', countries: ['JP'] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      slug: 'hhn-viet-nhat',
      name: 'Hội hữu nghị Việt Nam – Nhật Bản',
      kind: 'association',
      code: 'HHNVIETNHAT',
      countries: ['JP'],
      parent: null,
      role: 'owner',
    });
  });

  it('answers 409 for a slug that is taken', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    const res = await b.call('POST', '/api/workspaces', { name: 'Another', slug, kind: 'union' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('slug_taken');
  });

  it('answers 422 with each invalid field named', async () => {
    const t = await testApp();
    const a = await t.user();
    const res = await a.call('POST', '/api/workspaces', { name: 'Hội', slug: 'Bad Slug', kind: 'club', countries: ['japan'] });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['countries.0', 'kind', 'slug']);
  });

  onNode('answers 503 and saves nothing when the workspace database cannot be created', async () => {
    const tenants = new MemoryTenantDatabases();
    tenants.create = async () => {
      throw new Error('platform API down');
    };
    const t = await testApp({ tenants });
    const a = await t.user();
    const res = await a.call('POST', '/api/workspaces', { name: 'Hội thử', slug: 'hoi-thu', kind: 'association' });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('provisioning_failed');
    expect((await a.call('GET', '/api/me')).body.workspaces).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    const t = await testApp();
    expect((await t.call('POST', '/api/workspaces', { name: 'Hội', slug: 'hoi-abc', kind: 'union' })).status).toBe(401);
  });

  it('with a parent, creates a pending affiliation; the parent must exist and fit the tree', async () => {
    const t = await testApp();
    const a = await t.user();
    const union = await t.workspace(a, { kind: 'union', name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An' });
    const child = await a.call('POST', '/api/workspaces', { name: 'Hội Việt – Lào Nghệ An', slug: 'viet-lao-na', kind: 'association', parent: union });
    expect(child.body.parent).toEqual({ slug: union, name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An', status: 'pending' });
    const unknown = await a.call('POST', '/api/workspaces', { name: 'Hội Y', slug: 'hoi-y', kind: 'association', parent: 'no-such-parent' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('parent');
    const wrongKind = await a.call('POST', '/api/workspaces', { name: 'Liên hiệp Z', slug: 'lh-z', kind: 'union', parent: 'viet-lao-na' });
    expect(wrongKind.status).toBe(422);
    expect((await a.call('GET', '/api/w/hoi-y')).status).toBe(404);
  });
});

describe('GET and PATCH /api/w/:ws', () => {
  it('shows the workspace to its people and lets admins change it', async () => {
    const t = await testApp();
    const a = await t.user();
    const slug = await t.workspace(a);
    const res = await a.call('PATCH', `/api/w/${slug}`, { name: 'Hội hữu nghị Việt – Nhật', code: 'HHNVN', countries: ['JP', 'KR'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Hội hữu nghị Việt – Nhật', code: 'HHNVN', countries: ['JP', 'KR'], role: 'owner' });
    expect((await a.call('GET', `/api/w/${slug}`)).body.code).toBe('HHNVN');
  });

  it('refuses editors and viewers (403) and invalid fields (422)', async () => {
    const t = await testApp();
    const a = await t.user();
    const e = await t.user();
    const slug = await t.workspace(a);
    await t.grant(a, slug, e, 'editor');
    expect((await e.call('GET', `/api/w/${slug}`)).body.role).toBe('editor');
    expect((await e.call('PATCH', `/api/w/${slug}`, { name: 'Khác' })).status).toBe(403);
    expect((await a.call('PATCH', `/api/w/${slug}`, { code: 'bad code!' })).status).toBe(422);
  });
});

describe('affiliation requests from the child side', () => {
  it('can be made later, withdrawn, and never create a cycle', async () => {
    const t = await testApp();
    const a = await t.user();
    const top = await t.workspace(a, { kind: 'union' });
    const mid = await t.workspace(a, { kind: 'union', parent: top });
    await a.call('POST', `/api/w/${top}/affiliations/${mid}/approve`);
    const cycle = await a.call('PUT', `/api/w/${top}/parent`, { parent: mid });
    expect(cycle.status).toBe(422);
    const assoc = await t.workspace(a);
    expect((await a.call('PUT', `/api/w/${assoc}/parent`, { parent: mid })).body.parent).toMatchObject({ slug: mid, status: 'pending' });
    expect((await a.call('DELETE', `/api/w/${assoc}/parent`)).status).toBe(204);
    expect((await a.call('GET', `/api/w/${assoc}`)).body.parent).toBeNull();
  });
});

describe('DELETE /api/w/:ws', () => {
  it('is for owners only and removes the workspace and its database', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    await t.grant(a, slug, b, 'admin');
    expect((await b.call('DELETE', `/api/w/${slug}`)).status).toBe(403);
    expect((await a.call('DELETE', `/api/w/${slug}`)).status).toBe(204);
    expect((await a.call('GET', `/api/w/${slug}`)).status).toBe(404);
    expect((await a.call('GET', '/api/me')).body.workspaces).toEqual([]);
  });
});
