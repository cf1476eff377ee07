import { z } from 'zod';
import { delegation, outcomes, registrationStatuses } from '../../../shared/events';
import { fieldMessages } from '../../../shared/messages';
import { ApiError } from '../errors';
import { wsParams } from './openapi';

/** Answer shapes of the event routes (API.md "Events"), for the OpenAPI document. */

export const eventParams = wsParams.extend({ id: z.string() });
export const occurrenceParams = eventParams.extend({ date: z.string() });
export const registrationParams = eventParams.extend({ rid: z.string() });

const counts = z.object({ registered: z.number(), waitlisted: z.number(), attended: z.number() });

export const eventOut = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  rrule: z.string().nullable(),
  location: z.string().nullable(),
  format: z.string(),
  connectionPoints: z.number().nullable(),
  countries: z.array(z.string()),
  partnerIds: z.array(z.string()),
  organisers: z.array(z.string()),
  capacity: z.number().nullable(),
  registrationOpen: z.boolean(),
  participants: z.number().nullable(),
  delegation: delegation.nullable(),
  outcomes: outcomes.nullable(),
  registrations: counts.optional().describe('Registrations by status (seats taken = registered + attended)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const occurrenceOut = z.object({
  occurrenceId: z.string().describe('<eventId>:<YYYYMMDD>'),
  date: z.string().describe('Local date the series rule gives this occurrence (YYYY-MM-DD)'),
  startsAt: z.string(),
  endsAt: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  location: z.string().nullable(),
  cancelled: z.boolean(),
  changed: z.boolean(),
});

export const seriesOut = eventOut.extend({ exceptions: z.array(occurrenceOut).describe('Changed or cancelled occurrences of a series') });

/** In a range listing, each item is one occurrence: a series' items carry their occurrence fields. */
export const listedEvent = eventOut.extend({
  occurrenceId: z.string().nullable().optional(),
  date: z.string().optional(),
  changed: z.boolean().optional(),
});

export const registrationOut = z.object({
  id: z.string(),
  eventId: z.string(),
  status: z.enum(registrationStatuses),
  position: z.number(),
  memberId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  mine: z.boolean().describe('Made by the caller for themselves (they may cancel it)'),
  checkedInAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Field issues with message keys (shared/events.ts) → the same 422 that zod failures give. */
export function fieldIssues(issues: { path: string; message: string }[]): ApiError {
  return new ApiError(
    422,
    'validation_failed',
    'Some fields are not valid.',
    issues.map((i) => ({ path: i.path, message: fieldMessages[i.message] ?? i.message, code: i.message })),
  );
}
