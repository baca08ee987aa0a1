// Reads the few files of a machine snapshot (sosreport or machine-root tree) that the engine
// understands. Read-only; never executes anything; never leaves the root: every path is
// resolved and must stay inside the root's real path (links pointing out are skipped).
import { readdirSync, realpathSync, statSync } from 'fs';
import { join, sep } from 'path';
import {
  HOOK_SCRIPT_PATHS,
  machineEvidence,
  MachineEvidence,
  SNAPSHOT_DIRS,
  SnapshotFile,
  snapshotRole,
  SOS_MARKER,
  SYS_NET,
  SYS_NET_FILES,
} from '../engine';
import { FsPath, isInside, readRegularFile, realpathOf } from './read';
import { displayText } from './text';

const MAX_BYTES = 4 * 1024 * 1024;
const MAX_DIR_ENTRIES = 4096;
const MAX_FILES = 2048;

/**
 * Reads a regular file inside `realRoot` (the root's real path), or undefined, through the
 * shared reader (no FIFOs or devices, read to the end, within the size limit).
 */
export function readInside(realRoot: string, rel: string): string | undefined {
  const r = readRegularFile(join(realRoot, rel), { roots: [realRoot], maxBytes: MAX_BYTES });
  return r.ok ? displayText(r.bytes) : undefined;
}

/** Whether a regular file exists at `rel` inside `realRoot` (a link out of the root does not
 *  count). Existence only: the file is neither opened nor read. */
export function existsInside(realRoot: string, rel: string): boolean {
  try {
    const real = realpathOf(join(realRoot, rel));
    return isInside(real, realRoot) && statSync(real).isFile();
  } catch {
    return false;
  }
}

function listInside(realRoot: string, rel: string): string[] {
  try {
    const real = realpathSync(join(realRoot, rel));
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return [];
    return readdirSync(real).slice(0, MAX_DIR_ENTRIES).sort();
  } catch {
    return [];
  }
}

/** The snapshot's files the engine reads, with `toUri` naming them as the documents are named.
 *  With `within` (real paths), a root whose real path lies outside all of them reads nothing. */
export function readSnapshotFiles(
  root: string,
  toUri: (rel: string) => string,
  within?: readonly FsPath[],
): { files: SnapshotFile[]; sosreport: boolean } {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { files: [], sosreport: false };
  }
  if (within && !within.some((w) => isInside(realRoot, w))) return { files: [], sosreport: false };
  const rels: string[] = [];
  for (const dir of SNAPSHOT_DIRS) for (const name of listInside(realRoot, dir)) rels.push(`${dir}/${name}`);
  for (const dev of listInside(realRoot, SYS_NET)) for (const f of SYS_NET_FILES) rels.push(`${SYS_NET}/${dev}/${f}`);
  const files: SnapshotFile[] = [];
  // initscripts hook scripts: only whether they exist matters, so they are never read.
  for (const rel of HOOK_SCRIPT_PATHS) if (existsInside(realRoot, rel)) files.push({ rel, uri: toUri(rel), text: '' });
  for (const rel of rels) {
    if (files.length >= MAX_FILES) break;
    if (!snapshotRole(rel)) continue;
    // Keyfile profiles are read as documents; only their names matter here.
    const text = snapshotRole(rel)!.kind === 'connection-file' ? '' : readInside(realRoot, rel);
    if (text !== undefined) files.push({ rel, uri: toUri(rel), text });
  }
  return { files, sosreport: listInside(realRoot, '.').includes(SOS_MARKER) };
}

/** The running state of the machine rooted at `root` (a directory path); see readSnapshotFiles
 *  for `within`. */
export function loadMachine(
  root: string,
  rootUri: string,
  toUri: (rel: string) => string,
  within?: readonly FsPath[],
): MachineEvidence {
  const { files, sosreport } = readSnapshotFiles(root, toUri, within);
  return machineEvidence(rootUri, files, sosreport);
}
