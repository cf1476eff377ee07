import type { Client } from '@libsql/client';

/** Reads a value that differs from every earlier reading once the database has changed. */
export type ChangeStamp = () => Promise<string>;

const stamps = new WeakMap<Client, ChangeStamp>();

/** Registers how to tell whether the database behind `client` has changed (providers do). */
export function watchChanges(client: Client, stamp: ChangeStamp): void {
  stamps.set(client, stamp);
}

/**
 * The database's change stamp, or undefined where no cheap one exists (Turso: each request may
 * reach another connection). Equal stamps mean that no write was committed in between, by this
 * process or any other.
 */
export function changeStamp(db: { $client: Client }): Promise<string> | undefined {
  return stamps.get(db.$client)?.();
}

/**
 * `PRAGMA data_version` on a connection that never writes: it moves with every commit of any
 * other connection, the app's own and other processes' alike (a connection's own commits would
 * not move it).
 */
export function dataVersionStamp(watcher: () => Client): ChangeStamp {
  return async () => `v${(await watcher().execute('PRAGMA data_version')).rows[0][0]}`;
}

/**
 * An in-memory database's stamp: it has exactly one connection, whose running count of rows
 * written (`total_changes()`) moves with every insert, update and delete.
 */
export function totalChangesStamp(client: Client): ChangeStamp {
  return async () => `t${(await client.execute('SELECT total_changes()')).rows[0][0]}`;
}
