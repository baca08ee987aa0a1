// What the client bundle has in place of the `semver` package. vscode-languageclient needs semver
// for one check only (lib/node/main.js, checkVersion): it parses `vscode.version`, clears its
// prerelease (an Insiders build counts as its release) and tests it against a caret range, the
// oldest VS Code the library supports. The package (~6 KB deflated, which esbuild cannot leave out
// of CommonJS) would otherwise ship whole. scripts/bundles.mjs points the library's two requires
// here and refuses to build when that range is not a caret range `^X.Y.Z`; test/unit/
// semverStandIn.test.ts compares both functions with the real package.

/** A version as semver 7 parses one (the fields the range test reads, and the build). */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated identifiers: numbers when all digits and safe as numbers, else strings. */
  prerelease: Array<string | number>;
  build: string[];
}

// SemVer 2.0.0's grammar, with semver's two liberties: surrounding white space and a leading `v`.
// Numbers without leading zeros; a prerelease identifier is either a number of that form or holds
// a letter or hyphen; build identifiers are any letters, digits and hyphens.
const ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][a-zA-Z0-9-]*)';
const VERSION = new RegExp(
  `^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${ID}(?:\\.${ID})*))?(?:\\+([a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*))?$`,
);
// semver's limits: longer strings and numbers beyond the exact integers are not versions.
const MAX_LENGTH = 256;

/** The version `text` names, or null when it names none (as semver's `parse`). */
export function parse(text: unknown): Version | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  const [major, minor, patch] = [+m[1], +m[2], +m[3]];
  if (major > Number.MAX_SAFE_INTEGER || minor > Number.MAX_SAFE_INTEGER || patch > Number.MAX_SAFE_INTEGER)
    return null;
  const prerelease = m[4]
    ? m[4].split('.').map((id) => (/^\d+$/.test(id) && +id < Number.MAX_SAFE_INTEGER ? +id : id))
    : [];
  return { major, minor, patch, prerelease, build: m[5] ? m[5].split('.') : [] };
}

const DIGITS = /^[0-9]+$/;
/** SemVer precedence of two prerelease identifiers: numbers below words, numbers by value, words
 *  by code unit. */
function compareIdentifiers(a: string | number, b: string | number): number {
  const an = DIGITS.test(String(a));
  const bn = DIGITS.test(String(b));
  if (an && bn) [a, b] = [+a, +b];
  return a === b ? 0 : an && !bn ? -1 : bn && !an ? 1 : a < b ? -1 : 1;
}

/** SemVer precedence of two versions (build metadata plays no part). */
function compare(a: Version, b: Version): number {
  const main = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (main) return Math.sign(main);
  // A release comes after its prereleases; prereleases compare identifier by identifier, and a
  // longer one after a prefix of it.
  if (!a.prerelease.length || !b.prerelease.length) return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; ; i++) {
    if (i === a.prerelease.length || i === b.prerelease.length)
      return Math.sign(a.prerelease.length - b.prerelease.length);
    const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (c) return c;
  }
}

/** Whether `version` lies in the caret range `range` (`^X.Y.Z`, optionally with a prerelease and a
 *  build), as semver's `satisfies` decides it without its options: at least X.Y.Z, below the next
 *  change of its first non-zero part (2.0.0 for ^1.2.3, 0.3.0 for ^0.2.3, 0.0.4 for ^0.0.3), and a
 *  prerelease version only when the range names a prerelease of the very same X.Y.Z. Any other
 *  range throws: this build carries no reader for it. */
export function satisfies(version: Version | string, range: string): boolean {
  const low = typeof range === 'string' && /^\^\d/.test(range) && range.trim() === range ? parse(range.slice(1)) : null;
  if (!low) throw new Error(`ifcfg's client reads only caret version ranges (^X.Y.Z); got ${JSON.stringify(range)}`);
  const v = typeof version === 'string' ? parse(version) : version;
  if (!v) return false;
  const high: Version =
    low.major > 0
      ? { major: low.major + 1, minor: 0, patch: 0, prerelease: [0], build: [] }
      : low.minor > 0
        ? { major: 0, minor: low.minor + 1, patch: 0, prerelease: [0], build: [] }
        : { major: 0, minor: 0, patch: low.patch + 1, prerelease: [0], build: [] };
  // semver builds the upper bound as text; one beyond the exact integers is no version.
  if (Math.max(high.major, high.minor, high.patch) > Number.MAX_SAFE_INTEGER) return false;
  if (compare(v, low) < 0 || compare(v, high) >= 0) return false;
  // A prerelease at or above the lower bound with its X.Y.Z is one only when the range names one.
  return !v.prerelease.length || (v.major === low.major && v.minor === low.minor && v.patch === low.patch);
}
