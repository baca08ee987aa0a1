// The parser reads values the way NetworkManager's shvar does and maps every decoded
// character back to its column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyFileName,
  colOf,
  endOf,
  isSuseFile,
  parseDocument,
  parseValue,
  tokenizeOptions,
} from '../../server/src/engine';

const v = (line: string) => parseValue(line, line.indexOf('=') + 1);

test('plain, single-quoted, double-quoted and ANSI-C values decode like NM', () => {
  assert.equal(v('A=plain').text, 'plain');
  assert.equal(v("A='a b $x'").text, 'a b $x');
  assert.equal(v('A="a \\"b\\" \\\\ \\$ \\`"').text, 'a "b" \\ $ `');
  assert.equal(v('A="\\a"').text, '\\a');
  assert.equal(v("A=$'a\\tb\\x41\\101\\u00e9'").text, 'a\tbAAé');
  assert.equal(v('A=x"c"b').text, 'xcb');
  assert.equal(v('A=a#b').text, 'a#b');
});

test('comments, a trailing semicolon and blanks after the value are fine', () => {
  for (const line of ['A=x # c', 'A=x;', 'A=x ; # c', 'A="x"   ', 'A=   ', 'A= # c']) {
    const p = v(line);
    assert.equal(p.nmValid, true, line);
    assert.deepEqual(p.issues, [], line);
  }
  assert.equal(v('A=x # c').commentStart, 4);
});

test('what NM rejects is recorded with the column where it happens', () => {
  const cases: Array<[string, string, number]> = [
    ['A=a b', 'unquoted-space', 3],
    ['A= x', 'leading-space', 2],
    ['A=a; b', 'extra-statement', 3],
    ['A="abc', 'unterminated-quote', 2],
    ["A='abc", 'unterminated-quote', 2],
    ['A=abc\\', 'trailing-backslash', 5],
    ['A="$HOME"', 'dq-expansion', 3],
    ['A=a|b', 'metachar', 3],
  ];
  for (const [line, kind, col] of cases) {
    const p = v(line);
    assert.equal(p.nmValid, false, line);
    assert.equal(p.issues[0].kind, kind, line);
    assert.equal(p.issues[0].start, col, line);
  }
});

test('an unquoted $VAR is kept literally by NM but flagged (bash expands it)', () => {
  const p = v('UUID=${UUID}');
  assert.equal(p.nmValid, true);
  assert.equal(p.text, '${UUID}');
  assert.equal(p.issues[0].kind, 'unquoted-expansion');
});

test('the meant value survives unquoted blanks (for BONDING_OPTS analysis)', () => {
  const p = v('BONDING_OPTS=mode=1 miimon=100 # comment');
  assert.equal(p.nmValid, false);
  assert.equal(p.text, 'mode=1 miimon=100');
  assert.equal(p.commentStart, 31);
});

test('BONDING_OPTS tokens map back through quotes and escapes', () => {
  const doc = parseDocument('/x/ifcfg-bond0', 'BONDING_OPTS="mode=1 \\"x\\" miimon=100"\n');
  const a = doc.effective.get('BONDING_OPTS')!;
  const t = tokenizeOptions(a);
  assert.deepEqual(
    t.map((x) => x.key),
    ['mode', '"x"', 'miimon'],
  );
  const line = doc.lines[0].text;
  assert.equal(line.slice(t[0].start, t[0].end), 'mode=1');
  assert.equal(line.slice(t[2].valueStart, t[2].valueEnd), '100');
  assert.equal(line.slice(t[1].start, t[1].end), '\\"x\\"');
});

test('tabs separate options for bash but not for NM', () => {
  const doc = parseDocument('/x/ifcfg-bond0', 'BONDING_OPTS="mode=1\tmiimon=100"\n');
  const t = tokenizeOptions(doc.effective.get('BONDING_OPTS')!);
  assert.equal(t[1].tabSeparated, true);
});

test('lines, duplicates, CRLF, BOM and suppressions', () => {
  const doc = parseDocument(
    '/x/ifcfg-eth0',
    '\uFEFF# ifcfg-lint: ignore IFCFG-007, IFCFG-020\r\nFOO=1\r\n\r\n  ONBOOT=yes\r\nONBOOT=no\r\nexport X=1\r\n',
  );
  assert.equal(doc.hasBOM, true);
  assert.equal(doc.crlfLines, 6);
  assert.deepEqual(
    doc.lines.map((l) => l.kind),
    ['comment', 'assignment', 'blank', 'assignment', 'assignment', 'invalid', 'blank'],
  );
  assert.equal(doc.effective.get('ONBOOT')!.value.text, 'no');
  assert.equal(doc.all.get('ONBOOT')!.length, 2);
  assert.equal(doc.effective.get('ONBOOT')!.keyStart, 0);
  assert.equal(doc.all.get('ONBOOT')![0].keyStart, 2);
  assert.deepEqual([...doc.suppressions[0].codes], ['IFCFG-007', 'IFCFG-020']);
  assert.equal(doc.suppressions[0].scope, 'next-line');
});

test('file names: kinds, aliases and ignored backup suffixes', () => {
  assert.equal(classifyFileName('/etc/sysconfig/network-scripts/ifcfg-eth0').kind, 'ifcfg');
  assert.equal(classifyFileName('ifcfg-eth0:1').kind, 'alias');
  assert.equal(classifyFileName('route6-eth0').kind, 'route6');
  assert.equal(classifyFileName('rule-eth0').kind, 'rule');
  assert.equal(classifyFileName('README').kind, 'unknown');
  assert.deepEqual(classifyFileName('ifcfg-eth0.rpmnew').ignoredBy, { suffix: '.rpmnew', nm: true, initscripts: true });
  assert.deepEqual(classifyFileName('ifcfg-eth0.old').ignoredBy, { suffix: '.old', nm: false, initscripts: true });
  assert.deepEqual(classifyFileName('ifcfg-eth0;5f3a9b2c').ignoredBy, {
    suffix: ';5f3a9b2c',
    nm: true,
    initscripts: false,
  });
  assert.equal(classifyFileName('ifcfg-eth0~').base, 'ifcfg-eth0');
});

test('SUSE wicked files are recognised by place or keys', () => {
  assert.equal(isSuseFile(parseDocument('/etc/sysconfig/network/ifcfg-eth0', "BOOTPROTO='dhcp'\n")), true);
  assert.equal(isSuseFile(parseDocument('/etc/sysconfig/network-scripts/ifcfg-eth0', 'DEVICE=eth0\n')), false);
  assert.equal(isSuseFile(parseDocument('/srv/ifcfg-eth0', "STARTMODE='auto'\n")), true);
});

test('never throws, whatever the bytes', () => {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = 'AB_=" \'$`\\#;|&()\t\r\n\u0000\ufffd\uFEFFxyz09:,+-';
  for (let i = 0; i < 3000; i++) {
    const len = Math.floor(rnd() * 80);
    let s = '';
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const doc = parseDocument('/x/ifcfg-bond0', s);
    for (const a of doc.assignments) {
      for (let k = 0; k < a.value.text.length; k++) {
        const c = colOf(a.value, k);
        const e = endOf(a.value, k);
        assert.ok(c >= 0 && c < e && e <= doc.lines[a.line].text.length);
      }
      tokenizeOptions(a);
    }
  }
});
