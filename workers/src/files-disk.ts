import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { assertKey, type FileStore, type StoredFile } from './services/files';

/**
 * Attachments as files under `dir` (Node only): `<dir>/<key>` holds the bytes and
 * `<dir>/<key>.json` the content type. Each is written to a temporary name and renamed, so a
 * reader never sees half a file.
 */
export class DiskFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  private path(key: string): string {
    assertKey(key);
    return join(this.dir, key);
  }

  async put(key: string, bytes: Uint8Array, meta: { contentType: string }): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${crypto.randomUUID()}.tmp`;
    try {
      await writeFile(tmp, bytes);
      await rename(tmp, path);
      await writeFile(`${tmp}.json`, JSON.stringify({ contentType: meta.contentType }));
      await rename(`${tmp}.json`, `${path}.json`);
    } catch (err) {
      await Promise.all([rm(tmp, { force: true }), rm(`${tmp}.json`, { force: true }), rm(path, { force: true })]);
      throw err;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const path = this.path(key);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let contentType = 'application/octet-stream';
    try {
      contentType = JSON.parse(await readFile(`${path}.json`, 'utf8')).contentType ?? contentType;
    } catch {
      // The bytes are what matters; the database row has the content type too.
    }
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    return { body, size, contentType };
  }

  async delete(key: string): Promise<void> {
    const path = this.path(key);
    await Promise.all([rm(path, { force: true }), rm(`${path}.json`, { force: true })]);
  }
}
