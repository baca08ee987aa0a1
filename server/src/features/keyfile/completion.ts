// Keyfile completion: group headers, the keys of the group under the cursor (from the NM
// catalog), values by type (booleans, choices, enum and flag numbers), bonding options under
// [bond] (mode-aware, as in BONDING_OPTS) and, for controller=, the workspace's controllers.
import { CompletionItem, CompletionItemKind, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import {
  BOND_OPTION_BY_NAME,
  groupSpelling,
  nmKeyFamiliesOf,
  nmKeysOf,
  nmProperty,
  NmPropertyRow,
  NmSetting,
  NM_SETTINGS,
  profileOf,
  settingOfGroup,
  type KfEntry,
  type ParsedDocument,
  type Position,
  type Range,
  type SystemIndex,
} from '../../engine';
import { bondOptionItems, CompletionData, optionValueItems } from '../bondOptionItems';
import { kfKeyDoc } from './docs';
import { kfSpotAt } from './locate';

// Keys an admin writes first, in the order nmcli writes them.
const FIRST: Record<string, string[]> = {
  connection: ['id', 'uuid', 'type', 'interface-name', 'controller', 'port-type', 'autoconnect'],
  ipv4: ['method', 'address1', 'gateway', 'dns', 'dns-search'],
  ipv6: ['method', 'addr-gen-mode', 'address1', 'gateway', 'dns'],
  '802-3-ethernet': ['mac-address', 'cloned-mac-address', 'mtu'],
  vlan: ['parent', 'id'],
};

const CONTROLLER_TYPES = new Set(['bond', 'bridge', 'team']);

export function completeKeyfile(doc: ParsedDocument, system: SystemIndex, pos: Position): CompletionItem[] {
  const spot = kfSpotAt(doc, pos);
  switch (spot.kind) {
    case 'group':
      return groupItems(
        doc,
        {
          start: { line: pos.line, character: spot.group.nameStart },
          end: { line: pos.line, character: spot.group.nameEnd },
        },
        false,
      );
    case 'line-start': {
      const range = { start: { line: pos.line, character: spot.start }, end: pos };
      if (spot.prefix.startsWith('[')) return groupItems(doc, range, true);
      if (!spot.setting) return spot.group ? [] : groupItems(doc, range, true);
      return keyItems(doc, spot.setting, spot.prefix, range);
    }
    case 'value':
      return spot.setting ? valueItems(doc, system, spot.setting, spot.entry) : [];
    default:
      return [];
  }
}

function groupItems(doc: ParsedDocument, range: Range, brackets: boolean): CompletionItem[] {
  const kf = doc.keyfile!;
  const present = new Set([...kf.merged.keys()].map((g) => settingOfGroup(g)?.name ?? g));
  const type = profileOf(doc).type;
  return NM_SETTINGS.filter((s) => !present.has(s.name)).map((s) => {
    const name = groupSpelling(s);
    // The settings of the profile's kind first, then IP, then the rest.
    const rank = s.name === 'connection' ? 0 : relevant(s, type) ? 1 : s.name === 'ipv4' || s.name === 'ipv6' ? 2 : 3;
    return {
      label: `[${name}]`,
      kind: CompletionItemKind.Module,
      detail: s.doc,
      filterText: brackets ? `[${name}` : name,
      sortText: `${rank}${name}`,
      textEdit: TextEdit.replace(range, brackets ? `[${name}]` : name),
      documentation: s.status,
    };
  });
}

function relevant(s: NmSetting, type: string): boolean {
  const byType: Record<string, string[]> = {
    bond: ['bond'],
    bridge: ['bridge'],
    ethernet: ['802-3-ethernet', 'bond-port', 'bridge-port', 'ethtool'],
    vlan: ['vlan', 'bond-port', 'bridge-port'],
    infiniband: ['infiniband', 'bond-port'],
    wifi: ['802-11-wireless', '802-11-wireless-security'],
  };
  return (byType[type] ?? []).includes(s.name);
}

function keyItems(doc: ParsedDocument, s: NmSetting, typed: string, range: Range): CompletionItem[] {
  const kf = doc.keyfile!;
  const present = new Set<string>();
  for (const [g, keys] of kf.merged) if (settingOfGroup(g)?.name === s.name) keys.forEach((_, k) => present.add(k));
  if (s.name === 'bond') {
    const b = profileOf(doc).bond;
    if (b) return bondOptionItems(b, typed, (o) => !!o.nm, range).concat(extraBondKeys(present, range));
  }
  const first = FIRST[s.name] ?? [];
  const items: CompletionItem[] = [];
  const push = (key: string, row: NmPropertyRow, rank: number) =>
    items.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail:
        (row.t === 'bond-option' ? BOND_OPTION_BY_NAME.get(key)?.summary : row.doc.split('. ')[0].slice(0, 80)) ||
        undefined,
      sortText: `${rank}${String(first.indexOf(key) + 1).padStart(2, '0')}${key}`,
      textEdit: TextEdit.replace(range, `${key}=`),
      command:
        row.t === 'boolean' || row.choices || row.values || row.flags || row.t === 'ifname-or-uuid'
          ? { title: 'Suggest values', command: 'editor.action.triggerSuggest' }
          : undefined,
      data: { kind: 'nm-key', name: key, setting: s.name } satisfies CompletionData,
    });
  for (const row of nmKeysOf(s.name)) {
    if (row.notKeyfile || row.deprecated || row.legacyIfname || present.has(row.k)) continue;
    push(row.k, row, first.includes(row.k) ? 0 : 1);
  }
  // Numbered families (address1, route1, routing-rule1): the next free number.
  for (const row of nmKeyFamiliesOf(s.name)) {
    const m = /^([a-z-]+)N$/.exec(row.k);
    if (!m) continue;
    let n = 1;
    while (present.has(`${m[1]}${n}`)) n++;
    push(`${m[1]}${n}`, row, first.includes(`${m[1]}1`) ? 0 : 1);
  }
  return items;
}

/** Keys of [bond] that are NetworkManager options without a kernel row (balance-slb). */
function extraBondKeys(present: Set<string>, range: Range): CompletionItem[] {
  return nmKeysOf('bond')
    .filter((r) => !r.legacyIfname && !BOND_OPTION_BY_NAME.has(r.k) && !present.has(r.k))
    .map((r) => ({
      label: r.k,
      kind: CompletionItemKind.Field,
      detail: r.doc.split('. ')[0].slice(0, 80),
      sortText: `3${r.k}`,
      textEdit: TextEdit.replace(range, `${r.k}=`),
      data: { kind: 'nm-key', name: r.k, setting: 'bond' } satisfies CompletionData,
    }));
}

function valueItems(doc: ParsedDocument, system: SystemIndex, s: NmSetting, e: KfEntry): CompletionItem[] {
  if (s.name === 'bond') {
    const o = BOND_OPTION_BY_NAME.get(e.key);
    return o ? optionValueItems(doc, system, o) : [];
  }
  if (s.name === 'connection' && (e.key === 'controller' || e.key === 'master')) return controllerItems(doc, system);
  if (s.name === 'connection' && e.key === 'type')
    return NM_SETTINGS.filter((x) => x.base).map((x, i) => ({
      label: groupSpelling(x),
      kind: CompletionItemKind.EnumMember,
      detail: x.doc,
      sortText: `${['ethernet', 'bond', 'bridge', 'vlan'].includes(groupSpelling(x)) ? 0 : 1}${String(i).padStart(2, '0')}`,
    }));
  const row = nmProperty(s.name, e.key);
  if (!row) return [];
  const value = (label: string, detail?: string, i = 0): CompletionItem => ({
    label,
    kind: CompletionItemKind.EnumMember,
    detail,
    sortText: String(i).padStart(3, '0'),
  });
  if (row.t === 'boolean') return ['true', 'false'].map((v, i) => value(v, undefined, i));
  if (row.choices) return row.choices.map((c, i) => value(c, undefined, i));
  if (row.values)
    return row.values.map((v, i) => ({ ...value(String(v.num), v.name, i), filterText: `${v.num} ${v.name ?? ''}` }));
  if (row.flags)
    return row.flags.map((f, i) => ({
      ...value(String(f.bit), f.name, i),
      filterText: `${f.bit} ${f.name}`,
      documentation: 'Flags add up: write the sum of the numbers you want.',
    }));
  if (row.t === 'dhcp-send-hostname') return ['-1', '0', '1'].map((v, i) => value(v, ['default', 'no', 'yes'][i], i));
  return [];
}

/** Bonds, bridges and teams of the workspace (by interface name), matching port-type if set. */
function controllerItems(doc: ParsedDocument, system: SystemIndex): CompletionItem[] {
  const kf = doc.keyfile!;
  const portType = [...kf.merged]
    .filter(([g]) => settingOfGroup(g)?.name === 'connection')
    .map(([, keys]) => keys.get('port-type') ?? keys.get('slave-type'))
    .find((l) => l)
    ?.at(-1)
    ?.raw.trim();
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const p of system.profiles) {
    if (p.doc === doc || !p.device || !CONTROLLER_TYPES.has(p.type) || seen.has(p.device)) continue;
    if (portType && CONTROLLER_TYPES.has(portType) && p.type !== portType) continue;
    seen.add(p.device);
    out.push({
      label: p.device,
      kind: CompletionItemKind.Reference,
      detail: `${p.type} · ${p.doc.file.base}`,
      sortText: `${p.type === 'bond' ? 0 : 1}${p.device}`,
    });
  }
  return out;
}

export function resolveKeyfileItem(item: CompletionItem, d: CompletionData): CompletionItem {
  const s = d.setting ? settingOfGroup(d.setting) : undefined;
  const doc = s ? kfKeyDoc(s, nmProperty(s.name, d.name), d.name) : undefined;
  if (doc) item.documentation = { kind: MarkupKind.Markdown, value: doc };
  return item;
}
