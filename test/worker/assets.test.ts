import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('the Worker entry', () => {
  it('serves the API', async () => {
    const res = await SELF.fetch('http://localhost:8787/api/health');
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('serves the web app, with deep links falling back to index.html', async () => {
    const home = await SELF.fetch('http://localhost:8787/');
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<div id="root"');
    const deep = await SELF.fetch('http://localhost:8787/w/some-workspace/settings');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
  });

  it('answers unknown API paths with problem+json, not the web app', async () => {
    const res = await SELF.fetch('http://localhost:8787/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
