// Real-world ifcfg files written by others (PROVENANCE.tsv): every error and warning the
// engine reports must be in the reviewed expectations, at least 98 % of them true, and
// `--fix` may only change files that have a true error or warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedByFix, expectations, key, precision, reported, sets } from '../helpers/realworld';

test('the corpus holds at least 300 files from real systems', () => {
  const n = sets().reduce((s, x) => s + x.files.length, 0);
  assert.ok(n >= 300, `${n} files`);
});

test('every error and warning is in the reviewed expectations, and none of them is stale', () => {
  const exp = new Map(expectations().map((e) => [key(e), e]));
  const seen = new Map<string, number>();
  const unexpected: string[] = [];
  for (const r of reported()) {
    const k = key(r);
    if (!exp.has(k)) unexpected.push(`${k} ${r.severity}: ${r.message}`);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  assert.deepEqual(unexpected, [], 'new findings: triage them against the sources and record a verdict');
  for (const [k, e] of exp) assert.equal(seen.get(k) ?? 0, e.count ?? 1, `${k}: expected ${e.count ?? 1} finding(s)`);
});

test('at least 98 % of errors and warnings are true', () => {
  const p = precision();
  assert.ok(p.ratio >= 0.98, `${p.truePositives}/${p.all}`);
});

test('--fix changes no file that had no true error or warning', () => {
  const withTrue = new Set(
    expectations()
      .filter((e) => e.verdict)
      .map((e) => e.file),
  );
  const wrongly = changedByFix().filter((f) => !withTrue.has(f));
  assert.deepEqual(wrongly, []);
});
