// What a file is, judged by its name the way NetworkManager and initscripts judge it.

export type FileKind =
  'ifcfg' | 'alias' | 'route' | 'route6' | 'rule' | 'rule6' | 'keys' | 'capture' | 'keyfile' | 'unknown';

export interface FileNameInfo {
  kind: FileKind;
  /** Basename without the ignored suffix. */
  base: string;
  /** Suffix after `ifcfg-`/`route-`/... (the profile name), '' if none. */
  suffix: string;
  /** Which tools skip this file because of a backup-like suffix. */
  ignoredBy?: { suffix: string; nm: boolean; initscripts: boolean };
}

// NM ignores these (case-insensitively) and rpm's `;xxxxxxxx` temp suffix; initscripts has
// its own, partly different list.
const NM_IGNORED = ['.bak', '~', '.orig', '.rej', '.rpmnew', '.augnew', '.augtmp'];
const IS_IGNORED = ['~', '.bak', '.old', '.orig', '.rpmnew', '.rpmorig', '.rpmsave'];

export function basename(path: string): string {
  const decoded = path.startsWith('file:') ? safeDecode(path) : path;
  const slash = Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\'));
  return decoded.slice(slash + 1);
}

export function dirname(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash < 0 ? '' : path.slice(0, slash);
}

function safeDecode(s: string): string {
  // Nothing to decode without a `%` (the usual case): spares decodeURIComponent on every parse.
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** NetworkManager keyfiles: `*.nmconnection` anywhere, any file in a system-connections folder. */
export function isKeyfileName(path: string): boolean {
  const p = path.startsWith('file:') ? safeDecode(path) : path;
  if (hasNmSuffix(p)) return true;
  // The folder's name must be there, whichever slashes separate it.
  return (
    p.includes('system-connections') && /(^|\/)NetworkManager\/system-connections\/[^/]+$/.test(p.replace(/\\/g, '/'))
  );
}

const NM_SUFFIX = '.nmconnection';

/** Ends in `.nmconnection`, ASCII letters in any case (what /\.nmconnection$/i matches), by
 *  char code: asked of every file name. */
function hasNmSuffix(s: string): boolean {
  const from = s.length - NM_SUFFIX.length;
  if (from < 0) return false;
  for (let i = 0; i < NM_SUFFIX.length; i++) {
    const c = s.charCodeAt(from + i);
    // Upper-case ASCII letters read as lower case; '.' has no case.
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower !== NM_SUFFIX.charCodeAt(i)) return false;
  }
  return true;
}

const PREFIXES: ReadonlyArray<readonly [string, FileKind]> = [
  ['ifcfg-', 'ifcfg'],
  ['route6-', 'route6'],
  ['route-', 'route'],
  ['rule6-', 'rule6'],
  ['rule-', 'rule'],
  ['keys-', 'keys'],
];

export function classifyFileName(path: string): FileNameInfo {
  if (isKeyfileName(path)) {
    // Keyfiles have their own name rules (nm_keyfile_utils_ignore_filename), applied by the keyfile rules.
    const base = basename(path);
    return { kind: 'keyfile', base, suffix: hasNmSuffix(base) ? base.slice(0, -NM_SUFFIX.length) : base };
  }
  let name = basename(path);
  let ignoredBy: FileNameInfo['ignoredBy'];
  // Every ignored suffix starts with `.`, `~` or `;`: most names (ifcfg-eth0) have none, and
  // are spared the look-ups.
  if (/[.;~]/.test(name)) {
    const lower = name.toLowerCase();
    const rpmTmp = /;[0-9a-f]{8}$/i.exec(name);
    const nmHit = rpmTmp ? rpmTmp[0] : NM_IGNORED.find((s) => lower.endsWith(s));
    const isHit = IS_IGNORED.find((s) => name.endsWith(s));
    const hit = nmHit ?? isHit;
    if (hit) {
      ignoredBy = { suffix: hit, nm: nmHit !== undefined, initscripts: isHit !== undefined };
      name = name.slice(0, name.length - hit.length);
    }
  }
  // Indexed, without destructuring: asked many times of every file, in code that runs cold.
  for (let i = 0; i < PREFIXES.length; i++) {
    const p = PREFIXES[i][0];
    const kind = PREFIXES[i][1];
    if (name.startsWith(p) && name.length > p.length) {
      const suffix = name.slice(p.length);
      const k: FileKind = kind === 'ifcfg' && suffix.includes(':') ? 'alias' : kind;
      return { kind: k, base: name, suffix, ignoredBy };
    }
  }
  // /proc/net/bonding/bondN captures: by place or by the .bonding extension.
  const decoded = path.startsWith('file:') ? safeDecode(path) : path;
  if (/\.bonding$/i.test(name) || /\/proc\/net\/bonding\/[^/]+$/.test(decoded.replace(/\\/g, '/'))) {
    return { kind: 'capture', base: name, suffix: captureBondName(name), ignoredBy };
  }
  return { kind: 'unknown', base: name, suffix: '', ignoredBy };
}

/** The bond a capture file is about, from its name: bond0, bond0.bonding, bond0.txt… */
export function captureBondName(name: string): string {
  return name.replace(/\.(bonding|txt|log|out)$/i, '');
}

/** True for names the extension and the CLI treat as network-scripts files (or captures). */
export function isNetworkScriptsName(path: string): boolean {
  return classifyFileName(path).kind !== 'unknown';
}
