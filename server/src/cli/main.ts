// ifcfg-lint: the engine on the command line, for CI and for admins' shells.
import * as path from 'path';
import {
  analyzeDocument,
  BondSummary,
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
import { machineReader } from './machines';
import { parseArgs, USAGE, UsageError } from './args';
import { collect } from './files';
import { fixBytes } from './fixBytes';
import { displayText } from '../fs/text';
import { rewriteFile } from '../fs/write';
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
  for (const n of c.notes) err(`ifcfg-lint: ${n}\n`);
  // Paths below the working directory (the usual case) lose its prefix without path.relative,
  // which resolves both paths again for every file.
  const cwd = process.cwd();
  const under = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  const shown = (abs: string) => (abs.startsWith(under) ? abs.slice(under.length) : path.relative(cwd, abs) || abs);
  const byName = new Map(c.sources.map((s) => [s.name, s]));
  const docs = c.sources.map((s) => parseDocument(s.name, displayText(s.read.bytes)));
  const targets = new Set(c.sources.filter((s) => s.target).map((s) => s.name));
  const show = (uri: string) => shown(byName.get(uri)?.display ?? uri);
  // Snapshot roots are read only when they lie inside a directory named on the command line.
  const machineAt = machineReader(o.paths);
  if (o.toKeyfile !== undefined || o.readiness) {
    if (o.readiness) runReadiness(docs, targets, show, out, machineAt);
    if (o.toKeyfile !== undefined && !runToKeyfile(docs, targets, o.toKeyfile, show, out, err)) ioError = true;
    return ioError ? 2 : 0;
  }
  const results: FileResult[] = [];
  const bonds: BondSummary[] = [];
  for (const [key, group] of groupSystems(docs)) {
    const root = machineRootOfKey(key);
    const machine: MachineEvidence | undefined = root ? machineAt(root) : undefined;
    let members = group;
    if (o.fix) {
      members = group.map((d) => {
        const src = byName.get(d.uri)!;
        if (!src.target) return d;
        const fixed = fixBytes(d.uri, src.read.bytes, group, settings, machine);
        if (!fixed.ok) {
          err(`ifcfg-lint: not fixed: ${show(d.uri)}: ${fixed.refused}\n`);
          ioError = true;
          return d;
        }
        if (fixed.bytes.equals(src.read.bytes)) return d;
        try {
          rewriteFile(src.read, fixed.bytes);
          return parseDocument(d.uri, displayText(fixed.bytes));
        } catch (e) {
          err(`ifcfg-lint: not fixed: ${show(d.uri)}: ${(e as Error).message}\n`);
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
      if (targets.has(d.uri)) results.push({ file: show(d.uri), findings: findingsOf(d) });
    }
    if (o.summary) bonds.push(...summarizeBonds(system, (d) => (targets.has(d.uri) ? findingsOf(d) : [])));
  }
  // One collator for the whole sort: the same order as localeCompare, without building one per pair.
  const collator = new Intl.Collator();
  results.sort((a, b) => collator.compare(a.file, b.file));
  out(
    o.format === 'json'
      ? formatJson(results)
      : o.format === 'sarif'
        ? formatSarif(results, VERSION)
        : formatText(results, o.color) + (o.summary ? '\n' + formatBondSummary(bonds, show) : ''),
  );
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** The process entry (bin/ifcfg-lint.js): output into a closed pipe (`| head`) ends the run
 *  quietly, as it does for other Unix tools, instead of with a stack trace. */
export function main(): void {
  const quit = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', quit);
  process.stderr.on('error', quit);
  process.exitCode = run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    !!process.stdout.isTTY,
  );
}

// Run directly (`node dist/cli.js …`).
if (require.main === module) main();
