import { closeSync, openSync, readSync } from 'node:fs';
import type { ChangeStamp } from './changes';

/**
 * An embedded file's change stamp (Node). SQLite keeps a file change counter in the header
 * (bytes 24–27) that every commit increments in rollback-journal mode — the mode these files
 * use — whichever connection or process made it; it is there so that readers can tell that
 * their cache went stale (sqlite.org/fileformat.html, "File change counter"). Reading it is one
 * pread, a small fraction of a `PRAGMA data_version` query through the client. In WAL mode
 * (header byte 18 = 2) the counter may stand still, so there `fallback` answers instead.
 */
export class FileChangeStamp {
  private fd: number | undefined;
  private readonly header = new Uint8Array(10);

  constructor(
    private readonly path: string,
    private readonly fallback: ChangeStamp,
  ) {}

  readonly read: ChangeStamp = async () => {
    this.fd ??= openSync(this.path, 'r');
    const got = readSync(this.fd, this.header, 0, 10, 18);
    if (got < 10 || this.header[0] !== 1) return this.fallback();
    return `c${new DataView(this.header.buffer).getUint32(6)}`;
  };

  close() {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
