import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskFileStore } from './files-disk';
import { MemoryFileStore, storageKey, type FileStore } from './services/files';

const dir = mkdtempSync(join(tmpdir(), 'amity-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = async (store: FileStore, key: string) => {
  const file = await store.get(key);
  return file && { ...file, text: await new Response(file.body).text() };
};

for (const [name, make] of [
  ['DiskFileStore', () => new DiskFileStore(join(dir, 'files'))],
  ['MemoryFileStore', () => new MemoryFileStore()],
] as const) {
  describe(name, () => {
    it('puts, gets and deletes by key, with the content type', async () => {
      const store = make();
      const key = storageKey('ws1', 'att1');
      await store.put(key, new TextEncoder().encode('Thư mừng'), { contentType: 'text/plain' });
      expect(await read(store, key)).toMatchObject({ size: 'Thư mừng'.length + 3, contentType: 'text/plain', text: 'Thư mừng' });
      await store.put(key, new TextEncoder().encode('v2'), { contentType: 'application/pdf' });
      expect(await read(store, key)).toMatchObject({ size: 2, contentType: 'application/pdf', text: 'v2' });
      await store.delete(key);
      expect(await store.get(key)).toBeNull();
      await store.delete(key);
    });

    it('refuses keys that could leave its folder', async () => {
      const store = make();
      for (const key of ['../x', 'a/../../b', '/abs', 'a//b', 'a\\b', '']) {
        await expect(store.put(key, new Uint8Array(1), { contentType: 'x/y' })).rejects.toThrow(/not a storage key/);
      }
    });
  });
}

describe('DiskFileStore on disk (Node only)', () => {
  it('keeps bytes under DATA_DIR/files/<key> and leaves no temporary files', async () => {
    const store = new DiskFileStore(join(dir, 'disk'));
    await store.put('ws/w1/attachments/a1', new Uint8Array([1, 2, 3]), { contentType: 'application/octet-stream' });
    expect(existsSync(join(dir, 'disk/ws/w1/attachments/a1'))).toBe(true);
    expect(readdirSync(join(dir, 'disk/ws/w1/attachments')).sort()).toEqual(['a1', 'a1.json']);
  });
});
