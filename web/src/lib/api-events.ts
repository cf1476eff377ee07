import type { z } from 'zod';
import type { delegation, EventFormat, EventType, outcomes, RegistrationStatus } from '../../../shared/events';

/** The shapes of the event, registration, calendar and occasion answers (API.md "Events", docs/events.md). */

export interface RegistrationCounts {
  registered: number;
  waitlisted: number;
  attended: number;
}

export type Delegation = z.infer<typeof delegation>;
export type Outcomes = z.infer<typeof outcomes>;

export interface EventView {
  id: string;
  type: EventType;
  title: string;
  titleEn: string | null;
  description: string | null;
  /** RFC 3339 with the offset of `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  rrule: string | null;
  location: string | null;
  format: EventFormat;
  connectionPoints: number | null;
  countries: string[];
  partnerIds: string[];
  organisers: string[];
  capacity: number | null;
  registrationOpen: boolean;
  participants: number | null;
  delegation: Delegation | null;
  outcomes: Outcomes | null;
  registrations?: RegistrationCounts;
  createdAt: string;
  updatedAt: string;
}

/** One occurrence of a recurring event, addressed by the local date its rule gives it. */
export interface EventOccurrence {
  occurrenceId: string;
  date: string;
  startsAt: string;
  endsAt: string;
  title: string;
  titleEn: string | null;
  location: string | null;
  cancelled: boolean;
  changed: boolean;
}

/** GET /events/:id: the event with its changed and cancelled occurrences. */
export interface EventSeries extends EventView {
  exceptions: EventOccurrence[];
}

/** An item of a ranged GET /events: an occurrence, its series' fields overlaid with its own. */
export interface ListedEvent extends EventView {
  occurrenceId?: string | null;
  date?: string;
}

export interface EventQuery {
  from?: string;
  to?: string;
  timeZone?: string;
  type?: EventType;
  country?: string;
  limit?: number;
  cursor?: string;
}

export interface Registration {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  /** Order of arrival: the waitlist is served in this order. */
  position: number;
  memberId: string | null;
  name: string;
  email: string | null;
  note: string | null;
  /** Made by the signed-in user for themselves: only then may a viewer cancel it. */
  mine: boolean;
  checkedInAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type { Occasion } from '../../../shared/events';

/** When relations with a partner country began: set by the workspace, Amity's seed date, or not known. */
export interface Relation {
  country: string;
  name: string;
  nameEn: string;
  /** 'YYYY-MM-DD' or 'YYYY'. */
  since: string | null;
  source: 'workspace' | 'default' | 'none';
}

export interface CalendarFeed {
  url: string;
  webcalUrl: string;
}

/** A member offered when registering someone for an event. */
export interface MemberChoice {
  id: string;
  fullName: string;
  email: string | null;
}

/** `?a=1&b=x` from the defined values of `params` ('' when there are none). */
export function searchOf(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
