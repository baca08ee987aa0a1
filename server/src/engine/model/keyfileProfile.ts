// The keyfile reader into the format-neutral profile: type, interface, UUID, controller, MACs,
// addresses
// and the bond's options (one [bond] key per option, each with its own line), read as
// NetworkManager reads them (full group name first, then the alias; deprecated keys win).
import { settingOfGroup, NM_SETTINGS } from '../catalog/nm';
import type { ParsedDocument, Assignment } from '../parser/document';
import { Keyfile, KfEntry, KfGroup, unescapedText } from '../parser/keyfile';
import type { OptionToken } from '../parser/options';
import { keyfileEdits, type KeyfileEdits } from '../fixes/keyfileEdits';
import type {
  BondConfig,
  BondEdits,
  ControllerRef,
  MacRef,
  PortType,
  Profile,
  ProfileType,
  WrittenSetting,
} from './shape';
import { bondConfigOf } from './shape';
import type { Range, TextEdit } from '../types';
import { addressIndex, keyfileAddresses } from './addresses';
import { lineSpan } from '../util/lineSpan';
import { entryOf, groupFor, keysFor } from './keyfileView';

const PORT_TYPES: readonly PortType[] = ['bond', 'bridge', 'team'];

const TYPES: Record<string, ProfileType> = {
  '802-3-ethernet': 'ethernet',
  '802-11-wireless': 'wifi',
  infiniband: 'infiniband',
  bond: 'bond',
  team: 'team',
  vlan: 'vlan',
  bridge: 'bridge',
};

const MAC_KEYS = [
  ['mac-address', 'permanent'],
  ['cloned-mac-address', 'cloned'],
] as const;

/** Port settings and the controller type NetworkManager infers from each when port-type is missing. */
const PORT_GROUPS = [
  ['bond-port', 'bond'],
  ['bridge-port', 'bridge'],
  ['team-port', 'team'],
] as const;

/** The entry in force of a key (the last one). */
function last(keys: Map<string, KfEntry[]> | undefined, key: string): KfEntry | undefined {
  const list = keys?.get(key);
  return list?.[list.length - 1];
}

const text = (e: KfEntry | undefined): string | undefined => (e ? unescapedText(e.raw).trim() : undefined);

/** toLowerCase, without making a copy of the usual lower-case UUID: an upper-case ASCII letter,
 *  or a character toLowerCase may change, found by a pattern (a loop over the characters of a
 *  UUID cost twice as much). */
const lowerCase = (s: string | undefined): string | undefined =>
  s !== undefined && /[A-Z\u0080-\uffff]/.test(s) ? s.toLowerCase() : s;

const range = (e: KfEntry) => lineSpan(e.line, e.valueStart, e.valueEnd);

/** An entry seen as an assignment (key and value columns) for code that anchors on one. */
function entryAssignment(e: KfEntry): Assignment {
  const a = headerAssignment(e.group);
  return {
    ...a,
    line: e.line,
    key: e.key,
    keyStart: e.keyStart,
    keyEnd: e.keyEnd,
    eq: e.eq,
    value: { ...a.value, text: unescapedText(e.raw), offset: e.valueStart, start: e.valueStart, end: e.valueEnd },
  };
}

/** A stand-in assignment for the parts of the engine that anchor on one line: the [bond] header. */
function headerAssignment(g: KfGroup): Assignment {
  return {
    line: g.line,
    key: g.name,
    keyStart: g.start,
    keyEnd: g.end,
    eq: g.end,
    value: {
      text: '',
      nmValid: true,
      map: null,
      ends: null,
      offset: g.nameStart,
      quotes: [],
      quoting: 'none',
      issues: [],
      start: g.nameStart,
      end: g.nameEnd,
    },
    index: -1,
  };
}

function bondOf(doc: ParsedDocument, kf: Keyfile): BondConfig | undefined {
  const g = groupFor(kf, 'bond');
  const occurrences = g !== undefined ? kf.groupsByName.get(g) : undefined;
  if (!occurrences) return undefined;
  const header = occurrences[0];
  const tokens: OptionToken[] = [];
  for (const o of occurrences)
    for (const e of o.entries) {
      if (e.key === 'interface-name' || e.locale !== undefined) continue;
      const value = unescapedText(e.raw);
      tokens.push({
        text: `${e.key}=${value}`,
        key: e.key,
        value,
        line: e.line,
        start: e.keyStart,
        end: e.valueEnd,
        keyStart: e.keyStart,
        keyEnd: e.keyEnd,
        valueStart: e.valueStart,
        valueEnd: e.valueEnd,
        textStart: 0,
        textEnd: 0,
        tabSeparated: false,
      });
    }
  const range = lineSpan(header.line, header.start, header.end);
  return bondConfigOf(headerAssignment(header), tokens, range, new BondOptionEdits(doc, occurrences, tokens));
}

/** The bond's option edits in a keyfile: one [bond] key per option. Methods, not closures:
 *  every bond profile carries these, and few are ever used. */
class BondOptionEdits implements BondEdits {
  private readonly edits: KeyfileEdits;
  private readonly header: KfGroup;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly occurrences: KfGroup[],
    private readonly tokens: OptionToken[],
  ) {
    this.edits = keyfileEdits(doc);
    this.header = occurrences[0];
  }

  private entryOf(t: OptionToken): KfEntry {
    return this.doc.keyfile!.entries.find((e) => e.line === t.line)!;
  }

  append(token: string): TextEdit {
    const eq = token.indexOf('=');
    return this.edits.addKey(this.occurrences, this.header.name, token.slice(0, eq), token.slice(eq + 1));
  }

  replaceValue(t: OptionToken, v: string): TextEdit {
    return this.edits.replaceValue(this.entryOf(t), v);
  }

  remove(t: OptionToken): TextEdit {
    return this.edits.deleteEntry(this.entryOf(t));
  }

  renameKey(t: OptionToken, name: string): TextEdit {
    return this.edits.renameKey(this.entryOf(t), name);
  }

  /** Right under the [bond] header, where a reader of the file looks first. */
  prepend(token: string): TextEdit {
    const { doc, header } = this;
    const end = doc.lines[header.line].text.length;
    const eol = doc.crlfLines > 0 ? '\r\n' : '\n';
    return {
      range: lineSpan(header.line, end, end),
      newText: `${eol}${token}`,
    };
  }

  rewrite(wanted: string[]): TextEdit[] {
    const { doc, header, edits } = this;
    // Change values in place, delete options no longer wanted, add new ones after the header.
    const want = new Map(wanted.map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
    const out = [];
    const seen = new Set<string>();
    for (const t of this.tokens) {
      const v = want.get(t.key);
      if (v === undefined || seen.has(t.key)) out.push(edits.deleteEntry(this.entryOf(t)));
      else if (v !== t.value) out.push(edits.replaceValue(this.entryOf(t), v));
      seen.add(t.key);
    }
    const eol = doc.crlfLines > 0 ? '\r\n' : '\n';
    const add = [...want].filter(([k]) => !seen.has(k)).map(([k, v]) => `${eol}${k}=${v}`);
    if (add.length) {
      const end = doc.lines[header.line].text.length;
      out.push({
        range: lineSpan(header.line, end, end),
        newText: add.join(''),
      });
    }
    return out;
  }
}

/** autoconnect, mtu or type as written. Methods and getters, not closures and ranges made up
 *  front: every profile has a few of these, and few are ever shown or edited. */
class KeyfileSetting implements WrittenSetting {
  readonly key: string;
  readonly value: string;

  constructor(
    private readonly edits: KeyfileEdits,
    private readonly e: KfEntry,
  ) {
    this.key = e.key;
    this.value = text(e)!;
  }

  get range(): Range {
    return range(this.e);
  }
  get keyRange(): Range {
    const e = this.e;
    return lineSpan(e.line, e.keyStart, e.keyEnd);
  }
  replace(v: string) {
    return [this.edits.replaceValue(this.e, v)];
  }
  remove() {
    return [this.edits.deleteEntry(this.e)];
  }
  enable() {
    return [this.edits.replaceValue(this.e, 'true')];
  }
}

/** gateway_parser and ip_address_or_route_parser (nm-keyfile.c): the gateway key wins over the
 *  gateway field of the first address key (address, address0, address1… in index order). */
/** `keys`: those of the group NM reads [ipv4] from. */
function gatewayOf(keys: Map<string, KfEntry[]> | undefined): Profile['gateway'] {
  const gw = last(keys, 'gateway');
  const v = text(gw);
  if (gw && v) return { value: v, range: range(gw) };
  if (!keys) return undefined;
  // The address key of the lowest index that has a gateway field (the first in file order on
  // a tie), in one pass.
  let best: { index: number; e: KfEntry; value: string; start: number } | undefined;
  for (const [k, list] of keys) {
    const index = addressIndex(k);
    if (index === undefined) continue;
    if (best && !(index < best.index)) continue;
    const e = list[list.length - 1];
    const comma = e.raw.indexOf(',');
    if (comma < 0) continue;
    const field = e.raw.slice(comma + 1).split(',')[0];
    const value = field.trim();
    if (!value) continue;
    best = { index, e, value, start: e.valueStart + comma + 1 + field.indexOf(value) };
  }
  if (!best) return undefined;
  const { e, value, start } = best;
  return {
    value,
    range: lineSpan(e.line, start, start + value.length),
  };
}

export function keyfileProfile(doc: ParsedDocument): Profile {
  const kf = doc.keyfile!;
  // [connection] holds most of what is read: its keys are found once.
  const conn = keysFor(kf, 'connection');
  const typeEntry = last(conn, 'type');
  const typeName = text(typeEntry);
  let setting = typeName !== undefined ? settingOfGroup(typeName)?.name : undefined;
  if (typeName === undefined) {
    const bases = NM_SETTINGS.filter((s) => s.base && groupFor(kf, s.name) !== undefined);
    if (bases.length === 1) setting = bases[0].name;
  }
  const type: ProfileType = (setting ? TYPES[setting] : undefined) ?? 'unknown';
  const ifname = last(conn, 'interface-name') ?? (setting ? entryOf(kf, setting, 'interface-name') : undefined);
  // master/slave-type are read after controller/port-type (alphabetical property order) and win.
  const ctrl = last(conn, 'master') ?? last(conn, 'controller');
  const ctrlValue = text(ctrl);
  const macs: MacRef[] = [];
  const macSetting =
    setting === 'infiniband' ? 'infiniband' : setting === '802-11-wireless' ? setting : '802-3-ethernet';
  const macKeys = keysFor(kf, macSetting);
  for (const [key, kind] of MAC_KEYS) {
    const e = last(macKeys, key);
    const v = text(e);
    if (e && v) macs.push({ kind, key, value: v, range: range(e) });
  }
  // The port type matters only to a port (a profile naming its controller); the port groups
  // are looked at only when no port type is written.
  let portType: string | undefined;
  if (ctrl && ctrlValue) {
    portType = text(last(conn, 'slave-type') ?? last(conn, 'port-type'));
    if (!portType) {
      const portGroups = PORT_GROUPS.filter(([g]) => groupFor(kf, g) !== undefined);
      portType = portGroups.length === 1 ? portGroups[0][1] : undefined;
    }
  }
  const controller: ControllerRef | undefined =
    ctrl && ctrlValue
      ? {
          value: ctrlValue,
          assignment: entryAssignment(ctrl),
          viaUuid: /^[0-9a-f]{8}-/i.test(ctrlValue),
          portType: PORT_TYPES.find((t) => t === portType),
        }
      : undefined;
  const uuidEntry = last(conn, 'uuid');
  const uuid = lowerCase(text(uuidEntry));
  // g_key_file_get_boolean: true/false/1/0 only; anything else keeps the default (true).
  const acEntry = last(conn, 'autoconnect');
  const ac = text(acEntry);
  const ipv4 = keysFor(kf, 'ipv4');
  const edits = keyfileEdits(doc);
  const written = (e: KfEntry | undefined): WrittenSetting | undefined => e && new KeyfileSetting(edits, e);
  // A bond takes its MTU from [ethernet] as well (nm-device-bond.c: get_configured_mtu is
  // nm_device_get_configured_mtu_for_wired).
  const mtu =
    setting === 'infiniband'
      ? undefined
      : last(macSetting === '802-3-ethernet' ? macKeys : keysFor(kf, '802-3-ethernet'), 'mtu');
  return {
    doc,
    format: 'keyfile',
    macs,
    deviceRange: ifname ? range(ifname) : undefined,
    uuidRange: uuid && uuidEntry ? range(uuidEntry) : undefined,
    autoconnect: ac !== 'false' && ac !== '0',
    autoconnectSetting: written(acEntry),
    // A ternary read as an integer; the deprecated alias is read later and wins.
    autoconnectPorts: text(last(conn, 'autoconnect-slaves') ?? last(conn, 'autoconnect-ports')) === '1',
    mtu: text(mtu) ? written(mtu) : undefined,
    typeSetting: written(typeEntry),
    gateway: gatewayOf(ipv4),
    type,
    device: text(ifname) || undefined,
    uuid: uuid || undefined,
    // The bond this profile is a port of; a port of a bridge or team has a controller only.
    master: controller && (controller.portType ?? 'bond') === 'bond' ? controller : undefined,
    portType: controller ? portType : undefined,
    controller,
    addresses: () => keyfileAddresses(ipv4, keysFor(kf, 'ipv6')),
    bond: type === 'bond' ? bondOf(doc, kf) : undefined,
    slave: false,
  };
}
