// The format-neutral shape of a connection profile and of a bond's options, shared by the ifcfg
// and keyfile readers of the model (profile.ts, keyfileProfile.ts).
import { isDigits } from '../util/digits';
import { BOND_OPTION_BY_NAME, BondOption, helperValue } from '../catalog/bonding';
import { MODE_BY_NAME, ModeInfo, resolveMode } from '../catalog/modes';
import type { Assignment, ParsedDocument } from '../parser/document';
import type { OptionToken } from '../parser/options';
import type { Range, TextEdit } from '../types';
import type { Addresses } from './addresses';

/** How a fix changes the bond's options in the file format they come from. */
export interface BondEdits {
  /** Adds `key=value`. */
  append(token: string): TextEdit;
  replaceValue(t: OptionToken, value: string): TextEdit;
  remove(t: OptionToken): TextEdit;
  /** Renames the option, keeping its value. */
  renameKey(t: OptionToken, name: string): TextEdit;
  /** Adds `key=value` before the other options. */
  prepend(token: string): TextEdit;
  /** Replaces the whole option set by these `key=value` tokens. */
  rewrite(tokens: string[]): TextEdit[];
}

/** A MAC address a profile names: the NIC it binds to (permanent) or the one it sets (cloned). */
export interface MacRef {
  kind: 'permanent' | 'cloned';
  /** The key as written (HWADDR, MACADDR, mac-address, cloned-mac-address). */
  key: string;
  value: string;
  range: Range;
}

/** One setting as written, with the edits that change it in the file's own format. */
export interface WrittenSetting {
  /** The key as written (ONBOOT, autoconnect, MTU, mtu, TYPE, type). */
  key: string;
  value: string;
  /** The value. */
  range: Range;
  keyRange: Range;
  replace(value: string): TextEdit[];
  /** Deletes the setting (every assignment of it). */
  remove(): TextEdit[];
  /** For a boolean: writes true as the format spells it. */
  enable(): TextEdit[];
}

export type ProfileType = 'ethernet' | 'wifi' | 'infiniband' | 'bond' | 'team' | 'vlan' | 'bridge' | 'unknown';

export interface BondConfig {
  /** ifcfg: BONDING_OPTS; keyfile: a stand-in whose key is the [bond] header (tokens carry their own lines). */
  assignment: Assignment;
  /** Where bond-wide findings point: the BONDING_OPTS value or the [bond] header. */
  range: Range;
  edits: BondEdits;
  tokens: OptionToken[];
  /** Last token of each option name. */
  opts: Map<string, OptionToken>;
  modeToken?: OptionToken;
  /** Mode as written (undefined if absent or invalid). */
  mode?: ModeInfo;
  /** Mode in force: the written one or the balance-rr default. */
  effectiveMode: ModeInfo;
  /** The file writes `mode` as a number, so new enum values should be numbers too. */
  numericStyle: boolean;
  fom: 'none' | 'active' | 'follow' | 'invalid';
}

export interface MasterRef {
  value: string;
  assignment: Assignment;
  viaUuid: boolean;
}

export type PortType = 'bond' | 'bridge' | 'team';

/** The controller a port names, whatever its kind. */
export interface ControllerRef extends MasterRef {
  /** Undefined when a keyfile names a controller without saying what kind it is. */
  portType?: PortType;
}

export interface Profile {
  doc: ParsedDocument;
  format: 'ifcfg' | 'keyfile';
  /** MACs the profile names, with their ranges. */
  macs: MacRef[];
  /** Where the interface name is written (DEVICE / interface-name). */
  deviceRange?: Range;
  /** Where the UUID is written (UUID / uuid). */
  uuidRange?: Range;
  /** Started at boot: ONBOOT (initscripts' reading, default yes) or autoconnect (default true). */
  autoconnect: boolean;
  /** ONBOOT / [connection] autoconnect, where written. */
  autoconnectSetting?: WrittenSetting;
  /** Activating this controller activates its ports too: AUTOCONNECT_SLAVES=yes, or
   *  [connection] autoconnect-ports / autoconnect-slaves = 1 (NM's global default is off). */
  autoconnectPorts: boolean;
  /** MTU / [ethernet] mtu, where written with a value. */
  mtu?: WrittenSetting;
  /** The IPv4 gateway as NetworkManager reads it: GATEWAY / [ipv4] gateway, else the gateway
   *  of the first addressN=ip/prefix,gateway. */
  gateway?: { value: string; range: Range };
  /** What makes the profile a bond, where written: TYPE or BONDING_MASTER / [connection] type. */
  typeSetting?: WrittenSetting;
  type: ProfileType;
  device?: string;
  uuid?: string;
  /** The bond this profile is a port of (ifcfg MASTER; a keyfile controller of a bond port). */
  master?: MasterRef;
  /** What kind of controller the profile joins: 'bond' for MASTER=, port-type (or the port
   *  group, as NetworkManager infers it) for a keyfile; undefined when nothing says. */
  portType?: string;
  /** The bond, bridge or team this profile is a port of. */
  controller?: ControllerRef;
  /** Static addresses the file names (see model/addresses); read when asked, as no rule needs
   *  them to analyse a file. */
  addresses(): Addresses;
  bond?: BondConfig;
  /** SLAVE is true for initscripts. */
  slave: boolean;
}

/** The format-neutral part: option map, mode, fail_over_mac, from tokens of either format. */
export function bondConfigOf(a: Assignment, tokens: OptionToken[], range: Range, edits?: BondEdits): BondConfig {
  const opts = new Map<string, OptionToken>();
  for (const t of tokens) opts.set(t.key, t);
  const modeToken = opts.get('mode');
  const mode = resolveMode(modeToken?.value);
  const fomRaw = opts.get('fail_over_mac')?.value;
  const fomOpt = BOND_OPTION_BY_NAME.get('fail_over_mac')!;
  let fom: BondConfig['fom'] = 'none';
  if (fomRaw !== undefined) fom = (enumName(fomOpt, fomRaw) as BondConfig['fom'] | undefined) ?? 'invalid';
  return {
    assignment: a,
    range,
    edits: edits!,
    tokens,
    opts,
    modeToken,
    mode,
    effectiveMode: mode ?? MODE_BY_NAME.get('balance-rr')!,
    numericStyle: modeToken?.value !== undefined && isDigits(modeToken.value),
    fom,
  };
}

/** Name of an enum value given by name or number, if the option's table has it. */
export function enumName(o: BondOption, v: string): string | undefined {
  if (!o.values) return undefined;
  if (isDigits(v)) return o.values.find((x) => x.num === Number(v))?.name;
  if (v === 'default' && o.name !== 'lacp_rate') return o.values[0].name;
  return o.values.find((x) => x.name === v)?.name;
}

/** Numeric value of an int option (digits or helper names), undefined if not numeric. */
export function intValue(o: BondOption | undefined, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (isDigits(v)) return Number(v);
  return o ? helperValue(o, v) : undefined;
}

export function bondInt(b: BondConfig, name: string): number | undefined {
  return intValue(BOND_OPTION_BY_NAME.get(name), b.opts.get(name)?.value);
}
