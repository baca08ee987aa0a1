// Which files form one system. A directory is one system, except that files in a machine
// root's well-known places (etc/sysconfig/network-scripts, etc/NetworkManager/system-connections,
// proc/net/bonding) are one machine; and a capture of bondN that has no bondN next to it joins
// the one system in the set that has a bond profile bondN, when exactly one does.
import { ParsedDocument } from '../parser/document';
import { dirname } from '../parser/fileKind';
import { machineRootOf } from '../snapshot/layout';
import { profileOf } from './profile';

/** The machine root a document belongs to, if any ('' = the top of the path). */
export { machineRootOf };

/** Key of the system a document belongs to before captures are linked across directories. */
export function systemKeyOf(uri: string): string {
  // The key depends on the folder only (a file's name never holds a separator), and files come in
  // runs of one folder: a workspace asks this several times per file.
  const cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1;
  if (cut > 0 && cut < uri.length && lastKey.folderLength === cut && uri.startsWith(lastKey.folder)) return lastKey.key;
  const root = machineRootOf(uri);
  // A trailing '/' keeps machine keys apart from directory keys (dirname never ends in '/').
  const key = root === undefined ? dirname(uri) : systemKeyOfRoot(root);
  if (cut > 0 && cut < uri.length) lastKey = { folder: uri.slice(0, cut), folderLength: cut, key };
  return key;
}
let lastKey = { folder: '', folderLength: -1, key: '' };

/** The system key of the machine rooted at `root` (inverse of machineRootOfKey). */
export function systemKeyOfRoot(root: string): string {
  return `${root}/`;
}

/** The machine root of a system key, or undefined for a plain directory. */
export function machineRootOfKey(key: string): string | undefined {
  return key.endsWith('/') ? key.slice(0, -1) : undefined;
}

/** What decides cross-directory capture links: bond profiles by DEVICE and bond captures. */
export function linkSignature(doc: ParsedDocument): string {
  if (doc.file.kind === 'capture') return `capture:${doc.file.suffix}`;
  if (doc.file.kind !== 'ifcfg' || doc.file.ignoredBy) return '';
  const p = profileOf(doc);
  return p.type === 'bond' && p.device ? `bond:${p.device}` : '';
}

export function groupSystems(docs: Iterable<ParsedDocument>): Map<string, ParsedDocument[]> {
  const groups = new Map<string, ParsedDocument[]>();
  for (const d of docs) push(groups, systemKeyOf(d.uri), d);
  linkStrayCaptures(groups);
  return groups;
}

function linkStrayCaptures(groups: Map<string, ParsedDocument[]>): void {
  const homes = new Map<string, Set<string>>();
  const captures: Array<[string, ParsedDocument]> = [];
  for (const [key, docs] of groups) {
    for (const d of docs) {
      const sig = linkSignature(d);
      if (sig.startsWith('bond:')) {
        const dev = sig.slice(5);
        let s = homes.get(dev);
        if (!s) homes.set(dev, (s = new Set()));
        s.add(key);
      } else if (sig.startsWith('capture:bond')) captures.push([key, d]);
    }
  }
  const strays = new Map<string, Array<[string, ParsedDocument]>>();
  for (const [key, d] of captures) {
    if (homes.get(d.file.suffix)?.has(key)) continue;
    push(strays, d.file.suffix, [key, d]);
  }
  for (const [name, list] of strays) {
    const h = homes.get(name);
    // Two candidate bonds or two stray captures of the same name: which belongs where is a guess.
    if (!h || h.size !== 1 || list.length !== 1) continue;
    const [from, doc] = list[0];
    const to = [...h][0];
    const src = groups.get(from)!;
    src.splice(src.indexOf(doc), 1);
    if (!src.length) groups.delete(from);
    groups.get(to)!.push(doc);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
