// Markdown for keyfile groups and keys, from the NetworkManager catalog; [bond] options reuse the
// bonding option documentation the ifcfg side shows.
import { BOND_OPTION_BY_NAME, groupSpelling, NmPropertyRow, NmSetting } from '../../engine';
import { optionDoc } from '../docs';

const TYPE_TEXT: Partial<Record<NmPropertyRow['t'], string>> = {
  boolean: '`true` or `false` (also `1`/`0`; GLib accepts nothing else)',
  int32: 'integer',
  uint32: 'unsigned integer',
  int64: 'integer',
  uint64: 'unsigned integer',
  enum: 'number',
  flags: 'sum of flag numbers',
  strv: '`;`-separated list',
  list: '`;`-separated list',
  mac: 'MAC address',
  'ip-address': '`address/prefix[,gateway]`',
  'ip-route': '`destination/prefix[,next-hop[,metric]]`',
  'ifname-or-uuid': 'interface name or profile UUID',
  json: 'JSON text',
};

export function settingDoc(s: NmSetting): string {
  const lines = [`**[${groupSpelling(s)}]** — ${s.doc}`];
  if (s.alias) lines.push('', `Also spelt \`[${s.name}]\`; the keyfile writer uses \`[${s.alias}]\`.`);
  if (s.base) lines.push('', `Can be the profile's \`type=${s.alias ?? s.name}\`.`);
  if (s.status) lines.push('', `⚠ ${s.status}`);
  return lines.join('\n');
}

/** Documentation of a key: a bonding option under [bond], else the catalog row. */
export function kfKeyDoc(s: NmSetting, row: NmPropertyRow | undefined, key: string): string | undefined {
  if (s.name === 'bond' && key !== 'interface-name') {
    const o = BOND_OPTION_BY_NAME.get(key);
    if (o) return `${optionDoc(o)}\n\nIn a keyfile each option is one key under \`[bond]\`.`;
  }
  if (!row) return undefined;
  const head = `**${key}** (\`[${groupSpelling(s)}]\`)${row.doc ? ` — ${row.doc}` : ''}`;
  const facts: string[] = [];
  const t = TYPE_TEXT[row.t];
  if (t) facts.push(`Type: ${t}`);
  if (row.def !== undefined) facts.push(`Default: \`${row.def}\``);
  if (row.range) facts.push(`Range: ${row.range[0]}–${row.range[1]}`);
  if (row.choices) facts.push(`Values: ${row.choices.map((c) => `\`${c}\``).join(', ')}`);
  if (row.values && !row.values.some((v) => v.name)) facts.push(`Values: ${row.values.map((v) => v.num).join(', ')}`);
  if (row.since)
    facts.push(row.since === '1.0' ? 'Since: NetworkManager 1.0 or older' : `Since: NetworkManager ${row.since}`);
  const lines = [head, '', facts.join(' · ')];
  if (row.values?.some((v) => v.name))
    lines.push(
      '',
      '| number | name |',
      '|---|---|',
      ...row.values.map((v) => `| ${v.num} | ${v.name ? `\`${v.name}\`` : ''} |`),
    );
  if (row.flags)
    lines.push('', '| flag | number |', '|---|---|', ...row.flags.map((f) => `| \`${f.name}\` | ${f.bit} |`));
  if (row.values && row.enumCheck)
    lines.push(
      '',
      row.enumCheck === 'read'
        ? 'A number outside the enum is refused when read: NetworkManager warns and keeps the default.'
        : row.enumCheck === 'verify'
          ? 'Any integer is read, but one outside the enum fails verify(): NetworkManager rejects the profile.'
          : 'Other numbers are kept without a check.',
    );
  if (row.aliasOf) lines.push('', `Deprecated spelling of \`${row.aliasOf}\` (same property).`);
  if (row.notKeyfile) lines.push('', 'NetworkManager does not read this key from keyfiles.');
  if (row.secret)
    lines.push(
      '',
      'A secret: NetworkManager writes it only when its flags key (`…-flags`) is 0; keep the file mode 0600.',
    );
  return lines.join('\n');
}

/** The name of a numeric enum value, or the flag names of a numeric flag sum. */
export function numberName(row: NmPropertyRow, raw: string): string | undefined {
  const v = raw.trim();
  if (!/^-?\d+$/.test(v)) return undefined;
  if (row.values) return row.values.find((x) => x.num === Number(v))?.name;
  if (row.flags) {
    const n = Number(v);
    if (n === 0) return undefined;
    const names = row.flags.filter((f) => (n & f.bit) === f.bit).map((f) => f.name);
    const covered = row.flags.filter((f) => (n & f.bit) === f.bit).reduce((a, f) => a | f.bit, 0);
    return names.length && covered === n ? names.join(' | ') : undefined;
  }
  return undefined;
}
