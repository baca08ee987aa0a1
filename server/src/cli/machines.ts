// The running state of the machine snapshots (sosreports, machine-root trees) a run of
// ifcfg-lint meets, through the reader the language server uses (fs/snapshot). A root is read
// only when it lies inside a directory named on the command line, and once per run.
import { join, resolve, sep } from 'path';
import type { MachineEvidence } from '../engine';
import { loadMachine } from '../fs/snapshot';

export type MachineReader = (root: string) => MachineEvidence | undefined;

export function machineReader(paths: readonly string[]): MachineReader {
  // Resolved when a machine root first turns up: most runs meet none.
  let named: string[] | undefined;
  const readable = (root: string) =>
    (named ??= paths.map((p) => resolve(p))).some((n) => root === n || root.startsWith(n + sep));
  const seen = new Map<string, MachineEvidence | undefined>();
  return (root) => {
    if (!root || !readable(root)) return undefined;
    if (!seen.has(root))
      seen.set(
        root,
        loadMachine(root, root, (rel) => join(root, rel)),
      );
    return seen.get(root);
  };
}
