// Keyfile hover: a group's setting, a key's catalog entry (bonding options with the bonding
// documentation), a value's meaning (enum names, bond option values, virtual NIC MACs).
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import {
  BOND_OPTION_BY_NAME,
  nmProperty,
  specialGroup,
  unescapeValue,
  type ParsedDocument,
  type Position,
} from '../../engine';
import { macDoc, optionDoc, optionValueDoc } from '../docs';
import { kfKeyDoc, numberName, settingDoc } from './docs';
import { kfSpotAt } from './locate';

const MAC_KEYS = /(^|-)mac-address$|^bssid$|^mac-address-denylist$|^parent$/;

export function hoverKeyfile(doc: ParsedDocument, pos: Position): Hover | null {
  const spot = kfSpotAt(doc, pos);
  const md = (value: string, line: number, start: number, end: number): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: { line, character: start }, end: { line, character: end } },
  });
  switch (spot.kind) {
    case 'group': {
      const g = spot.group;
      const text = spot.setting ? settingDoc(spot.setting) : specialGroup(g.name)?.doc;
      return text ? md(text, g.line, g.nameStart, g.nameEnd) : null;
    }
    case 'key': {
      if (!spot.setting) return null;
      const e = spot.entry;
      const d = kfKeyDoc(spot.setting, nmProperty(spot.setting.name, e.key), e.key);
      return d ? md(d, e.line, e.keyStart, e.keyEnd) : null;
    }
    case 'value': {
      if (!spot.setting) return null;
      const e = spot.entry;
      const v = unescapeValue(e.raw).value.trim();
      const at = (text: string) => md(text, e.line, e.valueStart, e.valueEnd);
      if (MAC_KEYS.test(e.key)) {
        const d = macDoc(v, "the bond's `[bond]` group (or its BONDING_OPTS when the bond is an ifcfg file)");
        if (d) return at(d);
      }
      if (spot.setting.name === 'bond') {
        const o = BOND_OPTION_BY_NAME.get(e.key);
        if (o) return at((o.kind === 'mac' ? macDoc(v) : optionValueDoc(o, v)) ?? optionDoc(o));
      }
      const row = nmProperty(spot.setting.name, e.key);
      if (!row) return null;
      const name = numberName(row, v);
      const doc = kfKeyDoc(spot.setting, row, e.key) ?? '';
      return at(name ? `**${e.key}=${v}** → \`${name}\`\n\n${doc}` : doc);
    }
    default:
      return null;
  }
}
