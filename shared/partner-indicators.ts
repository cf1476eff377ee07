import { addDays, type AidStatus } from './partners';

/**
 * The shared indicators (DOMAIN.md) that partners, agreements, aid and awards feed — their one
 * definition. The server loads the rows (workers/src/services/partner-indicators.ts) and every
 * figure, for /stats, the monthly snapshots and anything else, is decided here from a row and a
 * range of days `from`..`to` (both included, 'YYYY-MM-DD', Vietnam time).
 */
export interface PartnerIndicators {
  partners_active: number;
  agreements_signed: number;
  agreements_active: number;
  aid_committed_vnd: number;
  aid_disbursed_vnd: number;
  awards: number;
}

export interface DayRange {
  from: string;
  to: string;
}

/** Later than any real date: an open end. */
const openEnd = '9999-12-31';

/** The day an instant falls on in Vietnam (UTC+7 all year since 1975, no daylight saving). */
export const vietnamDay = (at: Date | number) => new Date(new Date(at).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
/** The instant (ms) the Vietnam day `date` begins. */
const vietnamMidnight = (date: string) => Date.parse(`${date}T00:00:00+07:00`);

const overlaps = (start: string, end: string, r: DayRange) => start <= r.to && end >= r.from;

// ── Agreements ──

export interface AgreementDates {
  signedOn: string;
  validFrom: string;
  /** The last valid day; null = open-ended. */
  validTo: string | null;
}

/** `agreements_signed`: the agreement was signed on a day of the range. */
export const signedIn = (a: AgreementDates, r: DayRange) => a.signedOn >= r.from && a.signedOn <= r.to;

/** `agreements_active`: valid on at least one day of the range, whatever its status today. */
export const validIn = (a: AgreementDates, r: DayRange) => overlaps(a.validFrom, a.validTo ?? openEnd, r);

// ── Aid ──

export interface AidFacts {
  status: AidStatus;
  committedVnd: number;
  disbursedVnd: number;
  startsOn: string | null;
  endsOn: string | null;
  /** When the project was entered: its start when `startsOn` is blank. */
  createdAt: Date;
}

/**
 * An aid project's period: from `startsOn` (else the Vietnam day it was entered) to `endsOn`.
 * Without `endsOn`, a completed or cancelled project is taken to have ended the day it started,
 * a planned or ongoing one to run on.
 */
export function aidPeriod(a: AidFacts): { from: string; to: string } {
  const from = a.startsOn ?? vietnamDay(a.createdAt);
  const to = a.endsOn ?? (a.status === 'completed' || a.status === 'cancelled' ? from : openEnd);
  return { from, to };
}

/**
 * What an aid project adds to `aid_committed_vnd` and `aid_disbursed_vnd` for the range: when its
 * period overlaps the range, its values in full (there are no dated disbursements to pro-rate),
 * so a project running over two years counts in both and sums over consecutive ranges can exceed
 * its total. A cancelled project commits nothing; what it disbursed before cancellation counts.
 */
export function aidCounted(a: AidFacts, r: DayRange): { committedVnd: number; disbursedVnd: number } {
  if (!aidRunsIn(a, r)) return { committedVnd: 0, disbursedVnd: 0 };
  return { committedVnd: a.status === 'cancelled' ? 0 : a.committedVnd, disbursedVnd: a.disbursedVnd };
}

/** The project's period overlaps the range. */
export function aidRunsIn(a: AidFacts, r: DayRange): boolean {
  const p = aidPeriod(a);
  return overlaps(p.from, p.to, r);
}

/** Whether the donor counts as active through this project: it overlaps the range and is not cancelled. */
export const aidActiveIn = (a: AidFacts, r: DayRange) => a.status !== 'cancelled' && aidRunsIn(a, r);

// ── Awards, events ──

/** `awards`: the award decision is dated on a day of the range. */
export const decidedIn = (w: { decidedOn: string }, r: DayRange) => w.decidedOn >= r.from && w.decidedOn <= r.to;

/** An event's whole span (a series: first start to last end), as instants. */
export interface EventSpan {
  startsAt: Date;
  lastEndsAt: Date;
}

/** The event's span overlaps the range (an event ending exactly at the range's first midnight does not). */
export const heldIn = (e: EventSpan, r: DayRange) => e.startsAt.getTime() < vietnamMidnight(addDays(r.to, 1)) && e.lastEndsAt.getTime() > vietnamMidnight(r.from);

// ── All six ──

/** Everything the six figures are computed from. */
export interface PartnerActivity {
  /** The ids of the workspace's partners: only these count in `partners_active`. */
  partnerIds: string[];
  agreements: (AgreementDates & { partnerIds: string[] })[];
  aid: (AidFacts & { donorPartnerId: string })[];
  awards: { decidedOn: string }[];
  /** Events that name partners (`partnerIds`). */
  events: (EventSpan & { partnerIds: string[] })[];
}

/**
 * The six indicators for the range. `partners_active`: partners with any of these in it: an
 * agreement they are party to (signed in it, or valid on a day of it), an aid project they give
 * that overlaps it and is not cancelled, or an event naming them whose span overlaps it.
 */
export function partnerIndicatorsOf(data: PartnerActivity, r: DayRange): PartnerIndicators {
  const out: PartnerIndicators = { partners_active: 0, agreements_signed: 0, agreements_active: 0, aid_committed_vnd: 0, aid_disbursed_vnd: 0, awards: 0 };
  const active = new Set<string>();
  for (const a of data.agreements) {
    const signed = signedIn(a, r);
    const valid = validIn(a, r);
    if (signed) out.agreements_signed++;
    if (valid) out.agreements_active++;
    if (signed || valid) for (const id of a.partnerIds) active.add(id);
  }
  for (const a of data.aid) {
    const counted = aidCounted(a, r);
    out.aid_committed_vnd += counted.committedVnd;
    out.aid_disbursed_vnd += counted.disbursedVnd;
    if (aidActiveIn(a, r)) active.add(a.donorPartnerId);
  }
  for (const e of data.events) if (heldIn(e, r)) for (const id of e.partnerIds) active.add(id);
  out.awards = data.awards.filter((w) => decidedIn(w, r)).length;
  out.partners_active = data.partnerIds.filter((id) => active.has(id)).length;
  return out;
}
