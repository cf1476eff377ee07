import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { email, password, signIn, signUp } from '../../../shared/account';
import { problemResponse } from '../errors';
import type { AppEnv } from '../env';
import { sessionCookie } from '../middleware/auth';
import { SignInLimiter } from '../middleware/rate-limit';
import { now } from '../services/clock';
import type { Auth } from '../services/auth';
import { jsonAnswer, jsonBody, problems, router } from './openapi';

const session = z.object({ user: z.object({ id: z.string(), name: z.string(), email: z.string() }) }).passthrough();

/** better-auth's own error codes that mean something other than its status says. */
const codeStatus: Record<string, [number, string]> = {
  USER_ALREADY_EXISTS: [409, 'email_taken'],
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: [409, 'email_taken'],
  INVALID_EMAIL_OR_PASSWORD: [401, 'invalid_credentials'],
};

function jsonHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.set('content-type', 'application/json');
  copy.delete('content-length');
  return copy;
}

/** Hands the request (with its validated body) to better-auth; its errors become problem+json. */
async function forward(c: Context<AppEnv>, auth: Auth, body?: unknown): Promise<Response> {
  const raw = c.req.raw;
  const request =
    body === undefined
      ? raw
      : new Request(raw.url, { method: raw.method, headers: jsonHeaders(raw.headers), body: JSON.stringify(body) });
  const res = await auth.handler(request);
  if (!res.headers.get('content-type')?.includes('json')) return res;
  if (res.ok) return withoutSessionToken(res);
  const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  const [status, code] = codeStatus[err.code ?? ''] ?? [res.status, (err.code ?? `http_${res.status}`).toLowerCase()];
  return problemResponse(status, code, err.message ?? 'Authentication failed.');
}

/**
 * The session lives in an HttpOnly cookie; better-auth also puts its token in the JSON body,
 * where page scripts could read it. Amity's answers leave it out.
 */
async function withoutSessionToken(res: Response): Promise<Response> {
  const { token: _token, redirect: _redirect, ...rest } = (await res.json()) as Record<string, unknown>;
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(rest), { status: res.status, headers });
}

function clientIp(c: Context<AppEnv>): string | undefined {
  return c.req.header('cf-connecting-ip') ?? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? undefined;
}

/** /api/auth/* — accounts by better-auth, with Amity's validation and sign-in rate limit. */
export function authRoutes(auth: Auth) {
  const r = router();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-up/email',
      tags: ['Accounts'],
      request: jsonBody(signUp),
      responses: { 200: jsonAnswer(session, 'Signed up and signed in (session cookie)'), 409: problems[409], 422: problems[422] },
    }),
    (c) => forward(c, auth, c.req.valid('json')) as never,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-in/email',
      tags: ['Accounts'],
      request: jsonBody(signIn),
      responses: { 200: jsonAnswer(session, 'Signed in (session cookie)'), 401: problems[401], 422: problems[422], 429: problems[429] },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const limiter = new SignInLimiter(c.get('deps').catalog);
      const keys = SignInLimiter.keys(body.email, clientIp(c));
      const at = now(c);
      await limiter.check(keys, at);
      const res = await forward(c, auth, body);
      if (res.status === 401) await limiter.fail(keys, at);
      else if (res.ok) await limiter.succeed(keys);
      return res as never;
    },
  );

  r.openapi(
    createRoute({ method: 'post', path: '/auth/sign-out', tags: ['Accounts'], responses: { 200: jsonAnswer(z.object({ success: z.boolean() })) } }),
    // No body needed (API.md); better-auth wants a JSON one.
    async (c) => {
      const cookie = sessionCookie(c.req.header('cookie'));
      if (cookie) c.get('caches').sessions.delete(cookie);
      return (await forward(c, auth, {})) as never;
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/request-password-reset',
      tags: ['Accounts'],
      description: 'Sends a reset link by e-mail when the address has an account; answers the same either way.',
      request: jsonBody(z.object({ email, redirectTo: z.string().optional() })),
      responses: { 200: jsonAnswer(z.object({ status: z.boolean() })), 422: problems[422] },
    }),
    (c) => forward(c, auth, c.req.valid('json')) as never,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/auth/reset-password',
      tags: ['Accounts'],
      request: jsonBody(z.object({ token: z.string().min(1), newPassword: password })),
      responses: { 200: jsonAnswer(z.object({ status: z.boolean() })), 400: problems[400], 422: problems[422] },
    }),
    async (c) => {
      const res = await forward(c, auth, c.req.valid('json'));
      // The reset signs the user out everywhere: forget every remembered session.
      if (res.ok) c.get('caches').sessions.clear();
      return res as never;
    },
  );

  // Everything else better-auth offers (get-session, …) passes through unchanged.
  r.on(['GET', 'POST'], '/auth/*', (c) => forward(c, auth));
  return r;
}
