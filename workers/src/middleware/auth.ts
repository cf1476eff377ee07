import { and, eq, isNull } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { apiTokens, sessions, users } from '../../../db/catalog/schema';
import { ApiError } from '../errors';
import type { AppEnv, CurrentUser } from '../env';
import type { Auth } from '../services/auth';
import { sha256Hex } from '../services/ids';

/** Resolves who is calling — an API token or a session cookie — into `c.var.user` (or null). */
export function authenticate(auth: Auth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('via', null);
    const header = c.req.header('authorization');
    if (header?.startsWith('Bearer ')) {
      const user = await userForToken(c.get('deps').catalog, header.slice(7).trim(), now(c));
      if (!user) throw new ApiError(401, 'invalid_token', 'The API token is unknown or revoked.');
      c.set('user', user);
      c.set('via', 'token');
    } else if (c.req.header('cookie')) {
      const found = await auth.api.getSession({ headers: c.req.raw.headers });
      if (found) {
        const { config, catalog } = c.get('deps');
        const age = now(c).getTime() - new Date(found.session.createdAt).getTime();
        if (age > config.sessionAbsoluteSeconds * 1000) {
          await catalog.delete(sessions).where(eq(sessions.id, found.session.id));
        } else {
          const u = found.user as typeof found.user & { locale?: string };
          c.set('user', { id: u.id, name: u.name, email: u.email, locale: u.locale ?? 'vi' });
          c.set('via', 'session');
        }
      }
    }
    return next();
  };
}

const now = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').now?.() ?? new Date();

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
