import type { R2Bucket } from '@cloudflare/workers-types';
import { assertKey, type FileStore, type StoredFile } from './services/files';

/** Attachment bytes in an R2 bucket (the Worker's FILES binding). */
export class R2FileStore implements FileStore {
  constructor(private readonly bucket: R2Bucket) {}

  async put(key: string, bytes: Uint8Array, meta: { contentType: string }): Promise<void> {
    assertKey(key);
    await this.bucket.put(key, bytes, { httpMetadata: { contentType: meta.contentType } });
  }

  async get(key: string): Promise<StoredFile | null> {
    assertKey(key);
    const object = await this.bucket.get(key);
    if (!object) return null;
    return {
      body: object.body as unknown as ReadableStream<Uint8Array>,
      size: object.size,
      contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
    };
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    await this.bucket.delete(key);
  }
}
