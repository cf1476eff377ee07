import { describe, expect, it } from 'vitest';
import { onNode, raw, testApp } from '../../../test/fixtures/app';

describe('GET /api/me', () => {
  it('answers 401 without a session', async () => {
    const t = await testApp();
    const res = await t.call('GET', '/api/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ type: 'urn:amity:problem:unauthorized', title: 'Unauthorized', status: 401, code: 'unauthorized' });
  });

  it('lists the workspaces the user is in, with roles', async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const mine = await t.workspace(a, { name: 'Hội hữu nghị Việt Nam – Cuba' });
    const theirs = await t.workspace(b);
    await t.grant(b, theirs, a, 'viewer');
    const me = await a.call('GET', '/api/me');
    expect(me.body.workspaces).toEqual([
      { slug: mine, name: 'Hội hữu nghị Việt Nam – Cuba', kind: 'association', role: 'owner' },
      { slug: theirs, name: 'Hội hữu nghị Việt Nam – Nhật Bản', kind: 'association', role: 'viewer' },
    ]);
  });

  it('remembers the language', async () => {
    const t = await testApp();
    const a = await t.user();
    expect((await a.call('PATCH', '/api/me', { locale: 'en' })).body.locale).toBe('en');
    expect((await a.call('GET', '/api/me')).body.user.locale).toBe('en');
    expect((await a.call('PATCH', '/api/me', { locale: 'fr' })).status).toBe(422);
  });
});

describe('API tokens', () => {
  it('authenticate with Bearer (no Origin needed) until revoked', async () => {
    const t = await testApp();
    const a = await t.user();
    const created = await a.call('POST', '/api/tokens', { name: 'Máy chủ báo cáo' });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const res = await t.request('/api/workspaces', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Hội qua token', slug: 'hoi-qua-token', kind: 'association' }),
    });
    expect(res.status).toBe(201);
    const list = await a.call('GET', '/api/tokens');
    expect(list.body.items.map((i: { name: string }) => i.name)).toEqual(['Máy chủ báo cáo']);

    expect((await a.call('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(204);
    const after = await t.call('GET', '/api/me', undefined, bearer);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_token');
  });

  onNode('are stored only as a hash', async () => {
    const t = await testApp();
    const a = await t.user();
    const created = await a.call('POST', '/api/tokens', { name: 'x' });
    const rows = await t.deps.catalog.query.apiTokens.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(created.body.token);
  });

  it("cannot revoke another user's token (404)", async () => {
    const t = await testApp();
    const a = await t.user();
    const b = await t.user();
    const created = await a.call('POST', '/api/tokens', { name: 'x' });
    expect((await b.call('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(404);
    expect((await t.call('GET', '/api/me', undefined, { authorization: `Bearer ${created.body.token}` })).status).toBe(200);
  });
});

describe('contract basics', () => {
  it('health needs no session', async () => {
    const t = await testApp();
    expect((await t.call('GET', '/api/health')).body).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("error answers carry the request id: the caller's if well formed, else a new one", async () => {
    const t = await testApp();
    const given = await t.call('GET', '/api/nowhere', undefined, { 'x-request-id': 'abc-123' });
    expect(given.status).toBe(404);
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await t.call('GET', '/api/w/nowhere', undefined, { 'x-request-id': 'not ok!' });
    expect(made.status).toBe(401);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('malformed JSON is 400 problem+json', async () => {
    const t = await testApp();
    const a = await t.user();
    const res = await a.call('POST', '/api/workspaces', raw('{"name": ', 'application/json'));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('malformed');
  });

  it('a body over 1 MB is 413', async () => {
    const t = await testApp();
    const a = await t.user();
    const res = await a.call('POST', '/api/workspaces', { name: 'x'.repeat(1_100_000), slug: 'big-one', kind: 'union' });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('too_large');
  });

  it('unknown API routes are 404 problem+json', async () => {
    const t = await testApp();
    const res = await t.call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('the OpenAPI document is 3.1 and lists the routes', async () => {
    const t = await testApp();
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/me', '/api/workspaces', '/api/w/{ws}', '/api/w/{ws}/users/{userId}', '/api/invitations/{token}/accept', '/api/w/{ws}/audit']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/workspaces'].post.requestBody.content['application/json'].schema.properties.slug).toBeTruthy();
  });
});
