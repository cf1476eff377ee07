import { createClient } from '@libsql/client';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeStamp } from './changes';
import { MemoryTenantDatabases } from './provider';
import { FileTenantDatabases } from './provider-file';

async function fileTenant() {
  const dir = mkdtempSync(join(tmpdir(), 'amity-changes-'));
  const tenants = new FileTenantDatabases(dir);
  const ref = await tenants.create('hoia');
  const db = tenants.open(ref);
  await db.$client.execute('create table probe (id text primary key, name text)');
  return { tenants, ref, path: join(dir, ref), db };
}

/** A row in a table of the test's own, so that the test does not depend on the tenant schema. */
const insertRow = (id: string) => `insert into probe (id, name) values ('${id}', 'A')`;

/** Writes to the file from another Node process, as a second server or a script would. */
function writeFromAnotherProcess(path: string, sql: string) {
  const script = `require('@libsql/client').createClient({ url: process.argv[1] }).execute(process.argv[2]).then(() => process.exit(0))`;
  execFileSync(process.execPath, ['-e', script, `file:${path}`, sql], { cwd: import.meta.dirname });
}

describe('change stamps', () => {
  it('of a file: the same while only reads happen, new after every write, whoever makes it', async () => {
    const { db, path } = await fileTenant();
    const seen = [await changeStamp(db)!];
    const unchanged = async () => expect(await changeStamp(db)).toBe(seen[seen.length - 1]);
    const changed = async () => {
      const stamp = await changeStamp(db)!;
      expect(seen).not.toContain(stamp);
      seen.push(stamp);
    };
    await db.$client.execute('select count(*) from probe');
    await unchanged();
    await db.$client.execute(insertRow('m1'));
    await changed();
    await db.$client.batch([insertRow('m2'), "update probe set name = 'B' where id = 'm1'"], 'write');
    await changed();
    const tx = await db.$client.transaction('write');
    await tx.execute("delete from probe where id = 'm2'");
    await unchanged(); // not committed yet: nobody else can see it either
    await tx.commit();
    await changed();
    await db.$client.execute("update probe set name = 'C' where id = 'nobody'");
    await unchanged();
    const other = createClient({ url: `file:${path}` });
    await other.execute(insertRow('m3'));
    other.close();
    await changed();
    writeFromAnotherProcess(path, insertRow('m4'));
    await changed();
  });

  it('of a file in WAL mode, where the header counter may stand still: PRAGMA data_version', async () => {
    const { db, path } = await fileTenant();
    await db.$client.execute('PRAGMA journal_mode = WAL');
    const before = await changeStamp(db)!;
    expect(before).toMatch(/^v/);
    expect(await changeStamp(db)).toBe(before);
    await db.$client.execute(insertRow('m1'));
    const after = await changeStamp(db)!;
    expect(after).not.toBe(before);
    writeFromAnotherProcess(path, insertRow('m2'));
    expect(await changeStamp(db)).not.toBe(after);
  });

  it('of a file dropped and made again start afresh', async () => {
    const { tenants, ref } = await fileTenant();
    await tenants.drop(ref);
    await tenants.create('hoia');
    expect(await changeStamp(tenants.open(ref))).toMatch(/^c\d+$/);
  });

  it('in memory: new after every write, the same after reads', async () => {
    const tenants = new MemoryTenantDatabases();
    const db = tenants.open(await tenants.create('hoia'));
    await db.$client.execute('create table probe (id text primary key, name text)');
    const first = await changeStamp(db)!;
    await db.$client.execute('select * from probe');
    expect(await changeStamp(db)).toBe(first);
    await db.$client.execute(insertRow('m1'));
    expect(await changeStamp(db)).not.toBe(first);
  });
});
