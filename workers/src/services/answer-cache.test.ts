import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { MemoryTenantDatabases } from '../../../db/provider';
import { AnswerCache } from './answer-cache';

async function setup(maxBytes?: number) {
  const tenants = new MemoryTenantDatabases();
  const db = tenants.open(await tenants.create('hoia'));
  await db.$client.execute('create table probe (id integer primary key, name text)');
  const cache = new AnswerCache(maxBytes);
  let builds = 0;
  /** The answer: every name in the table, read when built. */
  const build = async () => {
    builds++;
    const rows = (await db.$client.execute('select name from probe order by id')).rows;
    return new TextEncoder().encode(JSON.stringify(rows.map((r) => r.name)));
  };
  const read = async (key = 'names') => JSON.parse(new TextDecoder().decode(await cache.get(db, key, build)));
  return { db, cache, read, builds: () => builds };
}

describe('answer cache', () => {
  it('gives the same answer until the database changes, then the new one at once', async () => {
    const { db, read, builds } = await setup();
    expect(await read()).toEqual([]);
    expect(await read()).toEqual([]);
    expect(builds()).toBe(1);
    await db.$client.execute("insert into probe (name) values ('An')");
    expect(await read()).toEqual(['An']);
    await db.$client.execute("update probe set name = 'Bình'");
    expect(await read()).toEqual(['Bình']);
    expect(await read()).toEqual(['Bình']);
    expect(builds()).toBe(3);
  });

  it('builds an answer once for requests that arrive together', async () => {
    const { read, builds } = await setup();
    await Promise.all(Array.from({ length: 10 }, () => read()));
    expect(builds()).toBe(1);
  });

  it('keeps no failed answer', async () => {
    const { db, cache } = await setup();
    const failing = () => Promise.reject(new Error('database gone'));
    await expect(cache.get(db, 'k', failing)).rejects.toThrow('database gone');
    expect(new TextDecoder().decode(await cache.get(db, 'k', async () => new TextEncoder().encode('"ok"')))).toBe('"ok"');
  });

  it('holds at most its size, forgetting the least recently used', async () => {
    const { read, builds } = await setup(6); // '[]' is 2 bytes: room for three answers
    for (const key of ['a', 'b', 'c']) await read(key);
    await read('a'); // now the most recently used
    await read('d'); // forgets b
    expect(builds()).toBe(4);
    await read('a');
    await read('c');
    expect(builds()).toBe(4);
    await read('b');
    expect(builds()).toBe(5);
  });

  it('reads every time from a database that cannot tell whether it changed', async () => {
    const cache = new AnswerCache();
    const remote = { $client: createClient({ url: ':memory:' }) }; // registered by no provider
    let builds = 0;
    const build = async () => new TextEncoder().encode(String(++builds));
    await cache.get(remote, 'k', build);
    await cache.get(remote, 'k', build);
    expect(builds).toBe(2);
  });
});
