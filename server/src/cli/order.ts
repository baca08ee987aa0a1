// The order of files in a report: the default collation, as `localeCompare` sorts (so `ifcfg-Eth1`
// sits beside `ifcfg-eth1`, not after `ifcfg-z`). Building an Intl.Collator loads the collation
// data and costs more than a whole lint of a few hundred files; for the usual names, plain ASCII
// under a C or English locale, the same order follows from a small table instead.

/** Printable ASCII in the order of the root collation's primary weights (letters without case),
 *  as Unicode's collation algorithm and CLDR order them: punctuation and symbols, digits,
 *  letters. A test checks it against Intl.Collator. */
const PRIMARY = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

/** Each printable ASCII character but digits and letters, as a control character in the order
 *  of its primary weight: all below the digits, which sort below the letters. A name in small
 *  letters with these replaced compares by code unit as the root collation compares primaries. */
const PUNCTUATION_KEY: string[] = [];
for (let i = 0; PRIMARY.charCodeAt(i) !== 0x30; i++)
  PUNCTUATION_KEY[PRIMARY.charCodeAt(i)] = String.fromCharCode(1 + i);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ALNUM = /[^0-9a-z]/g;
const primaryKey = (name: string) => name.toLowerCase().replace(NOT_ALNUM, (c) => PUNCTUATION_KEY[c.charCodeAt(0)]);

/** ICU takes the default locale from LC_ALL, else LC_MESSAGES, else LANG; when each of them is
 *  unset, empty, C, POSIX or English, that locale collates ASCII as the root collation does
 *  (English has no tailoring; V8 reads C and POSIX as en-US). */
const ROOT_LIKE = /^(?:|C|POSIX|en(?:_[A-Za-z]{2,3})?)(?:\.[A-Za-z0-9-]+)?$/;
export function collatesLikeRoot(env: NodeJS.ProcessEnv): boolean {
  return ['LC_ALL', 'LC_MESSAGES', 'LANG'].every((v) => env[v] === undefined || ROOT_LIKE.test(env[v]));
}

const isCapital = (c: number) => (c >= 0x41 && c <= 0x5a ? 1 : 0);

/** Between names of equal primary weights, the first position where one has a capital and the
 *  other not puts the small letter first. */
function compareCase(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const d = isCapital(a.charCodeAt(i)) - isCapital(b.charCodeAt(i));
    if (d) return d;
  }
  return 0;
}

/** Sorts items by name in the default collation's order (stable, like Array.prototype.sort). */
export function sortByName<T>(items: T[], name: (item: T) => string, env = process.env): T[] {
  if (collatesLikeRoot(env) && items.every((i) => PRINTABLE_ASCII.test(name(i)))) {
    const keyed = items.map((item) => ({ item, name: name(item), key: primaryKey(name(item)) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareCase(a.name, b.name)));
    for (let i = 0; i < keyed.length; i++) items[i] = keyed[i].item;
    return items;
  }
  // One collator for the whole sort: the same order as localeCompare, without one per pair.
  const collator = new Intl.Collator();
  return items.sort((a, b) => collator.compare(name(a), name(b)));
}
