// The keyfile NetworkManager's writer produces for a profile: group order, key order, value
// escaping and the file name it picks. Facts: nm-keyfile.c nm_keyfile_write(),
// nm-meta-setting-base-impl.c nm_meta_setting_types_by_priority, nm-setting.c
// _property_infos_sort_cmp_setting_connection, glib gkeyfile.c, all at NetworkManager 355bc902994f.

/** A profile as the keyfile writer sees it: group → key → value (already in keyfile syntax).
 *  Only values that differ from the property default are present, as the writer omits defaults. */
export type KeyfileGroups = Map<string, Map<string, string>>;

// nm_meta_setting_types_by_priority, restricted to the settings an ifcfg file can produce,
// spelled as the writer spells the groups (ethernet/wifi/wifi-security are its aliases).
const GROUP_ORDER = [
  'connection',
  'wifi',
  'ethernet',
  'bond',
  'bridge',
  'infiniband',
  'team',
  'vlan',
  'wifi-security',
  '802-1x',
  'dcb',
  'sriov',
  'bond-port',
  'bridge-port',
  'ethtool',
  'link',
  'match',
  'team-port',
  'hostname',
  'ipv4',
  'ipv6',
  'proxy',
  'tc',
  'user',
];

const groupRank = (g: string): number => {
  const i = GROUP_ORDER.indexOf(g);
  return i < 0 ? GROUP_ORDER.length : i;
};

/** The property a key belongs to, and its position inside the property (addressN, routeN…). */
function propertyOf(key: string): [string, number, number] {
  let m = /^address(\d+)$/.exec(key);
  if (m) return ['addresses', Number(m[1]), 0];
  m = /^route(\d+)(_options)?$/.exec(key);
  if (m) return ['routes', Number(m[1]), m[2] ? 1 : 0];
  m = /^routing-rule(\d+)$/.exec(key);
  if (m) return ['routing-rules', Number(m[1]), 0];
  return [key, 0, 0];
}

const FIRST_IN_CONNECTION = ['id', 'uuid', 'type'];

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareKeys(group: string, a: string, b: string): number {
  if (group === 'connection') {
    const ia = FIRST_IN_CONNECTION.indexOf(a);
    const ib = FIRST_IN_CONNECTION.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 3 : ia) - (ib < 0 ? 3 : ib);
  }
  const [pa, na, sa] = propertyOf(a);
  const [pb, nb, sb] = propertyOf(b);
  return cmp(pa, pb) || na - nb || sa - sb;
}

/** g_key_file_set_string / set_string_list escaping: leading blanks, control characters,
 *  backslashes, and the list separator inside list items. */
export function escapeValue(s: string, listItem = false): string {
  let out = '';
  let leading = true;
  for (const c of s) {
    if (leading && c === ' ') out += '\\s';
    else if (leading && c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\\') out += '\\\\';
    else if (listItem && c === ';') out += '\\;';
    else out += c;
    if (c !== ' ' && c !== '\t') leading = false;
  }
  return out;
}

/** A keyfile list: every item terminated by `;`. */
export const listValue = (items: readonly string[]): string => items.map((i) => escapeValue(i, true) + ';').join('');

/** GKeyFile's text: `[group]` lines and `key=value` lines, one blank line between groups. */
export function writeKeyfile(groups: KeyfileGroups): string {
  const names = [...groups.keys()].sort((a, b) => groupRank(a) - groupRank(b) || cmp(a, b));
  return names
    .map((g) => {
      const keys = [...groups.get(g)!.entries()].sort(([a], [b]) => compareKeys(g, a, b));
      return `[${g}]\n` + keys.map(([k, v]) => `${k}=${v}\n`).join('');
    })
    .join('\n');
}

const MKSTEMP = /\.[A-Za-z0-9]{6}$/;

/** nm_keyfile_utils_create_filename(id, TRUE): the name NM gives a new profile's file. */
export function keyfileName(id: string): string {
  let p = id.replace(/\//g, '_');
  if (p.startsWith('.')) p = '_' + p.slice(1);
  if (p.endsWith('~')) p = p.slice(0, -1) + '_';
  if (MKSTEMP.test(p) || /.\.(pem|der)$/i.test(p)) p += '_';
  return p + '.nmconnection';
}

/** The names NM tries, in order, when `<id>.nmconnection` is taken (nms-keyfile-writer.c). */
export function* keyfileNameCandidates(id: string, uuid: string): Generator<string> {
  yield keyfileName(id);
  yield keyfileName(`${id}-${uuid}`);
  for (let i = 1; i < 10000; i++) yield keyfileName(`${id}-${uuid}-${i}`);
}
