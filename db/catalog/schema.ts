import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { flowIndicators, indicatorNames, toDate, type IndicatorName, type ToDateName } from '../../shared/indicators';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

// ── better-auth tables (names as its Drizzle adapter expects with usePlural) ──

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  locale: text('locale').notNull().default('vi'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

// ── Amity ──

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['union', 'association', 'branch'] }).notNull(),
  code: text('code').notNull(),
  countries: text('countries', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  /** Where the tenant database lives: a file name locally, a libSQL URL in the cloud. */
  databaseRef: text('database_ref').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Who has access to a workspace, and with which role. */
export const workspaceUsers = sqliteTable(
  'workspace_users',
  {
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'editor', 'viewer'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index('workspace_users_user_idx').on(t.userId)],
);

/** A child workspace's request to join a parent; one parent per child. */
export const affiliations = sqliteTable(
  'affiliations',
  {
    childId: text('child_id').primaryKey().references(() => workspaces.id, { onDelete: 'cascade' }),
    parentId: text('parent_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedBy: text('decided_by'),
  },
  (t) => [index('affiliations_parent_idx').on(t.parentId, t.status)],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['owner', 'admin', 'editor', 'viewer'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('invitations_workspace_idx').on(t.workspaceId)],
);

/** Failed sign-ins, for the rate limit (API.md: 429 after 10 failures a minute). */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sign_in_failures_key_idx').on(t.key, t.at)],
);

const indicatorColumn = () => integer().notNull().default(0);
const indicatorColumns = () => Object.fromEntries(indicatorNames.map((n) => [n, indicatorColumn()])) as Record<IndicatorName, ReturnType<typeof indicatorColumn>>;
/** `<name>_to_date`: a flow indicator's running total from the workspace's first month. */
const toDateColumns = () => Object.fromEntries(flowIndicators.map((n) => [toDate(n), indicatorColumn()])) as Record<ToDateName, ReturnType<typeof indicatorColumn>>;

/**
 * A workspace's shared indicators (shared/indicators.ts) for one calendar month 'YYYY-MM',
 * one column per indicator under its API name; stock indicators hold the value at the end of
 * the month. Written by workers/src/services/snapshots.ts, read by rollups only: a union's
 * figures never open its affiliates' databases.
 */
export const indicatorSnapshots = sqliteTable(
  'indicator_snapshots',
  {
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    ...indicatorColumns(),
    ...toDateColumns(),
    computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.month] })],
);

/**
 * The monthly indicators of a workspace's whole approved subtree (itself and its approved
 * affiliates at every level), summed: `workspaces` of them contributed, the oldest snapshot
 * computed at `computedAt`. Derived from `indicator_snapshots` (services/subtree-totals.ts) and
 * rewritten with them, so that a union's month-by-month trend reads one row per month.
 */
export const subtreeSnapshots = sqliteTable(
  'subtree_snapshots',
  {
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    workspaces: integer('workspaces').notNull(),
    ...indicatorColumns(),
    computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.month] })],
);

/** An emulation cluster (Cụm thi đua, e.g. "Cụm số 1") a union sets for one year. */
export const clusters = sqliteTable(
  'clusters',
  {
    id: text('id').primaryKey(),
    unionId: text('union_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('clusters_union_year_name_uq').on(t.unionId, t.year, t.name)],
);

/** A workspace of the union's approved subtree placed in a cluster; one cluster per union and year. */
export const clusterMembers = sqliteTable(
  'cluster_members',
  {
    clusterId: text('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.workspaceId] }), index('cluster_members_workspace_idx').on(t.workspaceId)],
);

// ── Periodic reports and their deadlines (issue 8): db/catalog/reports.ts ──
export * from './reports';

/**
 * Work a request has claimed to run a little later, by key (e.g. `snapshots:<workspace id>`):
 * on Workers, where no timer outlives its request, this is what coalesces the snapshot refreshes
 * of a burst of writes from any isolate into one (workers/src/services/debounce.ts).
 */
export const debounces = sqliteTable('debounces', {
  key: text('key').primaryKey(),
  dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
});
