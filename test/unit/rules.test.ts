// Generated from the rule metadata: every example's bad files report the rule, its good files
// do not, and where it has `fixed`, the rule's preferred fix gives exactly that text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNDECLARED_FIXES } from '../../server/src/engine';
import { DOCUMENTED_RULES as RULES } from '../../server/src/engine/docs';
import { applyFix, codes, lint } from '../helpers/lint';

const CASES = RULES.flatMap((r) => r.examples.map((e) => ({ code: r.code, ...e })));

for (const c of CASES) {
  const file = c.file ?? Object.keys(c.bad)[0];
  test(`${c.code} is reported: ${JSON.stringify(c.bad[file]).slice(0, 70)}`, () => {
    const found = lint(c.bad, file, c.settings, c.dir);
    const hit = found.find((f) => f.code === c.code);
    assert.ok(hit, `expected ${c.code}, got ${codes(found).join(', ') || 'nothing'}`);
    assert.ok(hit.message.length > 30, 'the message explains what breaks');
    if (c.fixed !== undefined) {
      assert.equal(applyFix(c.bad[file], hit), c.fixed);
      const again = lint({ ...c.bad, [file]: c.fixed }, file, c.settings, c.dir);
      assert.ok(
        !again.some((f) => f.code === c.code && f.range.start.line === hit.range.start.line),
        `${c.code} reported again after its fix`,
      );
    }
  });
  const goodFile =
    c.file && c.good[c.file] !== undefined
      ? c.file
      : (Object.keys(c.good).find((n) => n !== 'ifcfg-bond0' || !c.file) ?? Object.keys(c.good)[0]);
  test(`${c.code} is not reported: ${JSON.stringify(c.good[goodFile]).slice(0, 70)}`, () => {
    const found = lint(c.good, goodFile, c.goodSettings ?? c.settings, c.dir);
    assert.ok(
      !found.some((f) => f.code === c.code),
      `unexpected ${c.code}: ${found.find((f) => f.code === c.code)?.message}`,
    );
  });
}

test('every registered rule that is not retired has a bad and a good example', () => {
  const missing = RULES.filter((r) => !r.retired && !r.examples.length).map((r) => r.code);
  assert.deepEqual(missing, []);
});

test('every fix a rule offered in its examples is declared in its metadata', () => {
  assert.deepEqual([...UNDECLARED_FIXES], []);
});
