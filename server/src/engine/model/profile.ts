// What one ifcfg file describes, derived the way NetworkManager's reader decides it
// (type detection, bond recognition, controller reference). Cached per parsed document.
import { IS_TRUE, NM_TRUE } from '../catalog/keyTypes';
import { Assignment, ParsedDocument } from '../parser/document';
import { OptionToken, tokenizeOptions } from '../parser/options';
import type { Range } from '../types';
import {
  appendOption,
  prependOption,
  removeOption,
  renameOption,
  replaceOptionValue,
  rewriteOptions,
} from '../fixes/bondingOpts';
import { deleteKey, replaceValue } from '../fixes/edits';
import { keyfileProfile } from './keyfileProfile';
import {
  BondConfig,
  bondConfigOf,
  BondEdits,
  ControllerRef,
  MacRef,
  MasterRef,
  Profile,
  ProfileType,
  WrittenSetting,
} from './shape';
import { ifcfgAddresses } from './addresses';
import { lineSpan } from '../util/lineSpan';

export * from './shape';

export const isTrueNM = (v: string | undefined): boolean => v !== undefined && NM_TRUE.includes(v.toLowerCase());
export const isTrueIS = (v: string | undefined): boolean => v !== undefined && IS_TRUE.includes(v.toLowerCase());

/** What a profile's identity is read from: the file's kind and its effective assignments. */
type Readable = Pick<ParsedDocument, 'file' | 'effective'>;

function val(doc: Readable, key: string): string | undefined {
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

/** For documents that derive their profile themselves (see model/slim): profileOf returns `p`. */
export function attachProfile(doc: ParsedDocument, p: Profile): void {
  (doc as WithProfile)[PROFILE] = p;
}

/** What the system index is keyed on, without the parts that point into the text. */
export type ProfileIdentity = Pick<
  Profile,
  'format' | 'type' | 'device' | 'uuid' | 'master' | 'portType' | 'slave' | 'autoconnect' | 'autoconnectPorts'
>;

/** A document's identity (model/slim keeps it for files nobody has open): for an ifcfg file
 *  exactly the fields profileOf would give, read without deriving the rest of the profile. */
export function profileIdentity(doc: ParsedDocument): ProfileIdentity {
  return doc.keyfile ? profileOf(doc) : ifcfgIdentity(doc);
}

/** Every key an ifcfg file's identity is read from (ifcfgIdentity and detectType): an identity
 *  read from these assignments alone (parser effectiveOf) is the full parse's. */
export const IDENTITY_KEYS: ReadonlySet<string> = new Set([
  'DEVICETYPE',
  'TEAM_CONFIG',
  'TYPE',
  'BONDING_OPTS',
  'BONDING_MASTER',
  'VLAN',
  'DEVICE',
  'UUID',
  'MASTER_UUID',
  'MASTER',
  'ONBOOT',
  'AUTOCONNECT_SLAVES',
  'SLAVE',
]);

export function ifcfgIdentity(doc: Readable): ProfileIdentity {
  const mu = doc.effective.get('MASTER_UUID');
  const m = doc.effective.get('MASTER');
  let master: MasterRef | undefined;
  if (mu && mu.value.text.trim()) master = { value: mu.value.text.trim(), assignment: mu, viaUuid: true };
  else if (m && m.value.text.trim()) master = { value: m.value.text.trim(), assignment: m, viaUuid: false };
  const onboot = val(doc, 'ONBOOT');
  return {
    format: 'ifcfg',
    type: detectType(doc),
    device: val(doc, 'DEVICE') || undefined,
    uuid: val(doc, 'UUID') || undefined,
    master,
    portType: master ? 'bond' : undefined,
    autoconnect: onboot === undefined || isTrueIS(onboot),
    // nms-ifcfg-rh-reader.c make_connection_setting: svGetValueBoolean(AUTOCONNECT_SLAVES).
    autoconnectPorts: isTrueNM(val(doc, 'AUTOCONNECT_SLAVES')),
    slave: isTrueIS(val(doc, 'SLAVE')),
  };
}

const MAC_KEYS = [
  ['HWADDR', 'permanent'],
  ['MACADDR', 'cloned'],
] as const;

function derive(doc: ParsedDocument): Profile {
  const id = ifcfgIdentity(doc);
  const { type, uuid, master } = id;
  const opts = doc.effective.get('BONDING_OPTS');
  const controller = ifcfgController(doc);
  const bond = type === 'bond' && opts ? bondConfig(opts) : undefined;
  const macs: MacRef[] = [];
  for (let i = 0; i < MAC_KEYS.length; i++) {
    const key = MAC_KEYS[i][0];
    const kind = MAC_KEYS[i][1];
    const a = doc.effective.get(key);
    if (a && a.value.text)
      macs.push({
        kind,
        key,
        value: a.value.text,
        range: lineSpan(a.line, a.value.start, Math.max(a.value.end, a.value.start)),
      });
  }
  const written = (a: Assignment | undefined): WrittenSetting | undefined => a && new IfcfgSetting(doc, a);
  const mtu = doc.effective.get('MTU');
  const typeKey = doc.effective.get('TYPE');
  const bm = doc.effective.get('BONDING_MASTER');
  const gateway = val(doc, 'GATEWAY');
  return {
    doc,
    format: 'ifcfg',
    macs,
    deviceRange: at(doc.effective.get('DEVICE')),
    uuidRange: uuid ? at(doc.effective.get('UUID')) : undefined,
    autoconnect: id.autoconnect,
    autoconnectSetting: written(doc.effective.get('ONBOOT')),
    autoconnectPorts: id.autoconnectPorts,
    mtu: mtu?.value.text ? written(mtu) : undefined,
    gateway: gateway ? { value: gateway, range: at(doc.effective.get('GATEWAY'))! } : undefined,
    typeSetting: written(typeKey && typeKey.value.text.toLowerCase() === 'bond' ? typeKey : (bm ?? typeKey)),
    type,
    device: id.device,
    uuid,
    master,
    portType: id.portType,
    controller,
    addresses: () => ifcfgAddresses(doc),
    bond,
    slave: id.slave,
  };
}

const at = (a: Assignment | undefined): Range | undefined =>
  a ? lineSpan(a.line, a.value.start, Math.max(a.value.end, a.value.start)) : undefined;

/** ONBOOT, MTU or TYPE as written. Methods and getters, not closures and ranges made up
 *  front: every profile has a few of these, and few are ever shown or edited. */
class IfcfgSetting implements WrittenSetting {
  readonly key: string;
  readonly value: string;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly a: Assignment,
  ) {
    this.key = a.key;
    this.value = a.value.text;
  }

  get range(): Range {
    return at(this.a)!;
  }
  get keyRange(): Range {
    const a = this.a;
    return lineSpan(a.line, a.keyStart, a.keyEnd);
  }
  replace(v: string) {
    return [replaceValue(this.a, v)];
  }
  remove() {
    return deleteKey(this.doc, this.a.key);
  }
  enable() {
    return [replaceValue(this.a, 'yes')];
  }
}

/** The first of BRIDGE, MASTER and TEAM_MASTER (each by UUID first) names the controller
 *  (nms-ifcfg-rh-reader.c check_if_bond_port, check_if_team_port L289-348 and the BRIDGE lookup
 *  L503-522 in make_connection_setting, at NetworkManager 355bc902994f). */
export const CONTROLLER_KEYS = [
  ['BRIDGE_UUID', 'BRIDGE', 'bridge'],
  ['MASTER_UUID', 'MASTER', 'bond'],
  ['TEAM_MASTER_UUID', 'TEAM_MASTER', 'team'],
] as const;

function ifcfgController(doc: ParsedDocument): ControllerRef | undefined {
  // Indexed: every file asks, in code that runs cold, where a for-of allocates per step.
  for (let i = 0; i < CONTROLLER_KEYS.length; i++) {
    const row = CONTROLLER_KEYS[i];
    for (let k = 0; k < 2; k++) {
      const a = doc.effective.get(row[k]);
      const v = a?.value.text.trim();
      if (a && v) return { value: v, assignment: a, viaUuid: k === 0, portType: row[2] };
    }
  }
  return undefined;
}

function detectType(doc: Readable): ProfileType {
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
    a.value.end > a.value.start ? lineSpan(a.line, a.value.start, a.value.end) : lineSpan(a.line, a.eq, a.eq + 1);
  const b = bondConfigOf(a, tokenizeOptions(a), range);
  b.edits = new OptionEdits(b);
  return b;
}

/** The edits of BONDING_OPTS. Methods, not closures: every bond profile carries these, and few
 *  are ever used. */
class OptionEdits implements BondEdits {
  constructor(private readonly b: BondConfig) {}

  append(token: string) {
    return appendOption(this.b, token);
  }
  replaceValue(t: OptionToken, v: string) {
    return replaceOptionValue(this.b, t, v);
  }
  remove(t: OptionToken) {
    return removeOption(this.b, t);
  }
  renameKey(t: OptionToken, name: string) {
    return renameOption(this.b, t, name);
  }
  prepend(token: string) {
    return prependOption(this.b, token);
  }
  rewrite(tokens: string[]) {
    return [rewriteOptions(this.b, tokens)];
  }
}
