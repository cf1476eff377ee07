import { describe, expect, it } from 'vitest';
import { onNode, testApp } from '../../../test/fixtures/app';

const tokenOf = (acceptUrl: string) => acceptUrl.split('/').pop()!;

describe('invitations', () => {
  it('mail an accept link; the invited person joins with the role', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    const inv = await a.call('POST', `/api/w/${slug}/invitations`, { email: b.email.toUpperCase(), role: 'editor' });
    expect(inv.status).toBe(201);
    expect(inv.body).toMatchObject({ email: b.email, role: 'editor' });
    expect(inv.body.acceptUrl).toMatch(/^http:\/\/localhost:8787\/invitations\/inv_/);

    const preview = await t.call('GET', `/api/invitations/${tokenOf(inv.body.acceptUrl)}`);
    expect(preview.body).toMatchObject({ email: b.email, role: 'editor', workspace: { slug } });
    expect((await a.call('GET', `/api/w/${slug}/invitations`)).body.items).toHaveLength(1);

    const acc = await b.call('POST', `/api/invitations/${tokenOf(inv.body.acceptUrl)}/accept`);
    expect(acc.body).toEqual({ workspace: { slug, role: 'editor' } });
    expect((await b.call('GET', `/api/w/${slug}`)).body.role).toBe('editor');
    expect((await a.call('GET', `/api/w/${slug}/invitations`)).body.items).toHaveLength(0);
    // Used once only.
    expect((await b.call('POST', `/api/invitations/${tokenOf(inv.body.acceptUrl)}/accept`)).status).toBe(404);
  });

  onNode('go out by mail with the accept link', async () => {
    const t = await testApp();
    const a = await t.user();
    const slug = await t.workspace(a);
    const inv = await a.call('POST', `/api/w/${slug}/invitations`, { email: 'new.person@example.vn', role: 'viewer' });
    expect(t.mailer.sent.at(-1)).toMatchObject({ to: 'new.person@example.vn' });
    expect(t.mailer.sent.at(-1)!.text).toContain(inv.body.acceptUrl);
  });

  onNode('are not kept when their mail cannot be sent (503), and can be sent again', async () => {
    let down = true;
    const sent: string[] = [];
    const t = await testApp({
      mailer: {
        async send(m) {
          if (down) throw new Error('mail API unreachable');
          sent.push(m.to);
        },
      },
    });
    const a = await t.user();
    const slug = await t.workspace(a);
    const failed = await a.call('POST', `/api/w/${slug}/invitations`, { email: 'new.person@example.vn', role: 'viewer' });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('mail_unavailable');
    expect((await a.call('GET', `/api/w/${slug}/invitations`)).body.items).toEqual([]);
    down = false;
    expect((await a.call('POST', `/api/w/${slug}/invitations`, { email: 'new.person@example.vn', role: 'viewer' })).status).toBe(201);
    expect(sent).toEqual(['new.person@example.vn']);
  });

  it('can only be accepted by the invited e-mail, signed in', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    const inv = await a.call('POST', `/api/w/${slug}/invitations`, { email: 'someone-else@example.vn', role: 'viewer' });
    const token = tokenOf(inv.body.acceptUrl);
    expect((await t.call('POST', `/api/invitations/${token}/accept`)).status).toBe(401);
    const wrong = await b.call('POST', `/api/invitations/${token}/accept`);
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('invitation_email_mismatch');
  });

  it('can be withdrawn; the link then stops working', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    const inv = await a.call('POST', `/api/w/${slug}/invitations`, { email: b.email, role: 'viewer' });
    expect((await a.call('DELETE', `/api/w/${slug}/invitations/${inv.body.id}`)).status).toBe(204);
    expect((await b.call('POST', `/api/invitations/${tokenOf(inv.body.acceptUrl)}/accept`)).status).toBe(404);
  });

  onNode('expire after 14 days', async () => {
    let now = new Date();
    const t = await testApp({ now: () => now });
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    const inv = await a.call('POST', `/api/w/${slug}/invitations`, { email: b.email, role: 'viewer' });
    now = new Date(now.getTime() + 15 * 86400_000);
    expect((await b.call('POST', `/api/invitations/${tokenOf(inv.body.acceptUrl)}/accept`)).status).toBe(404);
  });

  it('refuse people who already have access (409), owners invited by non-owners (403), bad input (422)', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    await t.grant(a, slug, b, 'admin');
    expect((await a.call('POST', `/api/w/${slug}/invitations`, { email: b.email, role: 'viewer' })).status).toBe(409);
    expect((await b.call('POST', `/api/w/${slug}/invitations`, { email: 'x@example.vn', role: 'owner' })).status).toBe(403);
    const bad = await a.call('POST', `/api/w/${slug}/invitations`, { email: 'nope', role: 'boss' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'role']);
  });

  it('accepting never lowers an existing role', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const slug = await t.workspace(a);
    const first = await a.call('POST', `/api/w/${slug}/invitations`, { email: b.email, role: 'viewer' });
    await t.grant(a, slug, b, 'admin');
    const acc = await b.call('POST', `/api/invitations/${tokenOf(first.body.acceptUrl)}/accept`);
    expect(acc.body.workspace.role).toBe('admin');
  });
});
