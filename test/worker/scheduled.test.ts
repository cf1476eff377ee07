import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { expect, it } from 'vitest';
import worker from '../../workers/src/worker';
import { testApp } from '../fixtures/app';

it('the Cron Trigger recomputes every workspace’s snapshots', async () => {
  const t = await testApp();
  const owner = await t.user();
  const ws = await t.workspace(owner);
  const today = new Date().toISOString().slice(0, 10);
  expect((await owner.call('POST', `/api/w/${ws}/members`, { kind: 'individual', fullName: 'Nguyễn Văn An', category: 'official', joinedOn: today })).status).toBe(201);
  expect((await owner.call('POST', `/api/w/${ws}/stats/refresh`)).status).toBe(200);
  const before = (await owner.call('GET', `/api/w/${ws}/rollup?from=${today}&to=${today}`)).body;
  expect(before.totals.indicators.members_active).toBe(1);

  await new Promise((r) => setTimeout(r, 20));
  const ctx = createExecutionContext();
  await worker.scheduled({}, env, ctx);
  await waitOnExecutionContext(ctx);

  const after = (await owner.call('GET', `/api/w/${ws}/rollup?from=${today}&to=${today}`)).body;
  expect(after.totals.indicators.members_active).toBe(1);
  expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(before.asOf));
});
