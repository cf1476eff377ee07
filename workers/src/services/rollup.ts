import { sql, type SQL } from 'drizzle-orm';
import type { CatalogDb } from '../../../db';
import { countryName } from '../../../shared/countries';
import { flowIndicators as flows, indicatorNames, stockIndicators as stocks, toDate, type Indicators, type RollupGrouping } from '../../../shared/indicators';

/**
 * A union's figures over its approved affiliation subtree, read from the monthly snapshots in
 * ONE catalog query: a recursive CTE walks approved affiliations from the workspace down (every
 * level; pending and rejected children and everything below them are left out; the workspace
 * itself is included — a union's own activities count too), reads two snapshot rows of each
 * workspace, and sums. Flow indicators add the months from..to; stock indicators take each
 * workspace's last month up to `toMonth` (its value at the end of the range). Totals and groups
 * come from the same statement (UNION ALL), so they can never be read at different moments.
 */

export interface RollupQuery {
  rootId: string;
  /** Whole months, 'YYYY-MM', inclusive. */
  fromMonth: string;
  toMonth: string;
  groupBy: RollupGrouping;
  /** Drill-down: only this group, its workspaces as rows. */
  group?: string;
  /** Which year's clusters `groupBy=cluster` uses. */
  clusterYear: number;
}

export interface RollupGroup {
  key: string;
  label: string;
  indicators: Indicators;
  /** How many workspaces contributed. */
  workspaces: number;
}

export interface RollupResult {
  totals: { indicators: Indicators; workspaces: number };
  groups: RollupGroup[];
  /** The oldest computedAt among the snapshots used; null when there were none. */
  asOf: string | null;
}

const kindLabels: Record<string, string> = { union: 'Liên hiệp', association: 'Hội hữu nghị', branch: 'Chi hội' };
const col = (name: string) => sql.identifier(name);
/** The columns of the query's rows, in order (`indicatorsOf` reads them by position). */
const fields = ['total', 'key', 'label', 'workspaces', 'as_of', ...indicatorNames];

/** `SUM(<alias>.<col>) AS <col>` for every indicator. */
const sums = (alias: string) => sql.join(indicatorNames.map((n) => sql`COALESCE(SUM(${sql.raw(alias)}.${col(n)}), 0) AS ${col(n)}`), sql`, `);

/** The key and label a row is grouped by, and any join that grouping needs. */
function grouping(by: RollupGrouping): { key: SQL; label: SQL; join: SQL } {
  switch (by) {
    case 'workspace':
      return { key: sql`w.slug`, label: sql`w.name`, join: sql`` };
    case 'kind':
      return { key: sql`w.kind`, label: sql`w.kind`, join: sql`` };
    case 'country':
      return { key: sql`COALESCE(c.value, '')`, label: sql`COALESCE(c.value, '')`, join: sql`LEFT JOIN json_each(w.countries) c` };
    case 'month':
      return { key: sql`u.month`, label: sql`u.month`, join: sql`` };
    case 'cluster':
      return { key: sql`COALESCE(cl.id, '')`, label: sql`COALESCE(cl.name, '')`, join: sql`` };
  }
}

/** Rows of the drill-down group `key` of grouping `by`. */
function groupFilter(by: RollupGrouping, key: string): SQL {
  switch (by) {
    case 'workspace':
      return sql`w.slug = ${key}`;
    case 'kind':
      return sql`w.kind = ${key}`;
    case 'country':
      return key ? sql`EXISTS (SELECT 1 FROM json_each(w.countries) WHERE value = ${key})` : sql`json_array_length(w.countries) = 0`;
    case 'month':
      return sql`u.month = ${key}`;
    case 'cluster':
      return key ? sql`cl.id = ${key}` : sql`cl.id IS NULL`;
  }
}

function label(by: RollupGrouping, key: string, raw: string): string {
  if (by === 'kind') return kindLabels[key] ?? key;
  if (by === 'country') return key ? countryName(key) : 'Không gắn nước đối tác';
  if (by === 'cluster' && !key) return 'Chưa xếp cụm';
  return raw;
}

/** The indicators of a result row (they start at its sixth value); zeros without a row. */
function indicatorsOf(row: (string | number | null)[] | undefined): Indicators {
  const out = {} as Indicators;
  for (let i = 0; i < indicatorNames.length; i++) out[indicatorNames[i]] = Number(row?.[5 + i] ?? 0);
  return out;
}

export async function rollup(catalog: CatalogDb, q: RollupQuery): Promise<RollupResult> {
  const drillMonth = q.groupBy === 'month' && q.group !== undefined;
  // Rows by month (groupBy=month): each month is its own range, stocks are that month's value.
  const byMonth = q.groupBy === 'month' && q.group === undefined;
  const filtered = q.group !== undefined && !drillMonth;
  const drill = filtered ? groupFilter(q.groupBy, q.group!) : sql`1`;
  const by = q.group !== undefined ? grouping('workspace') : grouping(q.groupBy);
  const ws = sql`JOIN workspaces w ON w.id = p.workspace_id LEFT JOIN cl ON cl.workspace_id = p.workspace_id`;
  // One row per workspace of the subtree, from two of its snapshot rows, found through the
  // primary key (workspace, month) and read by rowid: `hi`, its last month up to `toMonth`
  // (stocks, and running totals of the flows), and `lo`, its last month before `fromMonth` — a
  // flow over the range is hi.<name>_to_date − lo.<name>_to_date, whatever the range's length.
  const perWorkspace = drillMonth
    ? sql`SELECT s.* FROM tree JOIN indicator_snapshots s ON s.workspace_id = tree.id AND s.month = ${q.group}`
    : sql`SELECT b.workspace_id, ${sql.join(flows.map((n) => sql`hi.${col(toDate(n))} - COALESCE(lo.${col(toDate(n))}, 0) AS ${col(n)}`), sql`, `)},
        ${sql.join(stocks.map((n) => sql`hi.${col(n)}`), sql`, `)}, MIN(hi.computed_at, COALESCE(lo.computed_at, hi.computed_at)) AS computed_at
      FROM bounds b JOIN indicator_snapshots hi ON hi.rowid = b.hi
      LEFT JOIN indicator_snapshots lo ON lo.rowid = b.lo`;
  // A row per workspace (groupBy=workspace, drill-downs): p's rows as they are, nothing to add up.
  const byWorkspace = q.group !== undefined || q.groupBy === 'workspace';
  // By month, the subtree's own monthly rows (services/subtree-totals.ts): one row per month.
  const groups = byMonth
    ? sql`SELECT 0, s.month, s.month, SUM(s.workspaces), MIN(s.computed_at), ${sums('s')}
        FROM subtree_snapshots s WHERE s.workspace_id = ${q.rootId} AND s.month BETWEEN ${q.fromMonth} AND ${q.toMonth}
        GROUP BY s.month`
    : byWorkspace
      ? sql`SELECT 0, w.slug, w.name, 1, p.computed_at, ${sql.join(indicatorNames.map((n) => sql`p.${col(n)}`), sql`, `)} FROM p ${ws} WHERE ${drill}`
      : sql`SELECT 0, ${by.key}, ${by.label}, COUNT(DISTINCT p.workspace_id), MIN(p.computed_at), ${sums('p')}
        FROM p ${ws} ${by.join} WHERE ${drill} GROUP BY 2, 3`;
  // The rows travel as ONE JSON value: the libSQL client turns each result row into an object,
  // which for the 3,000 rows of a groupBy=workspace costs ten times the query itself.
  const [packed] = await catalog.all<{ rows: string }>(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT ${q.rootId}
      UNION
      SELECT a.child_id FROM affiliations a JOIN tree ON a.parent_id = tree.id WHERE a.status = 'approved'
    ),
    bounds AS (
      SELECT * FROM (
        SELECT tree.id AS workspace_id,
          (SELECT s.rowid FROM indicator_snapshots s WHERE s.workspace_id = tree.id AND s.month <= ${q.toMonth} ORDER BY s.month DESC LIMIT 1) AS hi,
          (SELECT s.rowid FROM indicator_snapshots s WHERE s.workspace_id = tree.id AND s.month < ${q.fromMonth} ORDER BY s.month DESC LIMIT 1) AS lo
        FROM tree
      ) WHERE hi IS NOT NULL
    ),
    cl AS (
      SELECT cm.workspace_id, c.id, c.name FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id
      WHERE c.union_id = ${q.rootId} AND c.year = ${q.clusterYear}
    ),
    p AS MATERIALIZED (${perWorkspace})
    SELECT json_group_array(json_array(${sql.raw(fields.join(', '))}) ORDER BY "total" DESC, "key") AS "rows" FROM (
      SELECT 1 AS "total", NULL AS "key", NULL AS "label", COUNT(DISTINCT p.workspace_id) AS "workspaces", MIN(p.computed_at) AS "as_of", ${sums('p')}
      FROM p ${filtered ? ws : sql``} WHERE ${drill}
      UNION ALL
      SELECT * FROM (${groups})
    )`);
  // The totals row first, then the groups by key; each row [total, key, label, workspaces, as_of, ...indicators].
  const rows = JSON.parse(packed.rows) as (string | number | null)[][];
  const [totalRow, ...groupRows] = rows;
  const groupedBy = q.group !== undefined ? 'workspace' : q.groupBy;
  return {
    totals: { indicators: indicatorsOf(totalRow), workspaces: Number(totalRow?.[3] ?? 0) },
    groups: groupRows.map((r) => {
      const key = String(r[1] ?? '');
      return { key, label: label(groupedBy, key, String(r[2] ?? '')), indicators: indicatorsOf(r), workspaces: Number(r[3]) };
    }),
    asOf: totalRow?.[4] == null ? null : new Date(Number(totalRow[4])).toISOString(),
  };
}

/** The approved subtree below `rootId` (every level, the root itself left out). */
export async function approvedSubtree(catalog: CatalogDb, rootId: string): Promise<{ id: string; slug: string; name: string }[]> {
  return catalog.all(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT ${rootId}
      UNION
      SELECT a.child_id FROM affiliations a JOIN tree ON a.parent_id = tree.id WHERE a.status = 'approved'
    )
    SELECT w.id AS "id", w.slug AS "slug", w.name AS "name" FROM tree JOIN workspaces w ON w.id = tree.id WHERE tree.id <> ${rootId} ORDER BY w.slug`);
}
