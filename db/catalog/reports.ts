import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Indicators } from '../../shared/indicators';
import { users, workspaces } from './schema';

/**
 * Periodic reports to the parent (DOMAIN.md "Reporting to the parent"), re-exported by
 * schema.ts. They live in the catalog, not in the workspace's own database, because the
 * parent reads its children's submitted reports without opening their databases — the same
 * reason rollups read snapshots.
 */

const ms = (name: string) => integer(name, { mode: 'timestamp_ms' });
const now = sql`(unixepoch('subsec') * 1000)`;
const narrative = (name: string) => text(name).notNull().default('');

/** One report per workspace and period (shared/reports.ts: '2026-H1', '2026', '2023-2028'). */
export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] }).notNull().default('draft'),
    results: narrative('results'),
    limitations: narrative('limitations'),
    plans: narrative('plans'),
    proposals: narrative('proposals'),
    /** The shared indicators frozen at submission; a draft's figures are computed live. */
    figures: text('figures', { mode: 'json' }).$type<Indicators>(),
    /** The approved parent it was submitted to. */
    parentId: text('parent_id').references(() => workspaces.id, { onDelete: 'set null' }),
    submittedAt: ms('submitted_at'),
    submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ms('created_at').notNull().default(now),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('reports_workspace_period_uq').on(t.workspaceId, t.period), index('reports_parent_period_idx').on(t.parentId, t.period)],
);

/** The day a parent expects its children's reports for a period. */
export const reportDeadlines = sqliteTable(
  'report_deadlines',
  {
    unionId: text('union_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    dueOn: text('due_on').notNull(),
    updatedAt: ms('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.unionId, t.period] })],
);
