// Look-ups over the keyfile catalog: which keys a group holds, what a key is, which group
// spelling NetworkManager reads.
import { NM_IGNORED_ROWS } from './ignored';
import { NM_PROPERTY_ROWS } from './properties.generated';
import type { NmPropertyRow } from './types';
import { NmSetting, settingOfGroup } from './settings';

export type { NmPropertyRow, NmType } from './types';
export * from './settings';

const BY_SETTING = new Map<string, Map<string, NmPropertyRow>>();
const PATTERNS_BY_SETTING = new Map<string, Array<{ re: RegExp; row: NmPropertyRow }>>();
for (const row of [...NM_PROPERTY_ROWS, ...NM_IGNORED_ROWS]) {
  if (row.pattern) {
    const list = PATTERNS_BY_SETTING.get(row.s) ?? [];
    list.push({ re: new RegExp(row.pattern), row });
    PATTERNS_BY_SETTING.set(row.s, list);
    continue;
  }
  const m = BY_SETTING.get(row.s) ?? new Map<string, NmPropertyRow>();
  m.set(row.k, row);
  BY_SETTING.set(row.s, m);
}

/** The catalog row for a key of a setting: the exact key, else a key family it belongs to. */
export function nmProperty(setting: string, key: string): NmPropertyRow | undefined {
  const exact = BY_SETTING.get(setting)?.get(key);
  if (exact) return exact;
  for (const p of PATTERNS_BY_SETTING.get(setting) ?? []) if (p.re.test(key)) return p.row;
  return undefined;
}

/** Every plain key of a setting (families not included), in catalog order. */
export function nmKeysOf(setting: string): NmPropertyRow[] {
  return [...(BY_SETTING.get(setting)?.values() ?? [])];
}

/** Key families (`addressN`, `routeN`…) of a setting. */
export function nmKeyFamiliesOf(setting: string): NmPropertyRow[] {
  return (PATTERNS_BY_SETTING.get(setting) ?? []).map((p) => p.row);
}

/** Settings whose every key is free-form (each key is one entry of a map). */
export function isOpenSetting(s: NmSetting | string): boolean {
  return OPEN_SETTINGS.has(typeof s === 'string' ? s : s.name);
}
// Known once: asked for every key of every keyfile.
const OPEN_SETTINGS = new Set(
  [...PATTERNS_BY_SETTING].filter(([, list]) => list.some((p) => p.row.pattern === '^.+$')).map(([name]) => name),
);

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
