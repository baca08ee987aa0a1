// The static addresses a profile names, as `address/prefix` in the form NetworkManager prints
// them, in the order it stores them. What the file says, not what NM applies: whether IPv6 is
// enabled, or a port drops its IP settings, is the migration preview's business.
import { isIPv4 } from '../catalog/keyTypes';
import { indexedKey } from '../util/indexedKey';
import type { ParsedDocument } from '../parser/document';
import { KfEntry, unescapedText } from '../parser/keyfile';
import { canonicalIP, classfulPrefix, maskPrefix } from '../catalog/inet';

export interface Addresses {
  ipv4: string[];
  ipv6: string[];
}

const add = (list: string[], a: string | undefined) => {
  if (a !== undefined) list.push(a);
};

const NONE = Object.freeze([]) as unknown as string[];
/** Shared by every profile without addresses (most ports): nothing changes a profile's lists. */
const NO_ADDRESSES: Addresses = Object.freeze({ ipv4: NONE, ipv6: NONE });

/** Each address once, where it first appears (a Set keeps insertion order): one pass, where a
 *  membership test per address made a file of thousands of IPADDRn quadratic. */
const once = (out: Addresses): Addresses =>
  out.ipv4.length || out.ipv6.length ? { ipv4: unique(out.ipv4), ipv6: unique(out.ipv6) } : NO_ADDRESSES;
// A list of none or one is its own set: most profiles have one address or none.
const unique = (list: string[]): string[] => (list.length < 2 ? list : [...new Set(list)]);

/** ifcfg: IPADDR, IPADDR0, IPADDR1 (optional), then IPADDR2… up to the first gap, each with
 *  PREFIXn, else NETMASKn, else the class's prefix; IPV6ADDR then IPV6ADDR_SECONDARIES,
 *  /64 when no prefix is given (nms-ifcfg-rh-reader.c make_ip4_setting L2003-2022,
 *  read_full_ip4_address, make_ip6_setting L2526-2552, at NetworkManager 355bc902994f). */
export function ifcfgAddresses(doc: ParsedDocument): Addresses {
  const get = (k: string) => {
    const a = doc.effective.get(k);
    return a && a.value.nmValid && a.value.text ? a.value.text : undefined;
  };
  const out: Addresses = { ipv4: [], ipv6: [] };
  for (let i = -1; ; i++) {
    const ip = get(indexedKey('IPADDR', i));
    if (!ip) {
      if (i > 1) break;
      continue;
    }
    if (!isIPv4(ip)) continue;
    const p = get(indexedKey('PREFIX', i));
    const mask = get(indexedKey('NETMASK', i));
    let prefix: number | undefined;
    if (p) prefix = /^\s*\d+\s*$/.test(p) && Number(p) <= 32 ? Number(p) : undefined;
    else if (mask) prefix = isIPv4(mask) ? maskPrefix(mask) : undefined;
    else prefix = classfulPrefix(ip);
    if (prefix !== undefined) add(out.ipv4, `${ip}/${prefix}`);
  }
  const v6a = get('IPV6ADDR');
  const v6b = get('IPV6ADDR_SECONDARIES');
  if (v6a || v6b) {
    const v6 = [v6a, v6b].filter(Boolean).join(' ');
    for (const item of v6.split(' ').filter(Boolean)) add(out.ipv6, v6Address(item, 64));
  }
  return once(out);
}

/** The index of a keyfile address key (`address`, `address1`, `addresses2`…, what
 *  /^address(es)?(0|[1-9]\d*)?$/ matches): -1 without a number, undefined for any other key.
 *  Read by hand: exec() made a match object and strings per key of every [ipv4] group. */
export function addressIndex(key: string): number | undefined {
  if (!key.startsWith('address')) return undefined;
  const from = key.startsWith('addresses') ? 9 : 7;
  if (from === key.length) return -1;
  // No leading zero, digits only.
  if (key.charCodeAt(from) === 48 && key.length > from + 1) return undefined;
  for (let i = from; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(key.slice(from));
}
/** Where the first `,` or `;` is, -1 if none (what search(/[,;]/) answers, without a pattern). */
function fieldEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59) return i;
  }
  return -1;
}
const DIGITS = /^\d+$/;

/** keyfile (the keys of the groups NetworkManager reads [ipv4] and [ipv6] from): address,
 *  address0, address1…, and the old `addresses` spelling, sorted by index (address before
 *  addresses on a tie); `ADDR/PLEN[,GATEWAY]`, 24 or 64 without a length (nm-keyfile.c
 *  _build_list_create, read_one_ip_address_or_route). */
export function keyfileAddresses(ipv4: KeyfileKeys | undefined, ipv6: KeyfileKeys | undefined): Addresses {
  return once({ ipv4: familyAddresses(ipv4, 4), ipv6: familyAddresses(ipv6, 6) });
}

/** The keys of the group NetworkManager reads a setting from (Keyfile.merged's values). */
type KeyfileKeys = Map<string, KfEntry[]>;

function familyAddresses(keys: KeyfileKeys | undefined, family: 4 | 6): string[] {
  const list: string[] = [];
  if (!keys) return list;
  const found: Array<{ idx: number; type: number; value: string }> = [];
  // forEach, not for…of: no [key, entries] pair per key.
  keys.forEach((entries, key) => {
    const idx = addressIndex(key);
    if (idx === undefined || !entries.length) return;
    found.push({
      idx,
      type: key.startsWith('addresses') ? 1 : 0,
      value: unescapedText(entries[entries.length - 1].raw),
    });
  });
  if (found.length > 1) found.sort((a, b) => a.idx - b.idx || a.type - b.type);
  for (const f of found) {
    // The address: what comes before the first `,` (gateway) or `;` (list separator).
    const cut = fieldEnd(f.value);
    const first = (cut < 0 ? f.value : f.value.slice(0, cut)).trim();
    add(list, family === 4 ? v4Address(first) : v6Address(first, 64));
  }
  return list;
}

/** `ADDR[/PLEN[/…]]` as NM prints it: the prefix without leading zeros, /24 when absent. */
function v4Address(item: string): string | undefined {
  // The address and the prefix are the first two `/` fields; a third is ignored.
  const slash = item.indexOf('/');
  const a = slash < 0 ? item : item.slice(0, slash);
  if (!isIPv4(a)) return undefined;
  if (slash < 0) return `${a}/24`;
  const next = item.indexOf('/', slash + 1);
  const p = next < 0 ? item.slice(slash + 1) : item.slice(slash + 1, next);
  if (!DIGITS.test(p) || Number(p) > 32) return undefined;
  // Written as NM prints it already: the item is the result.
  if (next < 0 && (p.length === 1 || p.charCodeAt(0) !== 48)) return item;
  return `${a}/${Number(p)}`;
}

function v6Address(item: string, def: number): string | undefined {
  const [a, p] = item.split('/');
  const c = canonicalIP(a, true);
  const plen = p === undefined ? def : /^\d+$/.test(p) && Number(p) <= 128 ? Number(p) : undefined;
  return c && plen !== undefined ? `${c}/${plen}` : undefined;
}
