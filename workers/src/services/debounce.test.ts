import { describe, expect } from 'vitest';
import { onNode, testApp } from '../../../test/fixtures/app';
import { claim, release, runDebounced, staleMs } from './debounce';

describe('debouncing through the catalog', () => {
  onNode('one claim per key until it is released or goes stale', async () => {
    const { deps } = await testApp();
    const t0 = new Date('2026-11-23T08:00:00Z');
    expect(await claim(deps.catalog, 'snapshots:a', t0, 2_000)).toBe(true);
    expect(await claim(deps.catalog, 'snapshots:a', new Date(t0.getTime() + 1_000), 2_000)).toBe(false);
    expect(await claim(deps.catalog, 'snapshots:b', t0, 2_000)).toBe(true);
    await release(deps.catalog, 'snapshots:a');
    expect(await claim(deps.catalog, 'snapshots:a', t0, 2_000)).toBe(true);
    // Its owner never came back: taken over once stale.
    expect(await claim(deps.catalog, 'snapshots:b', new Date(t0.getTime() + 2_000 + staleMs - 1), 2_000)).toBe(false);
    expect(await claim(deps.catalog, 'snapshots:b', new Date(t0.getTime() + 2_000 + staleMs + 1), 2_000)).toBe(true);
  });

  onNode('a burst of requests runs the task once, after the wait; a change during the run schedules again', async () => {
    const { deps } = await testApp();
    const runs: string[] = [];
    let wake!: () => void;
    const options = { ms: 2_000, now: () => new Date(), sleep: () => new Promise<void>((r) => (wake = r)), onError: (key: string, err: unknown) => runs.push(`error ${key} ${err}`) };
    const request = (n: number) => runDebounced(deps.catalog, new Map([['snapshots:a', async () => void runs.push(`run ${n}`)]]), options);
    const first = request(1);
    await new Promise((r) => setTimeout(r, 10)); // the first request has claimed and waits
    await Promise.all([request(2), request(3)]);
    expect(runs).toEqual([]);
    wake();
    await first;
    expect(runs).toEqual(['run 1']);
    const again = request(4);
    await new Promise((r) => setTimeout(r, 10));
    wake();
    await again;
    expect(runs).toEqual(['run 1', 'run 4']);
  });

  onNode('a failing task is reported and frees its key', async () => {
    const { deps } = await testApp();
    const errors: string[] = [];
    const options = { ms: 0, now: () => new Date(), sleep: async () => {}, onError: (key: string) => void errors.push(key) };
    await runDebounced(deps.catalog, new Map([['k', () => Promise.reject(new Error('down'))]]), options);
    expect(errors).toEqual(['k']);
    expect(await claim(deps.catalog, 'k', new Date(), 0)).toBe(true);
  });
});
