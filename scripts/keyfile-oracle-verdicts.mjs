// Judges every real-world keyfile with NetworkManager itself: runs the nm-oracle keyfile reader
// (NetworkManager's nms_keyfile_reader_from_file steps, built from a pinned commit) on each file
// and writes the verdicts as a fixture the tests compare our engine against.
// usage: node scripts/keyfile-oracle-verdicts.mjs <path to nm-oracle/run-keyfile.sh> [commit]
import { spawnSync } from 'child_process';
import { readdirSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

const [oracle, commit = '355bc902994f'] = process.argv.slice(2);
if (!oracle) {
  console.error('usage: node scripts/keyfile-oracle-verdicts.mjs <run-keyfile.sh> [commit]');
  process.exit(2);
}
const ROOT = 'test/corpus/realworld/keyfile';
const OUT = 'test/fixtures/keyfile/oracle-verdicts.json';
const verdicts = {};
let ok = 0;
let refused = 0;
for (const set of readdirSync(ROOT).sort()) {
  const dir = join(ROOT, set);
  if (!statSync(dir).isDirectory()) continue;
  for (const name of readdirSync(dir).sort()) {
    // Ownership and permissions are facts of a checkout, not of the text: judged elsewhere.
    const r = spawnSync(oracle, [join(dir, name)], {
      encoding: 'utf8',
      env: { ...process.env, NM_ORACLE_STRICT_PERMS: '' },
    });
    const first = (r.stdout ?? '').split('\n')[0];
    let v;
    if (r.status === 0 && first === 'OK') v = { verdict: 'ok' };
    else if (r.status === 1 && first.startsWith('ERROR: ')) v = { verdict: 'refused', error: first.slice(7) };
    else throw new Error(`${set}/${name}: oracle exit ${r.status}: ${first} ${r.stderr}`);
    const warnings = (r.stderr ?? '')
      .split('\n')
      .filter((l) => /^LOG: <warn>/.test(l))
      .map((l) => l.replace(/^LOG: <warn>\s*/, ''));
    if (warnings.length) v.warnings = warnings;
    verdicts[`${set}/${name}`] = v;
    if (v.verdict === 'ok') ok++;
    else refused++;
  }
}
writeFileSync(
  OUT,
  JSON.stringify(
    {
      about:
        "NetworkManager's own keyfile reader on every file of test/corpus/realworld/keyfile (nm-oracle keyfile mode: permissions check not applied, GKeyFile load, nms_keyfile_reader_from_keyfile, nm_connection_normalize).",
      networkManagerCommit: commit,
      files: verdicts,
    },
    null,
    1,
  ) + '\n',
);
console.log(`${ok} loaded, ${refused} refused -> ${OUT}`);
