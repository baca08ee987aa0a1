// Bounded robustness run (the long one is `npm run fuzz`): generated documents and mutated
// corpus files never make the engine throw, stray outside the document or loop on fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeText, MAX_FINDINGS } from '../../server/src/engine';
import {
  byteDocument,
  checkFiles,
  checkFixKeepsBytes,
  checkIncrementalSync,
  directory,
  mutate,
  syncCase,
} from '../fuzz/properties';
import { SafeTextDocument } from '../../server/src/sync';
import { IFCFG_RH_DIR as CORPUS } from '../helpers/corpus';

test('generated directories satisfy every robustness property', () => {
  fc.assert(
    fc.property(directory, (d) => {
      checkFiles({ [d.name]: d.bond, 'ifcfg-eth1': d.port1.replace(/^/, 'MASTER=bond0\n'), 'ifcfg-eth2': d.port2 });
    }),
    { numRuns: 400, seed: 20261125 },
  );
});

test('byte-mutated NetworkManager corpus files', () => {
  const files = readdirSync(CORPUS)
    .filter((f) => /^(ifcfg|route|rule)/.test(f))
    .slice(0, 120);
  let n = 0;
  for (const [i, f] of files.entries()) {
    const text = readFileSync(join(CORPUS, f), 'utf8');
    for (let k = 0; k < 4; k++) {
      checkFiles({ [f]: mutate(text, i * 31 + k), 'ifcfg-bond0': 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1"\n' });
      n++;
    }
  }
  assert.ok(n >= 400);
});

test('hostile files: huge, binary, long lines, thousands of duplicates — bounded time', () => {
  const cases: Record<string, string> = {
    huge: 'DEVICE=eth0\n'.repeat(200_000),
    longLine: `BONDING_OPTS="${'mode=1 '.repeat(200_000)}"\n`,
    binary: Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256)).toString('utf8'),
    nul: 'DEVICE=eth0\0\0\0\nONBOOT=yes\n'.repeat(10_000),
    dups: 'ONBOOT=yes\n'.repeat(20_000),
    quotes: '"'.repeat(500_000),
    crlfBom: '\uFEFF' + 'DEVICE=eth0\r\n'.repeat(50_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    const t0 = process.hrtime.bigint();
    const f = analyzeText('/x/ifcfg-bond0', text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const lines = text.split(/\r\n|\r|\n/);
    assert.ok(f.length > 0 && f.length <= MAX_FINDINGS, `${name}: ${f.length} findings`);
    for (const d of f)
      assert.ok(
        d.range.end.line < lines.length && d.range.end.character <= lines[d.range.end.line].length,
        `${name}: ${d.code} ends outside the document`,
      );
    // A generous bound: this guards against quadratic blow-ups, not a performance claim.
    assert.ok(ms < 5000, `${name} took ${ms} ms`);
  }
});

test('incremental edits, out-of-range ranges included, leave the same text as a fresh open', () => {
  fc.assert(
    fc.property(syncCase, ({ initial, changes }) =>
      checkIncrementalSync(initial, changes, (d, c) => SafeTextDocument.update(d, c, d.version + 1)),
    ),
    { numRuns: 300, seed: 20261126 },
  );
});

test('--fix keeps every byte it does not edit (Latin-1, invalid UTF-8, lone CR, BOM)', () => {
  fc.assert(
    fc.property(byteDocument, (b) => checkFixKeepsBytes(b)),
    { numRuns: 300, seed: 20261127 },
  );
});
