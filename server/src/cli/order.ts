// The order of files in a report: the default collation, as `localeCompare` sorts (so `ifcfg-Eth1`
// sits beside `ifcfg-eth1`, not after `ifcfg-z`). Building an Intl.Collator loads the collation
// data and costs more than a whole lint of a few hundred files; for the usual names, plain ASCII
// under a C or English locale, the same order follows from a small table instead.

/** Printable ASCII in the order of the root collation's primary weights (letters without case),
 *  as Unicode's collation algorithm and CLDR order them: punctuation and symbols, digits,
 *  letters. A test checks it against Intl.Collator. */
const PRIMARY = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

/** Per printable ASCII code: its primary weight (1…), 0 for anything else. */
const WEIGHT = new Uint8Array(128);
for (let i = 0; i < PRIMARY.length; i++) {
  const c = PRIMARY.charCodeAt(i);
  WEIGHT[c] = i + 1;
  if (c >= 0x61 && c <= 0x7a) WEIGHT[c - 0x20] = i + 1;
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** ICU takes the default locale from LC_ALL, else LC_MESSAGES, else LANG; when each of them is
 *  unset, empty, C, POSIX or English, that locale collates ASCII as the root collation does
 *  (English has no tailoring; V8 reads C and POSIX as en-US). */
const ROOT_LIKE = /^(?:|C|POSIX|en(?:_[A-Za-z]{2,3})?)(?:\.[A-Za-z0-9-]+)?$/;
export function collatesLikeRoot(env: NodeJS.ProcessEnv): boolean {
  return ['LC_ALL', 'LC_MESSAGES', 'LANG'].every((v) => env[v] === undefined || ROOT_LIKE.test(env[v]));
}

const isCapital = (c: number) => (c >= 0x41 && c <= 0x5a ? 1 : 0);

/** The root collation's order of two names of printable ASCII: primary weights decide first;
 *  on a tie, the first position where one name has a capital and the other not puts the small
 *  letter first. */
function compareAscii(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = WEIGHT[a.charCodeAt(i)] - WEIGHT[b.charCodeAt(i)];
    if (d) return d;
  }
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < n; i++) {
    const d = isCapital(a.charCodeAt(i)) - isCapital(b.charCodeAt(i));
    if (d) return d;
  }
  return 0;
}

/** Sorts items by name in the default collation's order (stable, like Array.prototype.sort). */
export function sortByName<T>(items: T[], name: (item: T) => string, env = process.env): T[] {
  if (collatesLikeRoot(env) && items.every((i) => PRINTABLE_ASCII.test(name(i)))) {
    return items.sort((a, b) => compareAscii(name(a), name(b)));
  }
  // One collator for the whole sort: the same order as localeCompare, without one per pair.
  const collator = new Intl.Collator();
  return items.sort((a, b) => collator.compare(name(a), name(b)));
}
