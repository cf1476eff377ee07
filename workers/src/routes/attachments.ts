import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { attachments } from '../../../db/tenant/schema';
import { attachmentSchema, maxAttachmentBytes } from '../../../shared/correspondence';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { auditInsert } from '../services/audit';
import { attachmentInfo } from '../services/correspondence';
import { sha256Bytes, storageKey } from '../services/files';
import { newId } from '../services/ids';
import { now } from '../services/clock';
import { editableDocument, fieldsInvalid, idParams, notVoid, visibleDocument } from './correspondence-shared';
import { jsonAnswer, noContent, problems, router } from './openapi';

/**
 * /api/w/:ws/correspondence/:id/attachments — the scanned or signed files of a document, kept
 * in the FileStore. Uploading stores the file first and records it second, removing the file
 * again if the record fails, so neither a row without a file nor an unrecorded file is left.
 * Documents are never deleted (only voided), so their files stay until an attachment itself is
 * deleted, explicitly and audited.
 */
export const attachmentRoutes = router();

const tags = ['Correspondence'];
const tooLarge = () => new ApiError(413, 'too_large', 'An attachment can be at most 20 MB.');

const uploadPath = /^\/api\/w\/[^/]+\/correspondence\/[^/]+\/attachments\/?$/;
/** True for an upload, which may be larger than the JSON limit. */
export const isAttachmentUpload = (req: { method: string; path: string }) => req.method === 'POST' && uploadPath.test(req.path);
/** The body limit of an upload: the file plus room for the multipart framing (the file itself is checked exactly). */
export const attachmentBodyLimit = maxAttachmentBytes + 64 * 1024;

/** A name to show and download under; refused when it could be read as a path. */
export function checkFilename(name: string): string | null {
  const n = name.normalize('NFC').trim();
  if (!n || n.length > 255 || n.includes('..') || /[/\\\p{Cc}]/u.test(n)) return null;
  return n;
}

const mediaType = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
const contentTypeOf = (file: File) => {
  const type = file.type.split(';')[0].trim().toLowerCase();
  return mediaType.test(type) ? type : 'application/octet-stream';
};

/**
 * `attachment` with an ASCII fallback name and the exact UTF-8 name as RFC 5987/6266
 * `filename*`, so "Thư mừng Quốc khánh.pdf" arrives with its diacritics.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const fileError = (code: string) => fieldsInvalid({ path: 'file', code });

async function readUpload(c: Context<AppEnv>): Promise<File> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'malformed', 'Send the file as multipart/form-data in a field named "file".');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw fileError('file_required');
  if (file.size > maxAttachmentBytes) throw tooLarge();
  if (file.size === 0) throw fileError('file_empty');
  return file;
}

attachmentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/correspondence/{id}/attachments',
    tags,
    description: 'Attaches a file (multipart field `file`, at most 20 MB). Names with path characters are refused.',
    middleware: [requireRole('editor')],
    request: {
      params: idParams,
      body: {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } },
      },
    },
    responses: {
      201: jsonAnswer(attachmentSchema, 'Stored'),
      400: problems[400],
      401: problems[401],
      403: problems[403],
      404: problems[404],
      409: problems[409],
      413: { description: 'Larger than 20 MB', content: problems[422].content },
      422: problems[422],
    },
  }),
  async (c) => {
    const db = c.get('db');
    const user = requireUser(c);
    const doc = await editableDocument(c, c.req.valid('param').id);
    const file = await readUpload(c);
    const filename = checkFilename(file.name);
    if (!filename) throw fileError('filename_invalid');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const id = newId();
    const key = storageKey(c.get('workspace').id, id);
    const contentType = contentTypeOf(file);
    const row = { id, documentId: doc.id, filename, contentType, size: bytes.byteLength, sha256: await sha256Bytes(bytes), storageKey: key, createdBy: user.id, createdAt: now(c) };
    const { files } = c.get('deps');
    try {
      await files.put(key, bytes, { contentType });
    } catch (err) {
      console.error(`[${c.get('requestId')}] could not store ${key}:`, err);
      await files.delete(key).catch(() => {});
      throw new ApiError(503, 'storage_unavailable', 'The file could not be stored just now; nothing was saved. Try again in a moment.');
    }
    try {
      await db.batch([db.insert(attachments).values(row), auditInsert(db, user, { action: 'attachment.create', entity: 'document', entityId: doc.id })]);
    } catch (err) {
      await files.delete(key).catch((e) => console.error(`[${c.get('requestId')}] could not remove ${key} after a failed upload:`, e));
      throw err;
    }
    return c.json(attachmentInfo(row), 201);
  },
);

const attachmentParams = idParams.extend({ aid: z.string() });

async function findAttachment(c: Context<AppEnv>, params: z.infer<typeof attachmentParams>) {
  const doc = await visibleDocument(c, params.id);
  const [row] = await c
    .get('db')
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, params.aid), eq(attachments.documentId, doc.id)));
  if (!row) throw ApiError.notFound('attachment');
  return { doc, row };
}

attachmentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/correspondence/{id}/attachments/{aid}',
    tags,
    description: 'The file, with its content type, as a download under its original name.',
    request: { params: attachmentParams },
    responses: {
      200: { description: 'The bytes', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      401: problems[401],
      404: problems[404],
    },
  }),
  async (c) => {
    const { row } = await findAttachment(c, c.req.valid('param'));
    const stored = await c.get('deps').files.get(row.storageKey);
    if (!stored) {
      console.error(`[${c.get('requestId')}] attachment ${row.id} has no file under ${row.storageKey}`);
      throw new ApiError(404, 'file_missing', 'The stored file of this attachment is missing. This has been logged.');
    }
    return new Response(stored.body, {
      headers: {
        'content-type': row.contentType,
        'content-length': String(stored.size),
        'content-disposition': contentDisposition(row.filename),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "sandbox; default-src 'none'",
        'cache-control': 'private, no-store',
      },
    });
  },
);

attachmentRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/w/{ws}/correspondence/{id}/attachments/{aid}',
    tags,
    description: 'Removes an attachment and its file (not of a void document, whose record is closed).',
    middleware: [requireRole('editor')],
    request: { params: attachmentParams },
    responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const db = c.get('db');
    const { doc, row } = await findAttachment(c, c.req.valid('param'));
    notVoid(doc);
    await db.batch([
      db.delete(attachments).where(eq(attachments.id, row.id)),
      auditInsert(db, requireUser(c), { action: 'attachment.delete', entity: 'document', entityId: doc.id }),
    ]);
    // The record goes first: should the store fail now, what remains is an unlisted file, never a listed one without bytes.
    await c
      .get('deps')
      .files.delete(row.storageKey)
      .catch((e) => console.error(`[${c.get('requestId')}] could not remove ${row.storageKey}:`, e));
    return c.body(null, 204);
  },
);
