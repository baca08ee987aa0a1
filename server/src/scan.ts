// Bounded, read-only scan of workspace folders for network-scripts files: never follows
// links out of the folder, never executes anything, stops at a file budget.
import * as fs from 'fs';
import * as path from 'path';
import { isNetworkScriptsName } from './engine';
import { looksLikeCapture } from './fs/capture';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', '.cache', 'dist', 'out']);
const MAX_DEPTH = 12;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ENTRIES = 200000;

export interface ScanResult {
  files: Array<{ path: string; text: string }>;
  truncated: boolean;
  entriesSeen: number;
}

export async function scanFolder(root: string, maxFiles: number): Promise<ScanResult> {
  const files: ScanResult['files'] = [];
  let entriesSeen = 0;
  let truncated = false;
  let realRoot: string;
  try {
    realRoot = await fs.promises.realpath(root);
  } catch {
    return { files, truncated, entriesSeen };
  }
  const visited = new Set<string>();
  const queue: Array<[string, number]> = [[realRoot, 0]];
  while (queue.length) {
    const [dir, depth] = queue.shift()!;
    if (visited.has(dir)) continue;
    visited.add(dir);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable directory
    }
    for (const e of entries) {
      if (++entriesSeen > MAX_ENTRIES || files.length >= maxFiles) {
        truncated = true;
        return { files, truncated, entriesSeen };
      }
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && depth < MAX_DEPTH) queue.push([p, depth + 1]);
        continue;
      }
      if (!(e.isFile() || e.isSymbolicLink())) continue;
      if (!isNetworkScriptsName(p) && !looksLikeCapture(p)) continue;
      try {
        const real = await fs.promises.realpath(p);
        if (real !== realRoot && !real.startsWith(realRoot + path.sep)) continue; // outside the workspace
        const st = await fs.promises.stat(real);
        if (!st.isFile() || st.size > MAX_FILE_BYTES) continue;
        files.push({ path: p, text: await fs.promises.readFile(real, 'utf8') });
      } catch {
        /* unreadable or vanished file */
      }
    }
  }
  return { files, truncated, entriesSeen };
}
