import type { TenantDb } from '../../../db';
import { members } from '../../../db/tenant/schema';
import { csvLine, neutralise } from '../../../shared/csv';
import { cellText, header, memberColumns } from '../../../shared/member-csv';
import type { MemberFilters } from '../../../shared/members';
import { memberOrder, memberWhere } from './member-search';

/**
 * The members a list with these filters shows, as CSV that Excel opens correctly: UTF-8 with a
 * BOM, CRLF line ends, the columns the import reads (field names, or Vietnamese headers and
 * labels with `lang: 'vi'`), every cell neutralised against formula injection.
 */
export async function exportMembers(db: TenantDb, filters: MemberFilters, lang: 'en' | 'vi'): Promise<string> {
  const rows = await db.select().from(members).where(memberWhere(filters)).orderBy(...memberOrder);
  const lines = [csvLine(memberColumns.map((c) => header(c.field, lang)))];
  for (const row of rows) {
    lines.push(csvLine(memberColumns.map((c) => neutralise(cellText(c.field, row[c.field], lang)))));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
