import type { CatalogDb } from '../../db';
import type { TenantDatabases } from '../../db/provider';
import type { FileStore } from './services/files';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. Locally each message is written under DATA_DIR/outbox and logged. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface AppConfig {
  /** The origin the browser uses: cookies, links in e-mails, the trusted origin. */
  publicUrl: string;
  /** Secret that signs session cookies (at least 32 characters). */
  authSecret: string;
  version: string;
  /** PBKDF2-SHA256 iterations for new password hashes (Workers allow at most 100,000). */
  passwordIterations: number;
  /** A session unused this long ends. */
  sessionIdleSeconds: number;
  /** A session ends this long after sign-in, used or not. */
  sessionAbsoluteSeconds: number;
}

/** Everything the app core needs from its runtime. */
export interface AppDeps {
  catalog: CatalogDb;
  tenants: TenantDatabases;
  mailer: Mailer;
  /** Attachment bytes: files under DATA_DIR (Node), R2 (Worker), memory (tests). */
  files: FileStore;
  config: AppConfig;
  now?: () => Date;
  /**
   * Runs `task` off the request path, after the answer: snapshot refreshes after a change
   * (services/snapshots.ts). Tasks with the same `key` may be coalesced: Node debounces them
   * per key on a timer, the Worker hands each to `executionCtx.waitUntil`, a test may run them
   * at once or collect and await them. Absent: nothing is scheduled (the sweep catches up).
   */
  schedule?: (key: string, task: () => Promise<void>) => void;
}

export const defaultConfig = {
  version: '0.1.0',
  passwordIterations: 100_000,
  sessionIdleSeconds: 14 * 24 * 3600,
  sessionAbsoluteSeconds: 60 * 24 * 3600,
} satisfies Partial<AppConfig>;

/** Messages kept in memory (tests). */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}
