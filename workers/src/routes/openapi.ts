import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { z, type ZodError } from 'zod';
import { validationError } from '../errors';
import type { AppEnv } from '../env';

/**
 * A router whose zod failures become 422 problem+json with field errors. Two shortcuts keep the
 * checks off a cached read's path (together they were a quarter of its cost), with the same
 * answers and the same OpenAPI document:
 * - a route whose only path parameter is the workspace (`wsParams`) documents it without
 *   validating it again: the workspace middleware has resolved it (or answered 404);
 * - a query is validated once per query string (`validQuery`).
 */
export function router() {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: (result) => failOn(result) });
  const register = routes.openapi;
  routes.openapi = ((route, handler, hook) => {
    const { params, query, ...rest } = route.request ?? {};
    const resolvedWs = params === wsParams;
    if (route.hide || hook || (!resolvedWs && !query)) return register(route, handler, hook);
    const { middleware, ...documented } = route;
    routes.openAPIRegistry.registerPath(documented);
    const checks = [...(middleware ? [middleware].flat() : []), ...(query ? [validQuery(query)] : [])];
    const request = resolvedWs ? rest : { ...rest, params };
    return register({ ...route, request, middleware: checks, hide: true }, handler);
  }) as typeof register;
  return routes;
}

function failOn(result: { success: boolean; error?: ZodError }) {
  if (!result.success) throw validationError(result.error!);
}

const rememberedQueries = 500;

/**
 * The query validator of zod-openapi (the same values: repeated keys give arrays), remembering
 * the validated values of the last query strings seen: a query string always validates the
 * same way. The values are frozen, being shared by requests.
 */
function validQuery(schema: z.ZodType): MiddlewareHandler<AppEnv> {
  const seen = new Map<string, unknown>();
  return async (c, next) => {
    const url = c.req.url;
    const at = url.indexOf('?');
    const key = at === -1 ? '' : url.slice(at + 1);
    let value = seen.get(key);
    if (value === undefined) {
      const given = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
      const result = await schema.safeParseAsync(given);
      failOn(result);
      value = Object.freeze(result.data);
      if (seen.size >= rememberedQueries) seen.delete(seen.keys().next().value!);
      seen.set(key, value);
    }
    c.req.addValidatedData('query', value as object);
    return next();
  };
}

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The error answers a route can give, by status (API.md "General rules"). */
export const problems = {
  400: problem('Malformed body or query'),
  401: problem('Not signed in'),
  403: problem('Role too low'),
  404: problem('Unknown, or in a workspace the caller is not in'),
  409: problem('Conflict'),
  413: problem('Too large'),
  415: problem('Unsupported media type'),
  422: problem('Fails validation'),
  429: problem('Rate limited'),
  503: problem('A service it needs (database provisioning, mail, file storage) failed; nothing was saved'),
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export function jsonAnswer<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

export const noContent = { description: 'Done' } as const;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const wsParams = z.object({ ws: z.string() });

/** UTF-8 JSON known to encode a `T`: what `encodeJson` makes and `sendEncodedJson` sends. */
export type EncodedJson<T> = Uint8Array<ArrayBuffer> & { readonly encodes?: T };

const utf8 = new TextEncoder();
export const encodeJson = <T>(value: T) => utf8.encode(JSON.stringify(value)) as EncodedJson<T>;

/**
 * A 200 with JSON encoded beforehand (e.g. kept by the answer cache: bytes, so that nothing is
 * encoded again per request), typed like `c.json(value)` so the route's answer schema still
 * checks it.
 */
export function sendEncodedJson<T extends object>(c: Context<AppEnv>, body: EncodedJson<T>) {
  return c.body(body, 200, { 'content-type': 'application/json' }) as unknown as ReturnType<typeof c.json<T, 200>>;
}
