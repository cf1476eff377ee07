import { createClient } from '@libsql/client';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemo, demoWorkspaces } from '../../scripts/demo';
import { demoAffiliates } from '../../scripts/demo-affiliates';
import { demoRegisters } from '../../scripts/demo-members';
import { createApp } from './app';
import { nodeDeps, nodeSettings } from './node';

describe('the Node runtime', () => {
  it('keeps two workspaces’ data in two different database files under DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amity-node-'));
    const settings = nodeSettings({ DATA_DIR: dataDir, PORT: '8787' });
    const deps = await nodeDeps(settings);
    const app = createApp(deps);
    const headers = { origin: settings.publicUrl, 'content-type': 'application/json' };
    const signUp = await app.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Hà', email: 'ha@example.vn', password: 'correct horse battery' }),
    });
    const cookie = signUp.headers.get('set-cookie')!.split(';')[0];
    for (const slug of ['hoi-mot', 'hoi-hai']) {
      const res = await app.request('/api/workspaces', { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ name: `Hội ${slug}`, slug, kind: 'association' }) });
      expect(res.status).toBe(201);
    }
    const files = readdirSync(dataDir).filter((f) => /^ws-.*\.db$/.test(f));
    expect(files).toHaveLength(2);
    const ids = await Promise.all(
      files.map(async (f) => {
        const rows = await createClient({ url: `file:${join(dataDir, f)}` }).execute("select entity_id from audit_log where action = 'workspace.create'");
        return rows.rows.map((r) => r.entity_id);
      }),
    );
    expect(ids[0]).toHaveLength(1);
    expect(ids[1]).toHaveLength(1);
    expect(ids[0][0]).not.toBe(ids[1][0]);
    expect(readdirSync(dataDir)).toContain('catalog.db');
  });

  it('reads the variables of API.md with their defaults', () => {
    const s = nodeSettings({});
    expect(s).toMatchObject({ port: 8787, host: '127.0.0.1', publicUrl: 'http://localhost:8787', demo: true });
    expect(nodeSettings({ PORT: '9000', DEMO: '0' })).toMatchObject({ publicUrl: 'http://localhost:9000', demo: false });
  });
});

describe('demo data', () => {
  it('builds the affiliation tree of the seeds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amity-demo-'));
    const deps = await nodeDeps(nodeSettings({ DATA_DIR: dataDir }));
    const demo = await loadDemo(deps);
    const app = createApp(deps);
    const signIn = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { origin: deps.config.publicUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ email: demo.email, password: demo.password }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const me = await (await app.request('/api/me', { headers: { cookie } })).json();
    expect(me.workspaces.map((w: { slug: string }) => w.slug).sort()).toEqual(demoWorkspaces.map((w) => w.slug).sort());
    const vufo = await (await app.request('/api/w/vufo/affiliations', { headers: { cookie } })).json();
    const approvedByVufo = [...demoWorkspaces.filter((w) => w.approved), ...demoAffiliates.filter((a) => !a.pending)].filter((w) => w.parent === 'vufo');
    expect(vufo.items.filter((i: { status: string }) => i.status === 'approved')).toHaveLength(approvedByVufo.length);
    const nghean = await (await app.request('/api/w/lhhn-nghe-an/affiliations', { headers: { cookie } })).json();
    expect(nghean.items).toMatchObject([{ slug: 'vn-lao-nghe-an', status: 'pending' }]);

    // Members (issue 4): a few hundred per association, searchable without diacritics,
    // a term with its leadership, and this year's dues partly paid.
    const get = async (path: string) => (await app.request(path, { headers: { cookie } })).json();
    for (const r of demoRegisters) {
      expect((await get(`/api/w/${r.slug}/members/summary`)).byStatus).toSatisfy((s: Record<string, number>) => s.active + s.inactive >= r.count);
    }
    const an = await get('/api/w/vn-nhat-ban/members?q=nguyen%20van%20an');
    expect(an.items).toContainEqual(expect.objectContaining({ fullName: 'Nguyễn Văn An', organisation: 'Học viện Ngoại giao' }));
    expect(an.items[0].fullName).toBe('Nguyễn Văn An');
    const leaders = await get('/api/w/vn-nhat-ban/leadership?on=2026-01-01');
    expect(leaders.term.name).toBe('Nhiệm kỳ 2023–2028');
    expect(leaders.bodies[0].positions[0]).toMatchObject({ title: 'president', member: { fullName: 'Nguyễn Văn An' } });
    const year = new Date().getFullYear();
    const dues = await get(`/api/w/vn-nhat-ban/dues/${year}`);
    expect(dues.summary.paidInFull).toBeGreaterThan(50);
    expect(dues.summary.owing).toBeGreaterThan(dues.summary.paidInFull);
  }, 120_000); // Loads every demo workspace (and three years of its affiliates' history) through the API into files: slow on a busy machine.
});
