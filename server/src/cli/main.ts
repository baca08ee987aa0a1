// ifcfg-lint: the engine on the command line, for CI and for admins' shells.
import * as path from 'path';
import {
  analyzeDocument,
  BondSummary,
  fixAll,
  formatBondSummary,
  groupSystems,
  machineRootOfKey,
  ParsedDocument,
  parseDocument,
  summarizeBonds,
  SystemIndex,
  type Finding,
  type MachineEvidence,
  type Settings,
} from '../engine';
import { loadMachine } from '../fs/snapshot';
import { parseArgs, USAGE, UsageError } from './args';
import { collect, readText, writeAtomic } from './files';
import { FileResult, formatJson, formatSarif, formatText } from './format';
import { runReadiness, runToKeyfile } from './migrate';

declare const IFCFG_VERSION: string;
const VERSION = typeof IFCFG_VERSION === 'string' ? IFCFG_VERSION : '0.0.0-dev';

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, isTTY = false): number {
  let o;
  try {
    o = parseArgs(argv, isTTY);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`ifcfg-lint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (o.help) {
    out(USAGE + '\n');
    return 0;
  }
  if (o.version) {
    out(VERSION + '\n');
    return 0;
  }
  if (!o.paths.length) {
    err(`ifcfg-lint: no files or directories given\n\n${USAGE}\n`);
    return 2;
  }
  const c = collect(o.paths);
  let ioError = c.errors.length > 0;
  // A check that throws is reported and makes the run incomplete (exit 2); the others still run.
  const settings: Settings = {
    ...o.settings,
    onCheckError: (f) => {
      err(`ifcfg-lint: internal error: check ${f.check} failed on ${f.uri}: ${String(f.error)}\n`);
      ioError = true;
    },
  };
  for (const e of c.errors) err(`ifcfg-lint: ${e}\n`);
  const targets = new Set(c.targets.map((p) => path.resolve(p)));
  const docs: ParsedDocument[] = [];
  const display = new Map<string, string>();
  for (const p of c.context) {
    const abs = path.resolve(p);
    try {
      docs.push(parseDocument(abs, readText(abs)));
      display.set(abs, path.relative(process.cwd(), abs) || abs);
    } catch (e) {
      if (targets.has(abs)) {
        err(`ifcfg-lint: ${p}: ${(e as Error).message}\n`);
        ioError = true;
      }
    }
  }
  const show = (uri: string) => display.get(uri) ?? (path.relative(process.cwd(), uri) || uri);
  if (o.toKeyfile !== undefined || o.readiness) {
    if (o.readiness) runReadiness(docs, targets, show, out);
    if (o.toKeyfile !== undefined && !runToKeyfile(docs, targets, o.toKeyfile, show, out, err)) ioError = true;
    return ioError ? 2 : 0;
  }
  const results: FileResult[] = [];
  const bonds: BondSummary[] = [];
  // Snapshot roots are read only when they lie inside a directory named on the command line.
  const named = o.paths.map((p) => path.resolve(p));
  const readable = (root: string) => named.some((n) => root === n || root.startsWith(n + path.sep));
  for (const [key, group] of groupSystems(docs)) {
    const root = machineRootOfKey(key);
    const machine: MachineEvidence | undefined =
      root && readable(root) ? loadMachine(root, root, (rel) => path.join(root, rel)) : undefined;
    let members = group;
    if (o.fix) {
      members = group.map((d) => {
        if (!targets.has(d.uri)) return d;
        const fixed = fixAll(d.uri, d.text, group, settings, undefined, machine);
        if (fixed.text === d.text) return d;
        try {
          writeAtomic(d.uri, fixed.text);
          return parseDocument(d.uri, fixed.text);
        } catch (e) {
          err(`ifcfg-lint: cannot write ${d.uri}: ${(e as Error).message}\n`);
          ioError = true;
          return d;
        }
      });
    }
    const system = new SystemIndex(members, machine);
    const found = new Map<ParsedDocument, Finding[]>();
    const findingsOf = (d: ParsedDocument) => {
      let f = found.get(d);
      if (!f) found.set(d, (f = analyzeDocument(d, system, settings)));
      return f;
    };
    for (const d of members) {
      if (targets.has(d.uri)) results.push({ file: display.get(d.uri) ?? d.uri, findings: findingsOf(d) });
    }
    if (o.summary) bonds.push(...summarizeBonds(system, (d) => (targets.has(d.uri) ? findingsOf(d) : [])));
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  out(
    o.format === 'json'
      ? formatJson(results)
      : o.format === 'sarif'
        ? formatSarif(results, VERSION)
        : formatText(results, o.color) +
          (o.summary
            ? '\n' + formatBondSummary(bonds, (uri) => display.get(uri) ?? path.relative(process.cwd(), uri) ?? uri)
            : ''),
  );
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

// Run directly (`node dist/cli.js …`); bin/ifcfg-lint.js calls run() itself.
if (require.main === module) {
  const code = run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    !!process.stdout.isTTY,
  );
  process.exitCode = code;
}
