// Long robustness run: `npm run fuzz [-- documents]` (default 1,000,000 documents).
// Alternates generated directories and byte-mutated corpus files, with the differential
// incremental-sync property and "--fix keeps every byte it does not edit"; prints the count.
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import {
  byteDocument,
  checkFiles,
  checkFixKeepsBytes,
  checkIncrementalSync,
  directory,
  mutate,
  syncCase,
} from './properties';
import { SafeTextDocument } from '../../server/src/sync';
import { IFCFG_RH_DIR as CORPUS } from '../helpers/corpus';

const target = Number(process.argv[2] ?? 1_000_000);
const corpus = readdirSync(CORPUS)
  .filter((f) => /^(ifcfg|route|rule)/.test(f))
  .map((f) => [f, readFileSync(join(CORPUS, f), 'utf8')] as const);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const t0 = Date.now();
let docs = 0;
let round = 0;
while (docs < target) {
  // Each generated case is a directory of three documents.
  const n = Math.min(2000, Math.ceil((target - docs) / 4));
  fc.assert(
    fc.property(directory, (d) => {
      checkFiles({ [d.name]: d.bond, 'ifcfg-eth1': 'MASTER=bond0\n' + d.port1, 'ifcfg-eth2': d.port2 });
    }),
    { numRuns: n, seed: seed + round },
  );
  docs += n * 3;
  for (let k = 0; k < n && corpus.length; k++) {
    const [name, text] = corpus[(round * 7919 + k) % corpus.length];
    checkFiles({ [name]: mutate(text, seed + round * 100003 + k) });
    docs++;
  }
  // Incremental sync (out-of-range ranges included) against a fresh open, and --fix's bytes.
  const m = Math.max(1, Math.ceil(n / 10));
  fc.assert(
    fc.property(syncCase, ({ initial, changes }) =>
      checkIncrementalSync(initial, changes, (d, c) => SafeTextDocument.update(d, c, d.version + 1)),
    ),
    { numRuns: m, seed: seed + round },
  );
  fc.assert(
    fc.property(byteDocument, (b) => checkFixKeepsBytes(b)),
    { numRuns: m, seed: seed + round },
  );
  docs += 2 * m;
  round++;
  if (round % 10 === 0) console.log(`${docs} documents, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
const seconds = (Date.now() - t0) / 1000;
console.log(`fuzz: ${docs} documents (seed ${seed}) in ${seconds.toFixed(1)} s: no property violated`);
// Recorded for bench/RESULTS.md (npm run bench includes the last long run).
if (docs >= 1_000_000)
  writeFileSync(
    'bench/fuzz-last.json',
    JSON.stringify(
      {
        documents: docs,
        seed,
        seconds: Math.round(seconds),
        date: new Date().toISOString(),
        result: 'no property violated',
      },
      null,
      2,
    ) + '\n',
  );
