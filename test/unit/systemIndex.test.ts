// SystemIndex updated in place (add, replace, remove) must answer exactly as one built from
// scratch on the same files: the server relies on it to re-check an edit in a large directory
// without rebuilding the directory's index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, ParsedDocument, parseDocument, SystemIndex } from '../../server/src/engine';

const dir = '/etc/sysconfig/network-scripts';
const doc = (name: string, text: string) => parseDocument(`${dir}/${name}`, text);
const bond = (dev: string, opts = 'mode=1 miimon=100', extra = '') =>
  `DEVICE=${dev}\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nONBOOT=yes\nBONDING_OPTS="${opts}"\n${extra}`;
const port = (dev: string, master: string, mac: string) =>
  `DEVICE=${dev}\nHWADDR=${mac}\nTYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=${master}\nSLAVE=yes\n`;

/** Everything rules and the server ask of an index, in a comparable form. */
function answers(s: SystemIndex): unknown {
  const name = (d: ParsedDocument | undefined) => d?.file.base;
  return {
    docs: s.docs.map(name),
    profiles: s.profiles.map((p) => ({
      file: name(p.doc),
      master: name(s.resolveMaster(p)?.doc),
      ports: s.portsOf(p).map((x) => name(x.doc)),
      related: [...s.related(p.doc)].map(name).sort(),
      capture: name(p.type === 'bond' ? s.captureOf(p) : undefined),
    })),
    devices: ['bond0', 'bond1', 'eth0', 'eth1', 'eth2'].map((d) => s.withDevice(d).map((p) => name(p.doc))),
    complete: s.isComplete,
    findings: s.docs.map((d) => analyzeDocument(d, s).map((f) => `${f.code} ${f.message}`)),
  };
}

const start = () => [
  doc('ifcfg-bond0', bond('bond0')),
  doc('ifcfg-eth0', port('eth0', 'bond0', '08:00:27:00:00:01')),
  doc('ifcfg-eth1', port('eth1', 'bond0', '08:00:27:00:00:02')),
  doc('ifcfg-bond1', bond('bond1', 'mode=4 miimon=100')),
  doc('ifcfg-eth2', port('eth2', 'bond1', '08:00:27:00:00:03')),
  doc('route-bond0', '10.0.0.0/8 via 192.168.1.1\n'),
];

test('an edit that moves a port to another bond: the updated index equals a fresh one', () => {
  const docs = start();
  const s = new SystemIndex(docs);
  const moved = doc('ifcfg-eth1', port('eth1', 'bond1', '08:00:27:00:00:02'));
  s.replace(docs[2], moved);
  const fresh = new SystemIndex([docs[0], docs[1], moved, docs[3], docs[4], docs[5]]);
  assert.deepEqual(answers(s), answers(fresh));
  assert.deepEqual(
    s.portsOf(s.withDevice('bond1')[0]).map((p) => p.device),
    ['eth1', 'eth2'],
    'ports stay in file order after the edit',
  );
});

test('renaming a bond, removing a port and adding a capture: same answers as a fresh index', () => {
  const docs = start();
  const s = new SystemIndex(docs);
  const renamed = doc('ifcfg-bond1', bond('bond9', 'mode=4 miimon=100'));
  s.replace(docs[3], renamed);
  s.remove(docs[1]);
  const cap = doc(
    'bond0',
    'Ethernet Channel Bonding Driver: v5.14.0\n\nBonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth1\nMII Status: up\nMII Polling Interval (ms): 100\n',
  );
  s.add(cap);
  const fresh = new SystemIndex([docs[0], docs[2], renamed, docs[4], docs[5], cap]);
  assert.deepEqual(answers(s), answers(fresh));
  assert.equal(s.resolveMaster(s.withDevice('eth2')[0]), undefined, 'eth2 names a bond that is gone');
});

test('replacing a document by itself or removing an unknown one changes nothing', () => {
  const docs = start();
  const s = new SystemIndex(docs);
  const before = answers(s);
  s.replace(docs[0], docs[0]);
  s.remove(doc('ifcfg-eth7', port('eth7', 'bond0', '08:00:27:00:00:07')));
  assert.deepEqual(answers(s), before);
});

test('a file without DEVICE, TYPE and HWADDR is no port: neither tool can bring it up', () => {
  const docs = [
    doc('ifcfg-bond0', bond('bond0')),
    doc('ifcfg-eth0', port('eth0', 'bond0', '08:00:27:00:00:01')),
    doc('ifcfg-port1', 'MASTER=bond0\nSLAVE=yes\nONBOOT=yes\n'),
    doc('ifcfg-port2', 'HWADDR=08:00:27:00:00:02\nMASTER=bond0\nSLAVE=yes\nONBOOT=yes\n'),
  ];
  const s = new SystemIndex(docs);
  const ports = s.portsOf(s.withDevice('bond0')[0]).map((p) => p.doc.file.base);
  // port2 is found by HWADDR under initscripts, so it stays a port.
  assert.deepEqual(ports, ['ifcfg-eth0', 'ifcfg-port2']);
  const codes = (i: number) => analyzeDocument(docs[i], s).map((f) => f.code);
  assert.ok(codes(2).includes('IFCFG-052'));
  assert.ok(codes(3).includes('IFCFG-052'));
});

test('random edits over files sharing DEVICEs, MASTERs and names: always the answers of a fresh index', () => {
  // Few names and values, so that keys collect one, two or three files and drop back again.
  const texts = [
    bond('bond0'),
    bond('bond0', 'mode=4 miimon=100'),
    bond('bond1'),
    port('eth0', 'bond0', '08:00:27:00:00:01'),
    port('eth0', 'bond1', '08:00:27:00:00:02'),
    port('eth1', 'bond0', '08:00:27:00:00:03'),
    port('bond0', 'bond1', '08:00:27:00:00:04'),
  ];
  const names = ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1', 'ifcfg-x', 'route-bond0', 'rule-eth0'];
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let run = 0; run < 40; run++) {
    const current: ParsedDocument[] = [];
    const s = new SystemIndex([]);
    for (let step = 0; step < 25; step++) {
      const name = names[rnd(names.length)];
      const d = doc(name, name.startsWith('ifcfg-') ? texts[rnd(texts.length)] : '10.0.0.0/8 via 192.168.1.1\n');
      const op = current.length ? rnd(3) : 0;
      if (op === 0) {
        s.add(d);
        current.push(d);
      } else if (op === 1) {
        const i = rnd(current.length);
        s.replace(current[i], d);
        current[i] = d;
      } else {
        const [gone] = current.splice(rnd(current.length), 1);
        s.remove(gone);
      }
      assert.deepEqual(answers(s), answers(new SystemIndex(current)), `run ${run}, step ${step}`);
    }
  }
});
