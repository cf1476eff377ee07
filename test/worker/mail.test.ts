import { env } from 'cloudflare:test';
import { expect, it } from 'vitest';
import { testApp } from '../fixtures/app';

it('the Worker sends invitations through the mail API it is configured with', async () => {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner);
  const email = `moi-${Date.now()}@hoihuunghi.vn`;
  const invited = await owner.call('POST', `/api/w/${ws}/invitations`, { email, role: 'viewer' });
  expect(invited.status).toBe(201);
  const sent = (await (await fetch(env.MAIL_API_URL!)).json()) as { from: string; to: string[]; text: string }[];
  const mail = sent.find((m) => m.to[0] === email);
  expect(mail).toMatchObject({ from: 'Amity <no-reply@amity.test>' });
  expect(mail!.text).toContain(invited.body.acceptUrl);
});
