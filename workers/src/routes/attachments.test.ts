import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { onNode, testApp, type TestApp } from '../../../test/fixtures/app';
import type { MemoryFileStore } from '../services/files';
import { checkFilename, contentDisposition } from './attachments';

const base = (ws: string) => `/api/w/${ws}/correspondence`;

function form(bytes: Uint8Array<ArrayBuffer> | string, filename: string, type = 'application/pdf') {
  const body = new FormData();
  body.set('file', new File([bytes], filename, { type }));
  return body;
}

async function setup(t?: TestApp) {
  t ??= await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner, { code: 'HHNVN' });
  const doc = (await owner.call('POST', base(ws), { direction: 'out', typeCode: 'TM', subject: 'Thư mừng Quốc khánh Nhật Bản' })).body;
  return { t, owner, ws, doc, files: t.files };
}

/** What the store holds — visible on Node only; the Worker suite checks R2 through the API answers. */
function expectStored(files: MemoryFileStore | undefined, count: number) {
  if (files) expect(files.files.size).toBe(count);
}

describe('attachments', () => {
  it('stores a file with its sha256 and gives it back with its type and name', async () => {
    const { owner, ws, doc, files } = await setup();
    const bytes = new TextEncoder().encode('%PDF-1.7 bản ký số');
    const res = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form(bytes, 'Thư mừng Quốc khánh.pdf'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ filename: 'Thư mừng Quốc khánh.pdf', size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), contentType: 'application/pdf' });
    expectStored(files, 1);

    const shown = await owner.call('GET', `${base(ws)}/${doc.id}`);
    expect(shown.body.attachments).toEqual([res.body]);

    const file = await owner.call('GET', `${base(ws)}/${doc.id}/attachments/${res.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Thu mung Quoc khanh.pdf"; filename*=UTF-8''Th%C6%B0%20m%E1%BB%ABng%20Qu%E1%BB%91c%20kh%C3%A1nh.pdf`,
    );
    expect([...file.bytes]).toEqual([...bytes]);

    const audit = await owner.call('GET', `/api/w/${ws}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'attachment.create', entity: 'document', entityId: doc.id });
  });

  it('keeps files of any type, but only as downloads', async () => {
    const { owner, ws, doc } = await setup();
    const res = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('<script>alert(1)</script>', 'trang.html', 'text/html'));
    const file = await owner.call('GET', `${base(ws)}/${doc.id}/attachments/${res.body.id}`);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    const odd = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('x', 'scan.bin', 'not a type'));
    expect(odd.body.contentType).toBe('application/octet-stream');
  });

  it('accepts exactly 20 MB and refuses more (413), storing nothing', async () => {
    const { owner, ws, doc, files } = await setup();
    const limit = 20 * 1024 * 1024;
    const big = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form(new Uint8Array(limit + 1), 'scan.pdf'));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('too_large');
    const huge = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form(new Uint8Array(limit + 200_000), 'scan.pdf'));
    expect(huge.status).toBe(413);
    expectStored(files, 0);
    expect((await owner.call('GET', `${base(ws)}/${doc.id}`)).body.attachments).toEqual([]);
    const exact = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form(new Uint8Array(limit), 'scan.pdf'));
    expect(exact.status).toBe(201);
    expect(exact.body.size).toBe(limit);
  });

  it('refuses an empty file, a missing file and a body that is not multipart', async () => {
    const { owner, ws, doc, files } = await setup();
    const empty = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form(new Uint8Array(0), 'trống.pdf'));
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ path: 'file', code: 'file_empty' });
    const none = new FormData();
    none.set('other', 'x');
    const missing = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, none);
    expect(missing.body.errors[0]).toMatchObject({ path: 'file', code: 'file_required' });
    const text = new FormData();
    text.set('file', 'not a file');
    expect((await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, text)).status).toBe(422);
    expect((await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, { file: 'x' })).status).toBe(400);
    expectStored(files, 0);
  });

  it('refuses file names with path characters, storing nothing', async () => {
    const { owner, ws, doc, files } = await setup();
    // Control characters are checked in the unit test below: how FormData encodes them in a
    // multipart header differs between runtimes (workerd percent-encodes a newline).
    for (const name of ['../../etc/passwd', 'a/b.pdf', 'a\\b.pdf', '..', '   ']) {
      const res = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('x', name));
      expect(res.status, name).toBe(422);
      expect(res.body.errors[0].code, name).toBe('filename_invalid');
    }
    expectStored(files, 0);
    expect((await owner.call('GET', `${base(ws)}/${doc.id}`)).body.attachments).toEqual([]);
  });

  onNode('leaves nothing behind when the store fails', async () => {
    const { owner, ws, doc, files } = await setup();
    files!.failNextPut = true;
    const res = await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('x', 'scan.pdf'));
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('storage_unavailable');
    expectStored(files, 0);
    expect((await owner.call('GET', `${base(ws)}/${doc.id}`)).body.attachments).toEqual([]);
  });

  it('deletes an attachment and its file explicitly; a void document keeps its files', async () => {
    const { t, owner, ws, doc, files } = await setup();
    const a = (await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('một', 'a.pdf'))).body;
    const b = (await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('hai', 'b.pdf'))).body;
    const viewer = await t.user();
    await t.grant(owner, ws, viewer, 'viewer');
    expect((await viewer.call('DELETE', `${base(ws)}/${doc.id}/attachments/${a.id}`)).status).toBe(403);
    expect((await viewer.call('POST', `${base(ws)}/${doc.id}/attachments`, form('x', 'x.pdf'))).status).toBe(403);
    expect((await viewer.call('GET', `${base(ws)}/${doc.id}/attachments/${a.id}`)).status).toBe(200);

    expect((await owner.call('DELETE', `${base(ws)}/${doc.id}/attachments/${a.id}`)).status).toBe(204);
    expectStored(files, 1);
    expect((await owner.call('GET', `${base(ws)}/${doc.id}/attachments/${a.id}`)).status).toBe(404);

    await owner.call('POST', `${base(ws)}/${doc.id}/void`);
    expect((await owner.call('DELETE', `${base(ws)}/${doc.id}/attachments/${b.id}`)).status).toBe(409);
    expect((await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('ba', 'c.pdf'))).status).toBe(409);
    const kept = await owner.call('GET', `${base(ws)}/${doc.id}/attachments/${b.id}`);
    expect(new TextDecoder().decode(kept.bytes)).toBe('hai');
    expectStored(files, 1);
  });

  it('finds an attachment only under its own document', async () => {
    const { owner, ws, doc } = await setup();
    const other = (await owner.call('POST', base(ws), { direction: 'in', sender: 'VUFO', subject: 'Khác' })).body;
    const a = (await owner.call('POST', `${base(ws)}/${doc.id}/attachments`, form('x', 'a.pdf'))).body;
    expect((await owner.call('GET', `${base(ws)}/${other.id}/attachments/${a.id}`)).status).toBe(404);
    expect((await owner.call('DELETE', `${base(ws)}/${other.id}/attachments/${a.id}`)).status).toBe(404);
    expect((await owner.call('POST', `${base(ws)}/nosuchdoc/attachments`, form('x', 'a.pdf'))).status).toBe(404);
  });

  it('hides the files of classified documents from editors and viewers', async () => {
    const { t, owner, ws } = await setup();
    const secret = (await owner.call('POST', base(ws), { direction: 'in', sender: 'Bộ Ngoại giao', subject: 'Mật', classification: 'confidential' })).body;
    const a = (await owner.call('POST', `${base(ws)}/${secret.id}/attachments`, form('mật', 'mat.pdf'))).body;
    const editor = await t.user();
    await t.grant(owner, ws, editor, 'editor');
    expect((await editor.call('GET', `${base(ws)}/${secret.id}/attachments/${a.id}`)).status).toBe(404);
    expect((await editor.call('POST', `${base(ws)}/${secret.id}/attachments`, form('x', 'x.pdf'))).status).toBe(404);
    expect((await editor.call('DELETE', `${base(ws)}/${secret.id}/attachments/${a.id}`)).status).toBe(404);
  });
});

describe('file names', () => {
  it('keeps Vietnamese names, refuses paths', () => {
    expect(checkFilename('Báo cáo tổng kết 2026.pdf')).toBe('Báo cáo tổng kết 2026.pdf');
    expect(checkFilename('Ba\u0301o ca\u0301o.pdf')).toBe('Báo cáo.pdf');
    expect(checkFilename('v1.2.pdf')).toBe('v1.2.pdf');
    for (const bad of ['', ' ', '../a', 'a/b', 'a\\b', 'a..b', '\u0007x', 'x\u007f', 'bad\u0000name.pdf', 'line\nbreak.pdf', 'x'.repeat(256)]) expect(checkFilename(bad)).toBeNull();
  });

  it('writes RFC 6266 dispositions with an ASCII fallback', () => {
    expect(contentDisposition('Đơn "xin" (1).pdf')).toBe(`attachment; filename="Don _xin_ (1).pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%22xin%22%20%281%29.pdf`);
    expect(contentDisposition("it's.txt")).toBe(`attachment; filename="it's.txt"; filename*=UTF-8''it%27s.txt`);
  });
});
