import { describe, expect, it } from 'vitest';
import { testApp, type TestClient } from '../../../test/fixtures/app';

async function setup() {
  const t = await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const add = async (fields: Record<string, unknown>, who: TestClient = owner) =>
    (await who.create(`/api/w/${ws}/members`, fields)) as { id: string; fullName: string; [k: string]: unknown };
  const list = async (query = '') => (await owner.call('GET', `/api/w/${ws}/members${query}`)).body;
  const names = async (query = '') => (await list(query)).items.map((m: { fullName: string }) => m.fullName);
  return { t, owner, ws, add, list, names };
}

describe('members: create, read, change', () => {
  it('answers the member shape of API.md, optional fields null', async () => {
    const { owner, ws, add } = await setup();
    const m = await add({ fullName: '  Nguyễn Văn An ', email: 'An.Nguyen@Example.VN', countries: ['JP'], tags: ['ban-chap-hanh'] });
    expect(Object.keys(m).sort()).toEqual(
      [
        'id', 'kind', 'fullName', 'gender', 'birthYear', 'email', 'phone', 'organisation', 'jobTitle', 'address', 'province', 'category',
        'status', 'joinedOn', 'countries', 'languages', 'tags', 'notes', 'duesPaid', 'createdAt', 'updatedAt',
      ].sort(),
    );
    expect(m).toMatchObject({
      kind: 'individual', fullName: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', category: 'official', status: 'active',
      gender: null, birthYear: null, phone: null, notes: null, countries: ['JP'], languages: [], tags: ['ban-chap-hanh'], duesPaid: null,
    });
    expect(Date.parse(m.createdAt as string)).not.toBeNaN();
    expect((await owner.call('GET', `/api/w/${ws}/members/${m.id}`)).body).toEqual(m);
  });

  it('keeps every field people expect', async () => {
    const { add } = await setup();
    const full = {
      kind: 'organisation', fullName: 'Công ty TNHH Sông Hồng', gender: null, birthYear: null, email: 'lienhe@songhong.vn', phone: '+84 24 3825 1234',
      organisation: 'Tập đoàn Sông Hồng', jobTitle: 'Đối tác', address: 'Số 1 Tràng Tiền', province: 'Hà Nội', category: 'associate', status: 'inactive',
      joinedOn: '2019-09-21', countries: ['JP', 'LA'], languages: ['Tiếng Nhật'], tags: ['doanh-nghiep'], notes: 'Tài trợ "Ngày hội" 2024; ghi chú\ndòng 2',
    };
    expect(await add(full)).toMatchObject(full);
  });

  it('changes only the fields sent; null or "" clears one', async () => {
    const { owner, ws, add } = await setup();
    const m = await add({ fullName: 'Lê Thị Bình', phone: '0912 345 678', organisation: 'Bộ Ngoại giao', birthYear: 1970 });
    const res = await owner.call('PATCH', `/api/w/${ws}/members/${m.id}`, { phone: null, organisation: '', jobTitle: 'Chuyên viên', tags: ['a', 'a', 'b'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fullName: 'Lê Thị Bình', phone: null, organisation: null, jobTitle: 'Chuyên viên', birthYear: 1970, tags: ['a', 'b'] });
    expect(res.body.createdAt).toBe(m.createdAt);
    // A PATCH that changes nothing writes nothing.
    const again = await owner.call('PATCH', `/api/w/${ws}/members/${m.id}`, { jobTitle: 'Chuyên viên' });
    expect(again.body.updatedAt).toBe(res.body.updatedAt);
  });

  it('rejects bad fields with 422 and field errors, never a 5xx', async () => {
    const { owner, ws, add } = await setup();
    const bad = await owner.call('POST', `/api/w/${ws}/members`, {
      fullName: '', email: 'not-an-email', category: 'vip', birthYear: 1980.5, phone: 'call me', joinedOn: '2024-02-30', countries: ['japan'], tags: ['a,b'],
    });
    expect(bad.status).toBe(422);
    const paths = bad.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['birthYear', 'category', 'countries.0', 'email', 'fullName', 'joinedOn', 'phone', 'tags.0'].sort());
    expect(bad.body.errors.find((e: { path: string }) => e.path === 'category').code).toBe('category_invalid');
    for (const body of [{}, { fullName: 5 }, { fullName: 'x'.repeat(201) }, { fullName: 'A', birthYear: 1800 }, { fullName: 'A', status: 'archived' }, { fullName: 'A', kind: 'robot' }]) {
      expect((await owner.call('POST', `/api/w/${ws}/members`, body)).status).toBe(422);
    }
    const m = await add({ fullName: 'Trần Văn Cường' });
    expect((await owner.call('PATCH', `/api/w/${ws}/members/${m.id}`, { fullName: '   ' })).status).toBe(422);
    expect((await owner.call('PATCH', `/api/w/${ws}/members/${m.id}`, { status: 'gone' })).status).toBe(422);
    const notJson = await owner.call('POST', `/api/w/${ws}/members`, undefined, { 'content-type': 'application/json' });
    expect(notJson.status).toBeLessThan(500);
  });

  it('keeps e-mails unique within the workspace (409), whatever their case', async () => {
    const { owner, ws, add } = await setup();
    const a = await add({ fullName: 'Phạm Minh Đức', email: 'duc@example.vn' });
    const b = await add({ fullName: 'Phạm Thu Trang' });
    const dup = await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Khác', email: 'DUC@example.vn' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('member_email_taken');
    expect((await owner.call('PATCH', `/api/w/${ws}/members/${b.id}`, { email: 'duc@example.vn' })).status).toBe(409);
    expect((await owner.call('PATCH', `/api/w/${ws}/members/${a.id}`, { email: 'DUC@example.vn' })).status).toBe(200);
  });

  it('answers 404 for unknown ids', async () => {
    const { owner, ws } = await setup();
    for (const [method, path] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['POST', '/restore']]) {
      const res = await owner.call(method, `/api/w/${ws}/members/nope${path}`, method === 'PATCH' ? { fullName: 'X' } : undefined);
      expect(res.status).toBe(404);
    }
  });

  it('lets viewers read and editors write', async () => {
    const { t, owner, ws, add } = await setup();
    const viewer = await t.user();
    const editor = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    await t.grant(owner, ws, editor, 'editor');
    const m = await add({ fullName: 'Hoàng Văn Nam' }, editor);
    expect((await viewer.call('GET', `/api/w/${ws}/members`)).body.items).toHaveLength(1);
    expect((await viewer.call('GET', `/api/w/${ws}/members/${m.id}`)).status).toBe(200);
    expect((await viewer.call('POST', `/api/w/${ws}/members`, { fullName: 'X' })).status).toBe(403);
    expect((await viewer.call('PATCH', `/api/w/${ws}/members/${m.id}`, { fullName: 'X' })).status).toBe(403);
    expect((await viewer.call('DELETE', `/api/w/${ws}/members/${m.id}`)).status).toBe(403);
    expect((await editor.call('PATCH', `/api/w/${ws}/members/${m.id}`, { fullName: 'Hoàng Văn Nam (Hà Nội)' })).status).toBe(200);
  });

  it('records each change in the audit log', async () => {
    const { owner, ws, add } = await setup();
    const m = await add({ fullName: 'Vũ Thị Mai' });
    await owner.call('PATCH', `/api/w/${ws}/members/${m.id}`, { province: 'Huế' });
    await owner.call('DELETE', `/api/w/${ws}/members/${m.id}`);
    await owner.call('POST', `/api/w/${ws}/members/${m.id}/restore`);
    const audit = (await owner.call('GET', `/api/w/${ws}/audit?limit=4`)).body.items;
    expect(audit.map((a: { action: string; entityId: string }) => [a.action, a.entityId])).toEqual([
      ['member.restore', m.id],
      ['member.archive', m.id],
      ['member.update', m.id],
      ['member.create', m.id],
    ]);
  });
});

describe('members: archive and restore', () => {
  it('archived members leave lists and counts, stay readable and come back', async () => {
    const { owner, ws, add, names } = await setup();
    const a = await add({ fullName: 'Bùi Văn Hải', category: 'honorary' });
    await add({ fullName: 'Đỗ Thị Hoa' });
    expect((await owner.call('DELETE', `/api/w/${ws}/members/${a.id}`)).status).toBe(204);
    expect((await owner.call('DELETE', `/api/w/${ws}/members/${a.id}`)).status).toBe(204);
    expect(await names()).toEqual(['Đỗ Thị Hoa']);
    expect(await names('?status=archived')).toEqual(['Bùi Văn Hải']);
    expect(await names('?q=hai')).toEqual([]);
    expect((await owner.call('GET', `/api/w/${ws}/members/${a.id}`)).body.status).toBe('archived');
    const summary = (await owner.call('GET', `/api/w/${ws}/members/summary`)).body;
    expect(summary).toEqual({
      total: 1,
      byStatus: { active: 1, inactive: 0, archived: 1 },
      byCategory: { official: 1, honorary: 0, associate: 0 },
      byKind: { individual: 1, organisation: 0 },
    });

    const restored = await owner.call('POST', `/api/w/${ws}/members/${a.id}/restore`);
    expect(restored.body).toMatchObject({ status: 'active', category: 'honorary' });
    expect(await names()).toEqual(['Bùi Văn Hải', 'Đỗ Thị Hoa']);
    // PATCH status does the same both ways.
    await owner.call('PATCH', `/api/w/${ws}/members/${a.id}`, { status: 'archived' });
    expect(await names()).toEqual(['Đỗ Thị Hoa']);
    await owner.call('PATCH', `/api/w/${ws}/members/${a.id}`, { status: 'inactive' });
    expect(await names('?status=inactive')).toEqual(['Bùi Văn Hải']);
  });
});

describe('members: pages read again', () => {
  // On Node a page is reused while the database is unchanged (services/answer-cache.ts).
  it('show every write on the next read: members, dues rates and payments', async () => {
    const { owner, ws, add, list } = await setup();
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    const a = await add({ fullName: 'Bùi Văn Hải' });
    const page = await list('?limit=10');
    expect(await list('?limit=10')).toEqual(page);
    expect(page.items.map((m: { fullName: string; duesPaid: boolean | null }) => [m.fullName, m.duesPaid])).toEqual([['Bùi Văn Hải', null]]);

    await owner.call('PATCH', `/api/w/${ws}/members/${a.id}`, { fullName: 'Bùi Văn Hà' });
    expect((await list('?limit=10')).items[0].fullName).toBe('Bùi Văn Hà');
    await add({ fullName: 'An Thị Mai' });
    expect((await list('?limit=10')).items.map((m: { fullName: string }) => m.fullName)).toEqual(['An Thị Mai', 'Bùi Văn Hà']);
    await owner.call('PUT', `/api/w/${ws}/dues/${year}`, { official: 200_000 });
    expect((await list('?limit=10')).items.map((m: { duesPaid: boolean | null }) => m.duesPaid)).toEqual([false, false]);
    await owner.call('POST', `/api/w/${ws}/dues/payments`, { memberId: a.id, year, amount: 200_000 });
    expect((await list('?limit=10')).items.map((m: { duesPaid: boolean | null }) => m.duesPaid)).toEqual([false, true]);
    await owner.call('DELETE', `/api/w/${ws}/members/${a.id}`);
    expect((await list('?limit=10')).items.map((m: { fullName: string }) => m.fullName)).toEqual(['An Thị Mai']);
  });
});

describe('members: search', () => {
  it('ignores case and Vietnamese diacritics (đ = d), over name, e-mail, phone and organisation', async () => {
    const { add, names } = await setup();
    await add({ fullName: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', phone: '+84 912 345 678' });
    await add({ fullName: 'Nguyễn Văn Anh', organisation: 'Trường Đại học Ngoại thương' });
    await add({ fullName: 'Đặng Thị Lan', phone: '0987 654 321' });
    await add({ fullName: 'Trần Quốc Việt', email: 'viet@songhong.vn', organisation: 'Công ty Sông Hồng' });

    expect(await names('?q=nguyen%20van%20an')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await names('?q=dang')).toEqual(['Đặng Thị Lan']);
    expect(await names('?q=%C4%90%E1%BA%B6NG')).toEqual(['Đặng Thị Lan']); // ĐẶNG
    expect(await names('?q=NGUY%E1%BB%84N')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']); // NGUYỄN
    expect(await names('?q=ngoai%20thuong')).toEqual(['Nguyễn Văn Anh']);
    expect(await names('?q=songhong')).toEqual(['Trần Quốc Việt']);
    expect(await names('?q=an.nguyen%40example.vn')).toEqual(['Nguyễn Văn An']);
    expect(await names('?q=0912345678')).toEqual(['Nguyễn Văn An']);
    expect(await names('?q=345%20678')).toEqual(['Nguyễn Văn An']);
    expect(await names('?q=654321')).toEqual(['Đặng Thị Lan']);
    // Words match at their start: "an" is not found inside "Lan" or "Đặng".
    expect(await names('?q=an')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await names('?q=lan')).toEqual(['Đặng Thị Lan']);
    expect(await names('?q=%20%20')).toHaveLength(4);
    expect(await names('?q=zzz')).toEqual([]);
  });

  it('lists members whose name holds every word first, then those found through other fields', async () => {
    const { add, list, names } = await setup();
    await add({ fullName: 'Nguyễn Minh An', organisation: 'Trung tâm Văn hóa Đông Tây' });
    await add({ fullName: 'Nguyễn Văn An' });
    await add({ fullName: 'Lê Hoàng', email: 'nguyen.van.an@example.vn' });
    await add({ fullName: 'Nguyễn Văn Anh' });
    expect(await names('?q=nguyen%20van%20an')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh', 'Lê Hoàng', 'Nguyễn Minh An']);
    // Pages follow the same order across the two groups.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { fullName: string }[]; nextCursor: string | null } = await list(`?q=nguyen%20van%20an&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((m) => m.fullName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh', 'Lê Hoàng', 'Nguyễn Minh An']);
  });

  it('takes any text without breaking', async () => {
    const { owner, ws, add, names } = await setup();
    await add({ fullName: 'Lý Thường Kiệt' });
    for (const q of ['%', '_', "'", '"', '\\', '%25_', '😀', 'a'.repeat(200), 'ly%20%25']) {
      const res = await owner.call('GET', `/api/w/${ws}/members?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
    }
    expect(await names(`?q=${encodeURIComponent('ly %')}`)).toEqual(['Lý Thường Kiệt']);
    expect((await owner.call('GET', `/api/w/${ws}/members?q=${'a'.repeat(201)}`)).status).toBe(422);
  });

  it('combines with filters: category, status, tag, country, kind', async () => {
    const { owner, ws, add, names } = await setup();
    await add({ fullName: 'Nguyễn Thị Hương', category: 'honorary', countries: ['JP'], tags: ['Phiên dịch'] });
    await add({ fullName: 'Nguyễn Văn Hùng', category: 'official', countries: ['LA'], tags: ['ban-chap-hanh'], status: 'inactive' });
    await add({ fullName: 'Trần Thị Hương', category: 'official', countries: ['JP', 'LA'] });
    await add({ fullName: 'Hội Hữu nghị Hà Nội', kind: 'organisation', category: 'associate', countries: ['JP'] });

    expect(await names('?category=honorary')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('?q=huong&category=official')).toEqual(['Trần Thị Hương']);
    expect(await names('?status=inactive')).toEqual(['Nguyễn Văn Hùng']);
    expect(await names('?q=nguyen&status=active')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('?tag=phi%C3%AAn%20d%E1%BB%8Bch')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('?tag=phien%20dich')).toEqual(['Nguyễn Thị Hương']);
    expect(await names('?tag=ban-chap-hanh')).toEqual(['Nguyễn Văn Hùng']);
    expect(await names('?tag=ban-chap-hanh&status=active')).toEqual([]);
    expect(await names('?country=LA')).toEqual(['Nguyễn Văn Hùng', 'Trần Thị Hương']);
    expect(await names('?country=LA&category=official&q=tran')).toEqual(['Trần Thị Hương']);
    expect(await names('?country=JP&q=huong')).toEqual(['Nguyễn Thị Hương', 'Trần Thị Hương']);
    expect(await names('?kind=organisation')).toEqual(['Hội Hữu nghị Hà Nội']);
    for (const bad of ['?category=vip', '?status=gone', '?country=japan', '?kind=x', '?unpaid=abc', '?limit=0', '?limit=201']) {
      expect((await owner.call('GET', `/api/w/${ws}/members${bad}`)).status).toBe(422);
    }
  });

  it('pages in a stable order (folded name, then id) with cursors', async () => {
    const { owner, ws, add, list } = await setup();
    const fullNames = ['Lê Văn Tám', 'Lê Văn Tám', 'Lê Văn Tám', 'Ngô Bảo Châu', 'Đào Duy Anh', 'Dương Thu Hương', 'Âu Cơ'];
    for (const fullName of fullNames) await add({ fullName });
    const all = (await list('?limit=200')).items.map((m: { id: string; fullName: string }) => m);
    expect(all.map((m: { fullName: string }) => m.fullName)).toEqual(['Âu Cơ', 'Đào Duy Anh', 'Dương Thu Hương', 'Lê Văn Tám', 'Lê Văn Tám', 'Lê Văn Tám', 'Ngô Bảo Châu']);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
      // A member added meanwhile before the cursor neither repeats nor shifts anything.
      if (pages++ === 1) await add({ fullName: 'An Dương Vương' });
    } while (cursor);
    expect(seen).toEqual(all.map((m: { id: string }) => m.id));
    expect((await list('?limit=50')).items).toHaveLength(8);
    expect((await list()).nextCursor).toBeNull();
    expect((await owner.call('GET', `/api/w/${ws}/members?cursor=abc`)).status).toBe(400);
    expect((await owner.call('GET', `/api/w/${ws}/members?cursor=${'%'}`)).status).toBe(422);
  });
});

describe('the OpenAPI document', () => {
  it('describes the member, leadership and dues routes', async () => {
    const { t } = await setup();
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    for (const path of [
      '/api/w/{ws}/members', '/api/w/{ws}/members/{id}', '/api/w/{ws}/members/{id}/restore', '/api/w/{ws}/members/import', '/api/w/{ws}/members/export.csv',
      '/api/w/{ws}/terms/{id}', '/api/w/{ws}/positions/{id}', '/api/w/{ws}/leadership', '/api/w/{ws}/leadership/history',
      '/api/w/{ws}/dues/{year}', '/api/w/{ws}/dues/{year}/unpaid', '/api/w/{ws}/dues/payments/{id}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/w/{ws}/members/import'].post.requestBody.content['text/csv']).toBeTruthy();
    expect(doc.paths['/api/w/{ws}/members'].post.requestBody.content['application/json'].schema.properties.fullName).toBeTruthy();
  });
});
