// Robustness properties shared by the bounded test run and `npm run fuzz`:
// the engine never throws, every range lies inside the document, every fix applies cleanly,
// a fix's finding does not come back, and fix-all is idempotent.
import fc from 'fast-check';
import { analyzeFiles, applyEdits, fixAll, parseDocument, type Finding } from '../../server/src/engine';

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
