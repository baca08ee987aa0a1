// ifcfg-lint: the engine on the command line, for CI and for admins' shells.
import * as path from 'path';
import { analyzeDocument } from '../engine/analyze';
import { parseDocument } from '../engine/parser/document';
import { groupByDirectory, SystemIndex } from '../engine/model/system';
import { parseArgs, USAGE, UsageError } from './args';
import { collect } from './files';
import { fixBytes } from './fixBytes';
import { displayText } from '../fs/text';
import { rewriteFile } from '../fs/write';
import { FileResult, formatJson, formatSarif, formatText } from './format';

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
  for (const e of c.errors) err(`ifcfg-lint: ${e}\n`);
  for (const n of c.notes) err(`ifcfg-lint: ${n}\n`);
  const shown = (abs: string) => path.relative(process.cwd(), abs) || abs;
  const byName = new Map(c.sources.map((s) => [s.name, s]));
  const docs = c.sources.map((s) => parseDocument(s.name, displayText(s.read.bytes)));
  const results: FileResult[] = [];
  for (const [, group] of groupByDirectory(docs)) {
    let members = group;
    if (o.fix) {
      members = group.map((d) => {
        const src = byName.get(d.uri)!;
        if (!src.target) return d;
        const fixed = fixBytes(d.uri, src.read.bytes, group, o.settings);
        if (!fixed.ok) {
          err(`ifcfg-lint: not fixed: ${shown(src.display)}: ${fixed.refused}\n`);
          ioError = true;
          return d;
        }
        if (fixed.bytes.equals(src.read.bytes)) return d;
        try {
          rewriteFile(src.read, fixed.bytes);
          return parseDocument(d.uri, displayText(fixed.bytes));
        } catch (e) {
          err(`ifcfg-lint: not fixed: ${shown(src.display)}: ${(e as Error).message}\n`);
          ioError = true;
          return d;
        }
      });
    }
    const system = new SystemIndex(members);
    for (const d of members) {
      if (byName.get(d.uri)!.target)
        results.push({ file: shown(byName.get(d.uri)!.display), findings: analyzeDocument(d, system, o.settings) });
    }
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  out(
    o.format === 'json'
      ? formatJson(results)
      : o.format === 'sarif'
        ? formatSarif(results, VERSION)
        : formatText(results, o.color),
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
