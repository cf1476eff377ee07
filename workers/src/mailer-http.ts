import type { MailMessage, Mailer } from './deps';

export interface HttpMailerSettings {
  /** The provider's send endpoint, e.g. https://api.resend.com/emails. */
  url: string;
  apiKey: string;
  /** The sender, e.g. `Amity <no-reply@amity.example.vn>` (a domain the provider has verified). */
  from: string;
}

/**
 * Mail through an HTTP e-mail API (the Worker has no SMTP): one POST per message in Resend's
 * shape — `{ from, to: [address], subject, text }` with the key as a Bearer token — which
 * Resend takes as is. Any answer but 2xx is an error.
 */
export class HttpMailer implements Mailer {
  constructor(
    private readonly settings: HttpMailerSettings,
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async send(message: MailMessage): Promise<void> {
    const res = await this.fetcher(this.settings.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.settings.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: this.settings.from, to: [message.to], subject: message.subject, text: message.text }),
    });
    if (!res.ok) throw new Error(`the mail API answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  }
}
