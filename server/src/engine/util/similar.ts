// "Did you mean" suggestions by edit distance, bounded so long inputs stay cheap.

// Two rows of the edit-distance table, reused: unknown keys are common in real files and each
// one is compared with hundreds of known names.
let rowA = new Int32Array(65);
let rowB = new Int32Array(65);

export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/** Lower-cased candidate lists, computed once per list (the lists are mostly catalog tables). */
const lowered = new WeakMap<readonly string[], string[]>();

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let lower = lowered.get(candidates);
  if (!lower) lowered.set(candidates, (lower = candidates.map((c) => c.toLowerCase())));
  let best: string | undefined;
  let bestD = max + 1;
  for (let i = 0; i < lower.length; i++) {
    const d = distance(w, lower[i], max);
    if (d < bestD) {
      best = candidates[i];
      bestD = d;
    }
  }
  return best;
}
