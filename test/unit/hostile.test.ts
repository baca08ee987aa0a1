// Files written to hurt: JavaScript property names as option values, lone carriage returns,
// shell syntax in new names, lines built to make parsers backtrack, a bond with thousands of
// ports. The engine must read them as bash and NetworkManager do, in linear work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  analyzeFiles,
  analyzeText,
  applyEdits,
  BOND_OPTIONS,
  fixAll,
  parseDocument,
  parseValue,
  SystemIndex,
} from '../../server/src/engine';
import { codeActions } from '../../server/src/features/codeActions';
import { captureHover } from '../../server/src/features/captureFeatures';
import { hover } from '../../server/src/features/hover';
import { rename } from '../../server/src/features/navigation';
import { suppressionHover } from '../../server/src/features/suppressions';
import { toDiagnostic } from '../../server/src/features/diagnostics';
import type { TextEdit } from 'vscode-languageserver-types';

const PROTO_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    '__proto__',
    'prototype',
  ]),
];
const LEAK = /function|native code|\[object|=>|undefined|NaN/;

test('JavaScript property names as option values, keys and fields are only text', () => {
  for (const name of PROTO_NAMES) {
    for (const o of BOND_OPTIONS) {
      const text = `DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 ${o.name}=${name} ${name}=1"\n${name}=x\n`;
      const doc = parseDocument('/x/ifcfg-bond0', text);
      const findings = analyzeText('/x/ifcfg-bond0', text);
      for (const f of findings) {
        assert.doesNotMatch(f.message, LEAK, `${o.name}=${name}: ${f.message}`);
        for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.doesNotMatch(e.newText, LEAK);
      }
      assert.doesNotMatch(fixAll(doc.uri, text).text, LEAK, `${o.name}=${name}`);
      const line = doc.lines[2].text;
      for (const col of [line.indexOf(`${o.name}=`) + 1, line.indexOf(`=${name}`) + 2, line.lastIndexOf(name) + 1]) {
        const h = hover(doc, { line: 2, character: col });
        assert.doesNotMatch(JSON.stringify(h ?? ''), /native code|\[object|function \w*\(/, `${o.name}=${name}`);
      }
    }
    const cap = parseDocument(
      '/proc/net/bonding/bond0',
      `Ethernet Channel Bonding Driver: v5\n\nBonding Mode: ${name}\n${name}: ${name}\n`,
    );
    for (const line of [2, 3])
      assert.doesNotMatch(JSON.stringify(captureHover(cap, { line, character: 2 }) ?? ''), /native code|\[object/);
  }
});

/** What bash assigns: lines split at \n only, the last `KEY=` of each key wins (CRLF's \r aside). */
function bashView(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const a = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(line);
    if (a) m.set(a[1], a[2]);
  }
  return m;
}

test('no safe fix changes the value bash gives any key: lone CRs are not line breaks', () => {
  const line = fc.constantFrom('DEVICE=eth0', 'ONBOOT=yes', 'ONBOOT=no', 'MTU=9000', '# note', '', 'TYPE=Ethernet');
  const doc = fc
    .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 10 })
    .map((ls) => ls.map(([l, e]) => l + e).join(''));
  fc.assert(
    fc.property(doc, (text) => {
      const fixed = fixAll('/x/ifcfg-eth0', text).text;
      assert.deepEqual(bashView(fixed), bashView(text), JSON.stringify(text));
    }),
    { numRuns: 500, seed: 15 },
  );
  // The case from the report: the editor sees a second ONBOOT, bash sees a comment.
  const text = 'DEVICE=eth0\nONBOOT=yes\n# moved\rONBOOT=no\n';
  assert.equal(fixAll('/x/ifcfg-eth0', text).text, text);
  assert.ok(analyzeText('/x/ifcfg-eth0', text).some((f) => f.code === 'IFCFG-008' && /line feed/.test(f.message)));
});

test('rename writes names that are shell syntax quoted, so bash reads a name', () => {
  const bond = parseDocument('/x/ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1"\n');
  const port = parseDocument('/x/ifcfg-eth1', 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n');
  const sys = new SystemIndex([bond, port]);
  for (const name of ['b;reboot', '$(reboot)', 'a`id`', 'x"y', 'a\\b', 'bond1']) {
    const edit = rename(bond, sys, { line: 0, character: 8 }, name);
    assert.ok(edit?.changes, name);
    for (const edits of Object.values(edit.changes) as TextEdit[][])
      for (const e of edits) {
        const v = parseValue(e.newText, 0);
        assert.equal(v.text, name, e.newText);
        assert.ok(v.nmValid && v.issues.length === 0, `${name} written as ${e.newText}`);
      }
  }
  assert.equal(rename(bond, sys, { line: 0, character: 8 }, 'a b'), null);
  assert.equal(rename(bond, sys, { line: 0, character: 8 }, 'x'.repeat(16)), null);
});

test('"Add mode=active-backup" into an unquoted value quotes it', () => {
  const text = 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS=miimon=100\n';
  const f = analyzeText('/x/ifcfg-bond0', text).find((x) => x.code === 'BOND-003')!;
  const fixed = applyEdits(text, f.fixes![0].edits);
  const a = parseDocument('/x/ifcfg-bond0', fixed).effective.get('BONDING_OPTS')!;
  assert.ok(a.value.nmValid && a.value.issues.length === 0, fixed);
  assert.equal(a.value.text, 'mode=active-backup miimon=100');
});

test('"Ignore on this line" on line 1 of a file with a BOM keeps the BOM first', () => {
  const text = '\uFEFFDEVICE=eth0\nIPADDR=10.0.0.300\n'.replace('DEVICE=eth0\n', 'ONBOOT=on\n');
  const doc = parseDocument('/x/ifcfg-eth0', text);
  const findings = analyzeText('/x/ifcfg-eth0', text);
  const f = findings.find((x) => x.range.start.line === 0)!;
  const actions = codeActions(doc, findings, f.range, [toDiagnostic(f)]);
  const ignore = actions.find((a) => a.title.startsWith(`Ignore ${f.code} on this line`))!;
  const fixed = applyEdits(text, ignore.edit!.changes![doc.uri]);
  assert.equal(fixed.charCodeAt(0), 0xfeff);
  assert.ok(!fixed.slice(1).includes('\uFEFF'));
  assert.ok(!analyzeText('/x/ifcfg-eth0', fixed).some((x) => x.code === f.code && x.range.start.line === 1));
});

test('hostile lines cost bounded work: issues per value are capped before they are collected', () => {
  for (const body of ['$('.repeat(32_000), '|'.repeat(64_000), '`$(x'.repeat(16_000), '"$('.repeat(20_000)]) {
    const v = parseValue(`DEVICE=${body}`, 7);
    assert.ok(v.issues.length <= 16, `${body.slice(0, 6)}…: ${v.issues.length} issues`);
  }
});

// "Does it finish" checks on inputs where the old quadratic code needed minutes; a linear pass
// takes milliseconds, so the bound is generous and the outcome does not depend on the machine.
const finishes = (what: string, fn: () => unknown) => {
  const t0 = Date.now();
  fn();
  assert.ok(Date.now() - t0 < 10_000, `${what} did not finish in 10 s`);
};

test('key names of 200,000 digits, suppression comments of 200,000 blanks or capitals', () => {
  finishes('digit key', () => analyzeText('/x/ifcfg-eth0', `A${'1'.repeat(200_000)}x=1\n`));
  finishes('blank suppression', () => analyzeText('/x/ifcfg-eth0', `# ifcfg-lint: ignore ${' '.repeat(200_000)}!\n`));
  const caps = `# ifcfg-lint: ignore ${'A'.repeat(200_000)}`;
  const doc = parseDocument('/x/ifcfg-eth0', caps + '\n');
  finishes('hover on capitals', () => {
    for (const c of [25, 100_000, 199_999]) suppressionHover(doc, { line: 0, character: c });
  });
});

test('a bond with 3,000 ports sharing one MAC: each finding names a few, the check is not quadratic', () => {
  const files = [{ uri: '/b/ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n' }];
  for (let i = 0; i < 3000; i++)
    files.push({ uri: `/b/ifcfg-eth${i}`, text: `DEVICE=eth${i}\nHWADDR=08:00:27:00:00:01\nMASTER=bond0\n` });
  let out: Map<string, ReturnType<typeof analyzeText>> | undefined;
  finishes('3,000 ports', () => (out = analyzeFiles(files)));
  const f = out!.get('/b/ifcfg-eth7')!.find((x) => x.code === 'VNIC-011')!;
  assert.ok(f.related!.length <= 5);
  assert.match(f.message, /and 2994 other ports have the same HWADDR/);
});
