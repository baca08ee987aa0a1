// Migration of a directory of network-scripts files: every ifcfg file converted with its
// companions, keyfile names chosen as NM's writer chooses them, and the profile group of one
// file (a controller with its ports, a VLAN with its parent) for the editor's command.
import type { ParsedDocument } from '../parser/document';
import type { Profile } from '../model/profile';
import { SystemIndex } from '../model/system';
import { Companions, convertIfcfg, MigrateOptions, ProfileConversion } from './fromIfcfg';
import { keyfileNameCandidates, writeKeyfile } from './keyfileText';

export interface KeyfileOutput extends ProfileConversion {
  /** File name NM would write (only for converted profiles). */
  fileName?: string;
  text?: string;
}

export function companionsOf(system: SystemIndex, doc: ParsedDocument): Companions {
  const sib = system.withSuffix(doc.file.suffix);
  const pick = (k: string) => sib.find((d) => d.file.kind === k && !d.file.ignoredBy);
  const aliases = system.docs.filter(
    (d) => d.file.kind === 'alias' && !d.file.ignoredBy && d.file.suffix.split(':')[0] === doc.file.suffix,
  );
  return { route: pick('route'), route6: pick('route6'), rule: pick('rule'), rule6: pick('rule6'), aliases };
}

/** Converts every ifcfg file NM would consider in the directory. `taken` holds file names
 *  already present in the keyfile directory (NM then falls back to `<id>-<uuid>`). */
export function migrateSystem(
  system: SystemIndex,
  opts: MigrateOptions = {},
  taken: ReadonlySet<string> = new Set(),
): KeyfileOutput[] {
  const used = new Set(taken);
  const out: KeyfileOutput[] = [];
  for (const p of system.profiles) {
    const c: KeyfileOutput = convertIfcfg(p.doc, companionsOf(system, p.doc), opts);
    if (c.status === 'converted' && c.groups) {
      for (const name of keyfileNameCandidates(c.id!, c.uuid!)) {
        if (used.has(name)) continue;
        used.add(name);
        c.fileName = name;
        break;
      }
      c.text = writeKeyfile(c.groups);
    }
    out.push(c);
  }
  return out;
}

/** The profiles that migrate together with `doc`: its controller and that controller's other
 *  ports, its own ports, the parent of a VLAN and the VLANs on it. */
export function profileGroup(system: SystemIndex, doc: ParsedDocument): Profile[] {
  const start = system.profiles.find((p) => p.doc === doc);
  if (!start) return [];
  const group = new Set<Profile>([start]);
  const controllerOf = (p: Profile): Profile | undefined => {
    const ref = controllerRef(p);
    if (!ref) return undefined;
    return system.withUuid(ref)[0] ?? system.withDevice(ref).find((c) => ['bond', 'bridge', 'team'].includes(c.type));
  };
  const portsOf = (c: Profile) =>
    system.profiles.filter((p) => {
      const ref = controllerRef(p);
      return ref !== undefined && (ref === c.device || ref === c.uuid);
    });
  const queue = [start];
  while (queue.length) {
    const p = queue.shift()!;
    const add = (q: Profile | undefined) => {
      if (q && !group.has(q)) {
        group.add(q);
        queue.push(q);
      }
    };
    add(controllerOf(p));
    portsOf(p).forEach(add);
    if (p.type === 'vlan') {
      const parent = vlanParent(p);
      if (parent) system.withDevice(parent).forEach(add);
    }
    if (p.device) system.profiles.filter((v) => v.type === 'vlan' && vlanParent(v) === p.device).forEach(add);
  }
  return [...group];
}

function controllerRef(p: Profile): string | undefined {
  const d = p.doc;
  for (const k of ['BRIDGE_UUID', 'BRIDGE', 'MASTER_UUID', 'MASTER', 'TEAM_MASTER_UUID', 'TEAM_MASTER']) {
    const v = d.effective.get(k)?.value.text.trim();
    if (v) return v;
  }
  return undefined;
}

function vlanParent(p: Profile): string | undefined {
  const phys = p.doc.effective.get('PHYSDEV')?.value.text.trim();
  if (phys) return phys;
  const dot = p.device?.indexOf('.') ?? -1;
  return dot > 0 ? p.device!.slice(0, dot) : undefined;
}
