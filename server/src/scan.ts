// The server's reads of workspace files: the first scan of each folder and every later re-read
// (a watched-file event, a closed document) go through the shared walker and reader, so each
// read is of a regular file, inside a workspace folder by real path, and within the size limit.
import { fileURLToPath } from 'url';
import { displayText } from './fs/text';
import { FsPath, realpathOf } from './fs/read';
import { readIfOurs, SkippedFile, walkAsync } from './fs/walk';

export interface ScanResult {
  files: Array<{ path: string; text: string }>;
  skipped: SkippedFile[];
  truncated: boolean;
  truncatedBy?: string;
}

export async function scanFolder(root: string, maxFiles: number): Promise<ScanResult> {
  const w = await walkAsync(root, { maxFiles });
  return {
    // Names that are not UTF-8 cannot be named by a file: URI the client understands.
    files: w.files
      .filter((f) => typeof f.path === 'string')
      .map((f) => ({ path: f.path as string, text: displayText(f.read.bytes) })),
    skipped: w.skipped,
    truncated: w.truncated,
    truncatedBy: w.truncatedBy,
  };
}

/** Real paths of the workspace folders given as file: URIs (others cannot be read from disk). */
export function folderRoots(folderUris: readonly string[]): FsPath[] {
  const out: FsPath[] = [];
  for (const f of folderUris) {
    if (!f.startsWith('file:')) continue;
    try {
      out.push(realpathOf(fileURLToPath(f)));
    } catch {
      /* a folder that does not exist (yet) */
    }
  }
  return out;
}

/** Text of a workspace file named by a URI, or undefined when it is not one the server may read
 *  (outside every folder, not a regular file, too large, not a network-scripts file). */
export function readWorkspaceFile(uri: string, roots: readonly FsPath[]): string | undefined {
  if (!uri.startsWith('file:') || !roots.length) return undefined;
  let p: string;
  try {
    p = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  const r = readIfOurs(p, roots);
  return r?.ok ? displayText(r.bytes) : undefined;
}
