import { describe, expect, it } from 'vitest';
import { raw, testApp } from '../../../test/fixtures/app';

async function setup() {
  const t = await testApp();
  const owner = await t.user('Nguyễn Thị Thu Hà');
  const ws = await t.workspace(owner);
  const upload = (csv: string | Uint8Array, query = '', contentType?: string) => owner.call('POST', `/api/w/${ws}/members/import${query}`, raw(csv, contentType));
  const list = async (query = '') => (await owner.call('GET', `/api/w/${ws}/members?limit=200${query}`)).body.items;
  const total = async () => (await owner.call('GET', `/api/w/${ws}/members/summary`)).body.total as number;
  return { t, owner, ws, upload, list, total };
}

const paths = (res: { body: { errors: { path: string }[] } }) => res.body.errors.map((e) => e.path);

/** `n` valid rows: fullName, email, phone, category. */
function rows(n: number, from = 1) {
  return Array.from({ length: n }, (_, i) => `Hội viên Số ${from + i},hv${from + i}@example.vn,0912 ${String(100000 + from + i).slice(-6)},official`);
}

describe('POST /members/import', () => {
  it('creates members from an English-header file and reports the counts', async () => {
    const { upload, list } = await setup();
    const res = await upload('fullName,email,phone,category,countries,tags\nNguyễn Văn An,an@example.vn,0912 345 678,official,"JP, LA",ban-chap-hanh\nLê Thị Bình,,,honorary,,\n');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0, ignoredColumns: [] });
    expect(await list()).toMatchObject([
      { fullName: 'Lê Thị Bình', email: null, category: 'honorary', countries: [] },
      { fullName: 'Nguyễn Văn An', email: 'an@example.vn', phone: '0912 345 678', countries: ['JP', 'LA'], tags: ['ban-chap-hanh'] },
    ]);
  });

  it('reads Excel files: BOM, semicolons, Vietnamese headers and labels, DD/MM/YYYY, CRLF', async () => {
    const { upload, list } = await setup();
    const csv =
      '\uFEFFSTT;Họ và tên;Giới tính;Năm sinh;Email;Điện thoại;Đơn vị công tác;Loại hội viên;Trạng thái;Ngày gia nhập;Quốc gia\r\n' +
      '1;Đặng Thị Hồng;Nữ;1975;HONG@Example.vn;+84 912 000 111;"Bộ Ngoại giao; Vụ Đông Bắc Á";Chính thức;Đang sinh hoạt;21/9/2003;JP\r\n' +
      '2;Công ty Sông Hồng;;;;;;Hội viên liên kết;ngừng sinh hoạt;;\r\n';
    const res = await upload(new TextEncoder().encode(csv));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, ignoredColumns: ['STT'] });
    expect(await list('&status=inactive')).toMatchObject([{ fullName: 'Công ty Sông Hồng', category: 'associate', status: 'inactive' }]);
    expect(await list('&q=dang')).toMatchObject([
      { fullName: 'Đặng Thị Hồng', gender: 'female', birthYear: 1975, email: 'hong@example.vn', phone: '+84 912 000 111', organisation: 'Bộ Ngoại giao; Vụ Đông Bắc Á', joinedOn: '2003-09-21', countries: ['JP'] },
    ]);
  });

  it('reads quoted cells holding separators, line breaks and quotes', async () => {
    const { upload, list } = await setup();
    const res = await upload('fullName,organisation,notes\n"Phạm, Văn ""Tư""","Công ty A, B","dòng 1\ndòng 2"\n');
    expect(res.status).toBe(200);
    expect(await list()).toMatchObject([{ fullName: 'Phạm, Văn "Tư"', organisation: 'Công ty A, B', notes: 'dòng 1\ndòng 2' }]);
  });

  it('updates the member with an existing e-mail; unchanged rows write nothing', async () => {
    const { owner, ws, upload, list } = await setup();
    const a = (await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'Trần Văn Cường', email: 'cuong@example.vn', phone: '0900 000 001', tags: ['x'] })).body;
    const res = await upload('Họ và tên,Email,Điện thoại\nTrần Văn Cường,CUONG@example.vn,0900 000 002\nVõ Thị Sáu,sau@example.vn,\n');
    expect(res.body).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    const after = await list('&q=cuong');
    expect(after).toMatchObject([{ id: a.id, phone: '0900 000 002', tags: ['x'] }]);
    const again = await upload('Họ và tên,Email,Điện thoại\nTrần Văn Cường,cuong@example.vn,0900 000 002\nVõ Thị Sáu,sau@example.vn,\n');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await list('&q=cuong'))[0].updatedAt).toBe(after[0].updatedAt);
    const audit = (await owner.call('GET', `/api/w/${ws}/audit?limit=3`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['member.create', 'member.update', 'member.create']);
  });

  it('dry run validates and previews, and writes nothing', async () => {
    const { upload, total } = await setup();
    const res = await upload(['fullName,email,phone,category', ...rows(30)].join('\n'), '?dryRun=1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, rows: 30, created: 30 });
    expect(res.body.preview).toHaveLength(10);
    expect(res.body.preview[0]).toMatchObject({ row: 2, action: 'create', member: { id: null, fullName: 'Hội viên Số 1', email: 'hv1@example.vn' } });
    expect(await total()).toBe(0);
    const bad = await upload('fullName,email\nA,not-an-email\n', '?dryRun=1');
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(['row 2: email']);
  });

  it('names every bad row and field, and writes nothing', async () => {
    const { upload, total } = await setup();
    const csv = [
      'fullName,email,category,birthYear,joinedOn',
      'Một,mot@example.vn,official,1970,2001-01-01', // row 2: fine
      'Hai,hai@example.vn,vip,1970,', // row 3: unknown category
      'Ba,mot@example.vn,official,,', // row 4: e-mail already in row 2
      'Bốn,bon@example.vn,official', // row 5: ragged
      ',nam@example.vn,official,,', // row 6: no name
      'Sáu,sau@,official,19x0,31/02/2020', // row 7: three bad fields
      'Bảy,bay@example.vn,official,,,thừa', // row 8: an extra cell
      'Tám,tam@example.vn,official,,,,', // row 9: fine (empty extra cells, as Excel sometimes writes)
    ].join('\r\n');
    const res = await upload(csv);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import_invalid');
    expect(paths(res)).toEqual(['row 3: category', 'row 4: email', 'row 5', 'row 6: fullName', 'row 7: birthYear', 'row 7: email', 'row 7: joinedOn', 'row 8']);
    expect(res.body.errors[0]).toMatchObject({ code: 'category_invalid' });
    expect(res.body.errors[1].message).toContain('row 2');
    expect(res.body.detail).toMatch(/nothing was imported/);
    expect(await total()).toBe(0);
  });

  it('refuses an e-mail that belongs to another member than the row’s id', async () => {
    const { owner, ws, upload } = await setup();
    const a = (await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'A', email: 'a@example.vn' })).body;
    await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'B', email: 'b@example.vn' });
    const res = await upload(`id,fullName,email\n${a.id},A,b@example.vn\n`);
    expect(res.status).toBe(422);
    expect(paths(res)).toEqual(['row 2: email']);
    const twice = await upload(`id,fullName,email\n${a.id},A,a@example.vn\n,A again,a@example.vn\n`);
    expect(paths(twice)).toEqual(['row 3: email']);
  });

  it('is all or nothing: a bad row at line 9,999 of 10,000 leaves the register untouched', async () => {
    const { upload, total, list } = await setup();
    await upload('fullName,email\nĐã có,da-co@example.vn\n');
    const lines = ['fullName,email,phone,category', ...rows(9999)];
    lines[9998] = 'Hội viên hỏng,khong-phai-email,0912 000 000,official'; // Excel row 9,999
    const bad = await upload(lines.join('\n'));
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(['row 9999: email']);
    expect(await total()).toBe(1);

    lines[9998] = 'Hội viên 9998,hv9998@example.vn,0912 009 998,official';
    const good = await upload(lines.join('\n'));
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ created: 9999, updated: 0 });
    expect(await total()).toBe(10_000);
    expect((await list('&q=hv9998')).map((m: { fullName: string }) => m.fullName)).toEqual(['Hội viên 9998']);
  });

  it('refuses text that is not UTF-8, with a clear 422', async () => {
    const { upload, total } = await setup();
    // "Nguyễn" as Windows-1258 / Latin-1 bytes is not valid UTF-8.
    const latin1 = new Uint8Array([...new TextEncoder().encode('fullName\nNguy'), 0xea, 0x6e, 0x0a]);
    const res = await upload(latin1);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('csv_encoding');
    expect(res.body.errors[0].message).toMatch(/UTF-8/);
    expect(await total()).toBe(0);
  });

  it('answers 413 above 10 MB, and takes files over the 1 MB JSON limit', async () => {
    const { owner, ws, upload, total } = await setup();
    const big = `fullName,notes\n${`Tên,${'x'.repeat(1000)}\n`.repeat(10_500)}`;
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    const tooBig = await upload(big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('too_large');
    const lines = ['fullName,email,notes', ...rows(1500).map((r) => `${r.split(',').slice(0, 2).join(',')},${'ghi chú '.repeat(100)}`)];
    const medium = lines.join('\n');
    expect(medium.length).toBeGreaterThan(1024 * 1024);
    expect((await upload(medium)).status).toBe(200);
    expect(await total()).toBe(1500);
    // The JSON routes keep their 1 MB limit.
    expect((await owner.call('POST', `/api/w/${ws}/members`, { fullName: 'A', notes: 'x'.repeat(1024 * 1024) })).status).toBe(413);
  });

  it('answers 422 for a file without rows or a name column, or a quote never closed', async () => {
    const { upload } = await setup();
    expect((await upload('')).status).toBe(422);
    expect((await upload('fullName\n')).body.errors[0].code).toBe('csv_empty');
    expect(paths(await upload('phone,notes\n0912,x\n'))).toEqual(['row 1: fullName']);
    expect(paths(await upload('fullName,Họ và tên\nA,B\n'))).toEqual(['row 1: fullName']);
    expect(paths(await upload('fullName,notes\nA,"open\nB,x\n'))).toEqual(['row 2']);
  });

  it('wants a CSV body and the editor role', async () => {
    const { t, owner, ws, upload } = await setup();
    expect((await upload('fullName\nA\n', '', 'application/json')).status).toBe(415);
    expect((await owner.call('POST', `/api/w/${ws}/members/import`, { fullName: 'A' })).status).toBe(415);
    expect((await upload('fullName\nA\n', '', 'application/vnd.ms-excel')).status).toBe(200);
    expect((await upload('fullName\nA\n', '?dryRun=maybe')).status).toBe(422);
    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    expect((await viewer.call('POST', `/api/w/${ws}/members/import`, raw('fullName\nB\n'))).status).toBe(403);
  });
});
