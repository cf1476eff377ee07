import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailMessage, Mailer } from './deps';

/** Local mail transport: each message becomes a file under `dir` and a line in the log. */
export class FileMailer implements Mailer {
  constructor(private readonly dir: string) {}

  async send(message: MailMessage): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.to.replace(/[^a-z0-9@.-]/gi, '_')}.txt`;
    const file = join(this.dir, name);
    writeFileSync(file, `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}`);
    console.log(`[mail] to ${message.to}: ${message.subject} → ${file}`);
  }
}
