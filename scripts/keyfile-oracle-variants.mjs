// Judges the small keyfile variants of test/fixtures/keyfile/verify-variants.json with
// NetworkManager itself (the nm-oracle keyfile reader, built from a pinned commit) and writes
// each verdict next to its text. The variants probe verify() and the reader one property at a
// time; the tests compare our engine against the verdicts.
// usage: node scripts/keyfile-oracle-variants.mjs <path to nm-oracle/run-keyfile.sh> [commit]
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const [oracle, commit = '355bc902994f'] = process.argv.slice(2);
if (!oracle) {
  console.error('usage: node scripts/keyfile-oracle-variants.mjs <run-keyfile.sh> [commit]');
  process.exit(2);
}
const FIXTURE = 'test/fixtures/keyfile/verify-variants.json';
const data = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'nm-variants-'));
try {
  for (const c of data.cases) {
    const file = join(dir, 'variant.nmconnection');
    writeFileSync(file, c.text, { mode: 0o600 });
    const r = spawnSync(oracle, [file], { encoding: 'utf8', env: { ...process.env, NM_ORACLE_STRICT_PERMS: '' } });
    const first = (r.stdout ?? '').split('\n')[0];
    if (r.status === 0 && first === 'OK') c.nm = 'OK';
    else if (r.status === 1 && first.startsWith('ERROR: ')) c.nm = first.slice(7);
    else throw new Error(`oracle exit ${r.status}: ${first} ${r.stderr}\n${c.text}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
data.networkManagerCommit = commit;
writeFileSync(FIXTURE, JSON.stringify(data, null, 1) + '\n');
console.log(`${data.cases.length} variants judged -> ${FIXTURE}`);
