// The one directory walker of the server's workspace scan and of ifcfg-lint, so the editor and
// the command line see the same files: network-scripts files and pasted /proc/net/bonding
// captures, read through the shared reader (regular files inside the root, up to the size
// limit), never following a link out of the folder given, with every skip reported.
import { lstatSync, statSync, type Dirent, type Stats } from 'fs';
import { CAPTURE_HEADER, isNetworkScriptsName } from '../engine';
import {
  displayPath,
  documentPath,
  entryJoiner,
  FsPath,
  isInside,
  listDir,
  readRegularFile,
  ReadOk,
  realpathOf,
  ReadResult,
} from './read';

/** Directories that never hold system configuration and can be huge. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '.cache']);
export const MAX_DEPTH = 12;
/** Directory entries looked at before the walk gives up (a checkout of the whole disk). */
export const MAX_ENTRIES = 200_000;
/** A capture is a few KB; larger candidates are not read to look for its header. */
const MAX_CAPTURE_BYTES = 256 * 1024;
const CAPTURE_NAME = /^[^/.]*(\.(txt|log|out))?$/i;

export interface FoundFile {
  path: FsPath;
  /** The path as text for messages and as the engine's document name (\xNN for non-UTF-8 bytes). */
  display: string;
  read: ReadOk;
}

export interface SkippedFile {
  display: string;
  why: string;
  /** 'outside': a link out of the folder, left alone on purpose; anything else could not be read. */
  reason: 'outside' | 'unreadable';
}

export interface WalkResult {
  files: FoundFile[];
  /** Network-scripts files (or links to them) that were not read, and why. */
  skipped: SkippedFile[];
  /** True when a limit stopped the walk before it had seen everything. */
  truncated: boolean;
  /** Says which limit stopped the walk. */
  truncatedBy?: string;
}

export interface WalkOptions {
  maxFiles: number;
  /** Takes each file as it is read instead of the result's list, so a walk of thousands of
   *  files never holds all their bytes at once. */
  onFile?: (f: FoundFile) => void;
  maxEntries?: number;
  maxDepth?: number;
}

/** Below a machine root, the only paths walked (as path segments after the first). */
const MACHINE_PATHS: ReadonlyMap<string, readonly string[]> = new Map([
  ['etc', []],
  ['proc', ['net', 'bonding']],
]);

/** A directory that looks like a machine's root (a sosreport, a copied root file system):
 *  etc/ beside proc/, sys/ or sos_commands/. */
export function isMachineRoot(names: readonly string[]): boolean {
  return names.includes('etc') && ['proc', 'sys', 'sos_commands'].some((n) => names.includes(n));
}

/** True for names worth reading: network-scripts files, or names a capture may have. */
function candidate(name: string): 'config' | 'capture' | undefined {
  if (isNetworkScriptsName(name)) return 'config';
  return CAPTURE_NAME.test(name) ? 'capture' : undefined;
}

/** Reads a candidate file; undefined when it is not one of ours (a capture name without the header). */
function readCandidate(
  p: FsPath,
  kind: 'config' | 'capture',
  roots: readonly FsPath[],
  real?: FsPath,
): ReadResult | undefined {
  if (kind === 'config') return readRegularFile(p, { roots, real });
  const r = readRegularFile(p, { roots, maxBytes: MAX_CAPTURE_BYTES, real });
  if (!r.ok) return undefined; // an unrelated file: nothing to report
  return CAPTURE_HEADER.test(r.bytes.subarray(0, 200).toString('utf8')) ? r : undefined;
}

/** Walks one folder; yields between batches when `pause` is given (the server's event loop). */
export function* walkSteps(root: FsPath, o: WalkOptions): Generator<void, WalkResult> {
  const files: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
  const maxEntries = o.maxEntries ?? MAX_ENTRIES;
  const maxDepth = o.maxDepth ?? MAX_DEPTH;
  let realRoot: FsPath;
  try {
    realRoot = realpathOf(root);
  } catch (e) {
    skipped.push({ display: displayPath(root), why: (e as Error).message, reason: 'unreadable' });
    return { files, skipped, truncated: false };
  }
  const roots = [realRoot];
  const visited = new Set<string>();
  // `only`: below a machine root, the path segments still to follow (thousands of unrelated
  // files live under proc/, sys/ and sos_commands/).
  const queue: Array<[FsPath, number, (readonly string[])?]> = [[root, 0]];
  let entries = 0;
  let found = 0;
  const stop = (why: string): WalkResult => ({ files, skipped, truncated: true, truncatedBy: why });
  while (queue.length) {
    const [dir, depth, only] = queue.shift()!;
    let real: FsPath;
    try {
      real = realpathOf(dir);
    } catch (e) {
      skipped.push({ display: displayPath(dir), why: (e as Error).message, reason: 'unreadable' });
      continue;
    }
    const key = typeof real === 'string' ? real : real.toString('latin1');
    if (visited.has(key)) continue; // a link loop or a second way to the same folder
    visited.add(key);
    // Names as strings (a Buffer per entry costs time and memory in folders of thousands);
    // a folder with a name that is not UTF-8 is listed as bytes, so that name stays exact.
    let names: FsPath[], dirents: Dirent[];
    try {
      ({ names, dirents } = listDir(dir));
    } catch (e) {
      skipped.push({ display: displayPath(dir), why: (e as Error).message, reason: 'unreadable' });
      continue;
    }
    const machine = isMachineRoot(names.map((n) => documentPath(n)));
    const inDir = entryJoiner(dir);
    const inReal = entryJoiner(real);
    for (let i = 0; i < names.length; i++) {
      if (++entries > maxEntries) return stop(`${maxEntries.toLocaleString('en')} directory entries`);
      if (entries % 256 === 0) yield;
      const name = names[i];
      const entry = dirents[i];
      const shown = documentPath(name);
      const p = inDir(name);
      // The directory entry's type spares a stat of every plain file and folder; anything else
      // (links, FIFOs, file systems that do not record types) is looked at closely.
      const plain = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined;
      let st: Stats | undefined;
      if (!plain) {
        try {
          st = lstatSync(p);
        } catch {
          continue; // vanished
        }
      }
      const isLink = !!st?.isSymbolicLink();
      if (st && isLink) {
        try {
          st = statSync(p);
        } catch {
          if (candidate(shown))
            skipped.push({ display: displayPath(p), why: 'a link to nothing', reason: 'unreadable' });
          continue;
        }
      }
      if (plain === 'dir' || st?.isDirectory()) {
        const next = machine ? MACHINE_PATHS.get(shown) : only ? only.slice(1) : undefined;
        if (machine && !next) continue;
        if (!machine && only && only[0] !== shown) continue;
        if (SKIP_DIRS.has(shown)) continue;
        if (depth >= maxDepth) {
          skipped.push({ display: displayPath(p), why: `deeper than ${maxDepth} folders`, reason: 'unreadable' });
          continue;
        }
        if (isLink) {
          try {
            if (!isInside(realpathOf(p), realRoot)) {
              skipped.push({ display: displayPath(p), why: 'a link to a folder outside', reason: 'outside' });
              continue;
            }
          } catch {
            continue;
          }
        }
        queue.push([p, depth + 1, next && next.length ? next : undefined]);
        continue;
      }
      if (machine || only) continue; // files beside proc/ or sys/ are not configuration
      const kind = candidate(shown);
      if (!kind) continue;
      if (found >= o.maxFiles) return stop(`${o.maxFiles.toLocaleString('en')} files`);
      // A file that is no link lies where its folder really is.
      const r = readCandidate(p, kind, roots, isLink ? undefined : inReal(name));
      if (!r) continue;
      if (!r.ok) {
        skipped.push({
          display: displayPath(p),
          why: r.detail,
          reason: r.reason === 'outside' ? 'outside' : 'unreadable',
        });
        continue;
      }
      found++;
      const f = { path: p, display: displayPath(p), read: r };
      if (o.onFile) o.onFile(f);
      else files.push(f);
    }
  }
  return { files, skipped, truncated: false };
}

export function walk(root: FsPath, o: WalkOptions): WalkResult {
  const it = walkSteps(root, o);
  for (;;) {
    const n = it.next();
    if (n.done) return n.value;
  }
}

/** The same walk, giving the event loop a turn every few hundred entries. */
export async function walkAsync(root: FsPath, o: WalkOptions): Promise<WalkResult> {
  const it = walkSteps(root, o);
  for (;;) {
    const n = it.next();
    if (n.done) return n.value;
    await new Promise((r) => setImmediate(r));
  }
}

/** True for a file that a directory walk would read as ours (a named file's neighbours).
 *  `real`: as for readRegularFile, when the caller listed the folder and the entry is no link. */
export function readIfOurs(p: FsPath, roots: readonly FsPath[], real?: FsPath): ReadResult | undefined {
  const kind = candidate(documentPath(p));
  return kind ? readCandidate(p, kind, roots, real) : undefined;
}
