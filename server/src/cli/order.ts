// The order of files in a report: the default collation, as `localeCompare` sorts (so `ifcfg-Eth1`
// sits beside `ifcfg-eth1`, not after `ifcfg-z`). Building an Intl.Collator loads the collation
// data and costs more than a whole lint of a few hundred files; for the usual names, plain ASCII
// under a C or English locale, the same order follows from a small table instead.

/** Printable ASCII in the order of the root collation's primary weights (letters without case),
 *  as Unicode's collation algorithm and CLDR order them: punctuation and symbols, digits,
 *  letters. A test checks it against Intl.Collator. */
const PRIMARY = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

/** Per printable ASCII code: its primary weight as a character that sorts by code unit. */
const WEIGHT: string[] = [];
for (let i = 0; i < PRIMARY.length; i++) {
  const c = PRIMARY.charCodeAt(i);
  WEIGHT[c] = String.fromCharCode(0x41 + i);
  if (c >= 0x61 && c <= 0x7a) WEIGHT[c - 0x20] = WEIGHT[c];
}

/** ICU takes the default locale from LC_ALL, else LC_MESSAGES, else LANG; when each of them is
 *  unset, empty, C, POSIX or English, that locale collates ASCII as the root collation does
 *  (English has no tailoring; V8 reads C and POSIX as en-US). */
const ROOT_LIKE = /^(?:|C|POSIX|en(?:_[A-Za-z]{2,3})?)(?:\.[A-Za-z0-9-]+)?$/;
export function collatesLikeRoot(env: NodeJS.ProcessEnv): boolean {
  return ['LC_ALL', 'LC_MESSAGES', 'LANG'].every((v) => env[v] === undefined || ROOT_LIKE.test(env[v]));
}

/** A key whose code unit order is the root collation's order of the name, or undefined when the
 *  name holds anything but printable ASCII. Primary weights decide first; on a tie, the first
 *  position where one name has a capital and the other not puts the small letter first. */
function sortKey(name: string): string | undefined {
  let primary = '';
  let tertiary = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const w = c >= 0x20 && c <= 0x7e ? WEIGHT[c] : undefined;
    if (w === undefined) return undefined;
    primary += w;
    tertiary += c >= 0x41 && c <= 0x5a ? '1' : '0';
  }
  // '!' is below every weight: a name that is a prefix of another sorts first.
  return `${primary}!${tertiary}`;
}

/** Sorts items by name in the default collation's order (stable, like Array.prototype.sort). */
export function sortByName<T>(items: T[], name: (item: T) => string, env = process.env): T[] {
  if (collatesLikeRoot(env)) {
    const keys = new Map<T, string>();
    for (const item of items) {
      const k = sortKey(name(item));
      if (k === undefined) break;
      keys.set(item, k);
    }
    if (keys.size === items.length) {
      return items.sort((a, b) => {
        const x = keys.get(a)!;
        const y = keys.get(b)!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
  }
  // One collator for the whole sort: the same order as localeCompare, without one per pair.
  const collator = new Intl.Collator();
  return items.sort((a, b) => collator.compare(name(a), name(b)));
}
