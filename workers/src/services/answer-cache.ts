import type { Client } from '@libsql/client';
import { changeStamp } from '../../../db/changes';

interface Entry {
  stamp: string;
  body: Promise<Uint8Array>;
  size: number;
}

/**
 * Answers of hot reads (encoded JSON), reused while their database has not changed: each is kept
 * with the database's change stamp (db/changes.ts) read BEFORE it was built, so a write that
 * lands while it is being built only makes it stale sooner, never wrong, and any write — this
 * process's or another's — shows on the next read. Requests that arrive while an answer is being
 * built share it. Holds at most `maxBytes` (the least recently used go first); databases without
 * a stamp (Turso) are read every time.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = 16 * 2 ** 20) {}

  async get<T extends Uint8Array>(db: { $client: Client }, key: string, build: () => Promise<T>): Promise<T> {
    const reading = changeStamp(db);
    if (!reading) return build();
    const stamp = await reading;
    const found = this.entries.get(key);
    if (found?.stamp === stamp) {
      this.entries.delete(key); // re-inserted: the most recently used come last
      this.entries.set(key, found);
      return found.body as Promise<T>;
    }
    const entry: Entry = { stamp, body: build(), size: 0 };
    this.forget(key);
    this.entries.set(key, entry);
    try {
      entry.size = (await entry.body).byteLength;
    } catch (e) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw e;
    }
    if (this.entries.get(key) === entry) {
      this.bytes += entry.size;
      for (const [oldest] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.forget(oldest);
      }
    }
    return entry.body as Promise<T>;
  }

  private forget(key: string) {
    this.bytes -= this.entries.get(key)?.size ?? 0;
    this.entries.delete(key);
  }
}
