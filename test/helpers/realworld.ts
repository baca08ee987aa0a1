// The real-world corpus (test/corpus/realworld/ifcfg, one folder per system) run through the
// engine, and its reviewed expectations. Shared by the corpus test and bench/precision.mjs.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { analyzeFiles, fixAll, parseDocument, type Finding } from '../../server/src/engine';

export const REALWORLD = join('test', 'corpus', 'realworld', 'ifcfg');
export const EXPECTATIONS = join('test', 'corpus', 'realworld', 'expectations.json');
const DIR = '/etc/sysconfig/network-scripts';

export interface Expectation {
  file: string;
  line: number;
  code: string;
  verdict: boolean;
  reason: string;
  count?: number;
}

export interface Reported {
  file: string;
  line: number;
  code: string;
  severity: string;
  message: string;
}

export interface CorpusSet {
  name: string;
  files: Array<{ name: string; text: string }>;
}

export function sets(): CorpusSet[] {
  return readdirSync(REALWORLD)
    .sort()
    .map((name) => {
      const dir = join(REALWORLD, name);
      const files = readdirSync(dir)
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort()
        .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'latin1') }));
      return { name, files };
    });
}

export function findingsOf(set: CorpusSet): Map<string, Finding[]> {
  const res = analyzeFiles(set.files.map((f) => ({ uri: `${DIR}/${f.name}`, text: f.text })));
  const out = new Map<string, Finding[]>();
  for (const [uri, fs] of res) out.set(`${set.name}/${uri.slice(DIR.length + 1)}`, fs);
  return out;
}

/** Every error and warning on the corpus. */
export function reported(): Reported[] {
  const out: Reported[] = [];
  for (const set of sets())
    for (const [file, fs] of findingsOf(set))
      for (const f of fs)
        if (f.severity === 'error' || f.severity === 'warning')
          out.push({ file, line: f.range.start.line + 1, code: f.code, severity: f.severity, message: f.message });
  return out;
}

export function expectations(): Expectation[] {
  return (JSON.parse(readFileSync(EXPECTATIONS, 'utf8')) as { findings: Expectation[] }).findings;
}

export const key = (x: { file: string; line: number; code: string }): string => `${x.file}:${x.line}:${x.code}`;

/** Files `--fix` (fix-all with safe fixes) would change, with their set. */
export function changedByFix(): string[] {
  const changed: string[] = [];
  for (const set of sets()) {
    const docs = set.files.map((f) => parseDocument(`${DIR}/${f.name}`, f.text));
    for (const f of set.files) {
      const r = fixAll(`${DIR}/${f.name}`, f.text, docs);
      if (r.text !== f.text) changed.push(`${set.name}/${f.name}`);
    }
  }
  return changed;
}

export function precision(): { truePositives: number; all: number; ratio: number } {
  const verdict = new Map(expectations().map((e) => [key(e), e.verdict]));
  const all = reported();
  const truePositives = all.filter((r) => verdict.get(key(r)) === true).length;
  return { truePositives, all: all.length, ratio: all.length ? truePositives / all.length : 1 };
}
