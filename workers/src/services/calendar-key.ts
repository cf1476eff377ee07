import { eq } from 'drizzle-orm';
import { calendarKeys } from '../../../db/tenant/schema';
import type { TenantDb } from '../../../db';
import { newId } from './ids';

/**
 * The calendar feed's key: HMAC-SHA256(server secret, workspace id + the workspace's current
 * salt). Nothing that reveals the key is stored — the database holds only the salt, which is
 * useless without the secret — yet the key can be shown again at any time. Rotating the salt
 * invalidates the old URL. (Changing AUTH_SECRET also changes every key, like every session.)
 */
export async function calendarKey(secret: string, workspaceId: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`calendar:${workspaceId}:${salt}`)));
  let binary = '';
  for (const b of mac.subarray(0, 24)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

/** The current salt: '' (the first key) until someone rotates it. */
export async function currentSalt(db: TenantDb): Promise<string> {
  const [row] = await db.select({ salt: calendarKeys.salt }).from(calendarKeys).where(eq(calendarKeys.id, 1));
  return row?.salt ?? '';
}

/** The statement that replaces the salt (for a batch with its audit entry). */
export function rotateSalt(db: TenantDb, at: Date) {
  const salt = newId(32);
  return db
    .insert(calendarKeys)
    .values({ id: 1, salt, rotatedAt: at })
    .onConflictDoUpdate({ target: calendarKeys.id, set: { salt, rotatedAt: at } });
}

/** Constant-time comparison of two keys. */
export function sameKey(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
