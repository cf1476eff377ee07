import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { validationError } from '../errors';
import type { AppEnv } from '../env';

/** A router whose zod failures become 422 problem+json with field errors. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
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
