import { z } from 'zod';
import { eventTypes, type EventType } from './events';
import { isoDate } from './members';

/**
 * The shared indicators (DOMAIN.md "Shared indicators"): one definition used by every
 * workspace's own figures (/stats), the monthly snapshots and every rollup. How each is counted
 * is in docs/indicators.md; the computation is workers/src/services/indicators.ts.
 *
 * Over workspaces every indicator is a SUM (a union's figure is the sum of its subtree's).
 * Over time, `flow` indicators add up month by month, while `stock` indicators (how many are
 * active) take the value at the end of the range — never the sum of months.
 */
export type EventTypeIndicator = `events_${EventType}`;

export const indicatorNames = [
  'members_active',
  'members_new',
  'events',
  ...eventTypes.map((t) => `events_${t}` as EventTypeIndicator),
  'participants',
  'delegations_in',
  'delegations_in_people',
  'delegations_out',
  'delegations_out_people',
  'seminars',
  'connection_points',
  'agreements_signed',
  'agreements_active',
  'partners_active',
  'aid_committed_vnd',
  'aid_disbursed_vnd',
  'funds_raised_vnd',
  'documents_out',
  'documents_in',
  'awards',
] as const;

export type IndicatorName = (typeof indicatorNames)[number];
export type Indicators = Record<IndicatorName, number>;

export interface IndicatorDefinition {
  vi: string;
  en: string;
  /** How workspaces combine: always a sum. */
  overWorkspaces: 'sum';
  /** How months combine: `flow` adds up, `stock` takes the value at the end of the range. */
  overTime: 'flow' | 'stock';
  unit: 'count' | 'people' | 'vnd';
}

const flow = (vi: string, en: string, unit: IndicatorDefinition['unit'] = 'count'): IndicatorDefinition => ({ vi, en, overWorkspaces: 'sum', overTime: 'flow', unit });
const stock = (vi: string, en: string): IndicatorDefinition => ({ vi, en, overWorkspaces: 'sum', overTime: 'stock', unit: 'count' });

const eventTypeNames: Record<EventType, [string, string]> = {
  delegation_in: ['Hoạt động đón đoàn vào', 'Incoming delegation events'],
  delegation_out: ['Hoạt động đoàn ra', 'Outgoing delegation events'],
  meeting: ['Gặp mặt, làm việc', 'Meetings'],
  seminar: ['Hội thảo, tọa đàm', 'Seminars'],
  anniversary: ['Kỷ niệm', 'Anniversaries'],
  festival: ['Liên hoan, giao lưu', 'Festivals'],
  campaign: ['Vận động', 'Campaigns'],
  aid: ['Viện trợ, dự án', 'Aid events'],
  training: ['Tập huấn', 'Trainings'],
  review: ['Giao ban, sơ kết, tổng kết', 'Review meetings'],
  other: ['Hoạt động khác', 'Other events'],
};

export const indicators: Record<IndicatorName, IndicatorDefinition> = {
  members_active: stock('Hội viên đang hoạt động', 'Active members'),
  members_new: flow('Hội viên mới', 'New members', 'people'),
  events: flow('Hoạt động', 'Events'),
  ...(Object.fromEntries(eventTypes.map((t) => [`events_${t}`, flow(...eventTypeNames[t])])) as Record<EventTypeIndicator, IndicatorDefinition>),
  participants: flow('Lượt người tham gia', 'Participants', 'people'),
  delegations_in: flow('Đoàn vào', 'Incoming delegations'),
  delegations_in_people: flow('Số người các đoàn vào', 'People in incoming delegations', 'people'),
  delegations_out: flow('Đoàn ra', 'Outgoing delegations'),
  delegations_out_people: flow('Số người các đoàn ra', 'People in outgoing delegations', 'people'),
  seminars: flow('Hội thảo, tọa đàm', 'Seminars'),
  connection_points: flow('Điểm cầu', 'Connection points'),
  agreements_signed: flow('Thỏa thuận được ký', 'Agreements signed'),
  agreements_active: stock('Thỏa thuận còn hiệu lực', 'Agreements in force'),
  partners_active: stock('Đối tác đang quan hệ', 'Active partners'),
  aid_committed_vnd: flow('Viện trợ cam kết (VND)', 'Aid committed (VND)', 'vnd'),
  aid_disbursed_vnd: flow('Viện trợ giải ngân (VND)', 'Aid disbursed (VND)', 'vnd'),
  funds_raised_vnd: flow('Kinh phí vận động (VND)', 'Funds raised (VND)', 'vnd'),
  documents_out: flow('Văn bản đi', 'Outgoing documents'),
  documents_in: flow('Văn bản đến', 'Incoming documents'),
  awards: flow('Khen thưởng, kỷ niệm chương', 'Awards'),
};

export const stockIndicators = indicatorNames.filter((n) => indicators[n].overTime === 'stock');
export const flowIndicators = indicatorNames.filter((n) => indicators[n].overTime === 'flow');

/** The snapshot column holding a flow indicator's running total (a range is two lookups). */
export type ToDateName = `${IndicatorName}_to_date`;
export const toDate = (name: IndicatorName): ToDateName => `${name}_to_date`;

/** Every indicator at zero. */
export function zeroIndicators(): Indicators {
  return Object.fromEntries(indicatorNames.map((n) => [n, 0])) as Indicators;
}

/** `a + b` for every indicator (over workspaces; all indicators are sums). */
export function addIndicators(a: Indicators, b: Indicators): Indicators {
  return Object.fromEntries(indicatorNames.map((n) => [n, a[n] + b[n]])) as Indicators;
}

/** Rollup groupings (API.md "Figures, rollups, reports"). */
export const rollupGroupings = ['workspace', 'kind', 'country', 'month', 'cluster'] as const;
export type RollupGrouping = (typeof rollupGroupings)[number];

const dateOrMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { message: 'date_format' });

/** `GET /stats?from=&to=`: days, inclusive; default the current year to today. */
export const statsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/**
 * `GET /rollup`: whole months (snapshots are monthly) — `from`/`to` may be 'YYYY-MM' or a day,
 * which stands for its month; default the current year up to this month.
 */
export const rollupQuery = z.object({
  from: dateOrMonth.optional(),
  to: dateOrMonth.optional(),
  groupBy: z.enum(rollupGroupings, { message: 'grouping_invalid' }).optional(),
  group: z.string().max(200, { message: 'too_long' }).optional(),
  /** Which year's clusters `groupBy=cluster` uses (default: the year of `to`). */
  year: z.coerce.number({ message: 'year_invalid' }).int({ message: 'year_invalid' }).min(1950, { message: 'year_invalid' }).max(2100, { message: 'year_invalid' }).optional(),
});

/** A cluster (Cụm thi đua) as a union defines it for a year; `workspaces` are slugs of its approved subtree. */
export const clusterInput = z.object({
  year: z.number({ message: 'year_invalid' }).int({ message: 'year_invalid' }).min(1950, { message: 'year_invalid' }).max(2100, { message: 'year_invalid' }),
  name: z.string().trim().min(1, { message: 'required' }).max(200, { message: 'too_long' }),
  workspaces: z.array(z.string().max(60)).max(1000, { message: 'too_many' }).default([]),
});
export const clusterPatch = clusterInput.omit({ year: true }).partial();
