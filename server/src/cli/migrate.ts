// `ifcfg-lint --to-keyfile OUTDIR` and `--readiness`: the migration preview on the command line.
import { mkdirSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import {
  groupByDirectory,
  hookScriptMessages,
  keyfileNameCandidates,
  KeyfileOutput,
  migrateSystem,
  readinessOf,
  readinessSummary,
  machineRootOf,
  SystemIndex,
  type ParsedDocument,
} from '../engine';
import { writeAtomic } from './files';
import type { MachineReader } from './machines';

/** Keyfiles already in OUTDIR, by UUID: NM updates a profile's existing file instead of adding
 *  another, and picks `<id>-<uuid>` when the plain name is taken by a different profile. */
function existingKeyfiles(dir: string): { byUuid: Map<string, string>; names: Set<string> } {
  const byUuid = new Map<string, string>();
  const names = new Set<string>();
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return { byUuid, names };
  }
  for (const f of entries) {
    names.add(f);
    try {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^\s*uuid\s*=\s*(\S+)\s*$/m.exec(text);
      if (m) byUuid.set(m[1].toLowerCase(), f);
    } catch {
      /* unreadable or a directory: only its name counts */
    }
  }
  return { byUuid, names };
}

export function runToKeyfile(
  docs: ParsedDocument[],
  targets: Set<string>,
  outDir: string,
  display: (uri: string) => string,
  out: (s: string) => void,
  err: (s: string) => void,
): boolean {
  let ok = true;
  try {
    mkdirSync(outDir, { recursive: true, mode: 0o755 });
  } catch (e) {
    err(`ifcfg-lint: cannot create ${outDir}: ${(e as Error).message}\n`);
    return false;
  }
  const existing = existingKeyfiles(outDir);
  const used = new Set(existing.names);
  for (const group of groupByDirectory(docs).values()) {
    for (const c of migrateSystem(new SystemIndex(group))) {
      if (!targets.has(c.uri)) continue;
      const src = display(c.uri);
      if (c.status !== 'converted' || !c.text) {
        out(`${src}: no keyfile: ${c.reason}\n`);
        continue;
      }
      const name = existing.byUuid.get(c.uuid!.toLowerCase()) ?? pickName(c, used);
      used.add(name);
      try {
        writeAtomic(join(outDir, name), c.text, { newMode: 0o600, forceMode: 0o600 });
        const incomplete = c.incomplete ? ' (preview incomplete: see --readiness)' : '';
        out(`${src} -> ${join(outDir, name)}${incomplete}\n`);
      } catch (e) {
        err(`ifcfg-lint: cannot write ${join(outDir, name)}: ${(e as Error).message}\n`);
        ok = false;
      }
    }
  }
  return ok;
}

function pickName(c: KeyfileOutput, used: Set<string>): string {
  for (const n of keyfileNameCandidates(c.id!, c.uuid!)) if (!used.has(n)) return n;
  return `${c.uuid}.nmconnection`;
}

export function runReadiness(
  docs: ParsedDocument[],
  targets: Set<string>,
  display: (uri: string) => string,
  out: (s: string) => void,
  machineAt: MachineReader = () => undefined,
): void {
  // A snapshot's hook scripts are the machine's, not a file's: told once per machine (MIGRATE-004).
  const told = new Set<string>();
  for (const [dir, group] of groupByDirectory(docs)) {
    const items = migrateSystem(new SystemIndex(group))
      .filter((c) => targets.has(c.uri))
      .map(readinessOf);
    if (!items.length) continue;
    for (const i of items.sort((a, b) => a.uri.localeCompare(b.uri))) {
      out(
        `${display(i.uri)}: ${i.verdict === 'clean' ? 'converts cleanly' : i.verdict === 'blocks' ? 'BLOCKS' : 'needs attention'}\n`,
      );
      for (const r of i.reasons) out(`  - ${r}\n`);
    }
    out(`${display(dir) || '.'}: ${readinessSummary(items)}\n`);
    const root = machineRootOf(group[0].uri);
    if (root === undefined || told.has(root)) continue;
    told.add(root);
    const hooks = hookScriptMessages(machineAt(root)?.hookScripts ?? []);
    if (!hooks.length) continue;
    out(`${display(root) || '.'}: this machine's initscripts hook scripts need attention\n`);
    for (const h of hooks) out(`  - ${h}\n`);
  }
}
