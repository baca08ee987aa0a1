// Robustness properties shared by the bounded test run and `npm run fuzz`:
// the engine never throws, every range lies inside the document, every fix applies cleanly,
// a fix's finding does not come back, and fix-all is idempotent.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeDocument,
  analyzeFiles,
  applyEdits,
  DEFAULT_SETTINGS,
  editSpans,
  fixAll,
  parseDocument,
  safeEdits,
  SystemIndex,
  type Finding,
} from '../../server/src/engine';
import { fixBytes } from '../../server/src/cli/fixBytes';
import { decodeText, encodeText } from '../../server/src/fs/text';

const KEYS = [
  'DEVICE',
  'TYPE',
  'BONDING_OPTS',
  'BONDING_MASTER',
  'MASTER',
  'SLAVE',
  'HWADDR',
  'MACADDR',
  'ONBOOT',
  'IPADDR',
  'PREFIX',
  'NETMASK',
  'GATEWAY',
  'BOOTPROTO',
  'MTU',
  'NM_CONTROLLED',
  'UUID',
  'BRIDGE',
  'DNS1',
  'onboot',
  'FOO',
];
const OPTS = [
  'mode=1',
  'mode=4',
  'mode=active-backup',
  'mode=6',
  'mode=9',
  'miimon=100',
  'miimon=0',
  'arp_interval=200',
  'arp_ip_target=10.0.0.1',
  'arp_ip_target=+1.2.3.4,5.6.7.8',
  'fail_over_mac=0',
  'fail_over_mac=1',
  'fail_over_mac=follow',
  'updelay=250',
  'primary=eth1',
  'lacp_rate=fast',
  'num_grat_arp=3',
  'num_unsol_na=2',
  'use_carrier=0',
  'max_bonds=2',
  'mii_status=up',
  'xmit_hash_policy=layer3+4',
  'bogus',
  'x=',
  'all_slaves_active=on',
];
const VALUES = [
  'yes',
  'no',
  'on',
  'bond0',
  'eth1',
  'Bond',
  'Ethernet',
  '08:00:27:5c:b0:e5',
  '00:1b:21:0a:0b:01',
  '192.168.1.1',
  '24',
  '255.255.255.0',
  'dhcp',
  '9000',
  '"a b"',
  "'x'",
  '$HOME',
  '"${X}"',
  '"unterminated',
  'a b',
  '',
];

const quote = fc.constantFrom('"', "'", '', "$'");
const bondingOpts = fc
  .tuple(quote, fc.array(fc.constantFrom(...OPTS), { maxLength: 6 }), fc.constantFrom(' ', '\t', '  '))
  .map(([q, o, sep]) => {
    const body = o.join(sep);
    return q === '' ? body : q === "$'" ? `$'${body}'` : `${q}${body}${q}`;
  });
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}=${v}`),
  bondingOpts.map((v) => `BONDING_OPTS=${v}`),
  fc.constantFrom(
    '# comment',
    '',
    '   ',
    'export X=1',
    'ONBOOT = yes',
    '# ifcfg-lint: ignore VNIC-001',
    '10.0.0.0/8 via 10.0.0.1',
  ),
  fc.string({ maxLength: 40 }),
);
const eol = fc.constantFrom('\n', '\r\n');
export const document = fc
  .tuple(fc.array(line, { maxLength: 14 }), eol, fc.boolean())
  .map(([ls, e, bom]) => (bom ? '\uFEFF' : '') + ls.join(e) + e);
export const directory = fc.record({
  bond: document,
  port1: document,
  port2: document,
  name: fc.constantFrom('ifcfg-bond0', 'route-eth0', 'rule-eth0', 'ifcfg-eth0:1', 'ifcfg-eth0.bak'),
});

/** Byte-level mutation of real files: flips, inserts and deletes. */
export function mutate(text: string, seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = (n: number) => (s = (s * 1664525 + 1013904223) >>> 0) % n;
  const bytes = [...Buffer.from(text, 'utf8')];
  const ops = 1 + rnd(8);
  for (let i = 0; i < ops; i++) {
    const at = bytes.length ? rnd(bytes.length) : 0;
    const kind = rnd(3);
    const b = [0, 10, 13, 34, 39, 36, 92, 32, 61, 35, 0xff, 0xc3, rnd(256)][rnd(13)];
    if (kind === 0 && bytes.length) bytes[at] = b;
    else if (kind === 1) bytes.splice(at, 0, b);
    else bytes.splice(at, 1);
  }
  return Buffer.from(bytes).toString('utf8');
}

function inside(text: string, f: Finding): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) =>
    p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(f.range.start) && ok(f.range.end);
}

/** Checks every property on one directory of files; throws on the first violation. */
export function checkFiles(files: Record<string, string>): void {
  const dir = '/fuzz/network-scripts';
  const list = Object.entries(files).map(([n, t]) => ({ uri: `${dir}/${n}`, text: t }));
  const results = analyzeFiles(list);
  for (const { uri, text } of list) {
    const findings = results.get(uri)!;
    for (const f of findings) {
      if (!inside(text, f)) throw new Error(`${f.code} range outside ${uri}: ${JSON.stringify(f.range)}`);
      for (const fix of f.fixes ?? []) {
        for (const e of fix.edits)
          if (!inside(text, { ...f, range: e.range })) throw new Error(`${f.code} fix edit outside the document`);
        const fixed = applyEdits(text, fix.edits);
        if (fix.safe && fix.preferred) {
          const again = analyzeFiles(list.map((x) => (x.uri === uri ? { uri, text: fixed } : x))).get(uri)!;
          const same = (x: Finding[]) => x.filter((g) => g.code === f.code && g.message === f.message).length;
          // Identical findings (two equal bad tokens) may shift into each other's place: count them.
          if (same(again) >= same(findings)) {
            throw new Error(`${f.code} is reported again after "${fix.title}"`);
          }
        }
      }
    }
    const siblings = list.map((x) => parseDocument(x.uri, x.text));
    const once = fixAll(uri, text, siblings);
    const twice = fixAll(uri, once.text, siblings);
    if (twice.text !== once.text) throw new Error(`fix-all is not idempotent on ${uri}`);
  }
}

// --- Incremental sync: edits (out-of-range ones included) vs a fresh open of the same text ---

const position = fc.record({
  line: fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom(1e6, -1e6)),
  character: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constant(1e6)),
});
const change = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record({
      range: fc.record({ start: position, end: position }),
      text: fc.constantFrom('', 'x', 'ONBOOT=yes\n', '\r\n', '\r', 'a\nb', '"', '\n\n'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ text: document }) },
);
export const syncCase = fc.record({ initial: document, changes: fc.array(change, { maxLength: 12 }) });

/** Where an LSP position lands, by the protocol's rules, clamped into the text. */
function referenceOffset(text: string, p: { line: number; character: number }): number {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      ends.push(i);
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  if (p.line < 0) return 0;
  if (p.line >= starts.length) return text.length;
  return Math.min(starts[p.line] + Math.max(0, p.character), ends[p.line]);
}

type Change = {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
};

/** The server's copy after incremental changes equals the text a client would open afresh,
 *  and its line index agrees with a fresh document's. */
export function checkIncrementalSync(
  initial: string,
  changes: Change[],
  update: (d: TextDocument, c: Change[]) => TextDocument,
): void {
  let doc = TextDocument.create('file:///x/ifcfg-eth0', 'ifcfg', 1, initial);
  let expected = initial;
  for (const c of changes) {
    if (c.range) {
      let s = referenceOffset(expected, c.range.start);
      let e = referenceOffset(expected, c.range.end);
      if (s > e) [s, e] = [e, s];
      expected = expected.slice(0, s) + c.text + expected.slice(e);
    } else expected = c.text;
    doc = update(doc, [c]);
    if (doc.getText() !== expected)
      throw new Error(
        `server copy differs after ${JSON.stringify(c)}: ${JSON.stringify(doc.getText())} vs ${JSON.stringify(expected)}`,
      );
    const fresh = TextDocument.create(doc.uri, 'ifcfg', 1, expected);
    if (doc.lineCount !== fresh.lineCount) throw new Error('line count differs from a fresh open');
    for (let l = 0; l <= fresh.lineCount; l++) {
      const p = { line: l, character: 0 };
      if (doc.offsetAt(p) !== fresh.offsetAt(p)) throw new Error(`line ${l} starts elsewhere than on a fresh open`);
    }
  }
  const a = analyzeFiles([{ uri: '/x/ifcfg-eth0', text: doc.getText() }]).get('/x/ifcfg-eth0');
  const b = analyzeFiles([{ uri: '/x/ifcfg-eth0', text: expected }]).get('/x/ifcfg-eth0');
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('diagnostics differ from a fresh open');
}

// --- --fix keeps every byte it does not edit ----------------------------------------------

/** Documents as bytes: Latin-1 and invalid UTF-8 bytes, lone CRs and BOMs mixed in. */
export const byteDocument = fc
  .tuple(
    document,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(0xe9, 0xff, 0xc3, 0x80, 0x0d, 0x0a, 0xa0, 0xef)), { maxLength: 6 }),
  )
  .map(([text, inserts]) => {
    const bytes = [...Buffer.from(text, 'utf8')];
    for (const [at, b] of inserts) bytes.splice(bytes.length ? at % (bytes.length + 1) : 0, 0, b);
    return Buffer.from(bytes);
  });

/**
 * Runs --fix's byte transformation and an independent reference that applies each round's
 * edits to the bytes themselves: every byte outside an edit must come through unchanged.
 */
export function checkFixKeepsBytes(bytes: Buffer, uri = '/fuzz/network-scripts/ifcfg-eth0'): void {
  const out = fixBytes(uri, bytes, [], DEFAULT_SETTINGS);
  let cur = bytes;
  const { encoding } = decodeText(bytes);
  for (let round = 0; round < 8; round++) {
    const text = encoding === 'utf8' ? cur.toString('utf8') : decodeText(cur).text;
    const doc = parseDocument(uri, text);
    const edits = safeEdits(analyzeDocument(doc, new SystemIndex([doc])));
    if (!edits.length) break;
    const byteAt = (off: number) => encodeText(text.slice(0, off), encoding)!.length;
    const parts: Buffer[] = [];
    let pos = 0;
    for (const sp of editSpans(text, edits)) {
      const enc = encodeText(sp.t, encoding);
      if (!enc) {
        if (out.ok) throw new Error('an edit the encoding cannot hold was written');
        return;
      }
      parts.push(cur.subarray(pos, byteAt(sp.s)), enc);
      pos = byteAt(Math.max(sp.e, sp.s));
    }
    parts.push(cur.subarray(pos));
    const next = Buffer.concat(parts);
    if (next.equals(cur)) break;
    cur = next;
  }
  if (!out.ok) throw new Error(`refused: ${out.refused}`);
  if (!out.bytes.equals(cur))
    throw new Error(
      `--fix changed bytes it did not edit:\n${JSON.stringify(bytes.toString('latin1'))}\n${JSON.stringify(out.bytes.toString('latin1'))}\n${JSON.stringify(cur.toString('latin1'))}`,
    );
}
