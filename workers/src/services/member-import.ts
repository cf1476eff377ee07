import { inArray } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { members } from '../../../db/tenant/schema';
import { CsvError, parseCsv, unneutralise, type CsvRow } from '../../../shared/csv';
import { cellValue, columnFor, type ImportCounts, type MemberColumn } from '../../../shared/member-csv';
import { memberPatch, type MemberPatch } from '../../../shared/members';
import type { CurrentUser } from '../env';
import { ApiError, fieldErrors } from '../errors';
import { auditStatements } from './audit';
import { insertStatements, runBatch } from './batch';
import { newIds } from './ids';
import { applyPatch, dataOf, memberRow, newMemberData, sameData, type MemberData, type MemberRow } from './members';

const maxErrors = 100;
/** Rows per multi-row statement: 24 columns × 400 stays well under SQLite's 32,766 variables. */
const rowsPerStatement = 400;

type FieldError = { path: string; message: string; code?: string };

export interface ImportResult extends ImportCounts {
  /** The first rows as they would be written. */
  preview: { row: number; action: 'create' | 'update' | 'unchanged'; member: MemberData & { id: string | null } }[];
}

interface Planned {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  id: string;
  data: MemberData;
  existing?: MemberRow;
}

const failed = (errors: FieldError[], total: number) => {
  const rows = new Set(errors.map((e) => e.path.split(':')[0])).size;
  const shown = errors.slice(0, maxErrors);
  if (total > shown.length) shown.push({ path: 'file', message: `… and ${total - shown.length} more problems.`, code: 'more_errors' });
  return new ApiError(422, 'import_invalid', `The file has ${total} problem${total === 1 ? '' : 's'} in ${rows}${total > maxErrors ? '+' : ''} row${rows === 1 ? '' : 's'}; nothing was imported.`, shown);
};

/** The bytes of an upload as text: UTF-8 only (a BOM is allowed and dropped). */
export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const message = 'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)".';
    throw new ApiError(422, 'csv_encoding', message, [{ path: 'file', message, code: 'csv_encoding' }]);
  }
}

/** Header row → the field of each column (null for columns that are not read). */
function readHeader(header: CsvRow, errors: FieldError[]) {
  const columns = header.cells.map((h) => columnFor(unneutralise(h)) ?? null);
  const seen = new Map<MemberColumn, string>();
  header.cells.forEach((h, j) => {
    const field = columns[j];
    if (!field) return;
    if (seen.has(field)) errors.push({ path: `row 1: ${field}`, message: `Two columns are both ${field}: "${seen.get(field)}" and "${h}".`, code: 'csv_column_twice' });
    seen.set(field, h);
  });
  if (!seen.has('fullName') && !seen.has('id') && !seen.has('email')) {
    errors.push({ path: 'row 1: fullName', message: 'The first row must name the columns, with at least "Họ và tên" (fullName).', code: 'csv_no_name_column' });
  }
  const ignoredColumns = header.cells.filter((h, j) => !columns[j] && h.trim());
  return { columns, ignoredColumns };
}

/** Each data row as a validated patch, plus problems named by row and field. */
function readRows(rows: CsvRow[], columns: (MemberColumn | null)[], errors: FieldError[]) {
  const width = columns.length;
  const out: { row: number; id: string; patch: MemberPatch }[] = [];
  for (const { row, cells } of rows) {
    if (cells.every((c) => !c.trim())) continue;
    if (cells.length < width || cells.slice(width).some((c) => c.trim())) {
      errors.push({ path: `row ${row}`, message: `This row has ${cells.length} cells; the header has ${width}. A cell that holds a comma or semicolon needs quotes around it.`, code: 'csv_ragged' });
      continue;
    }
    const input: Record<string, unknown> = {};
    let id = '';
    columns.forEach((field, j) => {
      if (field === 'id') id = unneutralise(cells[j]).trim();
      else if (field) input[field] = cellValue(field, unneutralise(cells[j]));
    });
    const parsed = memberPatch.safeParse(input);
    if (!parsed.success) {
      for (const e of fieldErrors(parsed.error)) errors.push({ ...e, path: `row ${row}: ${e.path}` });
      continue;
    }
    out.push({ row, id, patch: parsed.data });
  }
  return out;
}

/** The members the file's ids and e-mails name, in one round trip. */
async function existing(db: TenantDb, ids: string[], emails: string[]) {
  const chunk = 1000;
  const queries = [];
  for (let i = 0; i < ids.length; i += chunk) queries.push(db.select().from(members).where(inArray(members.id, ids.slice(i, i + chunk))));
  for (let i = 0; i < emails.length; i += chunk) queries.push(db.select().from(members).where(inArray(members.email, emails.slice(i, i + chunk))));
  const found = (await runBatch(db, queries)) as MemberRow[][];
  const byId = new Map<string, MemberRow>();
  const byEmail = new Map<string, MemberRow>();
  for (const m of found.flat()) {
    byId.set(m.id, m);
    if (m.email) byEmail.set(m.email, m);
  }
  return { byId, byEmail };
}

/** What each row does: matched by id, else by e-mail, else a new member. */
async function plan(db: TenantDb, rows: ReturnType<typeof readRows>, errors: FieldError[]): Promise<Planned[]> {
  const emailRow = new Map<string, number>();
  const idRow = new Map<string, number>();
  const repeated = new Set<number>();
  for (const { row, id, patch } of rows) {
    if (patch.email && emailRow.has(patch.email)) {
      errors.push({ path: `row ${row}: email`, message: `${patch.email} is also in row ${emailRow.get(patch.email)}.`, code: 'csv_duplicate' });
      repeated.add(row);
    } else if (patch.email) emailRow.set(patch.email, row);
    if (id && idRow.has(id)) {
      errors.push({ path: `row ${row}: id`, message: `Id ${id} is also in row ${idRow.get(id)}.`, code: 'csv_duplicate' });
      repeated.add(row);
    } else if (id) idRow.set(id, row);
  }
  const { byId, byEmail } = await existing(db, [...idRow.keys()], [...emailRow.keys()]);
  const targetRow = new Map<string, number>();
  const planned: Planned[] = [];
  for (const { row, id, patch } of rows.filter((r) => !repeated.has(r.row))) {
    const matchedById = id ? byId.get(id) : undefined;
    const owner = patch.email ? byEmail.get(patch.email) : undefined;
    if (matchedById && owner && owner.id !== matchedById.id) {
      errors.push({ path: `row ${row}: email`, message: `${patch.email} belongs to another member, ${owner.fullName}.`, code: 'email_taken' });
      continue;
    }
    const target = matchedById ?? owner;
    if (!target) {
      if (!patch.fullName) errors.push({ path: `row ${row}: fullName`, message: 'A new member needs a full name.', code: 'required' });
      else planned.push({ row, action: 'create', id: '', data: newMemberData({ ...patch, fullName: patch.fullName }) });
      continue;
    }
    if (targetRow.has(target.id)) {
      errors.push({ path: `row ${row}: ${matchedById ? 'id' : 'email'}`, message: `Row ${targetRow.get(target.id)} already changes this member (${target.fullName}).`, code: 'csv_duplicate' });
      continue;
    }
    targetRow.set(target.id, row);
    const data = applyPatch(dataOf(target), patch);
    planned.push({ row, action: sameData(data, dataOf(target)) ? 'unchanged' : 'update', id: target.id, data, existing: target });
  }
  const created = planned.filter((p) => p.action === 'create');
  newIds(created.length).forEach((id, i) => (created[i].id = id));
  return planned;
}

/**
 * Imports a member CSV (API.md "Members"): validates every row first; any problem → 422
 * listing them by row and field, nothing written. Otherwise all creates and updates, with
 * their audit entries, go in one atomic batch of multi-row upserts.
 */
export async function importMembers(db: TenantDb, actor: CurrentUser, text: string, opts: { dryRun: boolean; now: Date }): Promise<ImportResult> {
  let rows: CsvRow[];
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw failed([{ path: `row ${e.row}`, message: e.message, code: 'csv_quote' }], 1);
    throw e;
  }
  if (rows.length < 2) throw failed([{ path: 'file', message: 'The file has no member rows below its header row.', code: 'csv_empty' }], 1);

  const errors: FieldError[] = [];
  const { columns, ignoredColumns } = readHeader(rows[0], errors);
  if (errors.length) throw failed(errors, errors.length);
  const read = readRows(rows.slice(1), columns, errors);
  const planned = await plan(db, read, errors);
  if (errors.length) throw failed(errors.sort((a, b) => parseInt(a.path.slice(4)) - parseInt(b.path.slice(4))), errors.length);

  const count = (action: Planned['action']) => planned.filter((p) => p.action === action).length;
  const result: ImportResult = {
    dryRun: opts.dryRun,
    rows: planned.length,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    ignoredColumns,
    preview: planned.slice(0, 10).map((p) => ({ row: p.row, action: p.action, member: { id: p.existing ? p.id : null, ...p.data } })),
  };
  if (opts.dryRun) return result;

  const changes = planned.filter((p) => p.action !== 'unchanged');
  const written = changes.map((p) => memberRow(p.id, p.data, p.existing?.createdAt ?? opts.now, opts.now));
  const audit = changes.map((p) => ({ action: p.action === 'create' ? 'member.create' : 'member.update', entity: 'member', entityId: p.id }));
  try {
    await db.$client.batch([...insertStatements(members, written, { perStatement: rowsPerStatement, upsert: { keep: ['createdAt'] } }), ...auditStatements(actor, audit)], 'write');
  } catch (e) {
    if (String(e).includes('UNIQUE')) throw new ApiError(409, 'conflict', 'Members were changed while the file was imported. Nothing was imported; try again.');
    throw e;
  }
  return result;
}
