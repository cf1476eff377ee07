import type { Context } from 'hono';
import { z } from 'zod';
import type { Classification } from '../../../shared/correspondence';
import { fieldMessages } from '../../../shared/messages';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { today } from '../services/clock';
import { documentAttachments, findDocument, seesClassified, toDocument, type DocumentRow } from '../services/correspondence';
import { wsParams } from './openapi';

/** What the correspondence, attachment and letter routes have in common. */

export const idParams = wsParams.extend({ id: z.string() });

/** Editors and viewers neither see nor make classified documents. */
export function forbidClassified(c: Context<AppEnv>, classification: Classification) {
  if (classification !== 'none' && !seesClassified(c.get('role'))) {
    throw new ApiError(403, 'forbidden', 'Only admins and owners register classified documents.');
  }
}

/** The document, or 404 — also for a classified one the caller may not see. */
export async function visibleDocument(c: Context<AppEnv>, id: string) {
  const row = await findDocument(c.get('db'), id, c.get('role'));
  if (!row) throw ApiError.notFound('document');
  return row;
}

/** A void entry is closed: no edits, replies or attachment changes. */
export function notVoid(row: DocumentRow) {
  if (row.status === 'void') throw new ApiError(409, 'document_void', 'This document is void; its entry can no longer change.');
}

/** The document for a change: visible to the caller and not void. */
export async function editableDocument(c: Context<AppEnv>, id: string) {
  const row = await visibleDocument(c, id);
  notVoid(row);
  return row;
}

/** The document as GET /correspondence/:id shows it, with its attachments. */
export async function documentView(c: Context<AppEnv>, id: string) {
  const row = await visibleDocument(c, id);
  return toDocument(row, today(c), await documentAttachments(c.get('db'), row.id));
}

export interface FieldIssue {
  path: string;
  code: string;
}

/** 422 with field errors named by shared/messages.ts keys. */
export function fieldsInvalid(...issues: FieldIssue[]): ApiError {
  return new ApiError(
    422,
    'validation_failed',
    'Some fields are not valid.',
    issues.map((i) => ({ path: i.path, message: fieldMessages[i.code] ?? i.code, code: i.code })),
  );
}
