// Precision on real-world files: runs the engine over test/corpus/realworld/ifcfg (one folder
// per system), compares every error and warning with the reviewed verdicts in
// test/corpus/realworld/expectations.json, and writes the figure into bench/RESULTS.md
// (the section between the precision markers). Run: npm run bench:precision
import { readFileSync, writeFileSync } from 'fs';
import { changedByFix, expectations, precision, reported, sets } from '../test/helpers/realworld.ts';

const START = '<!-- precision:start -->';
const END = '<!-- precision:end -->';

const files = sets().reduce((n, s) => n + s.files.length, 0);
const p = precision();
const all = reported();
const byCode = new Map();
for (const r of all) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
const falseOnes = expectations().filter((e) => !e.verdict);
const changed = changedByFix();
const withTrue = new Set(
  expectations()
    .filter((e) => e.verdict)
    .map((e) => e.file),
);

const section = [
  START,
  '## 6. Precision on real-world files',
  '',
  `Produced by \`npm run bench:precision\` (bench/precision.mjs). ${files} ifcfg/route/rule files in ${sets().length} sets (one folder = one system) collected from public repositories (test/corpus/realworld/PROVENANCE.tsv). Every error and warning was triaged against the sources (docs/sources.md); the verdicts are in test/corpus/realworld/expectations.json and the corpus test fails on any finding that is not there.`,
  '',
  '| Measure | Value |',
  '|---|---|',
  `| errors + warnings | ${p.all} |`,
  `| true (message matches what the tools do) | ${p.truePositives} |`,
  `| **precision (true / all)** | **${(p.ratio * 100).toFixed(1)} %** |`,
  `| known false positives | ${falseOnes.length} |`,
  `| files \`--fix\` changes | ${changed.length} (all with a true error or warning: ${changed.every((f) => withTrue.has(f)) ? 'yes' : '**no**'}) |`,
  '',
  `By code: ${[...byCode]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}.`,
  END,
].join('\n');

const path = 'bench/RESULTS.md';
const text = readFileSync(path, 'utf8');
const at = text.indexOf(START);
const next =
  at >= 0
    ? text.slice(0, at) + section + text.slice(text.indexOf(END) + END.length)
    : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(path, next);
console.log(
  `precision ${p.truePositives}/${p.all} = ${(p.ratio * 100).toFixed(1)} %; --fix changes ${changed.length} files`,
);
