import { query } from '@solidjs/router';
import type { Me } from './api';
import { getMe } from './queries';

/**
 * Caches who is signed in right after signing in or out, so that the page the app goes to
 * next sees the new state at once instead of a stale answer.
 */
export function setMe(me: Me | null) {
  query.set(getMe.keyFor(), me);
}

/** Where to go after signing in: the local path in ?next=, else the start page. */
export function nextPath(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** A link to the sign-in or sign-up page that comes back to `next`, with the e-mail filled in. */
export function linkWithNext(page: '/sign-in' | '/sign-up', next: string | undefined, email?: string): string {
  const params = new URLSearchParams();
  if (next) params.set('next', next);
  if (email) params.set('email', email);
  const search = params.toString();
  return search ? `${page}?${search}` : page;
}
