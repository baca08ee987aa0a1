// NetworkManager's view of a parsed keyfile: a setting is read from its full-name group, or from
// the alias group only when the full-name group is absent (nm-keyfile-utils.c, the
// nm_keyfile_plugin_kf_* wrappers). Values are GLib-unescaped.
import { settingOfGroup, SETTING_BY_NAME } from '../catalog/nm';
import { Keyfile, KfEntry, unescapedText } from '../parser/keyfile';

/** The group name NM reads a setting from in this file, if any. */
export function groupFor(kf: Keyfile, setting: string): string | undefined {
  const s = SETTING_BY_NAME.get(setting);
  if (!s) return kf.merged.has(setting) ? setting : undefined;
  if (kf.merged.has(s.name)) return s.name;
  if (s.alias && kf.merged.has(s.alias)) return s.alias;
  return undefined;
}

export function hasSetting(kf: Keyfile, setting: string): boolean {
  return groupFor(kf, setting) !== undefined;
}

/** The keys of the group NM reads a setting from (what groupFor names), if any. */
export function keysFor(kf: Keyfile, setting: string): Map<string, KfEntry[]> | undefined {
  const views = (kf.views ??= new Map<string, Map<string, KfEntry[]> | undefined>());
  let keys = views.get(setting);
  if (keys === undefined && !views.has(setting)) {
    const s = SETTING_BY_NAME.get(setting);
    keys = !s ? kf.merged.get(setting) : (kf.merged.get(s.name) ?? (s.alias ? kf.merged.get(s.alias) : undefined));
    views.set(setting, keys);
  }
  return keys;
}

/** The entry NM reads for a property (last occurrence in the group it reads). */
export function entryOf(kf: Keyfile, setting: string, key: string): KfEntry | undefined {
  const list = keysFor(kf, setting)?.get(key);
  return list ? list[list.length - 1] : undefined;
}

/** The unescaped value NM reads, or undefined when absent. */
export function valueOf(kf: Keyfile, setting: string, key: string): string | undefined {
  const e = entryOf(kf, setting, key);
  return e ? unescapedText(e.raw) : undefined;
}

/** Entries of a group that NM reads as one setting. */
export function entriesOf(kf: Keyfile, setting: string): KfEntry[] {
  const g = groupFor(kf, setting);
  if (g === undefined) return [];
  const out: KfEntry[] = [];
  for (const o of kf.groupsByName.get(g) ?? []) for (const e of o.entries) out.push(e);
  return out;
}

/** Setting names of the groups in the file that NM knows. */
export function settingsIn(kf: Keyfile): string[] {
  const out = new Set<string>();
  for (const name of kf.merged.keys()) {
    const s = settingOfGroup(name);
    if (s) out.add(s.name);
  }
  return [...out];
}
