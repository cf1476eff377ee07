import { sql } from 'drizzle-orm';
import type { CatalogDb } from '../../../db';

/**
 * Debouncing through the catalog, for runtimes where no timer outlives its request (Workers):
 * the first request to claim a key waits `ms` after its answer (waitUntil), frees the key and
 * runs the task; requests that find the key claimed meanwhile run nothing, since the waiting one
 * will see their changes. A claim whose owner vanished (isolate evicted) is taken over once it
 * is `staleMs` old; the periodic sweep covers the gap.
 */

export const staleMs = 60_000;

/** True when this caller now owns `key`: nobody held it, or the holder's claim went stale. */
export async function claim(catalog: CatalogDb, key: string, now: Date, ms: number): Promise<boolean> {
  const due = now.getTime() + ms;
  const rows = await catalog.all(sql`
    INSERT INTO debounces (key, due_at) VALUES (${key}, ${due})
    ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at WHERE debounces.due_at < ${now.getTime() - staleMs}
    RETURNING key`);
  return rows.length > 0;
}

/** Frees `key` before its task runs, so that a change made while it runs schedules another. */
export async function release(catalog: CatalogDb, key: string): Promise<void> {
  await catalog.run(sql`DELETE FROM debounces WHERE key = ${key}`);
}

export interface DebounceOptions {
  ms: number;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  onError: (key: string, err: unknown) => void;
}

/** Runs the tasks a request scheduled, each only if this request claims its key. */
export async function runDebounced(catalog: CatalogDb, tasks: Map<string, () => Promise<void>>, o: DebounceOptions): Promise<void> {
  const mine: [string, () => Promise<void>][] = [];
  for (const [key, task] of tasks) {
    try {
      if (await claim(catalog, key, o.now(), o.ms)) mine.push([key, task]);
    } catch (err) {
      o.onError(key, err);
    }
  }
  if (!mine.length) return;
  await o.sleep(o.ms);
  for (const [key, task] of mine) {
    try {
      await release(catalog, key);
      await task();
    } catch (err) {
      o.onError(key, err);
    }
  }
}
