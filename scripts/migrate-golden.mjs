#!/usr/bin/env node
// Records what NetworkManager itself writes when it migrates each ifcfg file of a corpus, so the
// tests can compare the migration preview with NM without building NM. Needs the nm-oracle
// program (tools/nm-oracle/README.md) and root, because NM derives a missing UUID from the
// file's absolute path: every set is placed at /etc/sysconfig/network-scripts, as on a real
// system, through a bind mount in a private mount namespace (the host keeps an empty directory).
//
//   sudo node scripts/migrate-golden.mjs ORACLE-DIR NM-SOURCE-DIR CORPUS-DIR OUT.json
//
// ORACLE-DIR holds run-migrate.sh; NM-SOURCE-DIR is the NetworkManager work tree it was built from; CORPUS-DIR is one directory of network-scripts files, or a
// directory of such directories (one set each).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const [oracleDir, nmSrc, corpus, outFile] = process.argv.slice(2);
if (!oracleDir || !nmSrc || !corpus || !outFile) {
  console.error('usage: node scripts/migrate-golden.mjs ORACLE-DIR NM-SOURCE-DIR CORPUS-DIR OUT.json');
  process.exit(2);
}
const NM_DIR = '/etc/sysconfig/network-scripts';
// Files NM's ifcfg-rh plugin loads as profiles (utils_detect_ifcfg_path): ifcfg-*, no alias
// files, no backup suffixes.
const IGNORED = ['.bak', '~', '.orig', '.rej', '.rpmnew', '.augnew', '.augtmp', '.cexpected', '.expected'];
const isProfile = (f) =>
  f.startsWith('ifcfg-') &&
  !f.includes(':') &&
  !IGNORED.some((s) => f.toLowerCase().endsWith(s)) &&
  !/;[0-9a-f]{8}$/i.test(f);

const entries = fs.readdirSync(corpus, { withFileTypes: true });
const sets = entries.some((e) => e.isDirectory())
  ? entries.filter((e) => e.isDirectory()).map((e) => path.join(corpus, e.name))
  : [corpus];

fs.mkdirSync(NM_DIR, { recursive: true });
const nmCommit = execFileSync('git', ['-C', nmSrc, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const result = { nmCommit, nmDir: NM_DIR, sets: {} };
for (const dir of sets) {
  const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-golden-'));
  for (const f of files) fs.copyFileSync(path.join(dir, f), path.join(tmp, f));
  const profiles = files.filter(isProfile).sort();
  // One shell per set: mount the copy where NM expects it, then ask the oracle file by file.
  const script = [
    'set -e',
    `mount --bind "$1" ${NM_DIR}`,
    'shift',
    'for f in "$@"; do',
    '  printf "=== %s\\n" "$f"',
    `  NM_ORACLE_QUIET=1 "${path.join(oracleDir, 'run-migrate.sh')}" "${NM_DIR}/$f" 2>"$TMPDIR_ERR/$f.err" || true`,
    '  printf "\\n=== stderr\\n"; cat "$TMPDIR_ERR/$f.err"',
    'done',
  ].join('\n');
  const errDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-golden-err-'));
  const raw = execFileSync('unshare', ['-m', 'sh', '-c', script, 'sh', tmp, ...profiles], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR_ERR: errDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  const set = {};
  for (const chunk of raw.split(/^=== (?!stderr)/m).slice(1)) {
    const nl = chunk.indexOf('\n');
    const name = chunk.slice(0, nl);
    const [out, err] = chunk.slice(nl + 1).split(/\n=== stderr\n/);
    const fileName = /^FILENAME: (.*)$/m.exec(err ?? '')?.[1];
    if (out.startsWith('ERROR: UNHANDLED')) set[name] = { status: 'not-loaded', message: out.trim() };
    else if (out.startsWith('ERROR:')) set[name] = { status: 'not-loaded', message: out.trim() };
    else set[name] = { status: 'converted', fileName, text: out };
  }
  result.sets[path.basename(dir)] = set;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(errDir, { recursive: true, force: true });
}
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(result, null, 1) + '\n');
const n = Object.values(result.sets).reduce((a, s) => a + Object.keys(s).length, 0);
console.log(`${n} ifcfg files from ${sets.length} set(s) → ${outFile}`);
