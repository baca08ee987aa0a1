// `ip -d address` / `ip -d link` (iproute2): each interface's flags, operational state, bond
// controller, current MAC and — with -d — the bond's and bond port's attributes, as printed by
// iproute2's ip/ipaddress.c (print_linkinfo), ip/iplink_bond.c and ip/iplink_bond_slave.c.
import { linesOf, refOn, SourceRef } from './text';

/** The `bond …` line iproute2's bond_print_opt (ip/iplink_bond.c) prints for a bond: mode by
 *  name (balance-rr … balance-alb), `miimon N`, `fail_over_mac none|active|follow`, always (the
 *  kernel's bond_fill_info sends them); `active_slave` and `primary` only when set, and the kernel
 *  sends the primary only while that port is enslaved. */
export interface BondLinkInfo {
  mode?: string;
  activeSlave?: string;
  miimon?: number;
  arpInterval?: number;
  failOverMac?: string;
  primary?: string;
  /** Where each of the attributes above is printed: `miimon 100`, name and value. */
  at: Partial<Record<'mode' | 'miimon' | 'failOverMac' | 'primary', SourceRef>>;
  ref: SourceRef;
}

export interface BondPortLinkInfo {
  /** ACTIVE / BACKUP. */
  state?: string;
  /** UP / DOWN / GOING_DOWN / GOING_BACK. */
  miiStatus?: string;
  linkFailureCount?: number;
  permHwaddr?: string;
  permRef?: SourceRef;
  ref: SourceRef;
}

export interface LinkInfo {
  name: string;
  flags: string[];
  /** Operational state (UP, DOWN, UNKNOWN, LOWERLAYERDOWN…). */
  state?: string;
  master?: string;
  mac?: string;
  /** PCI address of the device behind the interface ("parentdev 0000:00:08.0", newer iproute2). */
  parentDev?: string;
  bond?: BondLinkInfo;
  bondPort?: BondPortLinkInfo;
  /** The interface's header line. */
  ref: SourceRef;
}

const HEAD = /^(\d+):\s+([^:@\s]+)(?:@[^:\s]+)?:\s+<([^>]*)>(.*)$/;

const int = (v: string | undefined): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** Each word mapped to the word after it ("miimon 100 fail_over_mac none"): iproute2 prints
 *  attributes as name-value pairs, and a lookup by name survives flags without a value. */
function pairs(rest: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of spans(rest)) if (!m.has(k.word)) m.set(k.word, v.word);
  return m;
}

interface Word {
  word: string;
  at: number;
}

/** Each word with the word after it and their columns in `line`. */
function spans(line: string): Array<[Word, Word]> {
  const words: Word[] = [];
  for (const m of line.matchAll(/\S+/g)) words.push({ word: m[0], at: m.index });
  const out: Array<[Word, Word]> = [];
  for (let i = 0; i + 1 < words.length; i++) out.push([words[i], words[i + 1]]);
  return out;
}

/** The bond line's attributes, each with the range of "name value" on line `line`. */
function bondLine(uri: string, line: number, text: string, from: number): BondLinkInfo {
  const a = new Map<string, { v: string; ref: SourceRef }>();
  for (const [k, v] of spans(text.slice(from))) {
    if (a.has(k.word)) continue;
    const range = {
      start: { line, character: from + k.at },
      end: { line, character: from + v.at + v.word.length },
    };
    a.set(k.word, { v: v.word, ref: { uri, range } });
  }
  return {
    mode: a.get('mode')?.v,
    activeSlave: a.get('active_slave')?.v,
    miimon: int(a.get('miimon')?.v),
    arpInterval: int(a.get('arp_interval')?.v),
    failOverMac: a.get('fail_over_mac')?.v,
    primary: a.get('primary')?.v,
    at: {
      mode: a.get('mode')?.ref,
      miimon: a.get('miimon')?.ref,
      failOverMac: a.get('fail_over_mac')?.ref,
      primary: a.get('primary')?.ref,
    },
    ref: refOn(uri, line, text),
  };
}

export function parseIpLink(uri: string, text: string): LinkInfo[] {
  const out: LinkInfo[] = [];
  const lines = linesOf(text);
  let cur: LinkInfo | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const h = HEAD.exec(l);
    if (h) {
      const attrs = pairs(h[4]);
      cur = {
        name: h[2],
        flags: h[3].split(',').filter(Boolean),
        state: attrs.get('state'),
        master: attrs.get('master'),
        ref: refOn(uri, i, l, `${h[2]}:`),
      };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const t = l.trim();
    const ether = /^link\/ether\s+([0-9a-fA-F:]{17})/.exec(t);
    if (ether) cur.mac = ether[1].toLowerCase();
    const parent = /\bparentbus pci parentdev (\S+)/.exec(t);
    if (parent) cur.parentDev = parent[1];
    if (t.startsWith('bond_slave ')) {
      const a = pairs(t.slice('bond_slave '.length));
      const perm = a.get('perm_hwaddr');
      cur.bondPort = {
        state: a.get('state'),
        miiStatus: a.get('mii_status'),
        linkFailureCount: int(a.get('link_failure_count')),
        permHwaddr: perm?.toLowerCase(),
        permRef: perm ? refOn(uri, i, l, perm) : undefined,
        ref: refOn(uri, i, l),
      };
    } else if (t.startsWith('bond ')) {
      // "bond mode active-backup active_slave enp0s9 miimon 100 …": pairs after the keyword.
      cur.bond = bondLine(uri, i, l, l.indexOf('bond ') + 'bond '.length);
    }
  }
  return out;
}
