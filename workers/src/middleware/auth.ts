import { and, eq, isNull } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { apiTokens, sessions as sessionsTable, users } from '../../../db/catalog/schema';
import { ApiError } from '../errors';
import type { AppEnv, CurrentUser } from '../env';
import type { Auth } from '../services/auth';
import { now } from '../services/clock';
import { sha256Hex } from '../services/ids';

export interface SignedIn {
  user: CurrentUser;
  sessionId: string;
  createdAt: number;
}

/** The session cookie's value (better-auth's signed token), if the request has one. */
export function sessionCookie(cookieHeader: string | undefined): string | undefined {
  return /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/.exec(cookieHeader ?? '')?.[1];
}

/**
 * Resolves who is calling — an API token or a session cookie — into `c.var.user` (or null).
 * Sessions found are remembered for a few seconds (`sessions`), so a busy page does not ask
 * the catalog on every request; signing out forgets them at once (routes/auth.ts).
 */
export function authenticate(auth: Auth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { sessions } = c.get('caches');
    c.set('user', null);
    c.set('via', null);
    const header = c.req.header('authorization');
    if (header?.startsWith('Bearer ')) {
      const user = await userForToken(c.get('deps').catalog, header.slice(7).trim(), now(c));
      if (!user) throw new ApiError(401, 'invalid_token', 'The API token is unknown or revoked.');
      c.set('user', user);
      c.set('via', 'token');
      return next();
    }
    const cookie = sessionCookie(c.req.header('cookie'));
    if (!cookie) return next();
    let signedIn = sessions.get(cookie);
    if (!signedIn) {
      const found = await auth.getSession(c.req.raw.headers);
      // A sliding refresh re-issues the cookie with a new lifetime: pass it on.
      for (const value of found.headers.getSetCookie()) c.header('set-cookie', value, { append: true });
      if (!found.response) return next();
      const { session, user: u } = found.response as { session: { id: string; createdAt: Date | string }; user: CurrentUser & { locale?: string } };
      signedIn = { user: { id: u.id, name: u.name, email: u.email, locale: u.locale ?? 'vi' }, sessionId: session.id, createdAt: new Date(session.createdAt).getTime() };
      sessions.set(cookie, signedIn);
    }
    const { config, catalog } = c.get('deps');
    if (now(c).getTime() - signedIn.createdAt > config.sessionAbsoluteSeconds * 1000) {
      sessions.delete(cookie);
      await catalog.delete(sessionsTable).where(eq(sessionsTable.id, signedIn.sessionId));
      return next();
    }
    c.set('user', signedIn.user);
    c.set('via', 'session');
    return next();
  };
}


async function userForToken(catalog: AppEnv['Variables']['deps']['catalog'], token: string, at: Date): Promise<CurrentUser | null> {
  const [row] = await catalog
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, await sha256Hex(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  // Recorded at most hourly, to keep writes off the hot path.
  if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > 3600_000) {
    await catalog.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, row.tokenId));
  }
  return { id: row.id, name: row.name, email: row.email, locale: row.locale };
}

/** The signed-in user, or 401. */
export function requireUser(c: { get(key: 'user'): CurrentUser | null }): CurrentUser {
  const user = c.get('user');
  if (!user) throw new ApiError(401, 'unauthorized', 'Sign in first.');
  return user;
}
