// Machine snapshots (sosreports, machine-root trees) inside the workspace: reading a machine's
// running state through the shared reader, and telling which machines a changed file belongs to
// so that their evidence is read again.
import { sep } from 'path';
import { fileURLToPath } from 'url';
import { SNAPSHOT_WATCH_GLOBS, snapshotRole, type MachineEvidence } from './engine';
import type { FsPath } from './fs/read';
import { loadMachine } from './fs/snapshot';

/** File watchers the server asks the client for: every evidence file of a snapshot, at any depth. */
export const MACHINE_WATCHERS = SNAPSHOT_WATCH_GLOBS.map((g) => ({ globPattern: `**/${g}` }));

const pathOf = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
};

/**
 * The running state of the machine rooted at `root` (a file: URI as the documents spell it), read
 * only when the root's real path lies inside a workspace folder (`folders`: their real paths).
 */
export function readMachine(root: string, folders: readonly FsPath[]): MachineEvidence | undefined {
  const dir = pathOf(root);
  if (dir === undefined || !folders.length) return undefined;
  try {
    return loadMachine(dir, root, (rel) => `${root}/${rel.split('/').map(encodeURIComponent).join('/')}`, folders);
  } catch {
    return undefined;
  }
}

/** The machine roots among `roots` whose evidence a change to one of `uris` alters: files the
 *  engine reads from a snapshot (snapshotRole), compared as paths so URI spellings do not matter. */
export function machinesTouched(uris: readonly string[], roots: readonly string[]): string[] {
  const dirs: Array<[string, string]> = [];
  for (const r of roots) {
    const p = pathOf(r);
    if (p !== undefined) dirs.push([r, p.endsWith(sep) ? p : p + sep]);
  }
  const out = new Set<string>();
  if (!dirs.length) return [];
  for (const u of uris) {
    const p = pathOf(u);
    if (p === undefined) continue;
    for (const [root, dir] of dirs) {
      if (out.has(root) || !p.startsWith(dir)) continue;
      if (snapshotRole(p.slice(dir.length).split(sep).join('/'))) out.add(root);
    }
  }
  return [...out];
}
