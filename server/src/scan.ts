// The server's reads of workspace files: the first scan of each folder and every later re-read
// (a watched-file event, a closed document) go through the shared walker and reader, so each
// read is of a regular file, inside a workspace folder by real path, and within the size limit.
import { fileURLToPath, pathToFileURL } from 'url';
import { displayText } from './fs/text';
import { FsPath, realpathOf } from './fs/read';
import { readIfOurs, SkippedFile, walkAsync } from './fs/walk';

export interface ScanResult {
  /** Files read (each was handed to the caller's `onFile`). */
  count: number;
  skipped: SkippedFile[];
  truncated: boolean;
  truncatedBy?: string;
}

/** Walks a workspace folder, handing each file's text to `onFile` as soon as it is read. */
export async function scanFolder(
  root: string,
  maxFiles: number,
  onFile: (path: string, text: string) => void,
): Promise<ScanResult> {
  let count = 0;
  const w = await walkAsync(root, {
    maxFiles,
    onFile: (f) => {
      count++;
      // Names that are not UTF-8 cannot be named by a file: URI the client understands.
      if (typeof f.path === 'string') onFile(f.path, displayText(f.read.bytes));
    },
  });
  return {
    count,
    skipped: w.skipped,
    truncated: w.truncated,
    truncatedBy: w.truncatedBy,
  };
}

// An absolute, normal path of these characters is its own URI path: pathToFileURL (which resolves
// the path, builds a URL object and escapes) gives `file://` + the path. The scan names thousands
// of files; nearly all are like this.
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._+=,@:-]+)+$/;

/** The file: URI of an absolute path, as pathToFileURL spells it. */
export function fileUri(path: string): string {
  return PLAIN_PATH.test(path) ? `file://${path}` : pathToFileURL(path).toString();
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
