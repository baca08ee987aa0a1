// The running state of the machine snapshots (sosreports, machine-root trees) a run of
// ifcfg-lint meets, through the reader the language server uses (fs/snapshot). A root is read
// only when it lies inside a directory named on the command line, and once per run.
import * as path from 'path';
import type { MachineEvidence } from '../engine';
import { loadMachine } from '../fs/snapshot';

export type MachineReader = (root: string) => MachineEvidence | undefined;

export function machineReader(paths: readonly string[]): MachineReader {
  const named = paths.map((p) => path.resolve(p));
  const readable = (root: string) => named.some((n) => root === n || root.startsWith(n + path.sep));
  const seen = new Map<string, MachineEvidence | undefined>();
  return (root) => {
    if (!root || !readable(root)) return undefined;
    if (!seen.has(root))
      seen.set(
        root,
        loadMachine(root, root, (rel) => path.join(root, rel)),
      );
    return seen.get(root);
  };
}
