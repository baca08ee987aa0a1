// Generates server/src/engine/catalog/nm/properties.generated.ts, the table of every keyfile
// group and key NetworkManager knows, from the project's reference table
// (nm-settings-properties.tsv, one row per setting property, researched at a pinned NM commit).
//
//   npx tsx scripts/gen-nm-catalog.ts scripts/data/nm-settings-properties.tsv [<gen-metadata.xml>]
//   npx prettier --write server/src/engine/catalog/nm/properties.generated.ts
//
// The optional second argument is NetworkManager's own property list at the same commit
// (`git show <commit>:src/libnm-core-impl/gen-metadata-nm-settings-libnm-core.xml.in`). When
// given, the script fails if NetworkManager knows a property the table lacks, or if a type in the
// table contradicts the GObject type there: the TSV is checked against the source, not trusted.
import { readFileSync, writeFileSync } from 'fs';

export type Row = Record<string, unknown>;

/** Group names in the TSV are the keyfile spellings; NM's metadata uses the full setting names. */
const TSV_TO_SETTING: Record<string, string> = {
  ethernet: '802-3-ethernet',
  wifi: '802-11-wireless',
  'wifi-security': '802-11-wireless-security',
};

const TYPE_MAP: Record<string, string> = {
  string: 'string',
  'string(ifname|uuid)': 'ifname-or-uuid',
  'string(JSON)': 'json',
  boolean: 'boolean',
  int32: 'int32',
  uint32: 'uint32',
  int64: 'int64',
  uint64: 'uint64',
  char: 'char',
  'enum(int32)': 'enum',
  'enum(name)': 'addr-gen-mode',
  'flags(uint32)': 'flags',
  strv: 'strv',
  list: 'list',
  mac: 'mac',
  bytes: 'bytes',
  'bytes(ssid)': 'ssid',
  cert: 'cert',
  'uint-list': 'uint-list',
  'bond-option(string)': 'bond-option',
  'ip-address': 'ip-address',
  'ip-route': 'ip-route',
  'route-attributes': 'route-options',
  'routing-rule': 'routing-rule',
  'bridge-vlan-list': 'bridge-vlans',
};

/** Keys that stand for a family of keys: the TSV names them with a placeholder. */
const PATTERNS: Record<string, string> = {
  addressN: '^address(?:es)?(?:0|[1-9][0-9]{0,9})?$',
  routeN: '^routes?(?:0|[1-9][0-9]{0,9})?$',
  routeN_options: '^routes?(?:0|[1-9][0-9]{0,9})?_options$',
  'routing-ruleN': '^routing-rule(?:0|[1-9][0-9]{0,9})?$',
  '<option>': '^.+$',
  '<key>': '^.+$',
  'data.<key>': '^data\\..+$',
  'vf.N': '^vf\\.[0-9]+$',
  'qdisc.<parent>': '^qdisc\\..+$',
  'tfilter.<parent>': '^tfilter\\..+$',
};

/** What the hover prints from a row's fields (catalog/nm docs in features/keyfile/docs.ts) is not
 *  repeated in its doc: the setting's name, that it is a secret, the enum's read or verify()
 *  check, the key an alias stands for. */
const SAID_BY_FIELDS: Array<[RegExp, (r: Row) => boolean]> = [
  [/\s*\(?[Oo]utside the core scope of this table[^)]*\)?\.?/g, () => true],
  [/\s*Property of \[[^\]]+\]\.?/g, () => true],
  [/Secret \(written only when its -flags are 0\)\.\s*/, (r) => r.secret === true],
  [/\s*A number outside the enum is refused when read \(warning; default kept\)\./, (r) => r.enumCheck === 'read'],
  [
    /\s*(Any integer is accepted when read(, but a value|; one) outside the enum fails verify\(\)( and rejects the profile)?|Out-of-range numbers fail verify\(\) \(profile rejected\)|Other values fail verify\(\) \(profile rejected\))\./,
    (r) => r.enumCheck === 'verify' && r.values !== undefined,
  ],
  [/\s*Other numbers are kept without a check\./, (r) => r.enumCheck === 'none' && r.values !== undefined],
  [/^Deprecated alias of [a-z0-9-]+(?: \(same storage\))?[.;]\s*/, (r) => r.aliasOf !== undefined],
];

function cleanDoc(note: string, row: Row): string {
  let doc = note;
  for (const [re, applies] of SAID_BY_FIELDS) if (applies(row)) doc = doc.replace(re, '');
  doc = doc.replace(/\s+/g, ' ').trim();
  // "Deprecated alias of x; still read" loses its head: the rest starts the sentence.
  return row.aliasOf ? doc.charAt(0).toUpperCase() + doc.slice(1) : doc;
}

function parseRange(allowed: string): [string, string] | undefined {
  const m = /^(-?\d+)\.\.(-?\d+)/.exec(allowed);
  return m ? [m[1], m[2]] : undefined;
}

/** `-1=default,0=no,1=yes`, `-1 (default),0,1`, `0=auto,20,40,80`, `bits: 0x1 a,0x2 b`. */
function parseEnum(allowed: string): Array<{ num: number; name?: string }> | undefined {
  const body = allowed.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s*\(default\)/g, '');
  const items = body.split(',').map((s) => s.trim());
  const out: Array<{ num: number; name?: string }> = [];
  for (const it of items) {
    const m = /^(-?\d+)(?:=(\S+))?$/.exec(it);
    if (!m) return undefined;
    out.push(m[2] ? { num: Number(m[1]), name: m[2] } : { num: Number(m[1]) });
  }
  return out.length ? out : undefined;
}

function parseFlags(allowed: string): Array<{ bit: number; name: string }> | undefined {
  const m = /^bits:\s*(.*)$/.exec(allowed);
  if (!m) return undefined;
  const out: Array<{ bit: number; name: string }> = [];
  // "…; 0x1 default and 0x8000 ignore are exclusive": one part can name several bits;
  // "(0x1 none invalid)" names a bit that is not a valid value.
  for (const f of m[1].matchAll(/(0x[0-9a-fA-F]+)\s+([A-Za-z0-9-]+)(\s+invalid)?/g))
    if (!f[3]) out.push({ bit: parseInt(f[1], 16), name: f[2] });
  return out.length ? out : undefined;
}

function parseChoices(allowed: string): string[] | undefined {
  if (!allowed || /\s/.test(allowed.replace(/,\s*/g, ','))) return undefined;
  const items = allowed.split(',').map((s) => s.trim());
  return items.every((s) => /^[A-Za-z0-9.+_-]+$/.test(s)) && items.length > 1 ? items : undefined;
}

function since(s: string): string {
  const m = /^(<=)?(\d+\.\d+)/.exec(s);
  return m ? (m[1] ? '1.0' : m[2]) : '';
}

export function generate(tsv: string): Row[] {
  const rows: Row[] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('setting\t')) continue;
    const [group, prop, rawType, def, allowed, sinceText, note = ''] = line.split('\t');
    if (prop.startsWith('(group')) continue; // separate groups, handled in nm/settings.ts
    const type = TYPE_MAP[rawType];
    if (!type) throw new Error(`unknown type ${rawType} for ${group}.${prop}`);
    const row: Row = { s: TSV_TO_SETTING[group] ?? group, k: prop, t: type };
    const pattern = PATTERNS[prop];
    if (pattern) row.pattern = pattern;
    const d = def?.trim();
    if (d && !d.startsWith('(unset') && !d.startsWith('(none') && !d.startsWith('(empty')) row.def = d;
    const range = parseRange(allowed ?? '');
    if (range) row.range = range;
    if (type === 'enum' || type === 'dhcp-send-hostname') {
      const e = parseEnum(allowed ?? '');
      if (e) row.values = e;
    }
    if (type === 'flags') {
      const f = parseFlags(allowed ?? '');
      if (f) row.flags = f;
    }
    if (type === 'string' || type === 'addr-gen-mode' || type === 'strv') {
      const c = parseChoices((allowed ?? '').replace(/\s*\(.*$/, ''));
      if (c) row.choices = c;
      // key-mgmt and auth-alg: the setter lowercases the value before verify() compares it.
      if (c && /\(any case\b/.test(allowed ?? '')) row.choicesFold = true;
    }
    if (prop === 'dhcp-send-hostname') row.t = 'dhcp-send-hostname';
    if (/enum|flags/.test(rawType)) {
      if (/\bfails? verify\(\)/.test(note)) row.enumCheck = 'verify';
      else if (/refused when read/.test(note)) row.enumCheck = 'read';
      else if (/kept without a check/.test(note)) row.enumCheck = 'none';
    }
    const s = since(sinceText ?? '');
    if (s) row.since = s;
    if (/Not a keyfile key|neither reads nor writes/.test(note)) row.notKeyfile = true;
    const alias = /Deprecated alias of ([a-z0-9-]+)/.exec(note);
    if (alias) row.aliasOf = alias[1];
    if (/^Deprecated\b/.test(note) || alias) row.deprecated = true;
    if (/\bSecret\b|\(secret/i.test(note)) row.secret = true;
    if (/Legacy key; only used as connection.interface-name/.test(note)) row.legacyIfname = true;
    row.doc = cleanDoc(note, row);
    // [bond] options: what they mean, their range and default come from the bonding catalog
    // (catalog/bonding.ts), which hover, completion and the bonding rules use in both formats.
    // The reference table's notes on them stay in the TSV.
    if (type === 'bond-option') {
      row.doc = '';
      delete row.def;
      delete row.range;
    }
    rows.push(row);
  }
  // The ifcfg-era spelling is the default for dhcp-send-hostname until 1.52; both forms are read.
  return groupBySetting(rows);
}

/** Rows of one setting together (the TSV puts the s390 options amid the Ethernet keys), each
 *  setting where it first appears, keys in table order. */
function groupBySetting(rows: Row[]): Row[] {
  const by = new Map<string, Row[]>();
  for (const r of rows) {
    const list = by.get(r.s as string) ?? [];
    list.push(r);
    by.set(r.s as string, list);
  }
  return [...by.values()].flat();
}

/** Properties in NetworkManager's metadata that the keyfile table lacks, and type conflicts. */
export function crossCheck(rows: Row[], xml: string): string[] {
  const problems: string[] = [];
  const have = new Set(rows.map((r) => `${r.s as string}.${r.k as string}`));
  const typeOf = new Map(rows.map((r) => [`${r.s as string}.${r.k as string}`, r.t as string]));
  // Properties represented in keyfiles by other keys (one key per entry, or numbered keys), or
  // not keyfile keys at all (D-Bus only).
  const representedElsewhere = new Set([
    'bond.options',
    '802-3-ethernet.s390-options',
    'ipv4.addresses',
    'ipv6.addresses',
    'ipv4.routes',
    'ipv6.routes',
    'ipv4.routing-rules',
    'ipv6.routing-rules',
    'ipv4.dhcp-send-hostname-v2',
    'ipv6.dhcp-send-hostname-v2',
    'ovs-external-ids.data',
    'ovs-other-config.data',
    'sriov.vfs',
    'tc.qdiscs',
    'tc.tfilters',
    'user.data',
    'vpn.data',
    'vpn.secrets',
    'wireguard.peers',
  ]);
  const gpropTypes: Record<string, string[]> = {
    gboolean: ['boolean'],
    guint: ['uint32', 'flags', 'enum'],
    gint: ['int32', 'enum', 'flags'],
    gint64: ['int64'],
    guint64: ['uint64'],
    gchararray: [
      'string',
      'ifname-or-uuid',
      'json',
      'mac',
      'addr-gen-mode',
      'bond-option',
      'cert',
      'ssid',
      'bytes',
      'dhcp-send-hostname',
    ],
    GStrv: ['strv', 'list'],
    GBytes: ['bytes', 'ssid', 'cert'],
    gchar: ['char'],
    GArray: ['uint-list'],
  };
  for (const s of xml.matchAll(/<setting name="([^"]+)"([\s\S]*?)<\/setting>/g)) {
    for (const p of s[2].matchAll(/<property name="([^"]+)"([^>]*)\/>/g)) {
      const id = `${s[1]}.${p[1]}`;
      const gprop = /gprop-type="([^"]+)"/.exec(p[2])?.[1];
      if (representedElsewhere.has(id)) continue;
      if (!have.has(id)) {
        // D-Bus-only representations (no GObject property) are not keyfile keys.
        if (!gprop) continue;
        problems.push(`missing ${id} (${gprop})`);
        continue;
      }
      const ours = typeOf.get(id)!;
      // The keyfile key `dhcp-send-hostname` holds the int property dhcp-send-hostname-v2 (1.52+),
      // and addr-gen-mode is an int stored by name: both are special-cased by the reader.
      if (ours === 'dhcp-send-hostname' || ours === 'addr-gen-mode') continue;
      const ok = gprop ? gpropTypes[gprop] : undefined;
      // Enum/flags GTypes (NMSettingWiredWakeOnLan…) have their own names: only check the plain ones.
      if (gprop && ok && !ok.includes(ours)) problems.push(`type of ${id}: ${ours} vs ${gprop}`);
    }
  }
  return problems;
}

/** The fields every row has, in tuple order; the rarer ones go into the row's last element. */
const CORE = ['k', 't', 'since', 'doc', 'def', 'range'];

/** One row as an NmPackedRow: `[k, t, since, doc, def?, range?, rest?]`, '' for an absent field. */
function packRow(r: Row): unknown[] {
  const range = r.range as [string, string] | undefined;
  const rest = Object.fromEntries(Object.entries(r).filter(([f]) => f !== 's' && !CORE.includes(f)));
  const t: unknown[] = [r.k, r.t, r.since ?? '', r.doc, r.def ?? '', range ? `${range[0]}..${range[1]}` : ''];
  if (Object.keys(rest).length) t.push(rest);
  else while (t.length > 4 && t[t.length - 1] === '') t.pop();
  return t;
}

/** Settings whose rows repeat many rows of another setting word for word: those rows are written
 *  once and the second setting takes them from the first by position. */
const SHARES_ROWS_OF: Record<string, string> = { ipv6: 'ipv4' };

function render(rows: Row[]): string {
  const head = [
    '// Generated by scripts/gen-nm-catalog.ts from the nm-settings-properties reference table',
    '// (NetworkManager 1.59.2-dev @ 355bc902994f, libnm-core-impl/nm-setting-*.c and nm-keyfile.c).',
    '// Do not edit by hand: fix the table or the generator and re-run it.',
    "// Rows are tuples (NmPackedRow) grouped by setting, each group behind a function: a setting's",
    '// rows exist in memory only once something asks for that setting (catalog/nm/index.ts). The',
    '// [ipv6] rows that are the same as [ipv4] rows are taken from those (`v[i]`: the i-th [ipv4] row).',
    "import type { NmPackedRow } from './types';",
    '',
  ];
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.s as string, [...(groups.get(r.s as string) ?? []), JSON.stringify(packRow(r))]);
  const fn = (s: string) => `rows_${s.replace(/[^a-z0-9]/gi, '_')}`;
  const lenders = new Set(Object.values(SHARES_ROWS_OF));
  const body: string[] = [];
  for (const s of lenders)
    body.push(`const ${fn(s)} = (): NmPackedRow[] => [`, ...groups.get(s)!.map((r) => `  ${r},`), '];', '');
  body.push(
    'export const NM_PROPERTIES: ReadonlyMap<string, () => readonly NmPackedRow[]> = new Map<string, () => readonly NmPackedRow[]>([',
  );
  for (const [s, packed] of groups) {
    const lender = SHARES_ROWS_OF[s];
    if (lenders.has(s)) body.push(`  [${JSON.stringify(s)}, ${fn(s)}],`);
    else if (lender) {
      const theirs = groups.get(lender)!;
      body.push(`  [${JSON.stringify(s)}, () => {`, `    const v = ${fn(lender)}();`, '    return [');
      for (const r of packed) body.push(theirs.includes(r) ? `      v[${theirs.indexOf(r)}],` : `      ${r},`);
      body.push('    ];', '  }],');
    } else body.push(`  [${JSON.stringify(s)}, () => [`, ...packed.map((r) => `    ${r},`), '  ]],');
  }
  return [...head, ...body, ']);', ''].join('\n');
}

if (require.main === module) {
  const [tsvPath, xmlPath] = process.argv.slice(2);
  if (!tsvPath) {
    console.error('usage: tsx scripts/gen-nm-catalog.ts <nm-settings-properties.tsv> [<gen-metadata.xml>]');
    process.exit(2);
  }
  const rows = generate(readFileSync(tsvPath, 'utf8'));
  if (xmlPath) {
    const problems = crossCheck(rows, readFileSync(xmlPath, 'utf8'));
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exit(1);
    }
  }
  writeFileSync('server/src/engine/catalog/nm/properties.generated.ts', render(rows));
  console.log(`${rows.length} properties written`);
}
