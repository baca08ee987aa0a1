// Value kinds of ifcfg keys and the checks behind them.

export type KeyType =
  | { t: 'bool' } // NM svParseBoolean: yes/no/true/false/t/f/y/n/1/0 (not on/off)
  | { t: 'bool-onoff' } // STP: on/yes/off/no
  | { t: 'ipv4' }
  | { t: 'ipv4-prefix' } // ipv4[/len]
  | { t: 'ipv6' } // ipv6[/len]
  | { t: 'ipv6-gw' } // ipv6[%iface]
  | { t: 'ipv6-list' }
  | { t: 'ip' } // DNS: IPv4 or IPv6 (NM also accepts DNS URIs / #server-name)
  | { t: 'prefix4' }
  | { t: 'netmask' }
  | { t: 'mac' }
  | { t: 'mac-or'; words: string[] }
  | { t: 'int'; min: number; max: number }
  | { t: 'enum'; values: string[]; ci?: boolean; numeric?: boolean }
  | { t: 'flags'; values: string[] }
  | { t: 'ifname' }
  | { t: 'uuid' }
  | { t: 'json' }
  | { t: 'bits8'; digits: string }
  | { t: 'pct8'; sum100: boolean }
  | { t: 'bonding-opts' }
  | { t: 'bridging-opts' }
  | { t: 'ethtool-opts' }
  | { t: 'string' };

export const BOOL: KeyType = { t: 'bool' };
export const STR: KeyType = { t: 'string' };
export const IPV4: KeyType = { t: 'ipv4' };
export const IFNAME: KeyType = { t: 'ifname' };
export const UUID: KeyType = { t: 'uuid' };
export const MAC: KeyType = { t: 'mac' };
export const int = (min: number, max: number): KeyType => ({ t: 'int', min, max });
export const en = (values: string[], ci = false): KeyType => ({ t: 'enum', values, ci });

export const NM_TRUE = ['yes', 'true', 't', 'y', '1'];
export const NM_FALSE = ['no', 'false', 'f', 'n', '0'];
export const IS_TRUE = [...NM_TRUE, 'on'];
export const IS_FALSE = [...NM_FALSE, 'off'];

/** Dotted quad, each part 0-255 without a leading zero. One anchored test, no match object:
 *  it costs half a loop over the characters, and fails as early on hostile text. */
const DOTTED_QUAD = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
export function isIPv4(s: string): boolean {
  return DOTTED_QUAD.test(s);
}

export function isIPv6(s: string): boolean {
  if (s.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(s) || !s.includes(':')) return false;
  let head = s;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    // An embedded IPv4 tail counts as the last two groups.
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    head = s.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = head.split('::');
  if (dbl.length > 2) return false;
  const part = (p: string): string[] | null => {
    if (p === '') return [];
    const g = p.split(':');
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g : null;
  };
  const a = part(dbl[0]);
  const b = dbl.length === 2 ? part(dbl[1]) : [];
  if (!a || !b) return false;
  return dbl.length === 2 ? a.length + b.length <= 7 : a.length === 8;
}

/** Kernel/NM MAC syntax: 6 octets (20 for InfiniBand), `:` or `-` used consistently. */
export function isMac(s: string, octets: readonly number[] = MAC_OCTETS): boolean {
  const sep = s.includes(':') ? 58 : s.includes('-') ? 45 : 0;
  if (!sep) return false;
  // Parts between separators of one or two hex digits, counted by char code: every file's
  // HWADDR is checked, and splitting it made six strings and ran six regular expressions.
  let parts = 1;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === sep) {
      if (digits === 0) return false;
      parts++;
      digits = 0;
    } else if (((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)) && digits < 2) digits++;
    else return false;
  }
  return digits > 0 && octets.includes(parts);
}
const MAC_OCTETS: readonly number[] = [6, 20];

export function isNetmask(s: string): boolean {
  if (!isIPv4(s)) return false;
  const n = s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  const inv = (~n >>> 0) + 1;
  return (inv & (inv - 1)) === 0 || n === 0;
}

export function netmaskToPrefix(s: string): number {
  const n = s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  let bits = 0;
  for (let i = 31; i >= 0; i--) if (n & (2 ** i)) bits++;
  return bits;
}

export function isIfname(s: string): boolean {
  return s.length >= 1 && s.length <= 15 && s !== '.' && s !== '..' && !/[\s/:]/.test(s);
}

export function isUuid(s: string): boolean {
  return /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/.test(s);
}

/** What NetworkManager's nm_utils_is_uuid (nm_uuid_is_valid_nmlegacy) still takes for a UUID. */
export function isNmLegacyUuid(s: string): boolean {
  return (s.length === 36 && s.split('-').length === 5) || /^[0-9a-fA-F]{40}$/.test(s) || isUuid(s);
}
