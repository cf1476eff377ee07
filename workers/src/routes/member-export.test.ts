import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv';
import { raw, testApp } from '../../../test/fixtures/app';

/** Members whose values trip up naive CSV code and spreadsheets. */
const tricky = [
  { fullName: 'Nguyễn Văn An', email: 'an@example.vn', phone: '+84 912 345 678', organisation: 'Trường Đại học Ngoại thương, Hà Nội', countries: ['JP', 'LA'], tags: ['ban-chap-hanh', 'phiên dịch'] },
  { fullName: '=HYPERLINK("http://evil.example","Bấm vào đây")', notes: 'Trích "nguyên văn"; có dấu phẩy, chấm phẩy\ndòng thứ hai\r\ndòng ba' },
  { fullName: 'Đặng Thị Hồng', jobTitle: '-Trưởng phòng', address: '@Số 1 Tràng Tiền', notes: "'=giữ nguyên dấu nháy" },
  { fullName: 'Công ty TNHH "Sông Hồng"', kind: 'organisation', category: 'associate', status: 'inactive', joinedOn: '2019-09-21', languages: ['Tiếng Nhật', 'Tiếng Anh'] },
  { fullName: 'Lê Thị Bình', gender: 'female', birthYear: 1970, category: 'honorary', province: 'Huế', notes: '+1 ý kiến' },
];

async function setup() {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner);
  for (const m of tricky) await owner.create(`/api/w/${ws}/members`, m);
  const exportCsv = async (query = '') => {
    const res = await owner.call('GET', `/api/w/${ws}/members/export.csv${query}`);
    return { res, bytes: res.bytes };
  };
  const all = async () => (await owner.call('GET', `/api/w/${ws}/members?limit=200`)).body.items;
  return { t, owner, ws, exportCsv, all };
}

describe('GET /members/export.csv', () => {
  it('is CSV for Excel: UTF-8 with BOM, CRLF, the import’s columns', async () => {
    const { exportCsv, ws } = await setup();
    const { res, bytes } = await exportCsv();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="members-${ws}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('id,fullName,kind,gender,birthYear,email,phone,organisation,jobTitle,address,province,category,status,joinedOn,countries,languages,tags,notes');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + tricky.length);
    const an = rows.find((r) => r.cells[1] === 'Nguyễn Văn An')!.cells;
    expect(an.slice(5, 8)).toEqual(['an@example.vn', "'+84 912 345 678", 'Trường Đại học Ngoại thương, Hà Nội']);
    expect(an.slice(14, 17)).toEqual(['JP, LA', '', 'ban-chap-hanh, phiên dịch']);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const { exportCsv } = await setup();
    const rows = parseCsv(new TextDecoder().decode((await exportCsv()).bytes));
    const cells = rows.flatMap((r) => r.cells);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","Bấm vào đây")');
    expect(cells).toContain("'-Trưởng phòng");
    expect(cells).toContain("'@Số 1 Tràng Tiền");
    expect(cells).toContain("'+1 ý kiến");
    expect(cells).toContain("''=giữ nguyên dấu nháy");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('imports back without changing anything, in English or Vietnamese', async () => {
    const { owner, ws, exportCsv, all } = await setup();
    const before = await all();
    for (const query of ['', '?lang=vi']) {
      const { bytes } = await exportCsv(query);
      const res = await owner.call('POST', `/api/w/${ws}/members/import`, raw(bytes));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: tricky.length, ignoredColumns: [] });
    }
    expect(await all()).toEqual(before);
  });

  it('gives the same data to another workspace (ids unknown there create members)', async () => {
    const { t, owner, exportCsv, all } = await setup();
    const other = await t.workspace(owner);
    const { bytes } = await exportCsv('?lang=vi');
    const res = await owner.call('POST', `/api/w/${other}/members/import`, raw(bytes));
    expect(res.body).toMatchObject({ created: tricky.length, updated: 0 });
    const copy = (await owner.call('GET', `/api/w/${other}/members?limit=200`)).body.items;
    const strip = (list: Record<string, unknown>[]) => list.map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(strip(copy)).toEqual(strip(await all()));
  });

  it('uses Vietnamese headers and labels with lang=vi', async () => {
    const { exportCsv } = await setup();
    const rows = parseCsv(new TextDecoder().decode((await exportCsv('?lang=vi')).bytes));
    expect(rows[0].cells.slice(0, 7)).toEqual(['Mã', 'Họ và tên', 'Cá nhân/Tổ chức', 'Giới tính', 'Năm sinh', 'Email', 'Điện thoại']);
    const binh = rows.find((r) => r.cells[1] === 'Lê Thị Bình')!.cells;
    expect([binh[2], binh[3], binh[11], binh[12]]).toEqual(['cá nhân', 'nữ', 'danh dự', 'đang sinh hoạt']);
  });

  it('exports what the same filters list; archived members only when asked', async () => {
    const { owner, ws, exportCsv, all } = await setup();
    const binh = (await all()).find((m: { fullName: string }) => m.fullName === 'Lê Thị Bình');
    await owner.call('DELETE', `/api/w/${ws}/members/${binh.id}`);
    const names = async (query: string) => parseCsv(new TextDecoder().decode((await exportCsv(query)).bytes)).slice(1).map((r) => r.cells[1]);
    expect(await names('')).not.toContain('Lê Thị Bình');
    expect(await names('?status=archived')).toEqual(['Lê Thị Bình']);
    expect(await names('?q=dang')).toEqual(['Đặng Thị Hồng']);
    expect(await names('?category=associate')).toEqual(['Công ty TNHH "Sông Hồng"']);
    expect((await exportCsv('?lang=fr')).res.status).toBe(422);
  });
});
