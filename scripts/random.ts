/**
 * mulberry32: a small, fast, seedable generator. The same seed gives the same data, so demo
 * data is stable, benchmarks compare like with like, and a failing property test replays.
 */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const weighted = <T>(list: readonly [T, number][]) => {
    let r = next() * list.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of list) if ((r -= w) < 0) return item;
    return list[list.length - 1][0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
