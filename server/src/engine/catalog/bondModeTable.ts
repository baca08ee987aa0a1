// The mode × option truth table: what the kernel and NetworkManager do with a bonding option
// in each mode. Built from three transcribed source lists (see docs/sources.md for versions):
// the kernel's per-option `unsuppmodes` (bond_options.c bond_opts[]), NetworkManager's
// _bond_option_unsupp_mode (normalised away) and the mode checks of its verify() (profile
// refused), plus bonding.rst for options that are accepted but only act in some modes.
import { BondMode, MODES } from './modes';

const ALL: readonly BondMode[] = MODES.map((m) => m.name);
const except = (...m: BondMode[]): BondMode[] => ALL.filter((x) => !m.includes(x));
const NO_ARP: BondMode[] = ['802.3ad', 'balance-tlb', 'balance-alb'];

/** bond_options.c: bond_opt_check_deps() answers EACCES in these modes. */
export const KERNEL_UNSUPPORTED: Readonly<Record<string, readonly BondMode[]>> = {
  packets_per_slave: except('balance-rr'),
  arp_validate: NO_ARP,
  arp_interval: NO_ARP,
  arp_missed_max: NO_ARP,
  lacp_active: except('802.3ad'),
  lacp_rate: except('802.3ad'),
  prio: except('active-backup', 'balance-tlb', 'balance-alb'),
  primary: except('active-backup', 'balance-tlb', 'balance-alb'),
  active_slave: except('active-backup', 'balance-tlb', 'balance-alb'),
  tlb_dynamic_lb: except('balance-tlb', 'balance-alb'),
  ad_actor_sys_prio: except('802.3ad'),
  ad_actor_system: except('802.3ad'),
  ad_user_port_key: except('802.3ad'),
  coupled_control: except('802.3ad'),
};

/** nm-setting-bond.c _bond_option_unsupp_mode: verify() normalises the option away. */
export const NM_UNSUPPORTED: Readonly<Record<string, readonly BondMode[]>> = {
  active_slave: except('active-backup', 'balance-tlb', 'balance-alb'),
  ad_actor_sys_prio: except('802.3ad'),
  ad_actor_system: except('802.3ad'),
  ad_user_port_key: except('802.3ad'),
  arp_interval: NO_ARP,
  arp_ip_target: NO_ARP,
  arp_validate: NO_ARP,
  lacp_rate: except('802.3ad'),
  packets_per_slave: except('balance-rr'),
  primary: except('active-backup', 'balance-tlb', 'balance-alb'),
  tlb_dynamic_lb: except('balance-tlb', 'balance-alb'),
};

export interface NmModeCheck {
  modes: readonly BondMode[];
  /** verify() refuses only for these values (as written; NM has validated them as numbers or names). */
  refusesValue: (v: string) => boolean;
}

const positive = (v: string): boolean => /^\d+$/.test(v) && Number(v) > 0;

/** nm-setting-bond.c verify(): mode checks that fail before normalisation (profile refused). */
export const NM_REFUSED: Readonly<Record<string, NmModeCheck>> = {
  arp_interval: { modes: ['balance-tlb', 'balance-alb'], refusesValue: positive },
  arp_missed_max: { modes: NO_ARP, refusesValue: positive },
  primary: { modes: except('active-backup', 'balance-tlb', 'balance-alb'), refusesValue: () => true },
  lacp_rate: { modes: except('802.3ad'), refusesValue: (v) => v !== '0' && v !== 'slow' },
  lacp_active: { modes: except('802.3ad'), refusesValue: () => true },
  'balance-slb': { modes: except('balance-xor'), refusesValue: positive },
};

/** bonding.rst: options the kernel accepts everywhere but that act only in these modes. */
export const EFFECTIVE_ONLY_IN: Readonly<Record<string, readonly BondMode[]>> = {
  fail_over_mac: ['active-backup'],
  num_grat_arp: ['active-backup'],
  num_unsol_na: ['active-backup'],
  arp_all_targets: ['active-backup'],
  // balance-tlb/alb use the hash only with tlb_dynamic_lb=0 (see xmitHashUsed).
  xmit_hash_policy: ['balance-xor', '802.3ad', 'balance-tlb', 'balance-alb'],
  ad_select: ['802.3ad'],
  min_links: ['802.3ad'],
  lp_interval: ['balance-tlb', 'balance-alb'],
  'balance-slb': ['balance-xor'],
};

/** Options NetworkManager's bond setting does not know (it drops them; see BOND-046). */
export const NM_UNKNOWN = new Set(['coupled_control', 'broadcast_neighbor', 'lacp_strict', 'prio', 'actor_port_prio']);

export type KernelVerdict = 'applies' | 'refuses' | 'no-effect';
export type NmVerdict = 'applies' | 'refuses' | 'normalises' | 'no-effect' | 'unknown';

export interface Cell {
  kernel: KernelVerdict;
  nm: NmVerdict;
}

/** The cell for an option in a mode; `value` decides the value-dependent NetworkManager checks. */
export function cellOf(option: string, mode: BondMode, value = '1'): Cell {
  const effective = EFFECTIVE_ONLY_IN[option];
  const noEffect = !!effective && !effective.includes(mode);
  const kernel: KernelVerdict = KERNEL_UNSUPPORTED[option]?.includes(mode)
    ? 'refuses'
    : noEffect
      ? 'no-effect'
      : 'applies';
  const refused = NM_REFUSED[option];
  let nm: NmVerdict;
  if (NM_UNKNOWN.has(option)) nm = 'unknown';
  else if (refused?.modes.includes(mode) && refused.refusesValue(value)) nm = 'refuses';
  else if (NM_UNSUPPORTED[option]?.includes(mode)) nm = 'normalises';
  else if (noEffect || kernel === 'refuses') nm = 'no-effect';
  else nm = 'applies';
  return { kernel, nm };
}

/** Options whose verdict depends on the mode, for tables and tests (pure, so bundles that never
 *  read it leave it out). */
export const MODE_DEPENDENT_OPTIONS: readonly string[] = /* @__PURE__ */ (() =>
  [
    ...new Set([
      ...Object.keys(KERNEL_UNSUPPORTED),
      ...Object.keys(NM_UNSUPPORTED),
      ...Object.keys(NM_REFUSED),
      ...Object.keys(EFFECTIVE_ONLY_IN),
    ]),
  ].sort())();

/** The whole table, one row per option, one cell per mode (the rules judge cell by cell; the
 *  docs and tests read the table, so bundles that never do leave it out). */
export const MODE_OPTION_TABLE: ReadonlyArray<{ option: string; cells: Record<BondMode, Cell> }> =
  /* @__PURE__ */ MODE_DEPENDENT_OPTIONS.map((option) => ({
    option,
    cells: Object.fromEntries(ALL.map((m) => [m, cellOf(option, m)])) as Record<BondMode, Cell>,
  }));

export interface Judged {
  severity: 'error' | 'warning' | 'hint';
  /** What each judged tool does, in words. */
  what: string[];
}

/**
 * The severity policy applied to one cell: a kernel refusal (initscripts writes the option and
 * the write fails) or a verify() failure is an error, NetworkManager normalising it away is a
 * warning, no effect is a hint. `is`/`nm` say which tools are in force for the file.
 */
export function judge(cell: Cell, is: boolean, nm: boolean): Judged | undefined {
  const what: string[] = [];
  let severity: Judged['severity'] | undefined;
  const raise = (s: Judged['severity']) => {
    const rank = { error: 0, warning: 1, hint: 2 };
    if (!severity || rank[s] < rank[severity]) severity = s;
  };
  if (is && cell.kernel === 'refuses') {
    what.push("the kernel refuses it, so initscripts' write fails");
    raise('error');
  }
  if (nm && cell.nm === 'refuses') {
    what.push("NetworkManager's verify() refuses the whole profile");
    raise('error');
  }
  if (nm && cell.nm === 'normalises') {
    what.push('NetworkManager removes it when it loads the profile');
    raise('warning');
  }
  if ((is && cell.kernel === 'no-effect') || (nm && cell.nm === 'no-effect' && !what.length)) {
    what.push('it has no effect');
    raise('hint');
  }
  return severity ? { severity, what } : undefined;
}
