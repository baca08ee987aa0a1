// The server's view of the files: open documents plus network-scripts files read from the
// workspace folders, grouped by directory (one directory = one system).
import { dirname, ParsedDocument, parseDocument, SystemIndex } from './engine';

interface Entry {
  doc: ParsedDocument;
  open: boolean;
}

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly systems = new Map<string, SystemIndex>();
  private readonly dirs = new Map<string, Set<string>>();

  set(uri: string, text: string, open: boolean): ParsedDocument {
    const prev = this.entries.get(uri);
    const doc = prev && prev.doc.text === text ? prev.doc : parseDocument(uri, text);
    this.entries.set(uri, { doc, open: open || (prev?.open ?? false) });
    const dir = dirname(uri);
    let set = this.dirs.get(dir);
    if (!set) this.dirs.set(dir, (set = new Set()));
    set.add(uri);
    if (doc !== prev?.doc) this.systems.delete(dir);
    return doc;
  }

  /** The editor closed the document: keep it as a workspace file (disk text is re-read by the caller). */
  close(uri: string): void {
    const e = this.entries.get(uri);
    if (e) e.open = false;
  }

  remove(uri: string): void {
    if (!this.entries.delete(uri)) return;
    const dir = dirname(uri);
    this.dirs.get(dir)?.delete(uri);
    this.systems.delete(dir);
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
    const dir = dirname(uri);
    let s = this.systems.get(dir);
    if (!s) {
      const docs = [...(this.dirs.get(dir) ?? [])].map((u) => this.entries.get(u)!.doc);
      s = new SystemIndex(docs);
      this.systems.set(dir, s);
    }
    return s;
  }

  /** URIs in the same directory (the documents whose cross-file findings may change). */
  siblings(uri: string): string[] {
    return [...(this.dirs.get(dirname(uri)) ?? [])];
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }
}
