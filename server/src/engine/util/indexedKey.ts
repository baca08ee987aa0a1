// Numbered keys (IPADDR0, PREFIX1…) looked up in every file: the same string each time for the
// first indexes, so every look-up reuses the hash the string keeps. A name built anew is hashed
// again at each look-up, which cost more than the look-up itself.

const BY_BASE = new Map<string, string[]>();

/** `base` followed by the number `n` (`IPADDR` and 2 give `IPADDR2`); `base` alone for -1. */
export function indexedKey(base: string, n: number): string {
  if (n < 0) return base;
  if (n > 9) return base + n;
  let keys = BY_BASE.get(base);
  if (!keys) BY_BASE.set(base, (keys = []));
  return (keys[n] ??= base + n);
}
