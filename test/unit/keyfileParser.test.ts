// The keyfile reader against GLib's GKeyFile rules and NetworkManager's expectations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  classifyFileName,
  kfGet,
  looksLikeKeyfile,
  parseDocument,
  parseKeyfile,
  splitList,
  unescapeValue,
} from '../../server/src/engine';

const BOND = `[connection]
id=bond0
uuid=7d3f2c7e-1b1a-4b55-9c7e-8f0e4c2a1b10
type=bond
interface-name=bond0

[bond]
miimon=100
mode=active-backup

[ipv4]
method=manual
address1=192.0.2.10/24,192.0.2.1
`;

test('groups, keys and values with exact columns', () => {
  const kf = parseKeyfile(BOND);
  assert.deepEqual(kf.errors, []);
  assert.deepEqual(
    kf.groups.map((g) => g.name),
    ['connection', 'bond', 'ipv4'],
  );
  const mode = kfGet(kf, 'bond', 'mode')!;
  assert.equal(mode.raw, 'active-backup');
  assert.equal(mode.line, 8);
  assert.equal(BOND.split('\n')[8].slice(mode.valueStart, mode.valueEnd), 'active-backup');
  assert.equal(BOND.split('\n')[8].slice(mode.keyStart, mode.keyEnd), 'mode');
});

test('whitespace: key trailing and value leading trimmed, value trailing kept, indentation allowed', () => {
  const kf = parseKeyfile('  [connection]  \n\tid =  My Conn  \n');
  assert.deepEqual(kf.errors, []);
  const id = kfGet(kf, 'connection', 'id')!;
  assert.equal(id.key, 'id');
  assert.equal(id.raw, 'My Conn  ');
});

test('no inline comments and only the first = splits', () => {
  const kf = parseKeyfile('[user]\na=1 # one\nb=x=y\n');
  assert.equal(kfGet(kf, 'user', 'a')!.raw, '1 # one');
  assert.equal(kfGet(kf, 'user', 'b')!.raw, 'x=y');
});

test('duplicate keys: the last wins; duplicate groups are merged', () => {
  const kf = parseKeyfile('[bond]\nmode=1\n[ipv4]\nmethod=auto\n[bond]\nmode=4\nmiimon=100\n');
  assert.deepEqual(kf.errors, []);
  assert.equal(kfGet(kf, 'bond', 'mode')!.raw, '4');
  assert.equal(kf.merged.get('bond')!.get('mode')!.length, 2);
  assert.equal(kf.groupsByName.get('bond')!.length, 2);
  assert.ok(kfGet(kf, 'bond', 'miimon'));
});

test('lines GLib refuses make the whole file unreadable', () => {
  const cases: Array<[string, string]> = [
    ['[connection]\nthis is not a pair\n', 'not-key-value'],
    ['[connection]\n; a comment\n', 'not-key-value'],
    ['[connection] # trailing\nid=x\n', 'not-key-value'],
    ['[connection]\n=value\n', 'not-key-value'],
    ['id=x\n[connection]\n', 'key-before-group'],
    ['[]\n', 'invalid-group-name'],
    ['[a[b]\n', 'invalid-group-name'],
    ['[connection]\nk[x=1\n', 'invalid-key-name'],
    ['[connection]\nEncoding=latin1\n', 'encoding'],
    ['\ufeff[connection]\nid=x\n', 'bom'],
  ];
  for (const [text, kind] of cases) {
    const kf = parseKeyfile(text);
    assert.equal(kf.errors[0]?.kind, kind, JSON.stringify(text));
  }
});

test('what GLib accepts: comments before the first group, `;x=1` as a key, locale keys, CRLF, empty file', () => {
  for (const text of [
    '# c\n\n[connection]\nid=x\n',
    '[user]\n;x=1\n',
    '[connection]\nid[de]=Verbindung\n',
    '[connection]\r\nid=x\r\n',
    '',
    '[ ipv4 ]\nmethod=auto\n',
  ]) {
    assert.deepEqual(parseKeyfile(text).errors, [], JSON.stringify(text));
  }
  const loc = parseKeyfile('[connection]\nid[de]=Verbindung\n').entries[0];
  assert.equal(loc.locale, 'de');
  assert.equal(parseKeyfile('[ ipv4 ]\nmethod=auto\n').groups[0].name, ' ipv4 ');
});

test('escapes as GLib decodes them; `\\;` only in lists', () => {
  assert.deepEqual(unescapeValue('\\sa\\tb\\\\'), { value: ' a\tb\\', bad: [] });
  assert.equal(unescapeValue('a\\;b').bad.length, 1);
  assert.equal(unescapeValue('a\\;b', true).bad.length, 0);
  assert.equal(unescapeValue('a\\q').bad[0].text, '\\q');
  assert.equal(unescapeValue('a\\').bad.length, 1);
});

test('lists: `;` separated, a trailing `;` adds nothing, `\\;` is literal', () => {
  assert.deepEqual(
    splitList('8.8.8.8;1.1.1.1;').map((i) => i.text),
    ['8.8.8.8', '1.1.1.1'],
  );
  assert.deepEqual(
    splitList('a\\;b;c').map((i) => i.text),
    ['a;b', 'c'],
  );
  assert.deepEqual(splitList(''), []);
});

test('a keyfile is recognised by name, by folder and by content', () => {
  assert.equal(classifyFileName('/etc/NetworkManager/system-connections/bond0.nmconnection').kind, 'keyfile');
  assert.equal(classifyFileName('/srv/x/bond0.nmconnection').kind, 'keyfile');
  assert.equal(classifyFileName('/etc/NetworkManager/system-connections/Wired connection 1').kind, 'keyfile');
  assert.equal(classifyFileName('/etc/sysconfig/network-scripts/ifcfg-eth0').kind, 'ifcfg');
  assert.ok(looksLikeKeyfile('# generated\n[connection]\nid=x\n'));
  assert.ok(!looksLikeKeyfile('DEVICE=eth0\n[connection]\n'));
  const doc = parseDocument('file:///srv/profile.txt', '[connection]\nid=x\n');
  assert.equal(doc.file.kind, 'keyfile');
  assert.ok(doc.keyfile);
});

test('never throws and keeps every position inside its line, on any input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const kf = parseKeyfile(text);
      for (const e of kf.entries) {
        const line = kf.lines[e.line].text;
        assert.ok(e.keyStart <= e.keyEnd && e.keyEnd <= e.eq && e.eq < e.valueStart + 1);
        assert.ok(e.valueEnd <= line.length);
      }
      for (const er of kf.errors) assert.ok(er.end <= kf.lines[er.line].text.length);
    }),
    { numRuns: 300 },
  );
});

test('lines end at \\n, \\r\\n and a lone \\r, exactly as LSP counts them, in the parser and the document', () => {
  const reference = (text: string) => {
    const out: Array<{ text: string; hasCR: boolean; lone: boolean }> = [];
    const re = /\r\n?|\n/g;
    let pos = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ text: text.slice(pos, m.index), hasCR: m[0][0] === '\r', lone: m[0] === '\r' });
      pos = m.index + m[0].length;
    }
    out.push({ text: text.slice(pos), hasCR: false, lone: false });
    return out;
  };
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('[connection]', 'id=x', '\r', '\n', '\r\n', '#', ' ', 'a'), { maxLength: 30 }),
      (parts) => {
        const text = parts.join('');
        const want = reference(text);
        const kf = parseKeyfile(text);
        assert.deepEqual(
          kf.lines.map((l) => ({ text: l.text, hasCR: l.hasCR })),
          want.map((w) => ({ text: w.text, hasCR: w.hasCR })),
        );
        const lone = want.flatMap((w, n) => (w.lone ? [n] : []));
        assert.deepEqual(kf.loneCR, lone);
        const doc = parseDocument('file:///etc/NetworkManager/system-connections/x.nmconnection', text);
        assert.deepEqual(
          doc.lines.map((l) => [l.text, l.loneCR, l.continues]),
          want.map((w, n) => [w.text, w.lone, n > 0 && want[n - 1].lone]),
        );
      },
    ),
    { numRuns: 500 },
  );
});
