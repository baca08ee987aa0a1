// A directory of network-scripts files seen as one machine: which bonds exist, which ports
// point to them, which route and rule files belong to which profile.
import { ParsedDocument } from '../parser/document';
import { dirname } from '../parser/fileKind';
import type { MachineEvidence } from '../snapshot/machine';
import { Profile, profileOf } from './profile';

export class SystemIndex {
  readonly profiles: Profile[] = [];
  private readonly byDevice = new Map<string, Profile[]>();
  private readonly byUuid = new Map<string, Profile[]>();
  private readonly portsByBond = new Map<Profile, Profile[]>();
  readonly bySuffix = new Map<string, ParsedDocument[]>();
  readonly captures: ParsedDocument[] = [];

  constructor(
    readonly docs: readonly ParsedDocument[],
    /** The running state of the machine these files come from (a snapshot), when known. */
    readonly machine?: MachineEvidence,
  ) {
    for (const d of docs) {
      const list = this.bySuffix.get(d.file.suffix);
      if (list) list.push(d);
      else this.bySuffix.set(d.file.suffix, [d]);
      if (d.file.kind === 'capture') this.captures.push(d);
      if (d.file.kind === 'keyfile' ? !!d.keyfile?.errors.length : d.file.kind !== 'ifcfg' || d.file.ignoredBy)
        continue;
      const p = profileOf(d);
      this.profiles.push(p);
      if (p.device) push(this.byDevice, p.device, p);
      if (p.uuid) push(this.byUuid, p.uuid, p);
    }
    for (const p of this.profiles) {
      if (!p.master) continue;
      const bond = this.resolveMaster(p);
      if (bond) push(this.portsByBond, bond, p);
    }
  }

  /** NM matches MASTER against profile UUIDs first, then against DEVICE of a controller. */
  resolveMaster(port: Profile): Profile | undefined {
    const ref = port.master;
    if (!ref) return undefined;
    const byUuid = this.byUuid.get(ref.value)?.find((p) => p !== port);
    if (byUuid) return byUuid;
    if (ref.viaUuid) return undefined;
    const cands = this.byDevice.get(ref.value)?.filter((p) => p !== port) ?? [];
    return cands.find((p) => p.type === 'bond') ?? cands[0];
  }

  portsOf(bond: Profile): Profile[] {
    return this.portsByBond.get(bond) ?? [];
  }

  /** The bond's ports grouped by HWADDR (lower case, `-` read as `:`), built once per bond. */
  portsByHwaddr(bond: Profile): Map<string, Profile[]> {
    let m = this.hwaddrCache.get(bond);
    if (!m) {
      m = new Map();
      for (const p of this.portsOf(bond)) {
        const hw = p.doc.effective.get('HWADDR')?.value.text;
        if (hw) push(m, normalizeMac(hw), p);
      }
      this.hwaddrCache.set(bond, m);
    }
    return m;
  }
  private readonly hwaddrCache = new Map<Profile, Map<string, Profile[]>>();

  withDevice(dev: string): Profile[] {
    return this.byDevice.get(dev) ?? [];
  }

  withUuid(uuid: string): Profile[] {
    return this.byUuid.get(uuid) ?? [];
  }

  /** True when the directory holds other ifcfg files, so "not found" can be trusted. */
  get isComplete(): boolean {
    return this.profiles.length > 1;
  }

  /** The capture of a bond's running state: named after the bond, or the only capture next to
   *  the only bond. */
  captureOf(bond: Profile): ParsedDocument | undefined {
    if (!this.captures.length || bond.type !== 'bond') return undefined;
    const named = this.captures.find((c) => c.file.suffix === bond.device);
    if (named) return named;
    return this.captures.length === 1 && this.bondCount === 1 && !/^bond/.test(this.captures[0].file.suffix)
      ? this.captures[0]
      : undefined;
  }

  /** Counted once: captureOf runs for every bond of the directory. */
  private get bondCount(): number {
    return (this.bondCountCache ??= this.profiles.filter((p) => p.type === 'bond').length);
  }
  private bondCountCache?: number;

  /** The bond profile a capture describes (inverse of captureOf). */
  bondOfCapture(capture: ParsedDocument): Profile | undefined {
    return this.profiles.find((p) => p.type === 'bond' && this.captureOf(p) === capture);
  }

  /**
   * Documents whose cross-file findings can change when `doc` changes: its bond and the bond's
   * ports, profiles sharing its DEVICE or UUID or naming it as MASTER, its route/rule files and
   * the capture of its bond. Lets an editor re-check a handful of files instead of a directory.
   */
  related(doc: ParsedDocument): Set<ParsedDocument> {
    const out = new Set<ParsedDocument>(this.bySuffix.get(doc.file.suffix) ?? []);
    const addProfile = (p: Profile | undefined) => {
      if (!p) return;
      out.add(p.doc);
      for (const port of this.portsOf(p)) out.add(port.doc);
      const cap = this.captureOf(p);
      if (cap) out.add(cap);
    };
    if (doc.file.kind === 'capture') addProfile(this.bondOfCapture(doc));
    if (doc.file.kind === 'ifcfg' || doc.file.kind === 'keyfile') {
      const p = profileOf(doc);
      addProfile(p);
      if (p.master) addProfile(this.resolveMaster(p));
      for (const key of [p.device, p.uuid]) {
        if (!key) continue;
        for (const o of [...this.withDevice(key), ...this.withUuid(key)]) addProfile(o);
        for (const o of this.profiles) if (o.master?.value === key) out.add(o.doc);
      }
    }
    out.delete(doc);
    return out;
  }

  /** The profile a route-/rule- file belongs to (same suffix). */
  ownerOf(doc: ParsedDocument): ParsedDocument | undefined {
    return this.bySuffix.get(doc.file.suffix)?.find((d) => d.file.kind === 'ifcfg' && !d.file.ignoredBy);
  }
}

export const normalizeMac = (mac: string): string => mac.toLowerCase().replace(/-/g, ':');

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Groups documents by their directory (see groupSystems for machine snapshots). */
export function groupByDirectory(docs: Iterable<ParsedDocument>): Map<string, ParsedDocument[]> {
  const m = new Map<string, ParsedDocument[]>();
  for (const d of docs) push(m, dirname(d.uri), d);
  return m;
}
