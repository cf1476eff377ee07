import type { Context } from 'hono';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';

/** Methods that change nothing and carry no body. */
export const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests that carry cookies must come from the app's own origin (API.md
 * "General rules"); API-token requests carry no ambient credentials and are exempt.
 */
export function checkOrigin(c: Context<AppEnv>, trusted: string): void {
  if (safeMethods.has(c.req.method) || c.req.header('authorization')?.startsWith('Bearer ')) return;
  const origin = c.req.header('origin');
  if (origin ? origin !== trusted : c.req.header('cookie')) {
    throw new ApiError(403, 'untrusted_origin', 'This request must come from the Amity web app (Origin header).');
  }
}
