import { sql, type SQL } from 'drizzle-orm';
import type { TenantDb } from '../../../db';
import { events, members } from '../../../db/tenant/schema';
import { eventTypes } from '../../../shared/events';
import { indicatorNames, zeroIndicators, type IndicatorName, type Indicators } from '../../../shared/indicators';
import { aidPeriod, partnerIndicatorsOf } from '../../../shared/partner-indicators';
import { countDocuments, countDocumentsByMonth } from './correspondence';
// partners_active, agreements_signed, agreements_active, aid_committed_vnd, aid_disbursed_vnd, awards: defined in shared/partner-indicators.ts.
import { loadPartnerActivity, partnerIndicators } from './partner-indicators';

/**
 * The shared indicators of one workspace, from its own database (definitions:
 * docs/indicators.md). Every figure is an SQL aggregate, but the partners issue's six, which
 * shared/partner-indicators.ts decides from the rows; the same fragments and functions serve a
 * free date range (/stats) and the month buckets of the snapshots (services/snapshots.ts), so
 * the two can never disagree.
 */

/** Days `from`..`to`, both inclusive, 'YYYY-MM-DD' in the workspace's zone (Asia/Ho_Chi_Minh). */
export interface DateRange {
  from: string;
  to: string;
}



/**
 * Asia/Ho_Chi_Minh has kept +07:00 without daylight saving since 1975, so a local day or month
 * is a fixed shift of UTC — which SQLite can compute in an index-friendly range.
 */
const zoneOffsetSeconds = 7 * 3600;
/** The instant (ms) local midnight of `date` begins. */
export const dayStart = (date: string) => Date.parse(`${date}T00:00:00+07:00`);
/** The day after `date`. */
export const nextDay = (date: string) => new Date(dayStart(date) + 86_400_000 + zoneOffsetSeconds * 1000).toISOString().slice(0, 10);

/** A member's join day: `joinedOn`, else the local day the record was created. */
const joinDay = sql`COALESCE(NULLIF(${members.joinedOn}, ''), date(${members.createdAt} / 1000 + ${zoneOffsetSeconds}, 'unixepoch'))`;
/** Delegation direction: the delegation details, else the event type. */
const direction = sql`COALESCE(json_extract(${events.delegation}, '$.direction'), CASE ${events.type} WHEN 'delegation_in' THEN 'in' WHEN 'delegation_out' THEN 'out' END)`;
const int = (expr: SQL) => sql`COALESCE(SUM(${expr}), 0)`;

/** Event figures, one aggregate per column; `bucket` groups them (a constant for one range). */
function eventColumns() {
  const byType = eventTypes.map((t) => sql`${int(sql`${events.type} = ${t}`)} AS ${sql.identifier(`events_${t}`)}`);
  return sql.join(
    [
      sql`COUNT(*) AS "events"`,
      ...byType,
      sql`${int(sql`COALESCE(${events.participants}, 0)`)} AS "participants"`,
      sql`${int(sql`${direction} = 'in'`)} AS "delegations_in"`,
      sql`${int(sql`CASE WHEN ${direction} = 'in' THEN COALESCE(json_extract(${events.delegation}, '$.size'), 0) ELSE 0 END`)} AS "delegations_in_people"`,
      sql`${int(sql`${direction} = 'out'`)} AS "delegations_out"`,
      sql`${int(sql`CASE WHEN ${direction} = 'out' THEN COALESCE(json_extract(${events.delegation}, '$.size'), 0) ELSE 0 END`)} AS "delegations_out_people"`,
      sql`${int(sql`${events.type} = 'seminar'`)} AS "seminars"`,
      sql`${int(sql`COALESCE(${events.connectionPoints}, 0)`)} AS "connection_points"`,
      sql`${int(sql`COALESCE(json_extract(${events.outcomes}, '$.fundsRaisedVnd'), 0)`)} AS "funds_raised_vnd"`,
    ],
    sql`, `,
  );
}
const eventNames: IndicatorName[] = ['events', ...eventTypes.map((t) => `events_${t}` as const), 'participants', 'delegations_in', 'delegations_in_people', 'delegations_out', 'delegations_out_people', 'seminars', 'connection_points', 'funds_raised_vnd'];

/** The month (local) an event belongs to: its (first) start. */
const eventMonth = sql`strftime('%Y-%m', ${events.startsAt} / 1000 + ${zoneOffsetSeconds}, 'unixepoch')`;

async function eventFigures(db: TenantDb, range: DateRange, byMonth: boolean) {
  const rows = await db.all<Record<string, number | string>>(sql`
    SELECT ${byMonth ? eventMonth : sql`''`} AS "bucket", ${eventColumns()}
    FROM ${events}
    WHERE ${events.startsAt} >= ${dayStart(range.from)} AND ${events.startsAt} < ${dayStart(nextDay(range.to))}
    GROUP BY 1`);
  return rows;
}

/** The workspace's indicators for the days `range.from`..`range.to`. */
export async function computeIndicators(db: TenantDb, range: DateRange): Promise<Indicators> {
  const [memberRows, eventRows, documentCounts, partner] = await Promise.all([
    db.all<{ active: number; fresh: number }>(sql`
      SELECT ${int(sql`${members.status} = 'active' AND ${joinDay} <= ${range.to}`)} AS "active",
             ${int(sql`${members.status} <> 'archived' AND ${joinDay} BETWEEN ${range.from} AND ${range.to}`)} AS "fresh"
      FROM ${members}`),
    eventFigures(db, range, false),
    countDocuments(db, range),
    partnerIndicators(db, range),
  ]);
  const out = zeroIndicators();
  out.members_active = Number(memberRows[0]?.active ?? 0);
  out.members_new = Number(memberRows[0]?.fresh ?? 0);
  for (const name of eventNames) out[name] = Number(eventRows[0]?.[name] ?? 0);
  return { ...out, ...documentCounts, ...partner };
}

const monthOf = (date: string) => date.slice(0, 7);
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
/** Every month from `first` to `last`, 'YYYY-MM'. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return out;
    out.push(month);
    if (++m > 12) (m = 1), y++;
  }
}

/**
 * The indicators of each month from the first month with data to the later of
 * `currentMonth` and the last month with data: one grouped query each for members, events and
 * documents; partner figures decided per month from their rows, read once. Stock indicators (members_active, …) are the value at
 * the month's end, as `computeIndicators` gives it for a range ending that day.
 */
export async function computeMonthly(db: TenantDb, currentMonth: string): Promise<Map<string, Indicators>> {
  const [memberRows, bounds, partnerActivity] = await Promise.all([
    db.all<{ month: string; active: number; fresh: number }>(sql`
      SELECT substr(${joinDay}, 1, 7) AS "month", ${int(sql`${members.status} = 'active'`)} AS "active", ${int(sql`${members.status} <> 'archived'`)} AS "fresh"
      FROM ${members} GROUP BY 1 ORDER BY 1`),
    db.all<{ first: string | null; last: string | null }>(sql`
      SELECT MIN(m) AS "first", MAX(m) AS "last" FROM (
        SELECT strftime('%Y-%m', MIN(${events.startsAt}) / 1000 + ${zoneOffsetSeconds}, 'unixepoch') AS m FROM ${events}
        UNION ALL SELECT strftime('%Y-%m', MAX(${events.startsAt}) / 1000 + ${zoneOffsetSeconds}, 'unixepoch') FROM ${events}
        UNION ALL SELECT substr(MIN(registered_on), 1, 7) FROM documents WHERE status <> 'void'
        UNION ALL SELECT substr(MAX(registered_on), 1, 7) FROM documents WHERE status <> 'void'
      ) WHERE m IS NOT NULL`),
    loadPartnerActivity(db),
  ]);
  const memberMonths = memberRows.filter((r) => r.month && Number(r.fresh) > 0).map((r) => r.month);
  const partnerDays = [...partnerActivity.agreements.map((a) => a.signedOn), ...partnerActivity.aid.map((a) => aidPeriod(a).from), ...partnerActivity.awards.map((a) => a.decidedOn)];
  const candidates = [currentMonth, ...memberMonths, bounds[0]?.first, bounds[0]?.last, ...partnerDays.map((d) => d.slice(0, 7))].filter((m): m is string => !!m);
  const first = candidates.reduce((a, b) => (a < b ? a : b));
  const last = candidates.reduce((a, b) => (a > b ? a : b));
  const months = monthsBetween(first, last);
  const out = new Map(months.map((m) => [m, zeroIndicators()]));
  if (!months.length) return out;

  // members: new per month, active = running total of (still active) members joined by then.
  let active = 0;
  const joined = new Map(memberRows.map((r) => [r.month, r]));
  for (const r of memberRows) if (r.month && r.month < first) active += Number(r.active);
  for (const m of months) {
    const r = joined.get(m);
    active += Number(r?.active ?? 0);
    const figures = out.get(m)!;
    figures.members_active = active;
    figures.members_new = Number(r?.fresh ?? 0);
  }

  const range = { from: `${first}-01`, to: lastDay(last) };
  // Partner rows are read once and each month decided from them in memory.
  const [eventRows, documentCounts] = await Promise.all([eventFigures(db, range, true), countDocumentsByMonth(db, range)]);
  for (const r of eventRows) {
    const figures = out.get(String(r.bucket));
    if (figures) for (const name of eventNames) figures[name] = Number(r[name] ?? 0);
  }
  for (const m of months) Object.assign(out.get(m)!, documentCounts.get(m), partnerIndicatorsOf(partnerActivity, { from: `${m}-01`, to: lastDay(m) }));
  return out;
}

export { indicatorNames, monthOf, lastDay };
