// `ip -d address` / `ip -d link` (iproute2): each interface's flags, operational state, bond
// controller, current MAC and — with -d — the bond's and bond port's attributes, as printed by
// iproute2's ip/ipaddress.c (print_linkinfo), ip/iplink_bond.c and ip/iplink_bond_slave.c.
import { linesOf, refOn, SourceRef } from './text';

export interface BondLinkInfo {
  mode?: string;
  activeSlave?: string;
  miimon?: number;
  arpInterval?: number;
  failOverMac?: string;
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

/** Each word mapped to the word after it ("miimon 100 fail_over_mac none"): iproute2 prints
 *  attributes as name-value pairs, and a lookup by name survives flags without a value. */
function pairs(rest: string): Map<string, string> {
  const words = rest.trim().split(/\s+/);
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i++) if (!m.has(words[i])) m.set(words[i], words[i + 1]);
  return m;
}

const int = (v: string | undefined): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);

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
      const a = pairs(t.slice('bond '.length));
      cur.bond = {
        mode: a.get('mode'),
        activeSlave: a.get('active_slave'),
        miimon: int(a.get('miimon')),
        arpInterval: int(a.get('arp_interval')),
        failOverMac: a.get('fail_over_mac'),
        ref: refOn(uri, i, l),
      };
    }
  }
  return out;
}
