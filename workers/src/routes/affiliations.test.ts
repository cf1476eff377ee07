import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/fixtures/app';

describe('affiliations', () => {
  it("are approved or rejected by the parent's admins", async () => {
    const t = await testApp();
    const unionAdmin = await t.user();
    const secretary = await t.user();
    const union = await t.workspace(unionAdmin, { kind: 'union', name: 'Liên hiệp các tổ chức hữu nghị Việt Nam' });
    const a = await t.workspace(secretary, { name: 'Hội Việt Nam – Cuba', parent: union });
    const b = await t.workspace(secretary, { name: 'Hội Việt Nam – Lào', parent: union });

    const list = await unionAdmin.call('GET', `/api/w/${union}/affiliations`);
    const pairs = list.body.items.map((i: { slug: string; status: string }) => `${i.slug}:${i.status}`);
    expect(pairs.sort()).toEqual([`${a}:pending`, `${b}:pending`].sort());
    // The child's own people cannot approve themselves: they are not in the parent.
    expect((await secretary.call('POST', `/api/w/${union}/affiliations/${a}/approve`)).status).toBe(404);

    expect((await unionAdmin.call('POST', `/api/w/${union}/affiliations/${a}/approve`)).body).toEqual({ slug: a, status: 'approved' });
    expect((await unionAdmin.call('POST', `/api/w/${union}/affiliations/${b}/reject`)).body).toEqual({ slug: b, status: 'rejected' });
    expect((await secretary.call('GET', `/api/w/${a}`)).body.parent).toEqual({ slug: union, name: 'Liên hiệp các tổ chức hữu nghị Việt Nam', status: 'approved' });
    expect((await secretary.call('GET', `/api/w/${b}`)).body.parent).toBeNull();
    // Only the approved request counts: the union's rollup covers `a` alone.
    expect((await unionAdmin.call('GET', `/api/w/${union}`)).body.affiliates).toBe(1);
    expect((await secretary.call('GET', `/api/w/${a}`)).body.affiliates).toBe(0);
  });

  it('only concern the parent’s own children (404 otherwise) and need an admin (403)', async () => {
    const t = await testApp();
    const u = await t.user();
    const v = await t.user();
    const union = await t.workspace(u, { kind: 'union' });
    const other = await t.workspace(u, { kind: 'union' });
    const child = await t.workspace(u, { parent: union });
    expect((await u.call('POST', `/api/w/${other}/affiliations/${child}/approve`)).status).toBe(404);
    await t.grant(u, union, v, 'editor');
    expect((await v.call('POST', `/api/w/${union}/affiliations/${child}/approve`)).status).toBe(403);
    expect((await v.call('GET', `/api/w/${union}/affiliations`)).status).toBe(403);
  });
});
