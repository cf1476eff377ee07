import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import { signInFailures } from '../../../db/catalog/schema';
import type { CatalogDb } from '../../../db';
import { ApiError } from '../errors';

const windowMs = 60_000;
const maxFailures = 10;

/**
 * Sign-in failures per e-mail and per client address, kept in the catalog so that every
 * server or Worker isolate sees the same count. 10 failures within a minute → 429.
 */
export class SignInLimiter {
  constructor(private readonly catalog: CatalogDb) {}

  static keys(email: string, ip: string | undefined): string[] {
    return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
  }

  /** Throws 429 with Retry-After when any key has used up its failures. */
  async check(keys: string[], now: Date): Promise<void> {
    const since = now.getTime() - windowMs;
    const rows = await this.catalog
      .select({ key: signInFailures.key, at: signInFailures.at })
      .from(signInFailures)
      .where(and(inArray(signInFailures.key, keys), gt(signInFailures.at, new Date(since))))
      .orderBy(asc(signInFailures.at));
    for (const key of keys) {
      const times = rows.filter((r) => r.key === key).map((r) => r.at.getTime());
      if (times.length >= maxFailures) {
        const retryAfter = Math.max(1, Math.ceil((times[times.length - maxFailures] + windowMs - now.getTime()) / 1000));
        throw new ApiError(429, 'rate_limited', `Too many failed sign-ins. Try again in ${retryAfter} seconds.`, undefined, {
          'retry-after': String(retryAfter),
        });
      }
    }
  }

  async fail(keys: string[], now: Date): Promise<void> {
    await this.catalog.batch([
      this.catalog.insert(signInFailures).values(keys.map((key) => ({ key, at: now }))),
      this.catalog.delete(signInFailures).where(and(inArray(signInFailures.key, keys), lt(signInFailures.at, new Date(now.getTime() - windowMs)))),
    ]);
  }

  async succeed(keys: string[]): Promise<void> {
    await this.catalog.delete(signInFailures).where(eq(signInFailures.key, keys[0]));
  }
}
