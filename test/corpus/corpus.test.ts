// NetworkManager's own ifcfg-rh test files: no crash, no unknown valid keys, no Error on
// files NM accepts, and a finding on the files NM's tests reject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeText } from '../../server/src/engine';
import { IFCFG_RH_DIR as DIR } from '../helpers/corpus';

// Files NM's tests (test-ifcfg-rh.c) expect to be rejected or warned about, and what we say.
const INVALID: Record<string, string> = {
  'ifcfg-test-dcb-bad-booleans': 'IFCFG-041',
  'ifcfg-test-dcb-bad-percent': 'IFCFG-041',
  'ifcfg-test-dcb-bad-uints': 'IFCFG-041',
  'ifcfg-test-dcb-pgpct-not-100': 'IFCFG-041',
  'ifcfg-test-dcb-short-booleans': 'IFCFG-041',
  'ifcfg-test-dcb-short-percent': 'IFCFG-041',
  'ifcfg-test-dcb-short-uints': 'IFCFG-041',
  'ifcfg-test-team-controller-invalid': 'IFCFG-040',
  'ifcfg-test-wifi-open-ssid-bad-hex': 'IFCFG-042',
  'ifcfg-test-unrecognized': 'IFCFG-038',
  'ifcfg-test-variables-corner-cases-1': 'IFCFG-003',
  'ifcfg-aliasem1:1': 'IFCFG-046',
  'ifcfg-aliasem2:1': 'IFCFG-046',
  'ifcfg-test-write-unknown-1': 'IFCFG-003',
};
// Deliberately broken to test NM's rewriting of unparsable lines.
const BROKEN_ON_PURPOSE =
  /^ifcfg-test-write-unknown-\d(\.expected)?$|^ifcfg-test-variables-corner-cases|^ifcfg-test-unrecognized$/;

const files = readdirSync(DIR).filter((f) => /^(ifcfg|route6?|rule6?|keys)-/.test(f));
// NM's tests substitute ${UUID} in *.cexpected files; so do we.
const read = (f: string) =>
  readFileSync(join(DIR, f), 'utf8').replace(/\$\{UUID\}/g, '5fcc2fee-9f44-4de0-8f3d-91bd4d0fb3e5');

test('every corpus file is read without a crash and ranges stay inside the document', () => {
  assert.ok(files.length > 150, `${files.length} files`);
  for (const f of files) {
    const text = read(f);
    const lines = text.split('\n');
    for (const d of analyzeText(join(DIR, f), text)) {
      assert.ok(
        d.range.start.line < lines.length && d.range.end.character <= lines[d.range.end.line].length,
        `${f}: ${d.code} out of range`,
      );
    }
  }
});

test('no key NetworkManager or initscripts reads is called unknown', () => {
  const unknown = files
    .filter((f) => !BROKEN_ON_PURPOSE.test(f))
    .flatMap((f) =>
      analyzeText(join(DIR, f), read(f))
        .filter((d) => d.code === 'IFCFG-007')
        .map((d) => `${f}: ${d.message}`),
    );
  assert.deepEqual(unknown, []);
});

test('no Error on files NetworkManager accepts', () => {
  const errors = files
    .filter((f) => !(f in INVALID) && !BROKEN_ON_PURPOSE.test(f))
    .flatMap((f) =>
      analyzeText(join(DIR, f), read(f))
        .filter((d) => d.severity === 'error')
        .map((d) => `${f}:${d.range.start.line + 1} ${d.code} ${d.message}`),
    );
  assert.deepEqual(errors, []);
});

test('files NetworkManager rejects get the expected finding', () => {
  for (const [f, code] of Object.entries(INVALID)) {
    assert.ok(files.includes(f), `${f} is missing from the vendored corpus`);
    const found = analyzeText(join(DIR, f), read(f)).map((d) => d.code);
    assert.ok(found.includes(code), `${f}: expected ${code}, got ${found.join(', ')}`);
  }
});
