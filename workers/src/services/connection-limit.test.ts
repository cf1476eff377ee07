import { describe, expect, it } from 'vitest';
import { limitedFetch } from './connection-limit';

describe('limitedFetch', () => {
  it('never has more than `max` requests in flight, and answers every one in order', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const slow = async (input: RequestInfo | URL) => {
      started.push(Number(String(input)));
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return new Response(String(input));
    };
    const limited = limitedFetch(6, slow);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => limited(String(i)).then((r) => r.text())));
    expect(most).toBe(6);
    expect(answers).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
    expect(started).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('frees the slot when a request fails', async () => {
    const limited = limitedFetch(1, async (input) => {
      if (String(input) === 'bad') throw new Error('network down');
      return new Response('ok');
    });
    await expect(limited('bad')).rejects.toThrow('network down');
    expect(await (await limited('good')).text()).toBe('ok');
  });
});
