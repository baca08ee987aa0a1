// ifcfg-lint: the engine on the command line, for CI and for admins' shells.
import { relative, sep } from 'path';
import {
  analyzeDocument,
  BondSummary,
  classifyFileName,
  formatBondSummary,
  groupSystems,
  machineRootOfKey,
  ParsedDocument,
  parseDocument,
  summarizeBonds,
  SystemIndex,
  systemKeyOf,
  type Finding,
  type MachineEvidence,
  type Settings,
} from '../engine';
import { machineReader } from './machines';
import { parseArgs, USAGE, UsageError } from './args';
import { collect, Source } from './files';
import { fixBytes } from './fixBytes';
import { displayText } from '../fs/text';
import { rewriteFile } from '../fs/write';
import { FileResult, formatJson, formatSarif, formatText } from './format';
import { runReadiness, runToKeyfile } from './migrate';
import { sortByName } from './order';
import { optimizer, wantsOptimizer } from './optimizer';
import { isTerminal, Output } from './stdio';

declare const IFCFG_VERSION: string;
const VERSION = typeof IFCFG_VERSION === 'string' ? IFCFG_VERSION : '0.0.0-dev';

/** `afterRead` sees the files once they are read, before any is checked (the process entry's
 *  optimizer policy, see ./optimizer). */
export function run(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  isTTY = false,
  afterRead?: (sources: readonly Source[]) => void,
): number {
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
  afterRead?.(c.sources);
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
  const under = cwd.endsWith(sep) ? cwd : cwd + sep;
  // Elsewhere, each folder is made relative once for all its files.
  const relDirs = new Map<string, string>();
  const shown = (abs: string) => {
    if (abs.startsWith(under)) return abs.slice(under.length);
    const cut = abs.lastIndexOf('/');
    if (sep !== '/' || cut <= 0 || abs === cwd) return relative(cwd, abs) || abs;
    const dir = abs.slice(0, cut);
    let rel = relDirs.get(dir);
    if (rel === undefined) relDirs.set(dir, (rel = relative(cwd, dir)));
    return rel + '/' + abs.slice(cut + 1);
  };
  const byName = new Map(c.sources.map((s) => [s.name, s]));
  const parse = (s: Source) => parseDocument(s.name, displayText(s.read.bytes));
  const targets = new Set(c.sources.filter((s) => s.target).map((s) => s.name));
  const show = (uri: string) => shown(byName.get(uri)?.display ?? uri);
  // Snapshot roots are read only when they lie inside a directory named on the command line.
  const machineAt = machineReader(o.paths);
  if (o.toKeyfile !== undefined || o.readiness) {
    const docs = c.sources.map(parse);
    if (o.readiness) runReadiness(docs, targets, show, out, machineAt);
    if (o.toKeyfile !== undefined && !runToKeyfile(docs, targets, o.toKeyfile, show, out, err)) ioError = true;
    return ioError ? 2 : 0;
  }
  const results: FileResult[] = [];
  const bonds: BondSummary[] = [];
  for (const [key, group] of systems(c.sources, parse)) {
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
  sortByName(results, (r) => r.file);
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

/** The systems the sources form (groupSystems), each parsed only when its turn comes, so a
 *  system's parses are garbage once its findings are made instead of living until the report:
 *  young garbage costs the collector nothing, parses kept alive are copied at every collection.
 *  A capture can join a system of another folder, which takes every parse first. */
function* systems(sources: Source[], parse: (s: Source) => ParsedDocument): Generator<[string, ParsedDocument[]]> {
  // A capture is known by its name, or, for a name of no known kind, by its first line: the
  // parser decides those (they are few).
  const early = new Map<Source, ParsedDocument>();
  const isCapture = (s: Source) => {
    const kind = classifyFileName(s.name).kind;
    if (kind !== 'unknown') return kind === 'capture';
    const d = parse(s);
    early.set(s, d);
    return d.file.kind === 'capture';
  };
  const doc = (s: Source) => early.get(s) ?? parse(s);
  if (sources.some(isCapture)) {
    yield* groupSystems(sources.map(doc));
    return;
  }
  const groups = new Map<string, Source[]>();
  for (const s of sources) {
    const key = systemKeyOf(s.name);
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  for (const [key, members] of groups) yield [key, members.map(doc)];
}

/** The process entry (bin/ifcfg-lint.js). It exits as soon as the report is written, instead of
 *  when the event loop has nothing left and Node has torn the heap down: that tail (a garbage
 *  collection finishing its marking, freeing every object) was a tenth of a typical run. */
export function main(): void {
  optimizer.hold();
  if (process.platform === 'win32') return mainWithStreams();
  const code = run(process.argv.slice(2), new Output(1).write, new Output(2).write, isTerminal(1), releaseIfWanted);
  process.exit(code);
}

/** On Windows, where the console wants Node's own streams: output into a closed pipe ends the
 *  run quietly too, and the process ends once its last write is done. */
function mainWithStreams(): void {
  const quit = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', quit);
  process.stderr.on('error', quit);
  let pending = 0;
  let returned = false;
  const written = () => {
    if (--pending === 0 && returned) process.exit();
  };
  const writer = (stream: NodeJS.WriteStream) => (s: string) => {
    pending++;
    stream.write(s, written);
  };
  process.exitCode = run(
    process.argv.slice(2),
    writer(process.stdout),
    writer(process.stderr),
    !!process.stdout.isTTY,
    releaseIfWanted,
  );
  returned = true;
  if (pending === 0) process.exit();
}

function releaseIfWanted(sources: readonly Source[]): void {
  if (wantsOptimizer(sources.map((s) => s.read.bytes.length))) optimizer.release();
}

// Run directly (`node dist/cli.js …`).
if (require.main === module) main();
