import { describe, expect, it } from 'vitest';
import { testApp } from './fixtures/app';

/**
 * Every workspace route, called by a signed-in user of another workspace, answers 404 — never
 * revealing that the workspace or the thing exists — and 401 without a session.
 * Later issues add their routes to this table.
 */
const routes: [method: string, path: (ws: string, ids: Record<string, string>) => string, body?: unknown][] = [
  ['GET', (ws) => `/api/w/${ws}`],
  ['PATCH', (ws) => `/api/w/${ws}`, { name: 'Tên mới' }],
  ['DELETE', (ws) => `/api/w/${ws}`],
  ['PUT', (ws) => `/api/w/${ws}/parent`, { parent: 'anything' }],
  ['DELETE', (ws) => `/api/w/${ws}/parent`],
  ['GET', (ws) => `/api/w/${ws}/users`],
  ['PATCH', (ws, ids) => `/api/w/${ws}/users/${ids.user}`, { role: 'viewer' }],
  ['DELETE', (ws, ids) => `/api/w/${ws}/users/${ids.user}`],
  ['GET', (ws) => `/api/w/${ws}/invitations`],
  ['POST', (ws) => `/api/w/${ws}/invitations`, { email: 'x@example.vn', role: 'viewer' }],
  ['DELETE', (ws, ids) => `/api/w/${ws}/invitations/${ids.invitation}`],
  ['GET', (ws) => `/api/w/${ws}/affiliations`],
  ['POST', (ws, ids) => `/api/w/${ws}/affiliations/${ids.child}/approve`],
  ['POST', (ws, ids) => `/api/w/${ws}/affiliations/${ids.child}/reject`],
  ['GET', (ws) => `/api/w/${ws}/audit`],
];

describe('workspace isolation', async () => {
  const t = await testApp();
  const owner = await t.user();
  const outsider = await t.user();
  await t.workspace(outsider);
  const ws = await t.workspace(owner, { kind: 'union' });
  const child = await t.workspace(owner, { parent: ws });
  const member = await t.user();
  await t.grant(owner, ws, member, 'viewer');
  const inv = await owner.call('POST', `/api/w/${ws}/invitations`, { email: 'pending@example.vn', role: 'viewer' });
  const ids = { user: member.id, invitation: inv.body.id, child };

  for (const [method, path, body] of routes) {
    const url = path(ws, ids);
    it(`${method} ${path(':ws', { user: ':userId', invitation: ':id', child: ':child' })}`, async () => {
      const foreign = await outsider.call(method, url, body);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('not_found');
      const anonymous = await t.call(method, url, body);
      expect(anonymous.status).toBe(401);
      const unknown = await owner.call(method, path('no-such-ws', ids), body);
      expect(unknown.status).toBe(404);
    });
  }

  it('left everything in place', async () => {
    expect((await owner.call('GET', `/api/w/${ws}`)).status).toBe(200);
    expect((await owner.call('GET', `/api/w/${ws}/invitations`)).body.items).toHaveLength(1);
    expect((await owner.call('GET', `/api/w/${ws}/users`)).body.items).toHaveLength(2);
  });
});

describe('role limits', async () => {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner, { kind: 'union' });
  const child = await t.workspace(owner, { parent: ws });
  const viewer = await t.user();
  const editor = await t.user();
  await t.grant(owner, ws, viewer, 'viewer');
  await t.grant(owner, ws, editor, 'editor');
  const adminOnly = routes.filter(([m, p]) => !(m === 'GET' && p('x', {}) === '/api/w/x') && !(m === 'DELETE' && p('x', { user: 'self' }).endsWith('/users/self')));

  for (const [method, path, body] of adminOnly) {
    it(`${method} ${path(':ws', { user: ':userId', invitation: ':id', child: ':child' })} is 403 for viewers and editors`, async () => {
      const url = path(ws, { user: owner.id, invitation: 'x', child });
      expect((await viewer.call(method, url, body)).status).toBe(403);
      expect((await editor.call(method, url, body)).status).toBe(403);
    });
  }
});
