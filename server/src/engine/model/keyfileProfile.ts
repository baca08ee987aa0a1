// The keyfile reader into the format-neutral profile: type, interface, UUID, controller, MACs,
// addresses
// and the bond's options (one [bond] key per option, each with its own line), read as
// NetworkManager reads them (full group name first, then the alias; deprecated keys win).
import { settingOfGroup, NM_SETTINGS } from '../catalog/nm';
import type { ParsedDocument, Assignment } from '../parser/document';
import { Keyfile, KfEntry, KfGroup, unescapeValue } from '../parser/keyfile';
import type { OptionToken } from '../parser/options';
import { keyfileEdits } from '../fixes/keyfileEdits';
import type { BondConfig, ControllerRef, MacRef, PortType, Profile, ProfileType } from './shape';
import { bondConfigOf } from './shape';
import { keyfileAddresses } from './addresses';

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

function groupOf(kf: Keyfile, setting: string): string | undefined {
  const s = settingOfGroup(setting);
  if (!s) return undefined;
  if (kf.merged.has(s.name)) return s.name;
  return s.alias && kf.merged.has(s.alias) ? s.alias : undefined;
}

function entry(kf: Keyfile, setting: string, key: string): KfEntry | undefined {
  const g = groupOf(kf, setting);
  const list = g !== undefined ? kf.merged.get(g)?.get(key) : undefined;
  return list?.[list.length - 1];
}

const text = (e: KfEntry | undefined): string | undefined => (e ? unescapeValue(e.raw).value.trim() : undefined);

const range = (e: KfEntry) => ({
  start: { line: e.line, character: e.valueStart },
  end: { line: e.line, character: e.valueEnd },
});

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
    value: { ...a.value, text: unescapeValue(e.raw).value, offset: e.valueStart, start: e.valueStart, end: e.valueEnd },
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
  const g = groupOf(kf, 'bond');
  const occurrences = g !== undefined ? kf.groupsByName.get(g) : undefined;
  if (!occurrences) return undefined;
  const header = occurrences[0];
  const tokens: OptionToken[] = [];
  for (const o of occurrences)
    for (const e of o.entries) {
      if (e.key === 'interface-name' || e.locale !== undefined) continue;
      const value = unescapeValue(e.raw).value;
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
  const edits = keyfileEdits(doc);
  const byLine = (t: OptionToken) => kf.entries.find((e) => e.line === t.line)!;
  const range = {
    start: { line: header.line, character: header.start },
    end: { line: header.line, character: header.end },
  };
  return bondConfigOf(headerAssignment(header), tokens, range, {
    append: (token) => {
      const eq = token.indexOf('=');
      return edits.addKey(occurrences, header.name, token.slice(0, eq), token.slice(eq + 1));
    },
    replaceValue: (t, v) => edits.replaceValue(byLine(t), v),
    remove: (t) => edits.deleteEntry(byLine(t)),
    rewrite(wanted) {
      // Change values in place, delete options no longer wanted, add new ones after the header.
      const want = new Map(wanted.map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
      const out = [];
      const seen = new Set<string>();
      for (const t of tokens) {
        const v = want.get(t.key);
        if (v === undefined || seen.has(t.key)) out.push(edits.deleteEntry(byLine(t)));
        else if (v !== t.value) out.push(edits.replaceValue(byLine(t), v));
        seen.add(t.key);
      }
      const eol = doc.crlfLines > 0 ? '\r\n' : '\n';
      const add = [...want].filter(([k]) => !seen.has(k)).map(([k, v]) => `${eol}${k}=${v}`);
      if (add.length) {
        const end = doc.lines[header.line].text.length;
        out.push({
          range: { start: { line: header.line, character: end }, end: { line: header.line, character: end } },
          newText: add.join(''),
        });
      }
      return out;
    },
  });
}

export function keyfileProfile(doc: ParsedDocument): Profile {
  const kf = doc.keyfile!;
  const typeName = text(entry(kf, 'connection', 'type'));
  let setting = typeName !== undefined ? settingOfGroup(typeName)?.name : undefined;
  if (typeName === undefined) {
    const bases = NM_SETTINGS.filter((s) => s.base && groupOf(kf, s.name) !== undefined);
    if (bases.length === 1) setting = bases[0].name;
  }
  const type: ProfileType = (setting ? TYPES[setting] : undefined) ?? 'unknown';
  const ifname =
    entry(kf, 'connection', 'interface-name') ?? (setting ? entry(kf, setting, 'interface-name') : undefined);
  // master/slave-type are read after controller/port-type (alphabetical property order) and win.
  const ctrl = entry(kf, 'connection', 'master') ?? entry(kf, 'connection', 'controller');
  const ctrlValue = text(ctrl);
  const macs: MacRef[] = [];
  const macSetting =
    setting === 'infiniband' ? 'infiniband' : setting === '802-11-wireless' ? setting : '802-3-ethernet';
  for (const [key, kind] of [
    ['mac-address', 'permanent'],
    ['cloned-mac-address', 'cloned'],
  ] as const) {
    const e = entry(kf, macSetting, key);
    const v = text(e);
    if (e && v) macs.push({ kind, key, value: v, range: range(e) });
  }
  const portTypeName = text(entry(kf, 'connection', 'slave-type') ?? entry(kf, 'connection', 'port-type'));
  const portType = PORT_TYPES.find((t) => t === portTypeName);
  const controller: ControllerRef | undefined =
    ctrl && ctrlValue
      ? {
          value: ctrlValue,
          assignment: entryAssignment(ctrl),
          viaUuid: /^[0-9a-f]{8}-/i.test(ctrlValue),
          portType,
        }
      : undefined;
  const uuidEntry = entry(kf, 'connection', 'uuid');
  const uuid = text(uuidEntry)?.toLowerCase();
  // g_key_file_get_boolean: true/false/1/0 only; anything else keeps the default (true).
  const ac = text(entry(kf, 'connection', 'autoconnect'));
  return {
    doc,
    format: 'keyfile',
    macs,
    deviceRange: ifname ? range(ifname) : undefined,
    uuidRange: uuid && uuidEntry ? range(uuidEntry) : undefined,
    autoconnect: ac !== 'false' && ac !== '0',
    type,
    device: text(ifname) || undefined,
    uuid: uuid || undefined,
    master: controller && (controller.portType ?? 'bond') === 'bond' ? controller : undefined,
    controller,
    addresses: keyfileAddresses(kf, (s) => groupOf(kf, s)),
    bond: type === 'bond' ? bondOf(doc, kf) : undefined,
    slave: false,
  };
}
