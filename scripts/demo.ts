/**
 * Demo data from ../shared/seeds, loaded through the API itself (the same validation and
 * writes a user's requests go through). Later features add their data here.
 */
import { createApp } from '../workers/src/app';
import type { AppDeps } from '../workers/src/deps';
import { nowOf } from '../workers/src/services/clock';
import { sweepSnapshots } from '../workers/src/services/snapshots';
import { loadDemoCorrespondence } from './demo-correspondence';
import { loadDemoEvents } from './demo-events';
import { loadDemoHistory } from './demo-history';
import { loadDemoMembers } from './demo-members';
import { loadDemoPartners } from './demo-partners';

export const demoAccount = { name: 'Nguyễn Thị Thu Hà', email: 'demo@amity.local', password: 'huunghi-2026' };

interface DemoWorkspace {
  slug: string;
  name: string;
  kind: 'union' | 'association' | 'branch';
  code: string;
  countries?: string[];
  parent?: string;
  approved?: boolean;
}

export const demoWorkspaces: DemoWorkspace[] = [
  { slug: 'vufo', name: 'Liên hiệp các tổ chức hữu nghị Việt Nam', kind: 'union', code: 'LHHN' },
  { slug: 'lhhn-nghe-an', name: 'Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An', kind: 'union', code: 'LHHNNA', parent: 'vufo', approved: true },
  { slug: 'vn-nhat-ban', name: 'Hội hữu nghị Việt Nam – Nhật Bản', kind: 'association', code: 'HHNVN', countries: ['JP'], parent: 'vufo', approved: true },
  { slug: 'vn-cuba', name: 'Hội hữu nghị Việt Nam – Cuba', kind: 'association', code: 'HHNVC', countries: ['CU'], parent: 'vufo', approved: true },
  { slug: 'vn-lao', name: 'Hội hữu nghị Việt Nam – Lào', kind: 'association', code: 'HHNVL', countries: ['LA'], parent: 'vufo', approved: true },
  { slug: 'vn-lao-nghe-an', name: 'Hội hữu nghị Việt Nam – Lào tỉnh Nghệ An', kind: 'branch', code: 'HHNVLNA', countries: ['LA'], parent: 'lhhn-nghe-an' },
];

export async function loadDemo(deps: AppDeps) {
  const app = createApp(deps);
  const origin = new URL(deps.config.publicUrl).origin;
  let cookie = '';
  const send = async (method: string, path: string, body: string | undefined, type: string) => {
    const res = await app.request(path, { method, headers: { origin, cookie, 'content-type': type }, body });
    if (!res.ok) throw new Error(`demo: ${method} ${path} → ${res.status} ${await res.text()}`);
    return res;
  };
  const call = (method: string, path: string, body?: unknown) => send(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
  const upload = (path: string, csv: string) => send('POST', path, csv, 'text/csv; charset=utf-8');

  const signUp = await call('POST', '/api/auth/sign-up/email', demoAccount);
  cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
  for (const ws of demoWorkspaces) {
    const { approved: _approved, ...fields } = ws;
    await call('POST', '/api/workspaces', fields);
  }
  for (const ws of demoWorkspaces.filter((w) => w.approved)) {
    await call('POST', `/api/w/${ws.parent}/affiliations/${ws.slug}/approve`);
  }
  await loadDemoMembers(call, upload, (nowOf(deps)).getFullYear());
  await loadDemoEvents(call, (nowOf(deps)).getFullYear());
  await loadDemoCorrespondence(deps, cookie);
  // Partners after events and members: it links events and awards a member.
  await loadDemoPartners(call, new Date((nowOf(deps)).getTime() + 7 * 3600_000).toISOString().slice(0, 10));
  // Three years of the affiliates' history, then every workspace's figures, so rollups show them at once.
  await loadDemoHistory(deps, cookie);
  await sweepSnapshots(deps);
  return demoAccount;
}
