// Small deterministic helpers: hashing, seeded PRNG, shuffling.

/** FNV-1a 32-bit hash as 8 hex digits. */
export function fnv1a(str: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function hashInt(str: string): number {
  return parseInt(fnv1a(str), 16) >>> 0;
}

/** mulberry32 PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const arr = items.slice();
  const r = rng(seed);
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = arr[i]!;
    arr[i] = arr[j]!;
    arr[j] = t;
  }
  return arr;
}

/** Deterministic shuffle guaranteed to differ from the input order when there are ≥2 distinct items. */
export function shuffleDifferent<T>(
  items: readonly T[],
  seed: number,
  eq: (a: T, b: T) => boolean = (a, b) => a === b,
): T[] {
  for (let k = 0; k < 8; k++) {
    const s = shuffle(items, seed + k * 7919);
    if (s.some((x, i) => !eq(x, items[i]!))) return s;
  }
  // rotate by one
  return items.length > 1 ? [...items.slice(1), items[0]!] : items.slice();
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Math.round(x * 100) / 100;
}
