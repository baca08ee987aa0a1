// A directory of network-scripts files seen as one machine: which bonds exist, which ports
// point to them, which route and rule files belong to which profile.
import { ParsedDocument } from '../parser/document';
import { dirname } from '../parser/fileKind';
import type { MachineEvidence } from '../snapshot/machine';
import { Profile, profileOf } from './profile';

export class SystemIndex {
  private readonly docList: ParsedDocument[] = [];
  private readonly profileList: Profile[] = [];
  private readonly byDevice: Multi<Profile> = new Map();
  private readonly byUuid: Multi<Profile> = new Map();
  /** Profiles by the value of their MASTER / MASTER_UUID (candidates for portsOf). */
  private readonly byMasterRef: Multi<Profile> = new Map();
  /** Position of each document in file order: lists stay in that order across updates, so an
   *  updated index answers exactly as one built from scratch. */
  private readonly seq = new Map<ParsedDocument, number>();
  private nextSeq = 0;
  // Caches of derived answers, created when first asked (most indexes are built, asked a few
  // questions and dropped) and emptied by every change.
  private portsCache?: Map<Profile, Profile[]>;
  private portSetCache?: Map<Profile, Set<Profile>>;
  private hwaddrCache?: Map<Profile, Map<string, Profile[]>>;
  private readonly bySuffix: Multi<ParsedDocument> = new Map();
  readonly captures: ParsedDocument[] = [];

  constructor(
    docs: readonly ParsedDocument[],
    /** The running state of the machine these files come from (a snapshot), when known. */
    readonly machine?: MachineEvidence,
  ) {
    for (const d of docs) this.add(d);
  }

  /** Every document of the system, in file order. */
  get docs(): readonly ParsedDocument[] {
    return this.docList;
  }

  /** The ifcfg profiles NetworkManager and initscripts read (backup-like names excluded). */
  get profiles(): readonly Profile[] {
    return this.profileList;
  }

  /** Adds a document; its cost depends on the document, not on the size of the system. */
  add(doc: ParsedDocument): void {
    this.insert(doc, this.nextSeq++, true);
  }

  /** Removes a document (no-op if it is not part of the system). */
  remove(doc: ParsedDocument): void {
    if (this.detach(doc) !== undefined) this.changed();
  }

  /** A new version of a document: it keeps its place, and only the entries of the two
   *  versions are touched (an edit in one file of thousands costs the same as in one of three). */
  replace(prev: ParsedDocument, next: ParsedDocument): void {
    if (prev === next) return;
    const at = this.detach(prev);
    if (at === undefined) this.add(next);
    else this.insert(next, at);
  }

  /** `last`: `at` is the newest position, so every list takes the document at its end. */
  private insert(d: ParsedDocument, at: number, last = false): void {
    this.seq.set(d, at);
    // Appending needs no look-up of positions: building an index is all appends.
    const order = last ? APPEND : (x: Profile) => this.seq.get(x.doc)!;
    const docOrder = last ? APPEND : this.seq;
    insertAt(this.docList, d, docOrder);
    pushSorted(this.bySuffix, d.file.suffix, d, docOrder);
    if (d.file.kind === 'capture') insertAt(this.captures, d, docOrder);
    if (isProfile(d)) {
      const p = profileOf(d);
      insertAt(this.profileList, p, order);
      if (p.device) pushSorted(this.byDevice, p.device, p, order);
      if (p.uuid) pushSorted(this.byUuid, p.uuid, p, order);
      if (p.master && !unidentified(p)) pushSorted(this.byMasterRef, p.master.value, p, order);
    }
    this.changed();
  }

  /** Takes a document out of every list; returns its position, undefined if absent. */
  private detach(d: ParsedDocument): number | undefined {
    const at = this.seq.get(d);
    if (at === undefined) return undefined;
    this.seq.delete(d);
    drop(this.docList, d);
    dropFrom(this.bySuffix, d.file.suffix, d);
    if (d.file.kind === 'capture') drop(this.captures, d);
    if (isProfile(d)) {
      const p = profileOf(d);
      drop(this.profileList, p);
      if (p.device) dropFrom(this.byDevice, p.device, p);
      if (p.uuid) dropFrom(this.byUuid, p.uuid, p);
      if (p.master && !unidentified(p)) dropFrom(this.byMasterRef, p.master.value, p);
    }
    return at;
  }

  /** Forgets the answers kept for questions asked again (each bond's ports, grouped by MAC):
   *  they are worked out again when next asked. An index kept between bursts of checks holds
   *  only its lists. */
  forgetAnswers(): void {
    this.changed();
  }

  private changed(): void {
    this.portsCache = undefined;
    this.portSetCache = undefined;
    this.hwaddrCache = undefined;
    this.bondCountCache = undefined;
  }

  /** NM matches MASTER against profile UUIDs first, then against DEVICE of a controller. */
  resolveMaster(port: Profile): Profile | undefined {
    const ref = port.master;
    if (!ref) return undefined;
    for (const p of valuesOf(this.byUuid, ref.value)) if (p !== port) return p;
    if (ref.viaUuid) return undefined;
    // A bond among the other profiles of that DEVICE, else the first of them.
    let first: Profile | undefined;
    for (const p of valuesOf(this.byDevice, ref.value)) {
      if (p === port) continue;
      if (p.type === 'bond') return p;
      first ??= p;
    }
    return first;
  }

  /** The profiles whose controller resolves to `bond`, in file order. */
  portsOf(bond: Profile): Profile[] {
    let ports = this.portsCache?.get(bond);
    if (ports) return ports;
    // A profile is listed under one MASTER value, so the lists of the UUID and of the DEVICE
    // hold different profiles and one test per profile takes each once (a document added
    // twice is listed twice: sorted, its copies are neighbours and are dropped below).
    ports = [];
    const dev = bond.device;
    if (bond.uuid && bond.uuid !== dev)
      for (const p of valuesOf(this.byMasterRef, bond.uuid)) if (this.resolveMaster(p) === bond) ports.push(p);
    // Alternative files for the same bond DEVICE each see the ports that name that DEVICE.
    const alternative = bond.type === 'bond' && !!dev;
    if (dev)
      for (const p of valuesOf(this.byMasterRef, dev))
        if ((alternative && p !== bond && !p.master!.viaUuid) || this.resolveMaster(p) === bond) ports.push(p);
    if (ports.length > 1) {
      // Usually already in file order (one list, appended in order): sorting then only
      // allocated the sort's scratch copy.
      const at = (p: Profile) => this.seq.get(p.doc)!;
      let i = 1;
      while (i < ports.length && at(ports[i - 1]) <= at(ports[i])) i++;
      if (i < ports.length) ports.sort((x, y) => at(x) - at(y));
      let n = 1;
      for (let i = 1; i < ports.length; i++) if (ports[i] !== ports[n - 1]) ports[n++] = ports[i];
      ports.length = n;
    }
    (this.portsCache ??= new Map<Profile, Profile[]>()).set(bond, ports);
    return ports;
  }

  /** Whether `p` is one of portsOf(bond), in constant time however many ports the bond has
   *  (a set of them, built once per bond). */
  isPortOf(bond: Profile, p: Profile): boolean {
    const cache = (this.portSetCache ??= new Map<Profile, Set<Profile>>());
    let set = cache.get(bond);
    if (!set) cache.set(bond, (set = new Set(this.portsOf(bond))));
    return set.has(p);
  }

  /** The bond's ports grouped by HWADDR (lower case, `-` read as `:`), built once per bond. */
  portsByHwaddr(bond: Profile): Map<string, Profile[]> {
    const cache = (this.hwaddrCache ??= new Map<Profile, Map<string, Profile[]>>());
    let m = cache.get(bond);
    if (!m) {
      m = new Map<string, Profile[]>();
      for (const p of this.portsOf(bond)) {
        const hw = p.doc.effective.get('HWADDR')?.value.text;
        if (hw) push(m, normalizeMac(hw), p);
      }
      cache.set(bond, m);
    }
    return m;
  }

  withDevice(dev: string): readonly Profile[] {
    return valuesOf(this.byDevice, dev);
  }

  withUuid(uuid: string): readonly Profile[] {
    return valuesOf(this.byUuid, uuid);
  }

  /** The documents whose file name ends in `suffix` (ifcfg-, route-, rule- files of a profile). */
  withSuffix(suffix: string): readonly ParsedDocument[] {
    return valuesOf(this.bySuffix, suffix);
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
    const out = new Set<ParsedDocument>(this.withSuffix(doc.file.suffix));
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
      // initscripts reads route-<DEVICE> too (ifup-routes), whatever the ifcfg file is called.
      if (p.device) for (const d of this.withSuffix(p.device)) if (d.file.kind !== 'ifcfg') out.add(d);
      for (const key of [p.device, p.uuid]) {
        if (!key) continue;
        for (const o of [...this.withDevice(key), ...this.withUuid(key)]) addProfile(o);
        for (const o of valuesOf(this.byMasterRef, key)) out.add(o.doc);
      }
    }
    out.delete(doc);
    return out;
  }

  /** The profile a route-/rule- file belongs to (same suffix). */
  ownerOf(doc: ParsedDocument): ParsedDocument | undefined {
    return this.withSuffix(doc.file.suffix).find((d) => d.file.kind === 'ifcfg' && !d.file.ignoredBy);
  }
}

/** An ifcfg file neither tool can bring up (no DEVICE, TYPE or HWADDR, IFCFG-052): not a port
 *  of anything. */
function unidentified(p: Profile): boolean {
  if (p.format !== 'ifcfg' || p.device) return false;
  const v = (k: string) => p.doc.effective.get(k)?.value.text.trim();
  const devtype = v('DEVICETYPE')?.toLowerCase();
  return !v('HWADDR') && !v('TYPE') && !v('TEAM_CONFIG') && devtype !== 'team' && devtype !== 'teamport';
}

const NONE: readonly never[] = [];

/** Values by key where most keys (a file's suffix, a DEVICE, a MASTER) have one value: a lone
 *  value is stored as itself, not in an array of its own (thousands of small arrays in a large
 *  workspace's index). Values are objects, never arrays. */
type Multi<V> = Map<string, V | V[]>;

function valuesOf<V>(m: Multi<V>, k: string): readonly V[] {
  const s = m.get(k);
  return s === undefined ? NONE : Array.isArray(s) ? s : [s];
}

export const normalizeMac = (mac: string): string => mac.toLowerCase().replace(/-/g, ':');

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** ifcfg files the tools read, and keyfiles NetworkManager loads. */
const isProfile = (d: ParsedDocument): boolean =>
  d.file.kind === 'keyfile' ? !d.keyfile?.errors.length : d.file.kind === 'ifcfg' && !d.file.ignoredBy;

/** Positions from a map or a function; APPEND: the value goes last. */
type Order<V> = Map<V, number> | ((v: V) => number) | typeof APPEND;
const APPEND = 'append';
const rank = <V>(order: Exclude<Order<V>, typeof APPEND>, v: V): number =>
  typeof order === 'function' ? order(v) : order.get(v)!;

/** Inserts in order (appending is the common case: documents arrive in file order). */
function insertAt<V>(list: V[], v: V, order: Order<V>): void {
  if (order === APPEND || !list.length) {
    list.push(v);
    return;
  }
  const r = rank(order, v);
  let i = list.length;
  while (i > 0 && rank(order, list[i - 1]) > r) i--;
  if (i === list.length) list.push(v);
  else list.splice(i, 0, v);
}

function pushSorted<V>(m: Multi<V>, k: string, v: V, order: Order<V>): void {
  const s = m.get(k);
  if (s === undefined) m.set(k, v);
  else if (Array.isArray(s)) insertAt(s, v, order);
  // A second value: a list of exactly two, in order.
  else m.set(k, order !== APPEND && rank(order, s) > rank(order, v) ? [v, s] : [s, v]);
}

function drop<V>(list: V[], v: V): void {
  const i = list.lastIndexOf(v);
  if (i >= 0) list.splice(i, 1);
}

function dropFrom<V>(m: Multi<V>, k: string, v: V): void {
  const s = m.get(k);
  if (s === undefined) return;
  if (!Array.isArray(s)) {
    if (s === v) m.delete(k);
    return;
  }
  drop(s, v);
  if (s.length === 1) m.set(k, s[0]);
  else if (!s.length) m.delete(k);
}

/** Groups documents by their directory (see groupSystems for machine snapshots). */
export function groupByDirectory(docs: Iterable<ParsedDocument>): Map<string, ParsedDocument[]> {
  const m = new Map<string, ParsedDocument[]>();
  for (const d of docs) push(m, dirname(d.uri), d);
  return m;
}
