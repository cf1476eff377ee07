import { describe, expect, it } from 'vitest';
import { HttpMailer } from './mailer-http';

const settings = { url: 'https://mail.example/emails', apiKey: 'key-123', from: 'Amity <no-reply@amity.example.vn>' };
const message = { to: 'thu.ha@hoihuunghi.vn', subject: 'Lời mời / invitation', text: 'Xin chào' };

describe('HTTP mailer', () => {
  it('posts each message as JSON with the key as a Bearer token', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const mailer = new HttpMailer(settings, async (url, init) => {
      sent.push({ url: String(url), init: init! });
      return new Response('{"id":"m1"}', { status: 200 });
    });
    await mailer.send(message);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe(settings.url);
    expect(sent[0].init.method).toBe('POST');
    expect(new Headers(sent[0].init.headers).get('authorization')).toBe('Bearer key-123');
    expect(JSON.parse(String(sent[0].init.body))).toEqual({ from: settings.from, to: [message.to], subject: message.subject, text: message.text });
  });

  it('fails when the provider refuses', async () => {
    const mailer = new HttpMailer(settings, async () => new Response('{"message":"domain not verified"}', { status: 403 }));
    await expect(mailer.send(message)).rejects.toThrow(/403.*domain not verified/);
  });
});
