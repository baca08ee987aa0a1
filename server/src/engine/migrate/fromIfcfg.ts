// One ifcfg file → the keyfile NetworkManager writes for it after `nmcli connection migrate`:
// its ifcfg-rh reader (connection_from_file_full) followed by nm_connection_normalize() and the
// keyfile writer. Line numbers cite nms-ifcfg-rh-reader.c (NMR) and nm-connection.c (CONN) at
// NetworkManager 355bc902994f (1.59.2-dev), the version pinned for the oracle fixtures.
import { lookupKey } from '../catalog/keys';
import { nmProperty, rowRange } from '../catalog/nm';
import { isIPv4, isIPv6, isIfname, isMac, isUuid } from '../catalog/keyTypes';
import type { ParsedDocument } from '../parser/document';
import { CONTROLLER_KEYS } from '../model/profile';
import { basename } from '../parser/fileKind';
import type { Range } from '../types';
import { BondRefused, BondResult, convertBondOptions } from './bond';
import { BRIDGE_OPTIONS } from '../catalog/bridging';
import { canonicalIP, classfulPrefix, maskPrefix } from '../catalog/inet';
import { KeyfileGroups, listValue, escapeValue } from './keyfileText';
import { legacyUuid } from './md5';
import { MigrationNote, NoteKind } from './notes';
import { readRouteFile } from './routes';
import { EthtoolResult, parseEthtoolOpts, WOL, WOL_DEFAULT, WOL_IGNORE } from './ethtool';
import { IfcfgReader, parseInt0, parseInt10 } from './shvarRead';
import { lineSpan } from '../util/lineSpan';

export type NmType = 'ethernet' | 'bond' | 'bridge' | 'vlan' | 'team' | 'wifi' | 'infiniband';

export interface ProfileConversion {
  uri: string;
  /** converted: NM loads it and the keyfile below is what it writes; not-loaded: NM has no
   *  profile for the file (unmanaged, ignored or refused); unsupported: NM loads it, but this
   *  preview cannot convert its type. */
  status: 'converted' | 'not-loaded' | 'unsupported';
  reason?: string;
  id?: string;
  uuid?: string;
  type?: NmType;
  interfaceName?: string;
  controller?: string;
  portType?: string;
  groups?: KeyfileGroups;
  notes: MigrationNote[];
  /** True when a key NM reads was not modelled: the keyfile may differ from NM's. */
  incomplete: boolean;
}

export interface MigrateOptions {
  /** Where NM would read the file: the legacy UUID is the MD5 of this path. */
  nmPath?: (doc: ParsedDocument) => string;
  /** /etc/sysconfig/network, whose GATEWAY/GATEWAYDEV/IPV6INIT/… also apply. */
  network?: ParsedDocument;
}

export const NETWORK_SCRIPTS = '/etc/sysconfig/network-scripts';
export const defaultNmPath = (doc: ParsedDocument): string => `${NETWORK_SCRIPTS}/${basename(doc.uri)}`;

/** Companion files of one ifcfg file (same suffix). */
export interface Companions {
  route?: ParsedDocument;
  route6?: ParsedDocument;
  rule?: ParsedDocument;
  rule6?: ParsedDocument;
  aliases: ParsedDocument[];
}

// Keys this converter reads for each part; anything else NM reads is reported as unmodelled.
class Refused extends Error {}

const TYPE_PREFIX: Partial<Record<NmType, string>> = { bond: 'Bond', bridge: 'Bridge', team: 'Team', vlan: 'Vlan' };

export function convertIfcfg(doc: ParsedDocument, comp: Companions, opts: MigrateOptions = {}): ProfileConversion {
  const r = new IfcfgReader(doc);
  const out: ProfileConversion = { uri: doc.uri, status: 'converted', notes: r.notes, incomplete: false };
  try {
    const type = detect(r, out);
    if (!type) return out;
    out.type = type;
    if (type === 'wifi' || type === 'infiniband') {
      out.status = 'unsupported';
      out.reason = `this preview does not convert ${type === 'wifi' ? 'Wi-Fi' : 'InfiniBand'} profiles yet`;
      return out;
    }
    const groups: KeyfileGroups = new Map();
    const set = (g: string, k: string, v: string) => {
      let m = groups.get(g);
      if (!m) groups.set(g, (m = new Map<string, string>()));
      m.set(k, v);
    };
    const ensure = (g: string) => {
      if (!groups.has(g)) groups.set(g, new Map<string, string>());
    };
    connectionSetting(r, doc, type, opts, out, set);
    if (type === 'bond') {
      if (!r.str('DEVICE')) throw new Refused('mandatory DEVICE keyword missing');
      ensure('bond');
      const b = convertBondOptions(r);
      applyBond(b, set);
    }
    if (type === 'bridge') bridgeSetting(r, set, ensure);
    if (type === 'vlan') vlanSetting(r, set);
    if (type === 'team') teamSetting(r, set, ensure);
    const wiredFound = wiredSetting(r, set);
    if (wiredFound) ensure('ethernet');
    ethtool(r, set, ensure);

    const hasRules = !!(comp.rule || comp.rule6);
    if (hasRules) {
      const which =
        comp.rule && comp.rule6 ? "'rule-' and 'rule6-' files are" : comp.rule ? "'rule-' file is" : "'rule6-' file is";
      r.note(
        'lost',
        undefined,
        `${which} present: NetworkManager reads neither the routes (route-/route6-) nor the rules of this profile, so none of them reach the keyfile; re-create them as ipv4/ipv6 routes and routing-rules (NMR L6741-6754).`,
        firstLine(doc),
      );
    }
    const ip6Method = ip6Setting(r, set, opts, !hasRules, comp);
    ip4Setting(r, set, opts, !hasRules, comp, ip6Method);
    aliases(r, comp, groups, set);
    dnsSearchFallback(r, groups, set);
    proxySetting(r, set, ensure);
    portSettings(r, out, set, ensure);
    normalize(r, out, groups, set, ensure, groups.get('ipv4')?.get('method') ?? 'disabled');
    unreadKeys(r, out, type);
    out.groups = groups;
  } catch (e) {
    if (!(e instanceof Refused) && !(e instanceof BondRefused)) throw e;
    out.status = 'not-loaded';
    out.reason = e.message;
    r.note(
      'refused',
      undefined,
      `NetworkManager refuses this file: ${e.message}. It keeps no profile for it, so nothing is migrated and the file stays.`,
      firstLine(doc),
    );
  }
  out.incomplete = r.notes.some((n) => n.kind === 'unmodelled');
  return out;
}

function firstLine(doc: ParsedDocument): Range {
  return lineSpan(0, 0, doc.lines[0]?.text.length ?? 0);
}

/** Profile type, or undefined when NM keeps no profile (NMR L6498-6720). */
function detect(r: IfcfgReader, out: ProfileConversion): NmType | undefined {
  const notLoaded = (reason: string, key?: string) => {
    out.status = 'not-loaded';
    out.reason = reason;
    r.note(
      'refused',
      key,
      `NetworkManager keeps no profile for this file: ${reason}. Nothing is migrated and the file stays.`,
      key ? r.range(key, true) : firstLine(r.doc),
    );
    return undefined;
  };
  if (r.bool('NM_CONTROLLED', true) === false)
    return notLoaded(
      'NM_CONTROLLED=no makes the device unmanaged instead of creating a profile (NMR L6515-6526)',
      'NM_CONTROLLED',
    );
  const bootproto = r.str('BOOTPROTO');
  if (bootproto?.toLowerCase() === 'ibft')
    return notLoaded('iBFT configuration is left to nm-initrd-generator (NMR L6540)', 'BOOTPROTO');
  let type: string | undefined;
  const devtype = r.str('DEVICETYPE');
  if (devtype && !['team', 'teamport'].includes(devtype.toLowerCase()))
    r.note(
      'lost',
      'DEVICETYPE',
      `DEVICETYPE=${devtype} hands the device to an initscripts integration (ifup-${devtype.toLowerCase()} and friends); NetworkManager reads DEVICETYPE only for Team and TeamPort, so nothing of that integration reaches the keyfile.`,
    );
  if (devtype?.toLowerCase() === 'team') type = 'team';
  else if (devtype?.toLowerCase() === 'teamport') {
    type = r.str('TYPE') ?? (isVlanDevice(r) ? 'vlan' : 'ethernet');
  }
  if (!type && r.str('TEAM_CONFIG')) type = 'team';
  if (!type) type = r.str('TYPE');
  const device = r.str('DEVICE');
  if (!type) {
    if (r.str('IPV6TUNNELIPV4')) return notLoaded('IPV6TUNNELIPV4 tunnels are not supported', 'IPV6TUNNELIPV4');
    if (!device) throw new Refused(`file had neither TYPE nor DEVICE keys`);
    if (device === 'lo') return notLoaded('the loopback device is not handled by NetworkManager', 'DEVICE');
    if (r.bool('BONDING_MASTER', false) === true) type = 'bond';
    else if (isVlanDevice(r)) type = 'vlan';
    else {
      const stem = device.replace(/\d+$/, '');
      if (stem === 'wireless') type = 'wifi';
      else {
        type = 'ethernet';
        if (stem !== 'eth' && stem)
          r.note(
            'changed',
            'DEVICE',
            `No TYPE: NetworkManager treats "${device}" as Ethernet unless an executable ifup-${stem} script exists in ${NETWORK_SCRIPTS} (then it ignores the file), and cannot recognise a Wi-Fi device from the file alone. Add TYPE= to make the conversion certain.`,
          );
      }
    }
  } else if (type === 'CTC') type = 'ethernet';
  r.raw('VLAN'); // a type hint, consulted only without TYPE
  const t = type.toLowerCase();
  let nm: NmType | undefined;
  if (t === 'ethernet') nm = r.str('BONDING_OPTS') ? 'bond' : 'ethernet';
  else if (t === 'wireless' || t === 'wifi') nm = 'wifi';
  else if (t === 'infiniband') nm = 'infiniband';
  else if (t === 'bond') nm = 'bond';
  else if (t === 'team') nm = 'team';
  else if (t === 'vlan') nm = 'vlan';
  else if (t === 'bridge') nm = 'bridge';
  if (r.bool('BONDING_MASTER', false) === true && nm !== 'bond')
    throw new Refused('BONDING_MASTER=yes key only allowed in TYPE=bond connections');
  if (!nm)
    return notLoaded(
      `TYPE=${type} is not a type NetworkManager handles; the device is only marked "unrecognized"`,
      'TYPE',
    );
  return nm;
}

function isVlanDevice(r: IfcfgReader): boolean {
  return r.bool('VLAN', false) === true;
}

type Set = (g: string, k: string, v: string) => void;
type Ensure = (g: string) => void;

function connectionSetting(
  r: IfcfgReader,
  doc: ParsedDocument,
  type: NmType,
  opts: MigrateOptions,
  out: ProfileConversion,
  set: Set,
): void {
  const suffix = doc.file.suffix;
  const name = r.str('NAME');
  const id = name ?? `${TYPE_PREFIX[type] ?? 'System'} ${suffix}`;
  out.id = id;
  set('connection', 'id', escapeValue(id));
  let uuid = r.str('UUID');
  if (!uuid) {
    const p = (opts.nmPath ?? defaultNmPath)(doc);
    uuid = legacyUuid(p);
    r.note(
      'changed',
      undefined,
      `No UUID: NetworkManager derives ${uuid} from the file's path ${p}; the keyfile keeps it. Moving the file elsewhere before migrating changes it.`,
      firstLine(doc),
    );
  } else if (!isUuid(uuid)) throw new Refused(`connection.uuid: '${uuid}' is not a valid UUID`);
  out.uuid = uuid;
  set('connection', 'uuid', escapeValue(uuid));
  set('connection', 'type', type === 'wifi' ? 'wifi' : type);
  const stable = r.raw('STABLE_ID');
  if (stable !== undefined) set('connection', 'stable-id', escapeValue(stable));
  const dev = r.str('DEVICE');
  if (dev) {
    if (isIfname(dev)) {
      out.interfaceName = dev;
      set('connection', 'interface-name', escapeValue(dev));
    } else r.note('lost', 'DEVICE', `"${dev}" is not a valid interface name: NetworkManager drops it (NMR L426-438).`);
  }
  if (r.bool('ONBOOT', true) === false) set('connection', 'autoconnect', 'false');
  const prio = r.int('AUTOCONNECT_PRIORITY', -999, 999, 0);
  if (prio !== 0) set('connection', 'autoconnect-priority', String(prio));
  const retries = r.int('AUTOCONNECT_RETRIES', -1, 2147483647, -1);
  if (retries !== -1) set('connection', 'autoconnect-retries', String(retries));
  const acPorts = r.bool('AUTOCONNECT_SLAVES', -1);
  if (acPorts !== -1) set('connection', 'autoconnect-ports', acPorts ? '1' : '0');
  const lldp = r.str('LLDP');
  if (lldp !== undefined) {
    const l = lldp === 'rx' ? 1 : r.bool('LLDP', -1);
    if (l !== -1) set('connection', 'lldp', l === true || l === 1 ? '1' : '0');
  }
  const users = r.str('USERS');
  if (users)
    set(
      'connection',
      'permissions',
      listValue(
        users
          .split(' ')
          .filter(Boolean)
          .map((u) => `user:${u}:`),
      ),
    );
  const zone = r.str('ZONE');
  if (zone) set('connection', 'zone', escapeValue(zone));
  const sec = r.str('SECONDARY_UUIDS');
  if (sec) set('connection', 'secondaries', listValue([...new Set(sec.split(/[ \t]+/).filter(Boolean))]));
  const metered = r.bool('CONNECTION_METERED', -1);
  if (metered !== -1) set('connection', 'metered', metered ? '1' : '2');
  // Controllers: the first of BRIDGE, bond MASTER, TEAM_MASTER wins (NMR L289-348, L503-522).
  for (const [k1, k2, pt] of CONTROLLER_KEYS) {
    const key = r.str(k1) ? k1 : k2;
    const v = r.str(key);
    if (!v) continue;
    if (out.controller) {
      r.note('lost', key, `Already a port of ${out.controller}: NetworkManager ignores ${key}="${v}".`);
      continue;
    }
    out.controller = v;
    out.portType = pt;
  }
  if (out.controller) {
    set('connection', 'controller', escapeValue(out.controller));
    set('connection', 'port-type', out.portType!);
  }
  r.str('SLAVE'); // never consulted by NM; reported below as lost
  r.used.delete('SLAVE');
}

function applyBond(b: BondResult, set: Set): void {
  for (const [k, v] of b.options) set('bond', k, escapeValue(v));
}

const BRIDGE_OPTS: Record<string, { prop: string; stp?: boolean; def: number; min: number; max: number }> = {
  priority: { prop: 'priority', stp: true, def: 32768, min: 0, max: 65535 },
  hello_time: { prop: 'hello-time', stp: true, def: 2, min: 0, max: 10 },
  max_age: { prop: 'max-age', stp: true, def: 20, min: 0, max: 40 },
  ageing_time: { prop: 'ageing-time', def: 300, min: 0, max: 1000000 },
};

function bridgeSetting(r: IfcfgReader, set: Set, ensure: Ensure): void {
  if (!r.str('DEVICE')) throw new Refused('mandatory DEVICE keyword missing');
  ensure('bridge');
  const mac = r.str('BRIDGE_MACADDR');
  if (mac) {
    if (isMac(mac, [6])) set('bridge', 'mac-address', canonicalMac(mac));
    else
      r.note(
        'unmodelled',
        'BRIDGE_MACADDR',
        'Invalid bridge MAC address: this preview does not model how NetworkManager treats it.',
      );
  }
  const stpV = r.str('STP')?.toLowerCase();
  const stp = stpV === 'on' || stpV === 'yes';
  // Missing or invalid STP means off, while the property's default is on (NMR L6012-6027).
  if (!stp) set('bridge', 'stp', 'false');
  if (stpV === undefined)
    r.note(
      'changed',
      undefined,
      'No STP key: NetworkManager reads that as STP off and writes stp=false (its own default for new bridges is on).',
      firstLine(r.doc),
    );
  else if (!['on', 'yes', 'off', 'no'].includes(stpV))
    r.note('changed', 'STP', `STP="${r.str('STP')}" is not on/yes/off/no: NetworkManager reads it as off.`);
  const delay = r.str('DELAY');
  if (delay) {
    if (!stp) r.note('lost', 'DELAY', 'DELAY only applies with STP on: NetworkManager ignores it.');
    else {
      const n = parseInt0(delay, 0, 30);
      if (n === undefined) r.note('lost', 'DELAY', `Invalid DELAY "${delay}": NetworkManager ignores it.`);
      else if (n !== 15) set('bridge', 'forward-delay', String(n));
    }
  }
  const opts = r.str('BRIDGING_OPTS');
  if (opts) {
    for (const tok of opts.split(' ').filter(Boolean)) {
      const eq = tok.indexOf('=');
      const k = eq < 0 ? tok : tok.slice(0, eq);
      const v = eq < 0 ? '' : tok.slice(eq + 1);
      const meta = Object.hasOwn(BRIDGE_OPTS, k) ? BRIDGE_OPTS[k] : undefined;
      if (!meta) {
        bridgeOption(r, k, v, set);
        continue;
      }
      if (meta.stp && !stp) {
        r.note('lost', 'BRIDGING_OPTS', `${k} only applies with STP on: NetworkManager ignores it.`);
        continue;
      }
      const n = parseInt0(v, meta.min, meta.max);
      if (n === undefined) r.note('lost', 'BRIDGING_OPTS', `Invalid ${k} "${v}": NetworkManager ignores it.`);
      else if (n !== meta.def) set('bridge', meta.prop, String(n));
    }
  }
  if (r.str('BRIDGE_VLANS'))
    r.note('unmodelled', 'BRIDGE_VLANS', 'BRIDGE_VLANS: this preview does not convert bridge VLANs yet.');
}

// The other BRIDGING_OPTS options NetworkManager reads (catalog BRIDGE_OPTIONS) go into [bridge] by
// type, STP or not (NMR handle_bridge_option L5780-5920). The property is the option's name with
// dashes, but for two.
const BRIDGE_PROP_NAMES: Record<string, string> = {
  default_pvid: 'vlan-default-pvid',
  group_fwd_mask: 'group-forward-mask',
};

function bridgeOption(r: IfcfgReader, k: string, v: string, set: Set): void {
  const prop = BRIDGE_OPTIONS.includes(k) ? (BRIDGE_PROP_NAMES[k] ?? k.replace(/_/g, '-')) : undefined;
  const row = prop ? nmProperty('bridge', prop) : undefined;
  if (!prop || !row) {
    r.note('lost', 'BRIDGING_OPTS', `${k} is not a bridge option NetworkManager reads: it ignores it.`);
    return;
  }
  const invalid = () => r.note('lost', 'BRIDGING_OPTS', `Invalid ${k} "${v}": NetworkManager warns and ignores it.`);
  let value: string;
  if (row.t === 'boolean') {
    const n = parseInt10(v, 0, 1);
    if (n === undefined) return invalid();
    value = n ? 'true' : 'false';
  } else if (row.t === 'uint32' || row.t === 'uint64') {
    // A uint64 that does not parse is read as 0, then checked against the range like any value.
    const n = row.t === 'uint32' ? parseInt10(v, 0, 4294967295) : /^\s*\d+\s*$/.test(v) ? BigInt(v.trim()) : 0n;
    if (n === undefined) return invalid();
    if (row.t === 'uint64' && !/^\s*\d+\s*$/.test(v))
      r.note('changed', 'BRIDGING_OPTS', `${k}="${v}" is not a number: NetworkManager reads it as 0.`);
    const [min, max] = rowRange(row) ?? [0n, 18446744073709551615n];
    if (BigInt(n) < min || BigInt(n) > max) return invalid();
    if (k === 'group_fwd_mask' && BigInt(n) & 7n)
      throw new Refused('bridge.group-forward-mask: the mask cannot contain bits 0 (STP), 1 (MAC) or 2 (LACP)');
    value = String(n);
  } else {
    r.note(
      'unmodelled',
      'BRIDGING_OPTS',
      `Bridge option ${k}: this preview does not convert it yet; NetworkManager stores it as ${prop}.`,
    );
    return;
  }
  if (value !== row.def) set('bridge', prop, value);
}

function vlanSetting(r: IfcfgReader, set: Set): void {
  let id = -1;
  const vid = r.str('VLAN_ID');
  if (vid) {
    const n = /^\s*\d+\s*$/.test(vid) ? Number(vid) : -1;
    if (n < 0 || n > 4095) throw new Refused(`Invalid VLAN_ID '${vid}'`);
    id = n;
  }
  const dev = r.str('DEVICE');
  if (!dev && id < 0) throw new Refused('Missing DEVICE property; cannot determine VLAN ID');
  let parent = r.str('PHYSDEV');
  if (dev) {
    const dot = dev.indexOf('.');
    let idText: string | undefined;
    if (dot >= 0) {
      if (!parent) {
        parent = dev.slice(0, dot);
        if (parent.startsWith('vlan')) parent = undefined;
      }
      idText = dev.slice(dot + 1);
    } else if (dev.startsWith('vlan')) idText = dev.slice(4);
    if (id < 0 && idText !== undefined && /^\d+$/.test(idText) && Number(idText) <= 4095) id = Number(idText);
  }
  if (id < 0) throw new Refused('Failed to determine VLAN ID from DEVICE or VLAN_ID');
  if (!parent) throw new Refused('Failed to determine VLAN parent from DEVICE or PHYSDEV');
  let flags = 1; // reorder headers
  const gvrp = r.bool('GVRP', -1);
  if (gvrp === true) flags |= 2;
  const vf = r.str('VLAN_FLAGS');
  if (vf) {
    for (const f of vf.split(/[, ]/)) {
      if (f === 'GVRP' && gvrp === -1) flags |= 2;
      if (f === 'LOOSE_BINDING') flags |= 4;
      if (f === 'NO_REORDER_HDR') flags &= ~1;
    }
  }
  const reorder = r.bool('REORDER_HDR', -1);
  if (reorder !== -1 && reorder !== !!(flags & 1))
    r.note(
      'lost',
      'REORDER_HDR',
      'REORDER_HDR is deprecated and not read: NetworkManager takes the reorder-header flag from VLAN_FLAGS (NO_REORDER_HDR).',
    );
  if (r.bool('MVRP', false) === true) flags |= 8;
  set('vlan', 'flags', String(flags));
  set('vlan', 'id', String(id));
  set('vlan', 'parent', escapeValue(parent));
  const proto = r.str('VLAN_PROTOCOL');
  if (proto) set('vlan', 'protocol', escapeValue(proto));
  priorityMap(r, 'VLAN_INGRESS_PRIORITY_MAP', true, set);
  priorityMap(r, 'VLAN_EGRESS_PRIORITY_MAP', false, set);
}

/** `FROM:TO,…` sorted by FROM, a later FROM replacing an earlier one; 802.1p priorities are
 *  0-7, SKB priorities any uint32 (NMR parse_prio_map_list L6187-6205,
 *  nm_setting_vlan_add_priority_str, nm_utils_vlan_priority_map_parse_str). */
function priorityMap(r: IfcfgReader, key: string, ingress: boolean, set: Set): void {
  const v = r.str(key);
  if (!v) return;
  const map = new Map<number, number>();
  const U32 = 4294967295;
  for (const item of v.split(',')) {
    const colon = item.indexOf(':');
    if (colon < 0) continue;
    const from = parseInt10(item.slice(0, colon), 0, ingress ? 7 : U32);
    const to = parseInt10(item.slice(colon + 1).replace(/^\s+/, ''), 0, ingress ? U32 : 7);
    if (from === undefined || to === undefined) {
      r.note('lost', key, `Invalid priority mapping "${item}": NetworkManager ignores it.`);
      continue;
    }
    map.set(from, to);
  }
  if (!map.size) return;
  const items = [...map].sort((a, b) => a[0] - b[0]).map(([f, t]) => `${f}:${t}`);
  set('vlan', ingress ? 'ingress-priority-map' : 'egress-priority-map', listValue(items));
}

function teamSetting(r: IfcfgReader, set: Set, ensure: Ensure): void {
  if (!r.str('DEVICE')) throw new Refused('mandatory DEVICE keyword missing');
  ensure('team');
  const cfg = r.str('TEAM_CONFIG');
  if (cfg) {
    if (!isJson(cfg)) throw new Refused('team.config: invalid json');
    set('team', 'config', escapeValue(cfg));
  }
}

function wiredSetting(r: IfcfgReader, set: Set): boolean {
  let found = false;
  const mtu = r.raw('MTU');
  if (mtu !== undefined) {
    found = true;
    const n = parseInt0(mtu, 0, 65535);
    if (n === undefined) r.note('lost', 'MTU', `Invalid MTU "${mtu}": NetworkManager ignores it.`);
    else if (n !== 0) set('ethernet', 'mtu', String(n));
  }
  const hw = r.raw('HWADDR');
  if (hw !== undefined) {
    found = true;
    const v = hw.trim();
    if (v && isMac(v, [6])) set('ethernet', 'mac-address', canonicalMac(v));
    else if (v) throw new Refused(`invalid HWADDR "${v}"`);
  }
  for (const k of [
    'SUBCHANNELS',
    'PORTNAME',
    'CTCPROT',
    'NETTYPE',
    'OPTIONS',
    'HWADDR_BLACKLIST',
    'GENERATE_MAC_ADDRESS_MASK',
    'KEY_MGMT',
    'ACCEPT_ALL_MAC_ADDRESSES',
  ]) {
    if (r.raw(k) !== undefined) {
      found = true;
      r.note(
        'unmodelled',
        k,
        `${k}: this preview does not convert it yet; NetworkManager maps it into [ethernet] (or 802.1X).`,
      );
    }
  }
  const mac = r.str('MACADDR');
  if (mac) {
    found = true;
    if (['preserve', 'permanent', 'random', 'stable'].includes(mac)) set('ethernet', 'cloned-mac-address', mac);
    else if (isMac(mac, [6])) set('ethernet', 'cloned-mac-address', canonicalMac(mac));
    else throw new Refused(`802-3-ethernet.cloned-mac-address: '${mac}' is not a valid MAC address`);
  }
  return found;
}

/** ETHTOOL_OPTS and ETHTOOL_WAKE_ON_LAN (NMR parse_ethtool_options L5091-5168). */
function ethtool(r: IfcfgReader, set: Set, ensure: Ensure): void {
  const opts = r.raw('ETHTOOL_OPTS');
  const wolKey = r.raw('ETHTOOL_WAKE_ON_LAN');
  if (opts === undefined && wolKey === undefined) return;
  ensure('ethernet');
  // An empty ETHTOOL_OPTS (or one NM cannot unquote) means: leave Wake-on-LAN alone.
  const e: EthtoolResult = opts
    ? parseEthtoolOpts(opts)
    : { wol: WOL_DEFAULT, autoneg: false, speed: 0, ignored: [], changed: [] };
  if (opts === '') e.wol = WOL_IGNORE;
  for (const why of e.ignored)
    r.note('lost', 'ETHTOOL_OPTS', `ETHTOOL_OPTS: ${why} — NetworkManager warns and ignores it.`);
  for (const what of e.changed) r.note('changed', 'ETHTOOL_OPTS', `ETHTOOL_OPTS: ${what}.`);
  if (wolKey === 'ignore') e.wol = WOL_IGNORE;
  else if (wolKey !== undefined)
    r.note(
      'lost',
      'ETHTOOL_WAKE_ON_LAN',
      `ETHTOOL_WAKE_ON_LAN only understands "ignore": NetworkManager ignores "${wolKey}".`,
    );
  if (e.wolPassword && !(e.wol & WOL.magic)) {
    r.note('lost', 'ETHTOOL_OPTS', 'sopass without magic-packet wake-up (wol g): NetworkManager drops the password.');
    e.wolPassword = undefined;
  }
  // Speed and duplex go together or not at all (CONN _normalize_ethernet_link_neg L1198-1220).
  if (!e.speed !== !e.duplex) {
    r.note(
      'lost',
      'ETHTOOL_OPTS',
      `${e.speed ? `speed ${e.speed} without duplex` : `duplex ${e.duplex} without speed`}: NetworkManager's normalization drops both.`,
    );
    e.speed = 0;
    e.duplex = undefined;
  }
  if (e.autoneg) set('ethernet', 'auto-negotiate', 'true');
  if (e.duplex) set('ethernet', 'duplex', e.duplex);
  if (e.speed) set('ethernet', 'speed', String(e.speed));
  if (e.wol !== WOL_DEFAULT) set('ethernet', 'wake-on-lan', String(e.wol));
  if (e.wolPassword) set('ethernet', 'wake-on-lan-password', escapeValue(e.wolPassword));
  if (e.ethtool) {
    ensure('ethtool');
    for (const [k, v] of e.ethtool) set('ethtool', k, v);
  }
}

interface Ip4Result {
  method: string;
}

function ip4Setting(
  r: IfcfgReader,
  set: Set,
  opts: MigrateOptions,
  routesRead: boolean,
  comp: Companions,
  ip6Method: string,
): Ip4Result {
  const g = 'ipv4';
  const net = opts.network ? new IfcfgReader(opts.network) : undefined;
  const defroute = r.bool('DEFROUTE', -1);
  let neverDefault = defroute === false;
  if (net) {
    const gwdev = net.str('GATEWAYDEV');
    const dev = r.str('DEVICE');
    if (gwdev && dev) neverDefault = dev !== gwdev;
  }
  const bp = r.str('BOOTPROTO');
  const anyAddr = [-1, 0, 1, 2].some((i) => ['IPADDR', 'PREFIX', 'NETMASK'].some((k) => r.str(tag(k, i))));
  let method: string;
  const l = bp?.toLowerCase();
  if (!l || l === 'none' || l === 'static') method = anyAddr ? 'manual' : 'disabled';
  else if (l === 'dhcp' || l === 'bootp') method = 'auto';
  else if (l === 'autoip') method = 'link-local';
  else if (l === 'shared') method = 'shared';
  else throw new Refused(`Unknown BOOTPROTO '${bp}'`);
  if (l === 'static' || l === 'bootp') r.note('changed', 'BOOTPROTO', `BOOTPROTO=${bp} becomes method=${method}.`);
  set(g, 'method', method);
  const table = r.int('IPV4_ROUTE_TABLE', 0, 4294967295, 0);
  if (table && routesRead) set(g, 'route-table', String(table));
  if (r.bool('PEERDNS', true) === false) set(g, 'ignore-auto-dns', 'true');
  if (r.bool('PEERROUTES', true) === false) set(g, 'ignore-auto-routes', 'true');
  if (neverDefault) set(g, 'never-default', 'true');
  if (r.bool('IPV4_FAILURE_FATAL', false) === true) set(g, 'may-fail', 'false');
  const metric = r.int('IPV4_ROUTE_METRIC', -1, 4294967295, -1);
  if (metric !== -1) set(g, 'route-metric', String(metric));
  if (method === 'disabled') return { method };
  const hn = r.str('DHCP_HOSTNAME');
  const fqdn = r.str('DHCP_FQDN');
  if (fqdn) set(g, 'dhcp-fqdn', escapeValue(fqdn));
  else if (hn) set(g, 'dhcp-hostname', escapeValue(hn));
  const cid = r.str('DHCP_CLIENT_ID');
  if (cid) set(g, 'dhcp-client-id', escapeValue(cid));
  const to = r.int('IPV4_DHCP_TIMEOUT', 0, 2147483647, 0);
  if (to) set(g, 'dhcp-timeout', String(to));
  if (r.bool('DHCP_SEND_HOSTNAME', true) === false)
    r.note(
      'unmodelled',
      'DHCP_SEND_HOSTNAME',
      'DHCP_SEND_HOSTNAME=no: this preview does not model how this NetworkManager version names the property.',
    );
  // Addresses IPADDR, IPADDR0, IPADDR1 optional; stops at the first missing index ≥ 2 (NMR L2001-2020).
  const addrs: string[] = [];
  let gateway: string | undefined;
  for (let i = -1; ; i++) {
    const ip = r.str(tag('IPADDR', i));
    if (!ip) {
      if (i > 1) break;
      continue;
    }
    if (!isIPv4(ip)) throw new Refused(`Invalid ${tag('IPADDR', i)} IP4 address '${ip}'`);
    if (!gateway) {
      const gw = r.str(tag('GATEWAY', i));
      if (gw) {
        if (!isIPv4(gw)) throw new Refused(`Invalid ${tag('GATEWAY', i)} IP4 address '${gw}'`);
        gateway = gw;
      }
    } else r.str(tag('GATEWAY', i));
    let prefix: number;
    const pk = tag('PREFIX', i);
    const p = r.str(pk);
    if (p) {
      if (r.str(tag('NETMASK', i)))
        r.note('lost', tag('NETMASK', i), `${pk} wins over ${tag('NETMASK', i)}: NetworkManager ignores the netmask.`);
      const n = /^\s*\d+\s*$/.test(p) ? Number(p) : -1;
      if (n < 0 || n > 32) throw new Refused(`Invalid IP4 prefix '${p}'`);
      prefix = n;
    } else {
      const nm = r.str(tag('NETMASK', i));
      if (nm) {
        if (!isIPv4(nm)) throw new Refused(`Invalid ${tag('NETMASK', i)} IP4 address '${nm}'`);
        prefix = maskPrefix(nm);
      } else {
        prefix = classfulPrefix(ip);
        r.note(
          'changed',
          tag('IPADDR', i),
          `No ${pk} or NETMASK: NetworkManager assumes /${prefix} (the address class).`,
        );
      }
    }
    const a = `${ip}/${prefix}`;
    if (addrs.includes(a)) r.note('lost', tag('IPADDR', i), `Duplicate address ${a}: NetworkManager keeps it once.`);
    else addrs.push(a);
  }
  if (r.str('GATEWAY') && !r.str('IPADDR'))
    r.note(
      'lost',
      'GATEWAY',
      'GATEWAY is only read together with IPADDR: NetworkManager drops it here (NMR L757-764).',
    );
  if (!gateway && net && addrs.length) {
    const gw = net.str('GATEWAY');
    if (gw && isIPv4(gw)) gateway = gw;
  }
  addrs.forEach((a, i) => set(g, `address${i + 1}`, a));
  if (gateway) set(g, 'gateway', gateway);
  if (method !== 'shared') {
    const dns: string[] = [];
    for (let i = 1; i < 10000; i++) {
      const v = r.str(`DNS${i}`);
      if (!v) break;
      const fam = dnsFamily(v);
      if (fam === 4) {
        if (!dns.includes(v)) dns.push(v);
      } else if (fam === undefined) throw new Refused(`Invalid DNS server address '${v}'`);
    }
    if (dns.length) set(g, 'dns', listValue(dns));
    const dom = r.str('DOMAIN');
    if (dom) set(g, 'dns-search', listValue(dedupe(dom.split(' ').filter(Boolean))));
  }
  const resOpts = r.raw('RES_OPTIONS');
  const netOpts = net?.raw('RES_OPTIONS');
  if (resOpts !== undefined || netOpts !== undefined) {
    const items = dedupe([...(resOpts ?? '').split(' '), ...(netOpts ?? '').split(' ')].filter(Boolean));
    set(g, 'dns-options', listValue(items));
  }
  // ACD_TIMEOUT in ms, else ARPING_WAIT in seconds (NMR L2162-2173).
  let acd = r.int('ACD_TIMEOUT', -1, 30000, -2);
  if (acd === -2) {
    acd = r.int('ARPING_WAIT', -1, 30, -1);
    if (acd > 0) acd *= 1000;
  } else r.raw('ARPING_WAIT');
  if (acd !== -1) set(g, 'dad-timeout', String(acd));
  const dprio = r.int('IPV4_DNS_PRIORITY', -2147483648, 2147483647, 0);
  if (dprio) set(g, 'dns-priority', String(dprio));
  if (routesRead && comp.route) {
    const routes = readRouteFile(comp.route, false, r.notes);
    if (routes.refused) throw new Refused(routes.refused);
    if (routes.unmodelled)
      r.note(
        'unmodelled',
        undefined,
        'route- file in key=value form with OPTIONS: not converted by this preview.',
        firstLine(comp.route),
      );
    routes.routes.forEach((rt, i) => {
      set(g, `route${i + 1}`, rt.value);
      if (rt.options) set(g, `route${i + 1}_options`, rt.options);
    });
    if (method === 'disabled' && routes.routes.length) r.note('changed', 'BOOTPROTO', 'Routes with IPv4 disabled.');
  }
  // The old spelling of DOMAIN, read when DOMAIN gave nothing (NMR L2145-2160).
  if (method !== 'shared') {
    const search = r.str('SEARCH');
    if (search && !r.str('DOMAIN')) set(g, 'dns-search', listValue(dedupe(search.split(' ').filter(Boolean))));
  }
  // ROUTING_RULE_N / ROUTING_RULE6_N, any numbering (NMR read_routing_rules_parse L4996-5050).
  for (const key of r.doc.effective.keys()) {
    if (!/^ROUTING_RULE6?_\d+$/.test(key) || !r.str(key)) continue;
    if (!routesRead)
      r.note(
        'lost',
        key,
        `'rule-'/'rule6-' files are present: NetworkManager ignores ${key} (NMR read_routing_rules_parse).`,
      );
    else r.note('unmodelled', key, `${key}: this preview does not convert routing rules yet.`);
  }
  void ip6Method;
  return { method };
}

function ip6Setting(r: IfcfgReader, set: Set, opts: MigrateOptions, routesRead: boolean, comp: Companions): string {
  const g = 'ipv6';
  const net = opts.network ? new IfcfgReader(opts.network) : undefined;
  let neverDefault = r.bool('IPV6_DEFROUTE', true) === false;
  if (net) {
    const gw = net.str('IPV6_DEFAULTGW');
    const dd = (gw && gw.includes('%') ? gw.slice(gw.indexOf('%') + 1) : undefined) ?? net.str('IPV6_DEFAULTDEV');
    const dev = r.str('DEVICE');
    if (dd && dev) neverDefault = dev !== dd;
  }
  const disabled = r.bool('IPV6_DISABLED', false) === true;
  let init = r.bool('IPV6INIT', false) === true;
  if (r.str('IPV6INIT') === undefined && net) init = net.bool('IPV6INIT', false) === true;
  let method = 'manual';
  if (disabled) method = 'disabled';
  else if (!init) method = 'ignore';
  else {
    const fwd = r.bool('IPV6FORWARDING', false) === true;
    const ac = r.str('IPV6_AUTOCONF');
    const dhcp6 = r.bool('DHCPV6C', false) === true;
    const acBool = ac === undefined ? !fwd : r.bool('IPV6_AUTOCONF', !fwd);
    if (ac === 'shared') method = 'shared';
    else if (acBool === true) method = 'auto';
    else if (dhcp6) method = 'dhcp';
    else if (!r.str('IPV6ADDR') && !r.str('IPV6ADDR_SECONDARIES')) method = 'link-local';
  }
  set(g, 'method', method);
  if (method === 'ignore' || method === 'disabled')
    for (const k of ['IPV6_AUTOCONF', 'DHCPV6C', 'IPV6FORWARDING'])
      if (r.assignment(k) && !r.used.has(k)) {
        r.used.add(k);
        r.note(
          'lost',
          k,
          `IPv6 is ${method === 'ignore' ? 'not enabled (IPV6INIT)' : 'disabled'}: NetworkManager does not read ${k}.`,
        );
        r.notes[r.notes.length - 1].noEffect = true;
      }
  const priv = r.str('IPV6_PRIVACY');
  if (priv !== undefined) {
    const on = r.bool('IPV6_PRIVACY', false) === true || priv === 'rfc4941' || priv === 'rfc3041';
    const pub = r.bool('IPV6_PRIVACY_PREFER_PUBLIC_IP', false) === true;
    set(g, 'ip6-privacy', on ? (pub ? '1' : '2') : '0');
  }
  if (r.bool('IPV6_PEERDNS', true) === false) set(g, 'ignore-auto-dns', 'true');
  if (r.bool('IPV6_PEERROUTES', true) === false) set(g, 'ignore-auto-routes', 'true');
  if (neverDefault) set(g, 'never-default', 'true');
  if (r.bool('IPV6_FAILURE_FATAL', false) === true) set(g, 'may-fail', 'false');
  const metric = r.int('IPV6_ROUTE_METRIC', -1, 4294967295, -1);
  if (metric !== -1) set(g, 'route-metric', String(metric));
  const table = r.int('IPV6_ROUTE_TABLE', 0, 4294967295, 0);
  if (table && routesRead) set(g, 'route-table', String(table));
  const off = method === 'ignore' || method === 'disabled';
  const duid = r.str('DHCPV6_DUID');
  if (duid) set(g, 'dhcp-duid', escapeValue(duid));
  let hn = r.str('DHCPV6_HOSTNAME');
  if (!hn && (method === 'auto' || method === 'dhcp')) {
    const h = r.str('DHCP_HOSTNAME');
    if (h && h.includes('.')) hn = h;
  }
  if (hn) set(g, 'dhcp-hostname', escapeValue(hn));
  const addrText = [r.str('IPV6ADDR'), r.str('IPV6ADDR_SECONDARIES')].filter(Boolean).join(' ');
  const addrs: string[] = [];
  const items = addrText.split(' ').filter(Boolean);
  if (items.length && off)
    r.note(
      'lost',
      'IPV6ADDR',
      `IPv6 is ${method === 'ignore' ? 'not enabled (IPV6INIT)' : 'disabled'}: NetworkManager ignores the IPv6 addresses.`,
    );
  else {
    for (const it of items) {
      const [a, p] = it.split('/');
      const c = canonicalIP(a, true);
      const plen = p === undefined ? 64 : /^\d+$/.test(p) && Number(p) <= 128 ? Number(p) : -1;
      if (!c || plen < 0) throw new Refused(`Invalid IP6 address '${it}'`);
      const v = `${c}/${plen}`;
      if (!addrs.includes(v)) addrs.push(v);
    }
  }
  addrs.forEach((a, i) => set(g, `address${i + 1}`, a));
  if (addrs.length) {
    let gw = r.str('IPV6_DEFAULTGW') ?? net?.str('IPV6_DEFAULTGW');
    if (gw) {
      gw = gw.split('%')[0];
      const c = canonicalIP(gw, true);
      if (!c) throw new Refused(`Invalid IP6 address '${gw}'`);
      set(g, 'gateway', c);
    }
  } else r.str('IPV6_DEFAULTGW');
  const token = r.str('IPV6_TOKEN');
  if (token) set(g, 'token', escapeValue(token));
  const agm = r.str('IPV6_ADDR_GEN_MODE');
  if (agm) {
    if (['eui64', 'stable-privacy', 'default'].includes(agm)) set(g, 'addr-gen-mode', agm);
    else if (agm !== 'default-or-eui64')
      r.note(
        'lost',
        'IPV6_ADDR_GEN_MODE',
        `Unknown IPV6_ADDR_GEN_MODE "${agm}": NetworkManager uses default-or-eui64.`,
      );
  } else if (token) set(g, 'addr-gen-mode', 'eui64');
  const dns: string[] = [];
  for (let i = 1; i < 10000; i++) {
    const v = r.str(`DNS${i}`);
    if (!v) break;
    if (dnsFamily(v) === 6) {
      if (off) {
        r.note('lost', `DNS${i}`, 'IPv6 is not enabled: NetworkManager ignores IPv6 DNS servers.');
        break;
      }
      const c = isIPv6(v) ? canonicalIP(v, true)! : v;
      if (!dns.includes(c)) dns.push(c);
    }
  }
  if (dns.length) set(g, 'dns', listValue(dns));
  if (routesRead && comp.route6) {
    const routes = readRouteFile(comp.route6, true, r.notes);
    routes.routes.forEach((rt, i) => {
      set(g, `route${i + 1}`, rt.value);
      if (rt.options) set(g, `route${i + 1}_options`, rt.options);
    });
  }
  const dom = r.str('IPV6_DOMAIN');
  if (dom) {
    if (off) r.note('lost', 'IPV6_DOMAIN', 'IPv6 is not enabled: NetworkManager ignores IPV6_DOMAIN.');
    else set(g, 'dns-search', listValue(dedupe(dom.split(' ').filter(Boolean))));
  }
  const ro = r.raw('IPV6_RES_OPTIONS');
  if (ro !== undefined) set(g, 'dns-options', listValue(dedupe(ro.split(' ').filter(Boolean))));
  const dprio = r.int('IPV6_DNS_PRIORITY', -2147483648, 2147483647, 0);
  if (dprio) set(g, 'dns-priority', String(dprio));
  return method;
}

/** Alias files (ifcfg-NAME:N) add their address to the profile's IPv4 addresses, in directory
 *  order (read here in name order), and may give the gateway and DEFROUTE when the profile has
 *  neither (NMR read_aliases L2192-2311, read_full_ip4_address L725-800). NM keeps the alias
 *  name as the address label, which the keyfile does not store, and leaves the file behind. */
function aliases(r: IfcfgReader, comp: Companions, groups: KeyfileGroups, set: Set): void {
  const ip4 = groups.get('ipv4');
  if (!ip4 || !comp.aliases.length) return;
  const base = basename(r.doc.uri);
  const addresses = () =>
    [...ip4.keys()]
      .filter((k) => /^address\d+$/.test(k))
      .sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)))
      .map((k) => ip4.get(k)!);
  const baseAddr = addresses()[0];
  let readDefroute = r.bool('DEFROUTE', -1) === -1 && !ip4.has('gateway');
  for (const doc of [...comp.aliases].sort((a, b) => cmpText(basename(a.uri), basename(b.uri)))) {
    const name = basename(doc.uri);
    if (!name.startsWith(base + ':')) continue;
    const a = new IfcfgReader(doc);
    // Notes about the alias file point into it.
    const note = (kind: NoteKind, message: string, key?: string) =>
      r.notes.push({ uri: doc.uri, range: key ? a.range(key, true) : firstLine(doc), kind, message, key });
    const skip = (why: string, key?: string) =>
      note('lost', `Alias file ${name}: ${why}, so NetworkManager ignores the file and its address.`, key);
    if (!/^[A-Za-z0-9_]*$/.test(name.slice(base.length + 1))) {
      skip('only letters, digits and _ may follow the colon');
      continue;
    }
    const dev = a.str('DEVICE');
    if (!dev) {
      skip('it has no DEVICE');
      continue;
    }
    if (dev !== name.slice('ifcfg-'.length)) {
      skip(`DEVICE=${dev} does not match the file name`, 'DEVICE');
      continue;
    }
    let ip = a.str('IPADDR');
    if (ip !== undefined && !isIPv4(ip)) {
      skip(`IPADDR "${ip}" is not an IPv4 address`, 'IPADDR');
      continue;
    }
    if (ip === undefined && !baseAddr) {
      note(
        'unmodelled',
        `Alias file ${name} has no IPADDR and the profile has no address to take it from: this preview does not model what NetworkManager does then.`,
      );
      continue;
    }
    ip ??= baseAddr.split('/')[0];
    const gw = readDefroute ? a.str('GATEWAY') : undefined;
    if (gw !== undefined && !isIPv4(gw)) {
      skip(`GATEWAY "${gw}" is not an IPv4 address`, 'GATEWAY');
      continue;
    }
    let prefix: number;
    const p = a.str('PREFIX');
    const mask = a.str('NETMASK');
    if (p !== undefined) {
      const n = parseInt10(p, 0, 32);
      if (n === undefined) {
        skip(`PREFIX "${p}" is not 0-32`, 'PREFIX');
        continue;
      }
      prefix = n;
    } else if (mask !== undefined) {
      if (!isIPv4(mask)) {
        skip(`NETMASK "${mask}" is not a netmask`, 'NETMASK');
        continue;
      }
      prefix = maskPrefix(mask);
    } else prefix = baseAddr ? Number(baseAddr.split('/')[1]) : classfulPrefix(ip);
    const addr = `${ip}/${prefix}`;
    const list = addresses();
    if (list.includes(addr))
      r.note('lost', undefined, `Alias file ${name}: ${addr} is already an address of this profile.`, firstLine(doc));
    else {
      set('ipv4', `address${list.length + 1}`, addr);
      note(
        'changed',
        `Alias file ${name}: NetworkManager adds ${addr} to the IPv4 addresses of ${r.str('NAME') ?? base} (without the ${dev} label) and leaves this file behind; delete it after migrating.`,
        a.assignment('IPADDR') ? 'IPADDR' : undefined,
      );
    }
    if (ip4.get('method') === 'disabled') set('ipv4', 'method', 'manual');
    if (readDefroute) {
      if (gw) {
        set('ipv4', 'gateway', gw);
        readDefroute = false;
      }
      const d = a.bool('DEFROUTE', -1);
      if (d !== -1) {
        if (d) ip4.delete('never-default');
        else set('ipv4', 'never-default', 'true');
        readDefroute = false;
      }
    }
  }
}

const cmpText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** DOMAIN goes to IPv6 when IPv4 has no search list (NMR check_dns_search_domains). */
function dnsSearchFallback(r: IfcfgReader, groups: KeyfileGroups, set: Set): void {
  if (groups.get('ipv4')?.has('dns-search')) return;
  const dom = r.str('DOMAIN');
  if (!dom) return;
  const existing = groups.get('ipv6')?.get('dns-search');
  const items = dedupe([...(existing ? existing.split(';').filter(Boolean) : []), ...dom.split(' ').filter(Boolean)]);
  set('ipv6', 'dns-search', listValue(items));
}

function proxySetting(r: IfcfgReader, set: Set, ensure: Ensure): void {
  const m = r.str('PROXY_METHOD');
  if (!m) return;
  ensure('proxy');
  if (m.toLowerCase() === 'auto') {
    set('proxy', 'method', '1');
    const pac = r.str('PAC_URL');
    if (pac) set('proxy', 'pac-url', escapeValue(pac));
    const scr = r.str('PAC_SCRIPT');
    if (scr) set('proxy', 'pac-script', escapeValue(scr));
  }
  if (r.bool('BROWSER_ONLY', false) === true) set('proxy', 'browser-only', 'true');
}

function portSettings(r: IfcfgReader, out: ProfileConversion, set: Set, ensure: Ensure): void {
  if (r.str('BRIDGE_UUID') || r.str('BRIDGE')) {
    ensure('bridge-port');
    const o = r.str('BRIDGING_OPTS');
    if (o && out.type !== 'bridge') {
      for (const tok of o.split(' ').filter(Boolean)) {
        const [k, v = ''] = tok.split('=');
        const map: Record<string, [string, number, number, number]> = {
          priority: ['priority', 32, 0, 63],
          path_cost: ['path-cost', 100, 1, 65535],
        };
        if (k === 'hairpin_mode') {
          const b = /^(1|yes|true|on)$/i.test(v);
          if (b) set('bridge-port', 'hairpin-mode', 'true');
        } else if (map[k]) {
          const [prop, def, min, max] = map[k];
          const n = parseInt0(v, min, max);
          if (n !== undefined && n !== def) set('bridge-port', prop, String(n));
          else if (n === undefined) r.note('lost', 'BRIDGING_OPTS', `Invalid ${k} "${v}": NetworkManager ignores it.`);
        } else r.note('lost', 'BRIDGING_OPTS', `${k} is not a bridge-port option: NetworkManager ignores it.`);
      }
    }
    if (r.str('BRIDGE_PORT_VLANS'))
      r.note('unmodelled', 'BRIDGE_PORT_VLANS', 'BRIDGE_PORT_VLANS: not converted by this preview yet.');
  }
  const q = r.raw('BOND_PORT_QUEUE_ID');
  const p = r.raw('BOND_PORT_PRIO');
  if (q !== undefined || p !== undefined) {
    ensure('bond-port');
    if (q !== undefined) {
      const n = /^\s*\d+\s*$/.test(q) && Number(q) <= 65535 ? Number(q) : undefined;
      if (n === undefined)
        r.note('lost', 'BOND_PORT_QUEUE_ID', `Invalid BOND_PORT_QUEUE_ID "${q}": NetworkManager ignores it.`);
      else if (n) set('bond-port', 'queue-id', String(n));
    }
    if (p !== undefined) {
      const n = /^\s*[+-]?\d+\s*$/.test(p) ? Number(p) : undefined;
      if (n === undefined)
        r.note('lost', 'BOND_PORT_PRIO', `Invalid BOND_PORT_PRIO "${p}": NetworkManager ignores it.`);
      else if (n) set('bond-port', 'prio', String(n));
    }
  }
  const tpc = r.str('TEAM_PORT_CONFIG');
  if (r.str('TEAM_MASTER') || r.str('TEAM_MASTER_UUID') || tpc) {
    ensure('team-port');
    if (tpc) {
      if (!isJson(tpc)) throw new Refused('team-port.config: invalid json');
      set('team-port', 'config', escapeValue(tpc));
    }
  }
}

/** nm_connection_normalize() steps that show in the keyfile (CONN L1077-1437, L1478-1528). */
function normalize(
  r: IfcfgReader,
  out: ProfileConversion,
  groups: KeyfileGroups,
  set: Set,
  ensure: Ensure,
  ip4Method: string,
): void {
  const isPort = !!out.controller;
  if (out.portType === 'bond' && !groups.has('bond-port')) {
    /* bond ports get no [bond-port] unless the file asks (CONN L1857-1883) */
  }
  if (out.portType === 'bridge') ensure('bridge-port');
  if (out.portType === 'team') ensure('team-port');
  for (const pg of ['bond-port', 'bridge-port', 'team-port']) {
    if (groups.has(pg) && out.portType !== pg.replace('-port', '')) {
      groups.delete(pg);
      r.note(
        'lost',
        undefined,
        `[${pg}] does not match the port type: NetworkManager's normalization removes it.`,
        firstLine(r.doc),
      );
    }
  }
  // A missing base setting is added, and VLANs and bridges always get a wired setting
  // (CONN _normalize_required_settings L1836-1854).
  if (out.type === 'ethernet' || out.type === 'vlan' || out.type === 'bridge') ensure('ethernet');
  if (isPort) {
    const meaningful = (g: string, trivial: Record<string, string>) =>
      [...(groups.get(g)?.entries() ?? [])].filter(([k, v]) => trivial[k] !== v);
    // One note per family, on the key that asked for it most directly.
    const families: Array<[string, Record<string, string>, string[]]> = [
      ['ipv4', { method: 'disabled' }, ['IPADDR', 'IPADDR0', 'IPADDR1', 'IPADDR2', 'BOOTPROTO', 'GATEWAY', 'DNS1']],
      ['ipv6', { method: 'ignore' }, ['IPV6ADDR', 'IPV6ADDR_SECONDARIES', 'IPV6INIT', 'IPV6_AUTOCONF', 'DNS1']],
    ];
    for (const [g, trivial, keys] of families) {
      const lost = meaningful(g, trivial);
      if (!lost.length) continue;
      const key = keys.find((k) => r.assignment(k));
      r.note(
        'lost',
        key,
        `This profile is a port of ${out.controller}: NetworkManager removes its ${g === 'ipv4' ? 'IPv4' : 'IPv6'} settings (${lost.map(([k, v]) => `${k}=${v}`).join(', ')}); configure addresses on the controller.`,
        key ? undefined : firstLine(r.doc),
      );
    }
    groups.delete('ipv4');
    groups.delete('ipv6');
    groups.delete('proxy');
  } else {
    ensure('proxy');
    const ip4 = groups.get('ipv4');
    if (ip4?.has('gateway') && ip4.get('never-default') === 'true') {
      ip4.delete('gateway');
      r.note('lost', 'GATEWAY', 'DEFROUTE=no: NetworkManager removes the gateway (CONN L1302-1306).');
    }
    if (ip4Method === 'shared' && ip4?.has('address2')) {
      const dropped: string[] = [];
      for (const k of [...ip4.keys()])
        if (/^address\d+$/.test(k) && k !== 'address1') {
          dropped.push(ip4.get(k)!);
          ip4.delete(k);
        }
      r.note(
        'lost',
        'BOOTPROTO',
        `With BOOTPROTO=shared NetworkManager keeps only the first address and drops ${dropped.join(', ')} (CONN L1313-1320).`,
      );
    }
    if (ip4Method === 'manual' && ip4 && ![...ip4.keys()].some((k) => /^(address|route)\d+$/.test(k)))
      throw new Refused("ipv4.method: method 'manual' requires at least an address or a route");
    const ip6 = groups.get('ipv6');
    if (ip6?.get('method') === 'manual' && ![...ip6.keys()].some((k) => /^(address|route)\d+$/.test(k)))
      throw new Refused("ipv6.method: method 'manual' requires at least an address or a route");
  }
  if (out.type === 'bond' || out.type === 'bridge' || out.type === 'team') {
    if (!out.interfaceName) throw new Refused('connection.interface-name: property is missing');
  }
  void set;
}

/** Keys nobody consulted: initscripts-only (lost), or read by NM but not modelled here. */
function unreadKeys(r: IfcfgReader, out: ProfileConversion, type: NmType): void {
  for (const [key] of r.doc.effective) {
    if (r.used.has(key)) continue;
    const m = lookupKey(key);
    if (!m) {
      r.note('lost', key, `${key} is not a key NetworkManager reads: it does not reach the keyfile.`);
      r.notes[r.notes.length - 1].noEffect = true;
      continue;
    }
    if (m.info.source === 'initscripts' || key === 'SLAVE') {
      r.note(
        'lost',
        key,
        `${key} is read only by initscripts: NetworkManager ignores it, so the keyfile has no equivalent.`,
      );
      r.notes[r.notes.length - 1].noEffect = true;
      continue;
    }
    const roles = m.info.roles;
    const applies =
      roles.includes('any') ||
      roles.includes(type) ||
      (out.portType && roles.includes(`${out.portType}-port` as never));
    if (!applies) r.note('lost', key, `${key} does not apply to a ${type} profile: NetworkManager ignores it here.`);
    else
      r.note(
        'unmodelled',
        key,
        `${key}: this preview does not convert it yet; NetworkManager carries it into the keyfile.`,
      );
  }
}

/** Address family of a DNS server as nm_dns_uri_parse() reads it: a plain address, optionally
 *  with `#server-name`, or a dns+tls:// / dns+udp:// URI. */
function dnsFamily(v: string): 4 | 6 | undefined {
  const uri = /^dns\+(?:tls|udp):\/\/(?:\[([^\]]+)\]|([^:/#]+))(?::\d+)?(?:#\S+)?$/.exec(v);
  const addr = uri ? (uri[1] ?? uri[2]) : v.replace(/#[^#\s]+$/, '');
  if (isIPv4(addr) && !uri?.[1]) return 4;
  const bare = addr.replace(/%[^%]+$/, '');
  if (isIPv6(bare)) return 6;
  return undefined;
}

function tag(k: string, i: number): string {
  return i < 0 ? k : `${k}${i}`;
}

/** nm_utils_hwaddr_ntoa after aton: upper-case hex pairs joined by colons. */
function canonicalMac(s: string): string {
  return s
    .split(/[:-]/)
    .map((p) => p.padStart(2, '0').toUpperCase())
    .join(':');
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

function dedupe(a: string[]): string[] {
  return [...new Set(a)];
}
