// Look-ups over the keyfile catalog: which keys a group holds, what a key is, which group
// spelling NetworkManager reads.
import { NM_IGNORED_ROWS } from './ignored';
import { NM_PROPERTIES } from './properties.generated';
import type { NmPackedRow, NmPropertyRow } from './types';
import { NmSetting, settingOfGroup } from './settings';

export type { NmPropertyRow, NmType } from './types';
export * from './settings';

interface SettingKeys {
  exact: Map<string, NmPropertyRow>;
  families: Array<{ re: RegExp; row: NmPropertyRow }>;
  /** Every key is free-form (isOpenSetting), known once: asked for every key of every keyfile. */
  open: boolean;
}

const IGNORED_BY_SETTING = new Map<string, NmPropertyRow[]>();
for (const row of NM_IGNORED_ROWS) IGNORED_BY_SETTING.set(row.s, [...(IGNORED_BY_SETTING.get(row.s) ?? []), row]);

// A file holds a handful of settings out of ~60: each is unpacked the first time it is asked for.
const UNPACKED = new Map<string, SettingKeys>();

function unpack(s: string, [k, t, since, doc, def, range, rest]: NmPackedRow): NmPropertyRow {
  const row: NmPropertyRow = { s, k, t, ...rest, doc };
  if (since) row.since = since;
  if (def) row.def = def;
  if (range) {
    const dots = range.indexOf('..', 1);
    row.range = [range.slice(0, dots), range.slice(dots + 2)];
  }
  return row;
}

function keysOf(setting: string): SettingKeys | undefined {
  const done = UNPACKED.get(setting);
  if (done) return done;
  const packed = NM_PROPERTIES.get(setting);
  const ignored = IGNORED_BY_SETTING.get(setting);
  // Only settings the catalog has are cached: group names come from user text.
  if (!packed && !ignored) return undefined;
  const keys: SettingKeys = { exact: new Map(), families: [], open: false };
  for (const row of [...(packed?.() ?? []).map((p) => unpack(setting, p)), ...(ignored ?? [])]) {
    if (row.pattern) keys.families.push({ re: new RegExp(row.pattern), row });
    else keys.exact.set(row.k, row);
  }
  keys.open = keys.families.some((p) => p.row.pattern === '^.+$');
  UNPACKED.set(setting, keys);
  return keys;
}

/** Every row of the generated table, in table order (settings grouped). */
export function nmPropertyRows(): NmPropertyRow[] {
  return [...NM_PROPERTIES].flatMap(([s, rows]) => rows().map((p) => unpack(s, p)));
}

/** The catalog row for a key of a setting: the exact key, else a key family it belongs to. */
export function nmProperty(setting: string, key: string): NmPropertyRow | undefined {
  const keys = keysOf(setting);
  if (!keys) return undefined;
  const exact = keys.exact.get(key);
  if (exact) return exact;
  for (const p of keys.families) if (p.re.test(key)) return p.row;
  return undefined;
}

/** Every plain key of a setting (families not included), in catalog order. */
export function nmKeysOf(setting: string): NmPropertyRow[] {
  return [...(keysOf(setting)?.exact.values() ?? [])];
}

/** Key families (`addressN`, `routeN`…) of a setting. */
export function nmKeyFamiliesOf(setting: string): NmPropertyRow[] {
  return (keysOf(setting)?.families ?? []).map((p) => p.row);
}

/** Settings whose every key is free-form (each key is one entry of a map). */
export function isOpenSetting(s: NmSetting | string): boolean {
  return keysOf(typeof s === 'string' ? s : s.name)?.open ?? false;
}

/** The setting of a group, with the row of a key in it. */
export function lookupKey(group: string, key: string): { setting?: NmSetting; row?: NmPropertyRow } {
  const setting = settingOfGroup(group);
  if (!setting) return {};
  return { setting, row: nmProperty(setting.name, key) };
}

/** Numeric range of a row, as bigints. */
export function rowRange(row: NmPropertyRow): [bigint, bigint] | undefined {
  return row.range ? [BigInt(row.range[0]), BigInt(row.range[1])] : undefined;
}

const INT32: [bigint, bigint] = [-(2n ** 31n), 2n ** 31n - 1n];
const UINT32: [bigint, bigint] = [0n, 2n ** 32n - 1n];
// Enum rows whose GObject property is a plain guint (gen-metadata-nm-settings-libnm-core.xml.in,
// gprop-type="guint" at NM 355bc902994f): the reader takes 0..2^32-1, not the int range of an enum.
const UNSIGNED_ENUMS = new Set(['802-11-wireless.powersave', '802-11-wireless.mac-address-randomization']);

/** The numbers the keyfile reader can store before the property's own range is looked at
 *  (nm-keyfile.c read_one_setting_value: flags and guint up to G_MAXUINT, enums and gint
 *  G_MININT..G_MAXINT); beyond them it warns "value cannot be interpreted as integer". */
export function storageRange(row: NmPropertyRow): [bigint, bigint] | undefined {
  if (row.t === 'flags') return UINT32;
  if (row.t === 'enum') return UNSIGNED_ENUMS.has(`${row.s}.${row.k}`) ? UINT32 : INT32;
  return undefined;
}
