/**
 * Members for the demo associations — imported as a Vietnamese-header CSV through the import
 * endpoint, as a secretary would bring over an Excel list — plus the terms and leadership of
 * Hội hữu nghị Việt Nam – Nhật Bản and a year of dues. Loaded through the API, like demo.ts.
 */
import { csvLine } from '../shared/csv';
import { cellText, header, memberColumns } from '../shared/member-csv';
import type { MemberCreate } from '../shared/members';
import { sampleMembers } from './sample-members';

type Call = (method: string, path: string, body?: unknown) => Promise<Response>;
type Upload = (path: string, csv: string) => Promise<Response>;

/** How many members each demo association gets, and their partner country. */
export const demoRegisters: { slug: string; count: number; country: string; seed: number }[] = [
  { slug: 'vn-nhat-ban', count: 320, country: 'JP', seed: 1973 },
  { slug: 'vn-cuba', count: 160, country: 'CU', seed: 1960 },
  { slug: 'vn-lao', count: 160, country: 'LA', seed: 1962 },
  { slug: 'vn-lao-nghe-an', count: 60, country: 'LA', seed: 2007 },
];

/** Members whose names the demo's walkthrough searches for ("nguyen van an", "dang"). */
const known: MemberCreate[] = [
  { fullName: 'Nguyễn Văn An', kind: 'individual', category: 'official', status: 'active', gender: 'male', birthYear: 1962, email: 'an.nguyen@example.vn', phone: '0912 345 678', organisation: 'Học viện Ngoại giao', jobTitle: 'Nguyên Đại sứ tại Nhật Bản', province: 'Hà Nội', joinedOn: '2008-05-10', countries: ['JP'], languages: ['Tiếng Nhật'], tags: ['ban-chap-hanh'] },
  { fullName: 'Đặng Thị Hồng', kind: 'individual', category: 'honorary', status: 'active', gender: 'female', birthYear: 1950, email: 'hong.dang@example.vn', organisation: 'Hội Chữ thập đỏ Việt Nam', province: 'Hà Nội', joinedOn: '1995-09-21', countries: ['JP'], tags: [] },
];

/** The register as a CSV with Vietnamese headers and labels. */
export function demoCsv(members: MemberCreate[]): string {
  const columns = memberColumns.filter((c) => c.field !== 'id');
  const lines = [csvLine(columns.map((c) => header(c.field, 'vi')))];
  for (const m of members) lines.push(csvLine(columns.map((c) => cellText(c.field, m[c.field as keyof MemberCreate], 'vi'))));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Everyone in one workspace's register, by name. */
async function everyone(call: Call, slug: string) {
  const out: { id: string; fullName: string; email: string | null; category: string; kind: string }[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: typeof out; nextCursor: string | null } = await json(await call('GET', `/api/w/${slug}/members?limit=200&status=active${cursor ? `&cursor=${cursor}` : ''}`));
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Two terms of Hội hữu nghị Việt Nam – Nhật Bản with their leadership. */
async function leadership(call: Call, people: { id: string; kind: string; email: string | null }[]) {
  const individuals = people.filter((p) => p.kind === 'individual');
  const pick = (i: number) => individuals[(i * 37) % individuals.length].id;
  const term = async (body: Record<string, string>) => (await json<{ id: string }>(await call('POST', '/api/w/vn-nhat-ban/terms', body))).id;
  const old = await term({ name: 'Nhiệm kỳ 2018–2023', startsOn: '2018-05-19', endsOn: '2023-06-09', congress: 'Đại hội đại biểu toàn quốc lần thứ V' });
  const now = await term({ name: 'Nhiệm kỳ 2023–2028', startsOn: '2023-06-10', endsOn: '2028-06-09', congress: 'Đại hội đại biểu toàn quốc lần thứ VI' });
  const an = people.find((p) => p.email === known[0].email)!.id;
  const seats: [termId: string, memberId: string, body: string, title: string, extra?: Record<string, string>][] = [
    [old, pick(1), 'presidium', 'president'],
    [old, an, 'presidium', 'vice_president'],
    [old, pick(2), 'presidium', 'secretary_general'],
    [now, an, 'presidium', 'president'],
    [now, pick(3), 'presidium', 'vice_president'],
    [now, pick(4), 'presidium', 'vice_president'],
    [now, pick(5), 'presidium', 'vice_president', { endsOn: '2025-03-31' }],
    [now, pick(6), 'presidium', 'vice_president', { startsOn: '2025-04-01' }],
    [now, pick(7), 'presidium', 'secretary_general'],
    [now, pick(8), 'presidium', 'deputy_secretary_general'],
    [now, pick(9), 'inspection', 'head'],
    [now, pick(10), 'inspection', 'member'],
    [now, pick(11), 'inspection', 'member'],
  ];
  for (let i = 12; i < 21; i++) seats.push([now, pick(i), 'standing', 'member']);
  for (let i = 12; i < 40; i++) seats.push([now, pick(i), 'executive', 'member']);
  for (let i = 40; i < 55; i++) seats.push([old, pick(i), 'executive', 'member']);
  for (const [termId, memberId, body, title, extra] of seats) await call('POST', '/api/w/vn-nhat-ban/positions', { termId, memberId, body, title, ...extra });
}

/** Dues for last year and this; a third of vn-nhat-ban's members have paid this year's so far. */
async function dues(call: Call, people: { id: string; category: string }[], year: number) {
  for (const y of [year - 1, year]) await call('PUT', `/api/w/vn-nhat-ban/dues/${y}`, { official: 200_000, associate: 1_000_000, honorary: 0 });
  const amount: Record<string, number> = { official: 200_000, associate: 1_000_000 };
  for (const [i, p] of people.entries()) {
    if (!amount[p.category] || i % 3 !== 0) continue;
    await call('POST', '/api/w/vn-nhat-ban/dues/payments', { memberId: p.id, year, amount: amount[p.category], paidOn: `${year}-0${1 + (i % 6)}-15` });
  }
}

export async function loadDemoMembers(call: Call, upload: Upload, year: number) {
  for (const r of demoRegisters) {
    const members = [...(r.slug === 'vn-nhat-ban' ? known : []), ...sampleMembers(r.count, { seed: r.seed, country: r.country, emailDomain: `${r.slug}.example.vn` })];
    await upload(`/api/w/${r.slug}/members/import`, demoCsv(members));
  }
  const people = await everyone(call, 'vn-nhat-ban');
  await leadership(call, people);
  await dues(call, people, year);
}
