// Finding the files to lint, through the walker and reader the language server uses too.
import * as fs from 'fs';
import * as path from 'path';
import { displayPath, documentPath, FsPath, readRegularFile, ReadOk, realpathOf } from '../fs/read';
import { readIfOurs, walk } from '../fs/walk';

/** Files one run reads at most; reaching it is reported and makes the exit status 2. */
export const MAX_FILES = 20000;

export interface Source {
  path: FsPath;
  /** Absolute name used as the document's name. */
  name: string;
  /** Absolute name for reports (\xNN for bytes that are not UTF-8). */
  display: string;
  read: ReadOk;
  /** Reported on (named or found in a named folder), not only context for cross-file rules. */
  target: boolean;
}

export interface Collected {
  sources: Source[];
  /** Could not be read: each makes the exit status 2. */
  errors: string[];
  /** Left alone on purpose (links out of the folder): said, but not an error. */
  notes: string[];
}

const absName = (p: FsPath): string => path.resolve(documentPath(p));

export function collect(paths: string[], maxFiles = MAX_FILES): Collected {
  const byName = new Map<string, Source>();
  const errors: string[] = [];
  const notes: string[] = [];
  const dirsSeen = new Set<string>();
  const add = (p: FsPath, read: ReadOk, target: boolean) => {
    const name = absName(p);
    const prev = byName.get(name);
    if (prev) prev.target ||= target;
    else byName.set(name, { path: p, name, display: path.resolve(displayPath(p)), read, target });
  };
  // The neighbours of a named file are read as context, like a walk would, inside that folder.
  const addDirContext = (dir: string) => {
    if (dirsSeen.has(dir)) return;
    dirsSeen.add(dir);
    let real: FsPath;
    let names: Buffer[];
    try {
      real = realpathOf(dir);
      names = fs.readdirSync(dir, { encoding: 'buffer' });
    } catch {
      return; // unreadable directory: only the named files are analysed
    }
    for (const n of names.slice(0, maxFiles)) {
      const p = Buffer.concat([Buffer.from(dir.endsWith('/') ? dir : dir + '/'), n]);
      const fp = Buffer.from(p.toString('utf8'), 'utf8').equals(p) ? p.toString('utf8') : p;
      if (byName.has(absName(fp))) continue;
      const r = readIfOurs(fp, [real]);
      if (r?.ok) add(fp, r, false);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push(`${p}: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      continue;
    }
    if (st.isDirectory()) {
      const w = walk(p, { maxFiles: maxFiles - byName.size });
      for (const f of w.files) add(f.path, f.read, true);
      for (const s of w.skipped) {
        if (s.reason === 'outside') notes.push(`${s.display}: not read: ${s.why}`);
        else errors.push(`${s.display}: not read: ${s.why}`);
      }
      if (w.truncated) errors.push(`${p}: stopped after ${w.truncatedBy}; the rest of the folder was not checked`);
      continue;
    }
    // A file named on the command line: pipes such as <(cat f) are read to their end too.
    const r = readRegularFile(p, { allowPipes: true });
    if (!r.ok) {
      errors.push(`${p}: not read: ${r.detail}`);
      continue;
    }
    add(p, r, true);
    if (r.stat.isFile()) addDirContext(path.dirname(p));
  }
  return { sources: [...byName.values()], errors, notes };
}

export { writeAtomic } from '../fs/write';
