/**
 * `tsx scripts/bench/search-methods.ts`: how members search is done in SQLite, measured on
 * 20,000 members in an embedded libSQL file. Compares the folded `search_text` column read
 * through the covering list index (what the app does) with the same column read row by row,
 * and with FTS5 tables (trigram; unicode61 prefix queries) joined back to the register.
 * The figures are quoted in docs/benchmarks.md.
 */
import { createClient, type InStatement } from '@libsql/client';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tenantDb } from '../../db';
import { initTenant } from '../../db/provider';
import { members } from '../../db/tenant/schema';
import type { MemberFilters } from '../../shared/members';
import { words } from '../../shared/text';
import { memberPage } from '../../workers/src/services/member-search';
import { memberRow, newMemberData } from '../../workers/src/services/members';
import { sampleMembers } from '../sample-members';
import { percentile } from './stats';

const client = createClient({ url: `file:${join(mkdtempSync(join(tmpdir(), 'amity-search-')), 'ws.db')}` });
await initTenant(client);
const db = tenantDb(client);
const now = new Date();
const rows = sampleMembers(20_000, { seed: 7 }).map((m, i) => memberRow(`m${String(i).padStart(6, '0')}`, newMemberData(m), now, now));
for (let i = 0; i < rows.length; i += 400) await db.insert(members).values(rows.slice(i, i + 400));
await client.batch([
  "create virtual table fts_tri using fts5(search_text, content='members', content_rowid='rowid', tokenize='trigram')",
  "insert into fts_tri(fts_tri) values ('rebuild')",
  "create virtual table fts_word using fts5(search_text, content='members', content_rowid='rowid')",
  "insert into fts_word(fts_word) values ('rebuild')",
]);

const queries = ['nguyen van an', 'dang', 'tran thi', 'le', 'hoang minh duc', 'ngoai thuong', 'example', '0912', 'quynh', 'xyz không có', 'pham thu trang', 'bach mai'];
const select = 'select id, full_name, email from members';
const order = 'order by sort_name, id limit 51';
const live = "status != 'archived'";

type Run = () => Promise<unknown>;
/** A page of 50 as the app reads it (one or two index reads, then the rows). */
const page = (f: MemberFilters): Run => () => memberPage(db, f, undefined, 50, { fullName: members.fullName, email: members.email });
const raw = (s: InStatement): Run => () => client.execute(s);

const methods: Record<string, (q: string) => Run> = {
  'folded column, covering list index (chosen)': (q) => page({ q }),
  'folded column, name order, row lookups': (q) => {
    const ws = words(q);
    return raw({ sql: `${select} indexed by bench_sort_idx where ${live} ${ws.map(() => 'and instr(search_text, ?) > 0').join(' ')} ${order}`, args: ws.map((w) => ` ${w}`) });
  },
  'FTS5 trigram (+ instr for words under 3 letters)': (q) => {
    const ws = words(q);
    const long = ws.filter((w) => w.length >= 3);
    const short = ws.filter((w) => w.length < 3);
    return raw({
      sql: `${select} where ${live} ${long.length ? 'and rowid in (select rowid from fts_tri where fts_tri match ?)' : ''} ${short.map(() => 'and instr(search_text, ?) > 0').join(' ')} ${order}`,
      args: [...(long.length ? [long.map((w) => `"${w}"`).join(' AND ')] : []), ...short.map((w) => ` ${w}`)],
    });
  },
  'FTS5 unicode61, prefix queries': (q) =>
    raw({
      sql: `${select} where ${live} and rowid in (select rowid from fts_word where fts_word match ?) ${order}`,
      args: [words(q).map((w) => `"${w}"*`).join(' AND ')],
    }),
};

async function time(runs: Run[], rounds = 20) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const run of runs) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
  }
  return `${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} | ${Math.max(...times).toFixed(2)}`;
}

console.log(`${rows.length} members; ${queries.length} queries × 20 rounds each\n`);
console.log('| method | p50 ms | p95 ms | max ms |\n|---|---|---|---|');
for (const [name, build] of Object.entries(methods)) {
  // The name-only index exists just for its own row, lest the planner prefer it elsewhere.
  if (name.includes('row lookups')) await client.execute('create index bench_sort_idx on members(sort_name, id)');
  console.log(`| ${name} | ${await time(queries.map(build))} |`);
  if (name.includes('row lookups')) await client.execute('drop index bench_sort_idx');
}

const filters: MemberFilters[] = [
  { category: 'honorary' },
  { tag: 'phien-dich' },
  { country: 'JP', q: 'nguyen' },
  { country: 'FR' },
  { tag: 'khong-co', q: 'le' },
  { category: 'associate', q: 'tran thi' },
  { kind: 'organisation' },
  { status: 'inactive', q: 'xyz' },
];
console.log(`| chosen, with filters (category, tag, country, kind, status) | ${await time(filters.map(page))} |`);
