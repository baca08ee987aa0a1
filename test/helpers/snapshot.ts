// Test helpers: lint a snapshot skeleton under test/fixtures/snapshots the way the CLI and the
// server do (config files as documents, the rest as machine evidence read by the host).
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { analyzeFiles, type Finding, type Settings } from '../../server/src/engine';
import { loadMachine } from '../../server/src/fs/snapshot';

export const SNAPSHOTS = resolve('test/fixtures/snapshots');
export const VBOX = join(SNAPSHOTS, 'sosreport-vbox01-2025-03-14-qxvwpbn');
export const VMWARE = join(SNAPSHOTS, 'sosreport-db02-2025-03-14-hkzmtfa');
export const PHYSICAL = join(SNAPSHOTS, 'sosreport-web03-2025-03-14-ncrdtye');

const CONFIG_DIRS = ['etc/sysconfig/network-scripts', 'proc/net/bonding'];

/** The config and capture files of a snapshot, by path relative to its root. */
export function configFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of CONFIG_DIRS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, d));
    } catch {
      continue;
    }
    for (const n of names) out[`${d}/${n}`] = readFileSync(join(root, d, n), 'utf8');
  }
  return out;
}

export function machineOf(root: string) {
  return loadMachine(root, root, (rel) => `${root}/${rel}`);
}

/** Findings per file (relative path), with the snapshot's running state as evidence. */
export function lintSnapshot(
  root: string,
  files: Record<string, string> = configFiles(root),
  settings: Partial<Settings> = {},
): Map<string, Finding[]> {
  const s: Settings = { target: 'auto', virtualization: 'auto', rules: {}, ...settings };
  const res = analyzeFiles(
    Object.entries(files).map(([rel, text]) => ({ uri: `${root}/${rel}`, text })),
    s,
    new Map([[root, machineOf(root)]]),
  );
  const out = new Map<string, Finding[]>();
  for (const [uri, f] of res) out.set(uri.slice(root.length + 1), f);
  return out;
}
