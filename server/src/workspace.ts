// The server's view of the files: open documents plus network-scripts files read from the
// workspace folders, grouped into systems: one directory, or one machine snapshot (see
// engine/model/grouping), with the snapshot's running state when the server has read it.
import {
  groupSystems,
  linkSignature,
  machineRootOfKey,
  ParsedDocument,
  parseDocument,
  SlimDocument,
  SystemIndex,
  systemKeyOf,
  systemKeyOfRoot,
  type MachineEvidence,
} from './engine';

interface Entry {
  doc: ParsedDocument;
  open: boolean;
}

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly systems = new Map<string, SystemIndex>();
  private readonly machines = new Map<string, MachineEvidence>();
  /** Membership of each system; rebuilt only when a file appears, vanishes or changes what
   *  links captures across directories (a bond's DEVICE, a capture). */
  private groups?: Map<string, string[]>;
  private keyOf = new Map<string, string>();

  set(uri: string, text: string, open: boolean): ParsedDocument {
    const prev = this.entries.get(uri);
    const isOpen = open || (prev?.open ?? false);
    // Files nobody has open are kept slim (see engine/model/slim): thousands of them cost little
    // more than their text. An open file is edited and re-checked at every keystroke: kept whole.
    const doc =
      prev && prev.doc.text === text ? prev.doc : isOpen ? parseDocument(uri, text) : new SlimDocument(uri, text);
    this.entries.set(uri, { doc, open: isOpen });
    if (doc !== prev?.doc) {
      if (prev && linkSignature(prev.doc) === linkSignature(doc)) {
        // Same system: update its index in place instead of rebuilding it.
        if (this.groups) this.systems.get(this.key(uri))?.replace(prev.doc, doc);
      } else if (!prev && linkSignature(doc) === '' && this.groups) {
        const key = systemKeyOf(uri);
        const group = this.groups.get(key);
        if (group) group.push(uri);
        else this.groups.set(key, [uri]);
        this.keyOf.set(uri, key);
        this.systems.get(key)?.add(doc);
      } else this.regroup();
    }
    return doc;
  }

  /** The editor closed the document: keep it as a workspace file (disk text is re-read by the caller). */
  close(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    e.open = false;
    if (e.doc instanceof SlimDocument) return;
    const slim = new SlimDocument(uri, e.doc.text);
    if (this.groups) this.systems.get(this.key(uri))?.replace(e.doc, slim);
    e.doc = slim;
  }

  remove(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    this.entries.delete(uri);
    const key = this.groups && linkSignature(e.doc) === '' ? this.keyOf.get(uri) : undefined;
    const group = key === undefined ? undefined : this.groups?.get(key);
    if (key === undefined || !group) return this.regroup();
    group.splice(group.indexOf(uri), 1);
    if (!group.length) this.groups!.delete(key);
    this.keyOf.delete(uri);
    this.systems.get(key)?.remove(e.doc);
  }

  get(uri: string): ParsedDocument | undefined {
    return this.entries.get(uri)?.doc;
  }

  isOpen(uri: string): boolean {
    return this.entries.get(uri)?.open ?? false;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  get size(): number {
    return this.entries.size;
  }

  system(uri: string): SystemIndex {
    const key = this.key(uri);
    let s = this.systems.get(key);
    if (!s) {
      const docs = (this.ensureGroups().get(key) ?? []).map((u) => this.entries.get(u)!.doc);
      const root = machineRootOfKey(key);
      s = new SystemIndex(docs, root === undefined ? undefined : this.machines.get(root));
      this.systems.set(key, s);
    }
    return s;
  }

  /** URIs of the same system (the documents whose cross-file findings may change). */
  siblings(uri: string): string[] {
    return [...(this.ensureGroups().get(this.key(uri)) ?? [])];
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /** One URI per system: the way to visit every system once. */
  systemUris(): string[] {
    return [...this.ensureGroups().values()].map((g) => g[0]).filter((u) => u !== undefined);
  }

  /** Machine roots (as the documents' URIs spell them) that files of the workspace sit in. */
  machineRoots(): string[] {
    return [...this.ensureGroups().keys()].map(machineRootOfKey).filter((r): r is string => r !== undefined);
  }

  /** URIs of the documents of the machine rooted at `root` (its system). */
  machineMembers(root: string): string[] {
    return [...(this.ensureGroups().get(systemKeyOfRoot(root)) ?? [])];
  }

  setMachine(root: string, evidence: MachineEvidence | undefined): void {
    if (evidence) this.machines.set(root, evidence);
    else this.machines.delete(root);
    this.systems.delete(systemKeyOfRoot(root));
  }

  private key(uri: string): string {
    this.ensureGroups();
    return this.keyOf.get(uri) ?? systemKeyOf(uri);
  }

  private regroup(): void {
    this.groups = undefined;
    this.systems.clear();
  }

  private ensureGroups(): Map<string, string[]> {
    if (this.groups) return this.groups;
    const groups = new Map<string, string[]>();
    this.keyOf = new Map();
    for (const [key, docs] of groupSystems([...this.entries.values()].map((e) => e.doc))) {
      groups.set(
        key,
        docs.map((d) => d.uri),
      );
      for (const d of docs) this.keyOf.set(d.uri, key);
    }
    return (this.groups = groups);
  }
}
