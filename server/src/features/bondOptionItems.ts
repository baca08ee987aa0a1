// Completion items for bonding options and their values, shared by BONDING_OPTS (ifcfg) and
// [bond] groups (keyfile): mode-aware names, enum values by name and number, the bond's ports.
import { CompletionItem, CompletionItemKind, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import {
  BOND_OPTIONS,
  BondConfig,
  BondOption,
  cellOf,
  ParsedDocument,
  profileOf,
  SystemIndex,
  type Range,
} from '../engine';

export interface CompletionData {
  kind: 'key' | 'option' | 'nm-key';
  name: string;
  /** Keyfile keys: the setting (group) the key belongs to. */
  setting?: string;
}

/** Bonding option names to offer, mode-aware: nothing the kernel refuses or ignores in the
 *  bond's mode, nothing already set. Shared by BONDING_OPTS and keyfile [bond] groups. */
export function bondOptionItems(
  b: BondConfig,
  typed: string,
  settable: (o: BondOption) => boolean,
  range?: Range,
): CompletionItem[] {
  const mode = b.effectiveMode.name;
  const items: CompletionItem[] = [];
  for (const o of BOND_OPTIONS) {
    if (!settable(o)) continue;
    if (o.kind === 'slaves' || o.name === 'active_slave' || o.name === 'queue_id') continue;
    if (b.opts.has(o.name) && o.name !== 'arp_ip_target' && o.name !== typed) continue;
    if (b.mode && cellOf(o.name, mode).kernel !== 'applies') continue;
    items.push({
      label: o.name,
      kind: CompletionItemKind.Field,
      detail: o.summary,
      sortText: `${o.name === 'mode' ? 0 : o.name === 'miimon' || o.name === 'fail_over_mac' ? 1 : 2}${o.name}`,
      textEdit: range ? TextEdit.replace(range, `${o.name}=`) : undefined,
      insertText: range ? undefined : `${o.name}=`,
      command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' },
      data: { kind: 'option', name: o.name } satisfies CompletionData,
    });
  }
  return items;
}

export function optionValueItems(doc: ParsedDocument, system: SystemIndex, o: BondOption): CompletionItem[] {
  if (o.name === 'primary') {
    const p = profileOf(doc);
    return system
      .portsOf(p)
      .filter((x) => x.device)
      .map((x) => ({ label: x.device!, kind: CompletionItemKind.Reference, detail: x.doc.file.base }));
  }
  const items: CompletionItem[] = [];
  if (o.values) {
    o.values.forEach((v, i) => {
      items.push({
        label: v.name,
        kind: CompletionItemKind.EnumMember,
        detail: String(v.num),
        documentation: { kind: MarkupKind.Markdown, value: v.doc },
        sortText: `a${String(i).padStart(2, '0')}`,
      });
      items.push({
        label: String(v.num),
        kind: CompletionItemKind.EnumMember,
        detail: v.name,
        documentation: { kind: MarkupKind.Markdown, value: v.doc },
        sortText: `b${String(i).padStart(2, '0')}`,
      });
    });
  } else if (o.kind === 'int') {
    const common: Record<string, string[]> = {
      miimon: ['100'],
      updelay: ['200'],
      downdelay: ['200'],
      arp_interval: ['1000'],
      num_grat_arp: ['3'],
      num_unsol_na: ['3'],
    };
    for (const v of common[o.name] ?? []) items.push({ label: v, kind: CompletionItemKind.Value, detail: 'typical' });
  }
  return items;
}
