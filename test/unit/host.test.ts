// Facts the server reads from the machine it runs on: keyfile owners and modes, only for the
// keyfile folders NetworkManager reads, turned into KEYFILE-041 as NetworkManager decides it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFiles } from '../../server/src/engine';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { keyfileDirsOf, readKeyfileStats } from '../../server/src/host';

const KF = '[connection]\nid=eth0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\ntype=ethernet\ninterface-name=eth0\n';

function machine(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'ifcfg-host-'));
  const dir = join(root, 'etc/NetworkManager/system-connections');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, 'home/me/configs'), { recursive: true });
  return { root, dir };
}

test('only the keyfile folders NetworkManager reads, or a folder containing them, get ownership facts', () => {
  const { root, dir } = machine();
  assert.deepEqual(keyfileDirsOf(dir, root), [dir]);
  assert.deepEqual(keyfileDirsOf(join(root, 'etc'), root), [dir]);
  assert.deepEqual(keyfileDirsOf(join(root, 'etc/NetworkManager'), root), [dir]);
  assert.deepEqual(keyfileDirsOf(join(root, 'home/me/configs'), root), []);
  // A look-alike reached through a link is a copy, not the live folder.
  const fake = join(root, 'home/me/NetworkManager');
  mkdirSync(fake);
  symlinkSync(join(root, 'home/me/configs'), join(fake, 'system-connections'));
  assert.deepEqual(keyfileDirsOf(join(root, 'home/me'), root), []);
});

test('a keyfile readable by others is KEYFILE-041 (NetworkManager refuses it); mode 0600 is not', () => {
  const { dir } = machine();
  const open = join(dir, 'open.nmconnection');
  const closed = join(dir, 'closed.nmconnection');
  writeFileSync(open, KF);
  writeFileSync(closed, KF.replace('5fcd7a1c', '6fcd7a1c').replace('eth0', 'eth1'));
  chmodSync(open, 0o644);
  chmodSync(closed, 0o600);
  const stats = readKeyfileStats([dir]);
  const u = (p: string) => pathToFileURL(p).toString();
  assert.equal(stats[u(open)].mode & 0o777, 0o644);
  assert.equal(stats[u(closed)].mode & 0o777, 0o600);
  const res = analyzeFiles(
    [
      { uri: u(open), text: KF },
      { uri: u(closed), text: KF.replace('5fcd7a1c', '6fcd7a1c') },
    ],
    { target: 'auto', virtualization: 'auto', rules: {}, host: { keyfileStats: stats } },
  );
  const f = res.get(u(open))!.find((x) => x.code === 'KEYFILE-041');
  assert.ok(
    f,
    `codes: ${res
      .get(u(open))!
      .map((x) => x.code)
      .join(', ')}`,
  );
  assert.equal(f.severity, 'error');
  assert.match(f.message, /mode is 0644: group or others have access/);
  const closedCodes = res.get(u(closed))!.map((x) => x.code);
  // Run as root the closed file passes; as another user its owner alone is refused.
  if (process.getuid?.() === 0) assert.ok(!closedCodes.includes('KEYFILE-041'), closedCodes.join(', '));
  else assert.match(res.get(u(closed))!.find((x) => x.code === 'KEYFILE-041')!.message, /not root/);
});
