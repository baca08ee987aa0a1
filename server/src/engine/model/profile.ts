// What one ifcfg file describes, derived the way NetworkManager's reader decides it
// (type detection, bond recognition, controller reference). Cached per parsed document.
import { BOND_OPTION_BY_NAME, BondOption, helperValue } from '../catalog/bonding';
import { IS_TRUE, NM_TRUE } from '../catalog/keyTypes';
import { MODE_BY_NAME, ModeInfo, resolveMode } from '../catalog/modes';
import { Assignment, ParsedDocument } from '../parser/document';
import { OptionToken, tokenizeOptions } from '../parser/options';
import type { Range, TextEdit } from '../types';
import { appendOption, removeOption, replaceOptionValue, rewriteOptions } from '../fixes/bondingOpts';
import { keyfileProfile } from './keyfileProfile';
import { Addresses, ifcfgAddresses } from './addresses';

/** How a fix changes the bond's options in the file format they come from. */
export interface BondEdits {
  /** Adds `key=value`. */
  append(token: string): TextEdit;
  replaceValue(t: OptionToken, value: string): TextEdit;
  remove(t: OptionToken): TextEdit;
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
  type: ProfileType;
  device?: string;
  uuid?: string;
  /** The bond this profile is a port of (ifcfg MASTER; a keyfile controller of a bond port). */
  master?: MasterRef;
  /** The bond, bridge or team this profile is a port of. */
  controller?: ControllerRef;
  addresses: Addresses;
  bond?: BondConfig;
  /** SLAVE is true for initscripts. */
  slave: boolean;
}

export const isTrueNM = (v: string | undefined): boolean => v !== undefined && NM_TRUE.includes(v.toLowerCase());
export const isTrueIS = (v: string | undefined): boolean => v !== undefined && IS_TRUE.includes(v.toLowerCase());

function val(doc: ParsedDocument, key: string): string | undefined {
  const a = doc.effective.get(key);
  return a ? a.value.text.trim() : undefined;
}

// Cached on the document itself: a WeakMap keyed by short-lived documents costs the GC more
// than the derivation saves.
const PROFILE = Symbol('profile');
type WithProfile = ParsedDocument & { [PROFILE]?: Profile };

export function profileOf(doc: ParsedDocument): Profile {
  const d = doc as WithProfile;
  return (d[PROFILE] ??= doc.keyfile ? keyfileProfile(doc) : derive(doc));
}

function derive(doc: ParsedDocument): Profile {
  const type = detectType(doc);
  const device = val(doc, 'DEVICE') || undefined;
  const uuid = val(doc, 'UUID') || undefined;
  const mu = doc.effective.get('MASTER_UUID');
  const m = doc.effective.get('MASTER');
  let master: MasterRef | undefined;
  if (mu && mu.value.text.trim()) master = { value: mu.value.text.trim(), assignment: mu, viaUuid: true };
  else if (m && m.value.text.trim()) master = { value: m.value.text.trim(), assignment: m, viaUuid: false };
  const opts = doc.effective.get('BONDING_OPTS');
  const controller = ifcfgController(doc);
  const bond = type === 'bond' && opts ? bondConfig(opts) : undefined;
  const macs: MacRef[] = [];
  for (const [key, kind] of [
    ['HWADDR', 'permanent'],
    ['MACADDR', 'cloned'],
  ] as const) {
    const a = doc.effective.get(key);
    if (a && a.value.text)
      macs.push({
        kind,
        key,
        value: a.value.text,
        range: {
          start: { line: a.line, character: a.value.start },
          end: { line: a.line, character: Math.max(a.value.end, a.value.start) },
        },
      });
  }
  const dev = doc.effective.get('DEVICE');
  const deviceRange: Range | undefined = dev
    ? {
        start: { line: dev.line, character: dev.value.start },
        end: { line: dev.line, character: Math.max(dev.value.end, dev.value.start) },
      }
    : undefined;
  return {
    doc,
    format: 'ifcfg',
    macs,
    deviceRange,
    type,
    device,
    uuid,
    master,
    controller,
    addresses: ifcfgAddresses(doc),
    bond,
    slave: isTrueIS(val(doc, 'SLAVE')),
  };
}

/** The first of BRIDGE, MASTER and TEAM_MASTER (each by UUID first) names the controller
 *  (nms-ifcfg-rh-reader.c check_if_bond_port, check_if_team_port L289-348 and the BRIDGE lookup L503-522 in make_connection_setting, at NetworkManager 355bc902994f). */
function ifcfgController(doc: ParsedDocument): ControllerRef | undefined {
  for (const [byUuid, byName, portType] of [
    ['BRIDGE_UUID', 'BRIDGE', 'bridge'],
    ['MASTER_UUID', 'MASTER', 'bond'],
    ['TEAM_MASTER_UUID', 'TEAM_MASTER', 'team'],
  ] as const) {
    for (const key of [byUuid, byName]) {
      const a = doc.effective.get(key);
      const v = a?.value.text.trim();
      if (a && v) return { value: v, assignment: a, viaUuid: key === byUuid, portType };
    }
  }
  return undefined;
}

function detectType(doc: ParsedDocument): ProfileType {
  if (doc.file.kind !== 'ifcfg' && doc.file.kind !== 'alias') return 'unknown';
  const devtype = val(doc, 'DEVICETYPE')?.toLowerCase();
  if (devtype === 'team') return 'team';
  if (doc.effective.has('TEAM_CONFIG')) return 'team';
  const t = val(doc, 'TYPE');
  const opts = val(doc, 'BONDING_OPTS');
  if (t !== undefined && t !== '') {
    if (t === 'Ethernet' && opts) return 'bond';
    switch (t.toLowerCase()) {
      case 'ethernet':
      case 'ctc':
        return 'ethernet';
      case 'wireless':
        return 'wifi';
      case 'infiniband':
        return 'infiniband';
      case 'bond':
        return 'bond';
      case 'team':
        return 'team';
      case 'vlan':
        return 'vlan';
      case 'bridge':
        return 'bridge';
      default:
        return 'unknown';
    }
  }
  if (isTrueNM(val(doc, 'BONDING_MASTER'))) return 'bond';
  if (isTrueNM(val(doc, 'VLAN'))) return 'vlan';
  // initscripts creates a bond whenever BONDING_OPTS is set; NM treats an untyped file with
  // BONDING_OPTS as Ethernet turned bond as well.
  if (opts) return 'bond';
  const dev = val(doc, 'DEVICE') ?? '';
  if (/^wlan|^wireless/.test(dev)) return 'wifi';
  return 'ethernet';
}

export function bondConfig(a: Assignment): BondConfig {
  const range: Range =
    a.value.end > a.value.start
      ? { start: { line: a.line, character: a.value.start }, end: { line: a.line, character: a.value.end } }
      : { start: { line: a.line, character: a.eq }, end: { line: a.line, character: a.eq + 1 } };
  const b = bondConfigOf(a, tokenizeOptions(a), range);
  b.edits = {
    append: (token) => appendOption(b, token),
    replaceValue: (t, v) => replaceOptionValue(b, t, v),
    remove: (t) => removeOption(b, t),
    rewrite: (tokens) => [rewriteOptions(b, tokens)],
  };
  return b;
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
    numericStyle: modeToken?.value !== undefined && /^\d+$/.test(modeToken.value),
    fom,
  };
}

/** Name of an enum value given by name or number, if the option's table has it. */
export function enumName(o: BondOption, v: string): string | undefined {
  if (!o.values) return undefined;
  if (/^\d+$/.test(v)) return o.values.find((x) => x.num === Number(v))?.name;
  if (v === 'default' && o.name !== 'lacp_rate') return o.values[0].name;
  return o.values.find((x) => x.name === v)?.name;
}

/** Numeric value of an int option (digits or helper names), undefined if not numeric. */
export function intValue(o: BondOption | undefined, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (/^\d+$/.test(v)) return Number(v);
  return o ? helperValue(o, v) : undefined;
}

export function bondInt(b: BondConfig, name: string): number | undefined {
  return intValue(BOND_OPTION_BY_NAME.get(name), b.opts.get(name)?.value);
}
