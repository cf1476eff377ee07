/**
 * better-auth keeps its request context in AsyncLocalStorage. On Node 20 a storage that has run
 * once keeps async hooks switched on for every promise in the process, which cost about a
 * quarter of the throughput of every route (docs/benchmarks.md). Amity calls better-auth rarely
 * (sign-up, sign-in, a session not seen for a few seconds), so its storages are switched off
 * whenever no better-auth call is running: `quietly` counts the calls; better-auth's next
 * `run()` switches its storage back on.
 *
 * better-auth keeps the storages on a global it shares between its copies (core/context/global).
 */
const betterAuthGlobal = Symbol.for('better-auth:global');
const storageNames = ['endpointContextAsyncStorage', 'requestStateAsyncStorage', 'adapterAsyncStorage'] as const;

interface Switchable {
  disable?(): void;
}

let running = 0;

/** Runs one better-auth call; the last one to finish switches better-auth's storages off. */
export async function quietly<T>(call: () => Promise<T>): Promise<T> {
  running++;
  try {
    return await call();
  } finally {
    if (--running === 0) switchOff();
  }
}

/** better-auth's storages (those it has made so far). */
export function betterAuthStorages(): Switchable[] {
  const context = (globalThis as Record<symbol, { context?: Record<string, Switchable | undefined> } | undefined>)[betterAuthGlobal]?.context;
  return storageNames.map((name) => context?.[name]).filter((s): s is Switchable => s !== undefined);
}

/** False once the runtime refused: workerd's `disable()` throws "not implemented" (and needs none). */
let switchable = true;

function switchOff() {
  if (!switchable) return;
  try {
    for (const storage of betterAuthStorages()) storage.disable?.();
  } catch {
    switchable = false;
  }
}
