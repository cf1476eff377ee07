import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { refreshSnapshots } from './snapshots';

/** Delay that coalesces a burst of changes in one workspace into one refresh (Node). */
export const refreshDebounceMs = 2_000;

/**
 * After a successful non-GET request under /api/w/:ws, schedules a refresh of that workspace's
 * snapshots through `deps.schedule` — off the request path, so a write never waits for (or
 * fails because of) the figures. /stats/refresh refreshes in the request itself. The workspace
 * middleware calls it once the route has answered.
 */
export function refreshAfterChange(c: Context<AppEnv>): void {
  const deps = c.get('deps');
  if (!deps.schedule || c.req.method === 'GET' || c.req.method === 'HEAD' || c.res.status >= 400) return;
  if (c.req.path.endsWith('/stats/refresh')) return;
  const workspace = c.get('workspace');
  if (!workspace) return;
  deps.schedule(`snapshots:${workspace.id}`, async () => {
    await refreshSnapshots(deps, workspace.id);
  });
}

/**
 * A `deps.schedule` that runs the last task given for a key `ms` after the last call for it
 * (a timer per key), logging failures. Used on Node; timers do not keep the process alive.
 */
export function debouncedSchedule(ms = refreshDebounceMs, onError: (key: string, err: unknown) => void = (key, err) => console.error(`[schedule] ${key} failed:`, err)) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (key: string, task: () => Promise<void>) => {
    const previous = timers.get(key);
    if (previous) clearTimeout(previous);
    const timer = setTimeout(() => {
      timers.delete(key);
      task().catch((err) => onError(key, err));
    }, ms);
    (timer as { unref?: () => void }).unref?.();
    timers.set(key, timer);
  };
  /** Cancels what is waiting (shutdown, tests). */
  schedule.cancelAll = () => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  };
  return schedule;
}
