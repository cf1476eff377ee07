/**
 * Where attachment bytes live, by key. Shaped after R2 (put/get/delete by key, with a content
 * type) so that a bucket binding fits behind it; locally the files sit under DATA_DIR
 * (files-disk.ts), in tests in memory. Keys are made by the server (`storageKey`), never from
 * user input.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array, meta: { contentType: string }): Promise<void>;
  /** The stored object, or null when there is none under `key`. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
}

/** Keys are slash-separated segments of letters, digits, `_` and `-`: nothing a path can escape with. */
export const storageKeyPattern = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

export function assertKey(key: string): void {
  if (!storageKeyPattern.test(key)) throw new Error(`not a storage key: ${key}`);
}

/** The key of an attachment: one store serves every workspace, so the workspace id comes first. */
export function storageKey(workspaceId: string, attachmentId: string): string {
  const key = `ws/${workspaceId}/attachments/${attachmentId}`;
  assertKey(key);
  return key;
}

export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Files kept in memory (tests). `failNextPut` lets a test see what a failing store leaves behind. */
export class MemoryFileStore implements FileStore {
  readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  failNextPut = false;

  async put(key: string, bytes: Uint8Array, meta: { contentType: string }): Promise<void> {
    assertKey(key);
    if (this.failNextPut) {
      this.failNextPut = false;
      throw new Error('file store unavailable');
    }
    this.files.set(key, { bytes: bytes.slice(), contentType: meta.contentType });
  }

  async get(key: string): Promise<StoredFile | null> {
    assertKey(key);
    const file = this.files.get(key);
    return file ? { body: streamOf(file.bytes), size: file.bytes.byteLength, contentType: file.contentType } : null;
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    this.files.delete(key);
  }
}

export async function sha256Bytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
