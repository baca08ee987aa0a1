// Keyfiles other people wrote: NetworkManager's own test keyfiles and the real-world corpus.
// Nothing crashes, no key NetworkManager knows is called unknown, and NetworkManager's own
// loadable fixtures get no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { analyzeFiles, type Finding } from '../../server/src/engine';

// NetworkManager's own test keyfiles (see test/corpus/networkmanager/NOTICE).
const UPSTREAM = 'test/corpus/networkmanager/keyfile';
const REALWORLD = 'test/corpus/realworld/keyfile';

function lintSet(dir: string, names: string[], asKeyfile = false): Map<string, Finding[]> {
  return analyzeFiles(
    names.map((f) => ({
      uri: `/sets/${dir}/${f}${asKeyfile && !f.endsWith('.nmconnection') ? '.nmconnection' : ''}`,
      text: readFileSync(join(dir, f), 'utf8'),
    })),
  );
}

test("NetworkManager's own test keyfiles: no errors, no known key called unknown", () => {
  const names = readdirSync(UPSTREAM);
  assert.ok(names.length >= 40);
  // Each fixture is a profile of its own in NetworkManager's tests (many share a UUID), not one machine.
  const res = new Map(names.flatMap((n) => [...lintSet(UPSTREAM, [n], true)]));
  const bad = [...res].flatMap(([uri, fs]) =>
    fs
      .filter((f) => f.severity === 'error' || f.code === 'KEYFILE-010' || f.code === 'KEYFILE-011')
      .map((f) => `${uri}:${f.range.start.line + 1} ${f.code} ${f.message}`),
  );
  assert.deepEqual(bad, []);
  // The old-format fixtures NM keeps on purpose are read, not refused.
  assert.ok(![...res.values()].flat().some((f) => f.code === 'KEYFILE-023'));
});

test('real-world keyfiles: every file is read, and only keys NM does not know are called unknown', () => {
  let files = 0;
  const unknown: string[] = [];
  for (const set of readdirSync(REALWORLD)) {
    const dir = join(REALWORLD, set);
    if (!statSync(dir).isDirectory()) continue;
    const names = readdirSync(dir);
    files += names.length;
    for (const [uri, fs] of lintSet(dir, names))
      for (const f of fs)
        if (f.code === 'KEYFILE-010' || f.code === 'KEYFILE-011') unknown.push(`${uri.split('/').pop()} ${f.message}`);
  }
  assert.ok(files >= 300, `read ${files} files`);
  // netplan passes `tc.filters.test` through verbatim; NM's [tc] only has qdisc.* and tfilter.* keys.
  assert.deepEqual(unknown, [
    'netplan-dotted-key-test.nmconnection [tc] has no key "filters.test": NetworkManager ignores it silently.',
  ]);
});

// What NetworkManager itself said about each real-world keyfile (scripts/keyfile-oracle-verdicts.mjs).
interface Verdicts {
  networkManagerCommit: string;
  files: Record<string, { verdict: 'ok' | 'refused'; error?: string }>;
}

// Files NetworkManager refuses for reasons our rules do not check yet. Each entry is a gap to
// close, not an accepted answer: the test fails when one of them gets its error.
const NOT_YET: Record<string, string> = {};

test('real-world keyfiles judged by NetworkManager: an error on every file it refuses, none on the files it loads', () => {
  const oracle = JSON.parse(readFileSync('test/fixtures/keyfile/oracle-verdicts.json', 'utf8')) as Verdicts;
  assert.equal(oracle.networkManagerCommit, '355bc902994f');
  const missed: string[] = [];
  const wrong: string[] = [];
  let judged = 0;
  let refused = 0;
  for (const set of readdirSync(REALWORLD)) {
    const dir = join(REALWORLD, set);
    if (!statSync(dir).isDirectory()) continue;
    const names = readdirSync(dir);
    const res = lintSet(dir, names);
    for (const name of names) {
      const key = `${set}/${name}`;
      const nm = oracle.files[key];
      assert.ok(nm, `${key} has no NetworkManager verdict: run scripts/keyfile-oracle-verdicts.mjs`);
      judged++;
      const errors = res.get(`/sets/${dir}/${name}`)!.filter((f) => f.severity === 'error');
      if (nm.verdict === 'refused') {
        refused++;
        if (!errors.length && !NOT_YET[key]) missed.push(`${key}: NetworkManager says ${nm.error}`);
        if (errors.length && NOT_YET[key]) missed.push(`${key} now gets an error: remove it from NOT_YET`);
      } else if (errors.length) {
        wrong.push(`${key}: ${errors.map((e) => `${e.code} line ${e.range.start.line + 1}: ${e.message}`).join('; ')}`);
      }
    }
  }
  assert.equal(judged, Object.keys(oracle.files).length, 'every verdict belongs to a file of the corpus');
  assert.deepEqual(wrong, [], 'errors on files NetworkManager loads');
  assert.deepEqual(missed, [], 'files NetworkManager refuses without an error from us');
  assert.equal(refused, 40);
});

test('802.1X, Wi-Fi and GSM profiles NetworkManager refuses: our error names the property verify() names', () => {
  const oracle = JSON.parse(readFileSync('test/fixtures/keyfile/oracle-verdicts.json', 'utf8')) as Verdicts;
  const missed: string[] = [];
  let seen = 0;
  for (const [key, nm] of Object.entries(oracle.files)) {
    // "invalid connection: 802-1x.phase2-auth, 802-1x.phase2-autheap: exactly one property must be set"
    const m = /^invalid connection: (802-1x|802-11-wireless|802-11-wireless-security|gsm)(?:\.([\w-]+))?/.exec(
      nm.error ?? '',
    );
    if (!m) continue;
    seen++;
    const [set, name] = key.split('/');
    const dir = join(REALWORLD, set);
    const errors = lintSet(dir, readdirSync(dir))
      .get(`/sets/${dir}/${name}`)!
      .filter((f) => f.severity === 'error');
    if (!errors.some((e) => e.message.includes(m[2] ? `${m[1]}.${m[2]}` : `"${m[1]}:`)))
      missed.push(`${key}: NetworkManager says ${nm.error}; we say ${errors.map((e) => e.message).join(' / ')}`);
  }
  assert.equal(seen, 11);
  assert.deepEqual(missed, []);
});

test("every bond option NetworkManager's keyfile reader ignores gets a finding on its line", () => {
  const oracle = JSON.parse(readFileSync('test/fixtures/keyfile/oracle-verdicts.json', 'utf8')) as {
    files: Record<string, { warnings?: string[] }>;
  };
  const missed: string[] = [];
  let seen = 0;
  for (const [key, nm] of Object.entries(oracle.files)) {
    const options = (nm.warnings ?? []).flatMap((w) => /ignoring invalid bond option "([^"]+)"/.exec(w)?.[1] ?? []);
    if (!options.length) continue;
    const [set, name] = key.split('/');
    const dir = join(REALWORLD, set);
    const text = readFileSync(join(dir, name), 'utf8').split('\n');
    const findings = lintSet(dir, readdirSync(dir)).get(`/sets/${dir}/${name}`)!;
    for (const o of options) {
      seen++;
      const line = text.findIndex((l) => l.startsWith(`${o}=`));
      if (!findings.some((f) => f.range.start.line === line && /^BOND-0(04|19|44|49|50)$/.test(f.code)))
        missed.push(`${key}: ${o}`);
    }
  }
  assert.ok(seen >= 9, `${seen} ignored options`);
  assert.deepEqual(missed, []);
});
