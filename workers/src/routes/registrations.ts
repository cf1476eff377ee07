import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { registrationCreate, registrationFilters, type RegistrationCreate } from '../../../shared/events';
import { hasRole } from '../../../shared/workspace';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { findEvent } from '../services/events';
import { cancel, checkIn, findMember, findRegistration, listRegistrations, register, registrationView, type NewRegistration } from '../services/registrations';
import { registrationOut, registrationParams, eventParams } from './events-schemas';
import { jsonAnswer, jsonBody, listOf, problems, router } from './openapi';
import { pageQuery } from './pagination';

const selfOnly = () => new ApiError(403, 'forbidden', 'Viewers can register only themselves, with the e-mail address of their account.');

/**
 * Who is registering. Editors register anyone: a member of the register or a guest. A viewer
 * registers only themselves: as a guest under their account's e-mail (name defaulting to the
 * account's), or as the member of the register whose e-mail is their account's.
 */
async function registrant(c: Context<AppEnv>, eventId: string, body: RegistrationCreate): Promise<NewRegistration> {
  const user = requireUser(c);
  const editor = hasRole(c.get('role'), 'editor');
  const note = body.note ?? null;
  if (body.memberId) {
    const member = await findMember(c.get('db'), body.memberId);
    const email = member.email?.toLowerCase() || null;
    if (!editor && email !== user.email.toLowerCase()) throw selfOnly();
    return { eventId, memberId: member.id, userId: editor ? null : user.id, name: member.fullName, email, note, evenIfClosed: editor };
  }
  if (editor) return { eventId, memberId: null, userId: null, name: body.name!, email: body.email ?? null, note, evenIfClosed: true };
  if (body.email && body.email !== user.email.toLowerCase()) throw selfOnly();
  return { eventId, memberId: null, userId: user.id, name: body.name ?? user.name, email: user.email.toLowerCase(), note, evenIfClosed: false };
}

/** /api/w/:ws/events/:id/registrations — places, waitlist, cancellation, check-in. */
export const registrationRoutes = router();

registrationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/events/{id}/registrations',
    tags: ['Events'],
    description: 'In order of arrival (the waitlist order). `q` searches name and e-mail without diacritics, for the check-in page.',
    request: { params: eventParams, query: pageQuery.extend(registrationFilters.shape) },
    responses: { 200: jsonAnswer(listOf(registrationOut)), 401: problems[401], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    if (q.cursor && !/^\d{1,9}$/.test(q.cursor)) throw new ApiError(422, 'validation_failed', 'Some fields are not valid.', [{ path: 'cursor', message: 'Not a cursor from this list.' }]);
    await findEvent(c.get('db'), id);
    return c.json(await listRegistrations(c.get('db'), id, q, requireUser(c).id), 200);
  },
);

registrationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/events/{id}/registrations',
    tags: ['Events'],
    description:
      '`{ memberId }` or `{ name, email }`. Registered while seats are free, else waitlisted — decided atomically, so concurrent requests never exceed the capacity. The same member or e-mail twice is 409; a closed registration is 409 (editors may still add people).',
    request: { params: eventParams, ...jsonBody(registrationCreate) },
    responses: { 201: jsonAnswer(registrationOut, 'Registered or waitlisted'), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('db');
    await findEvent(db, id);
    const row = await register(db, requireUser(c), await registrant(c, id, c.req.valid('json')));
    return c.json(registrationView(row, requireUser(c).id), 201);
  },
);

registrationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/events/{id}/registrations/{rid}/cancel',
    tags: ['Events'],
    description: 'Editors cancel anyone; a viewer only their own registration. The first waitlisted person takes the freed seat.',
    request: { params: registrationParams },
    responses: { 200: jsonAnswer(registrationOut), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const { id, rid } = c.req.valid('param');
    const db = c.get('db');
    const user = requireUser(c);
    const row = await findRegistration(db, id, rid);
    if (!hasRole(c.get('role'), 'editor') && row.userId !== user.id) {
      throw new ApiError(403, 'forbidden', 'Viewers can cancel only their own registration.');
    }
    return c.json(registrationView(await cancel(db, user, row), user.id), 200);
  },
);

registrationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/events/{id}/registrations/{rid}/check-in',
    tags: ['Events'],
    middleware: [requireRole('editor')],
    request: { params: registrationParams },
    responses: { 200: jsonAnswer(registrationOut), 401: problems[401], 403: problems[403], 404: problems[404], 409: problems[409] },
  }),
  async (c) => {
    const { id, rid } = c.req.valid('param');
    const db = c.get('db');
    const row = await findRegistration(db, id, rid);
    return c.json(registrationView(await checkIn(db, requireUser(c), row), requireUser(c).id), 200);
  },
);
