// The story on keyfiles: a VirtualBox active-backup bond without fail_over_mac, written as
// NetworkManager keyfiles, gets the same VNIC-001 warning as its ifcfg twin, with a fix under [bond].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'fs';
import { analyzeFiles, applyEdits } from '../../server/src/engine';
import { lint, seed } from '../helpers/lint';

const FIX = 'test/fixtures/keyfile/virtualbox-bond';
const DIR = '/etc/NetworkManager/system-connections';
const files = () => readdirSync(FIX).map((f) => ({ uri: `${DIR}/${f}`, text: readFileSync(`${FIX}/${f}`, 'utf8') }));

test('keyfile bond on VirtualBox ports: VNIC-001 on [bond], the same code as for ifcfg', () => {
  const res = analyzeFiles(files());
  const bond = res.get(`${DIR}/bond0.nmconnection`)!;
  const f = bond.find((x) => x.code === 'VNIC-001')!;
  assert.ok(f, `got ${bond.map((x) => x.code).join(', ')}`);
  assert.equal(f.range.start.line, 6, 'points at the [bond] header');
  assert.match(f.message, /VirtualBox/);
  assert.ok(f.related?.some((r) => r.uri.endsWith('bond0-port-enp0s8.nmconnection')));
  const ifcfg = lint(seed()).find((x) => x.code === 'VNIC-001');
  assert.ok(ifcfg, 'the ifcfg twin reports the same code');
});

test('the quick fix adds fail_over_mac=active under [bond] and the warning goes away', () => {
  const all = files();
  const bondFile = all.find((f) => f.uri.endsWith('/bond0.nmconnection'))!;
  const f = analyzeFiles(all)
    .get(bondFile.uri)!
    .find((x) => x.code === 'VNIC-001')!;
  const fix = f.fixes!.find((x) => x.preferred)!;
  assert.equal(fix.title, 'Add fail_over_mac=active');
  assert.ok(fix.safe);
  const fixed = applyEdits(bondFile.text, fix.edits);
  assert.match(fixed, /\[bond\]\nmiimon=100\nmode=active-backup\nfail_over_mac=active\n\n\[ipv4\]/);
  const again = analyzeFiles(all.map((x) => (x === bondFile ? { ...x, text: fixed } : x))).get(bondFile.uri)!;
  assert.ok(!again.some((x) => x.code === 'VNIC-001'));
});

test('a mixed directory is one system: a keyfile port naming an ifcfg bond', () => {
  const res = analyzeFiles([
    {
      uri: '/etc/sysconfig/network-scripts/ifcfg-bond0',
      text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nONBOOT=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
    },
    {
      uri: '/etc/sysconfig/network-scripts/enp0s8.nmconnection',
      text: readFileSync(`${FIX}/bond0-port-enp0s8.nmconnection`, 'utf8'),
    },
  ]);
  const f = res.get('/etc/sysconfig/network-scripts/ifcfg-bond0')!.find((x) => x.code === 'VNIC-001');
  assert.ok(f, 'the keyfile port MAC is evidence for the ifcfg bond');
  assert.ok(f.related?.some((r) => r.uri.endsWith('enp0s8.nmconnection')));
});
