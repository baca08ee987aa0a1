// The seven bonding modes: kernel names, numbers and what each does, in our words.
import { isDigits } from '../util/digits';

export type BondMode =
  'balance-rr' | 'active-backup' | 'balance-xor' | 'broadcast' | '802.3ad' | 'balance-tlb' | 'balance-alb';

export interface ModeInfo {
  name: BondMode;
  num: number;
  short: string;
  doc: string;
  /** What the switch must provide. */
  switchNeeds: string;
}

export const MODES: readonly ModeInfo[] = [
  {
    name: 'balance-rr',
    num: 0,
    short: 'round-robin',
    doc: 'Sends packets on each port in turn. Gives load balancing and fault tolerance, but packets of one flow can arrive out of order.',
    switchNeeds: 'a static EtherChannel / trunk group on the switch',
  },
  {
    name: 'active-backup',
    num: 1,
    short: 'fault tolerance',
    doc: 'One port carries all traffic; another takes over only when it fails. The bond shows one MAC to the network (see `fail_over_mac` for how MACs move at failover).',
    switchNeeds: 'nothing',
  },
  {
    name: 'balance-xor',
    num: 2,
    short: 'hash balancing',
    doc: 'Picks the port per flow from a hash (`xmit_hash_policy`), so one flow always leaves through the same port.',
    switchNeeds: 'a static EtherChannel / trunk group on the switch',
  },
  {
    name: 'broadcast',
    num: 3,
    short: 'broadcast',
    doc: 'Sends every packet on every port. Only for special fault-tolerance setups.',
    switchNeeds: 'a static EtherChannel / trunk group on the switch',
  },
  {
    name: '802.3ad',
    num: 4,
    short: 'LACP',
    doc: 'IEEE 802.3ad dynamic link aggregation: ports negotiate with the switch through LACP and form aggregators of equal speed and duplex.',
    switchNeeds: 'LACP configured on the switch ports',
  },
  {
    name: 'balance-tlb',
    num: 5,
    short: 'adaptive transmit load balancing',
    doc: 'Spreads outgoing traffic by port load; incoming traffic arrives on the current port. On failure another port takes over the MAC of the failed receiving port.',
    switchNeeds: 'nothing',
  },
  {
    name: 'balance-alb',
    num: 6,
    short: 'adaptive load balancing',
    doc: 'balance-tlb plus receive balancing: the bond answers ARP with different port MACs so that peers spread their traffic. Ports must be able to change their MAC while open.',
    switchNeeds: 'nothing',
  },
];

export const MODE_BY_NAME = new Map(MODES.map((m) => [m.name as string, m]));
export const MODE_BY_NUM = new Map(MODES.map((m) => [m.num, m]));

/** Kernel and NM accept a mode by name or number ("4" and "802.3ad" are the same). */
export function resolveMode(v: string | undefined): ModeInfo | undefined {
  if (v === undefined) return undefined;
  if (isDigits(v)) return MODE_BY_NUM.get(Number(v));
  return MODE_BY_NAME.get(v);
}

export const ARP_MODES: readonly BondMode[] = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast'];
