// The scan's file: URIs are the ones pathToFileURL gives, for names it takes as they are and for
// names it has to escape or normalise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'os';
import { pathToFileURL } from 'url';
import { fileUri } from '../../server/src/scan';

test('fileUri spells every path as pathToFileURL does', () => {
  const names = [
    'ifcfg-eth0',
    'ifcfg-eth0:1',
    'ifcfg-bond0.bak',
    'ifcfg-eth0~',
    'ifcfg-eth0;5f3a9c12',
    'route-eth0',
    'Wired connection 1.nmconnection',
    'ifcfg-100%',
    'ifcfg-#1',
    'ifcfg-a?b',
    'ifcfg-ünïcode',
    'ifcfg-a\\b',
    'ifcfg-[x]',
    'ifcfg-a=b,c+d@e',
    '.hidden',
    '..hidden',
  ];
  // Spelled, not resolved: the folders need not exist, and `.`/`..` segments must stay as written.
  const base = tmpdir();
  const dirs = [
    `${base}/etc/sysconfig/network-scripts`,
    `${base}/sos/etc`,
    `${base}/a/./b`,
    `${base}/a/../b`,
    `${base}/x y`,
    '/',
  ];
  for (const d of dirs)
    for (const n of names) {
      const p = d.endsWith('/') ? d + n : `${d}/${n}`;
      assert.equal(fileUri(p), pathToFileURL(p).toString(), p);
    }
});
