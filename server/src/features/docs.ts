// Markdown documentation of keys, bonding options and values, shared by hover and completion.
import {
  BOND_OPTION_BY_NAME,
  BondOption,
  EFFECTIVE_ONLY_IN,
  helperValue,
  KERNEL_DOC,
  KERNEL_UNSUPPORTED,
  KeyInfo,
  MODES,
  vendorOfMac,
} from '../engine';

const SOURCE_TEXT = {
  both: 'NetworkManager and initscripts',
  nm: 'NetworkManager only',
  initscripts: 'initscripts only (NetworkManager ignores it)',
};

export function keyDoc(k: KeyInfo, shownName = k.name): string {
  const lines = [`**${shownName}** — ${k.doc}`, ''];
  const facts: string[] = [`Read by: ${SOURCE_TEXT[k.source]}`];
  if (k.default) facts.push(`Default: \`${k.default}\``);
  if (k.type.t === 'enum') facts.push(`Values: ${k.type.values.map((v) => `\`${v}\``).join(', ')}`);
  if (k.type.t === 'bool') facts.push('Values: `yes` / `no` (NetworkManager does not accept `on`/`off`)');
  if (k.type.t === 'int') facts.push(`Range: ${k.type.min}–${k.type.max}`);
  if (k.numbered) facts.push(`Numbered: ${k.name}0, ${k.name}1, …`);
  lines.push(facts.join(' · '));
  if (k.name === 'BONDING_OPTS')
    lines.push(
      '',
      `Options: ${[...BOND_OPTION_BY_NAME.keys()]
        .filter((n) => BOND_OPTION_BY_NAME.get(n)!.sysfs || BOND_OPTION_BY_NAME.get(n)!.nm)
        .map((n) => `\`${n}\``)
        .join(', ')}`,
      '',
      `[Kernel bonding documentation](${KERNEL_DOC})`,
    );
  return lines.join('\n');
}

export function optionDoc(o: BondOption): string {
  const lines = [`**${o.name}** (bonding option)`, '', o.doc, ''];
  const facts = [`Default: \`${o.default}\``];
  if (o.unit) facts.push(`Unit: ${o.unit}`);
  if (o.range) facts.push(`Range: ${o.range[0]}–${o.range[1]}`);
  const refused = KERNEL_UNSUPPORTED[o.name];
  const only = EFFECTIVE_ONLY_IN[o.name];
  if (only) facts.push(`Effective in: ${only.join(', ')}`);
  if (refused) facts.push(`Refused by the kernel in: ${refused.join(', ')}`);
  if (!o.sysfs) facts.push('Not settable by initscripts (no sysfs file)');
  if (!o.nm) facts.push('Not accepted by NetworkManager');
  if (o.since) facts.push(`Since: ${o.since}`);
  lines.push(facts.join(' · '));
  if (o.values && o.kind === 'enum') {
    lines.push(
      '',
      '| value | number | meaning |',
      '|---|---|---|',
      ...o.values.map((v) => `| \`${v.name}\` | ${v.num} | ${v.doc} |`),
    );
  }
  lines.push('', `[Kernel bonding documentation](${KERNEL_DOC}#${o.name.replace(/_/g, '-')})`);
  return lines.join('\n');
}

export function optionValueDoc(o: BondOption, value: string): string | undefined {
  if (o.name === 'mode') {
    const m = MODES.find((x) => x.name === value || String(x.num) === value);
    if (!m) return undefined;
    return `**mode=${value}** → \`${m.name}\` (${m.num}, ${m.short})\n\n${m.doc}\n\nSwitch needs: ${m.switchNeeds}.`;
  }
  const v = o.values?.find((x) => x.name === value || (/^\d+$/.test(value) && String(x.num) === value));
  if (v) return `**${o.name}=${value}** → \`${v.name}\` (${v.num})\n\n${v.doc}`;
  const helper = helperValue(o, value);
  if (helper !== undefined) return `**${o.name}=${value}** means ${helper}.`;
  return undefined;
}

export function macDoc(mac: string, where = "the bond's BONDING_OPTS"): string | undefined {
  const v = vendorOfMac(mac);
  if (!v) return undefined;
  return `**${mac}** is a **${v.name}** virtual NIC address (by its prefix).\n\nIn an active-backup bond on ${v.name}: ${v.why}. Use \`fail_over_mac=active\` in ${where}.`;
}
