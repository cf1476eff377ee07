type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * A fetch that lets at most `max` requests be in flight at once, queueing the rest in order.
 * A Worker request may hold at most 6 open connections; every libSQL client of one request
 * shares one of these, so no fan-out can exceed that.
 */
export function limitedFetch(max: number, fetchImpl: Fetch = (input, init) => fetch(input, init)): Fetch {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (input, init) => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      const res = await fetchImpl(input, init);
      // The connection stays busy until its body is read.
      const body = await res.arrayBuffer();
      return new Response(body, res);
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
