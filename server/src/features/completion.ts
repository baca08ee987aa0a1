// Completion of keys, values, BONDING_OPTS option names (mode-aware) and their values.
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import {
  BOND_OPTION_BY_NAME,
  bondConfig,
  KEYS,
  lookupKey,
  ParsedDocument,
  profileOf,
  ProfileType,
  Role,
  SystemIndex,
  type Position,
} from '../engine';
import { keyDoc, optionDoc } from './docs';
import { spotAt } from './locate';
import { bondOptionItems, CompletionData, optionValueItems } from './bondOptionItems';
import { completeKeyfile, resolveKeyfileItem } from './keyfile/completion';

const ROLE_OF_TYPE: Record<ProfileType, Role[]> = {
  ethernet: ['ethernet', 'bond-port', 'bridge-port', 'team-port'],
  wifi: ['wifi'],
  infiniband: ['infiniband', 'bond-port'],
  bond: ['bond', 'bridge-port'],
  team: ['team'],
  vlan: ['vlan', 'bond-port', 'bridge-port'],
  bridge: ['bridge'],
  unknown: [],
};

function keyFits(roles: Role[], allowed: Role[] | undefined): boolean {
  if (!allowed) return true;
  return roles.some((r) => r === 'any' || allowed.includes(r));
}

export function complete(doc: ParsedDocument, system: SystemIndex, pos: Position): CompletionItem[] {
  if (doc.keyfile) return completeKeyfile(doc, system, pos);
  const spot = spotAt(doc, pos);
  switch (spot.kind) {
    case 'line-start':
    case 'key':
      return keyItems(doc);
    case 'value':
      return valueItems(spot.a.key);
    case 'option-gap':
    case 'option-key':
      if (spot.a.key !== 'BONDING_OPTS') return [];
      return optionNameItems(
        spot.a,
        spot.kind === 'option-key' ? spot.token.key : '',
        pos,
        spot.kind === 'option-key' ? spot.token : undefined,
      );
    case 'option-value': {
      if (spot.a.key !== 'BONDING_OPTS') return [];
      const o = BOND_OPTION_BY_NAME.get(spot.token.key);
      return o ? optionValueItems(doc, system, o) : [];
    }
    default:
      return [];
  }
}

function keyItems(doc: ParsedDocument): CompletionItem[] {
  const kind = doc.file.kind;
  if (kind === 'route') {
    return ['ADDRESS', 'NETMASK', 'GATEWAY', 'METRIC', 'OPTIONS'].map((k, i) => ({
      label: `${k}0`,
      kind: CompletionItemKind.Property,
      sortText: String(i),
      insertText: `${k}0=`,
    }));
  }
  if (kind !== 'ifcfg' && kind !== 'alias' && kind !== 'keys' && kind !== 'unknown') return [];
  const p = profileOf(doc);
  const allowed =
    p.type === 'unknown' ? undefined : [...ROLE_OF_TYPE[p.type], ...(p.master ? (['bond-port'] as Role[]) : [])];
  const present = new Set(doc.effective.keys());
  const items: CompletionItem[] = [];
  for (const k of KEYS) {
    if (k.obsolete || k.prefix || k.name === 'ADDRESS' || !keyFits(k.roles, allowed)) continue;
    if (present.has(k.name) && !k.numbered) continue;
    const name =
      k.numbered && ['DNS', 'QDISC', 'FILTER', 'KEY', 'KEY_PASSPHRASE'].includes(k.name) ? `${k.name}1` : k.name;
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail:
        k.source === 'nm'
          ? 'NetworkManager'
          : k.source === 'initscripts'
            ? 'initscripts'
            : 'NetworkManager + initscripts',
      insertText: `${name}=`,
      // Keys both tools read come first, initscripts-only ones last.
      sortText: `${k.source === 'both' ? 0 : k.source === 'nm' ? 1 : 2}${name}`,
      filterText: name,
      data: { kind: 'key', name: k.name } satisfies CompletionData,
      command: ['BONDING_OPTS', 'BRIDGING_OPTS', 'BOOTPROTO', 'TYPE', 'ONBOOT'].includes(k.name)
        ? { title: 'Suggest', command: 'editor.action.triggerSuggest' }
        : undefined,
    });
  }
  return items;
}

function valueItems(key: string): CompletionItem[] {
  const m = lookupKey(key);
  if (!m) return [];
  const t = m.info.type;
  if (t.t === 'bool') return ['yes', 'no'].map((v) => ({ label: v, kind: CompletionItemKind.Value }));
  if (t.t === 'bool-onoff')
    return ['yes', 'no', 'on', 'off'].map((v) => ({ label: v, kind: CompletionItemKind.Value }));
  if (t.t === 'enum') {
    const seen = new Set<string>();
    return t.values
      .filter((v) => (t.ci ? !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()) : true))
      .map((v, i) => ({ label: v, kind: CompletionItemKind.EnumMember, sortText: String(i).padStart(2, '0') }));
  }
  if (t.t === 'bonding-opts') {
    return [
      {
        label: '"mode=active-backup miimon=100 fail_over_mac=active"',
        kind: CompletionItemKind.Snippet,
        insertTextFormat: InsertTextFormat.Snippet,
        insertText:
          '"mode=${1|active-backup,802.3ad,balance-alb,balance-tlb,balance-xor,balance-rr,broadcast|} miimon=${2:100}$0"',
        documentation: 'A monitored bond. Add fail_over_mac=active for virtual NICs.',
      },
    ];
  }
  return [];
}

function optionNameItems(
  a: ParsedDocument['assignments'][number],
  typed: string,
  pos: Position,
  token?: { start: number; end: number; keyEnd: number },
): CompletionItem[] {
  const range = token
    ? {
        start: { line: pos.line, character: token.start },
        end: { line: pos.line, character: Math.max(token.keyEnd, pos.character) },
      }
    : undefined;
  // Netlink-only options cannot be set from BONDING_OPTS.
  return bondOptionItems(bondConfig(a), typed, (o) => !!(o.sysfs || o.nm), range);
}

export function resolveCompletion(item: CompletionItem): CompletionItem {
  const d = item.data as CompletionData | undefined;
  if (!d) return item;
  if (d.kind === 'nm-key') return resolveKeyfileItem(item, d);
  if (d.kind === 'key') {
    const m = lookupKey(d.name);
    if (m) item.documentation = { kind: MarkupKind.Markdown, value: keyDoc(m.info) };
  } else {
    const o = BOND_OPTION_BY_NAME.get(d.name);
    if (o) item.documentation = { kind: MarkupKind.Markdown, value: optionDoc(o) };
  }
  return item;
}
