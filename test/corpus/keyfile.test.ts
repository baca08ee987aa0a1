// Keyfiles other people wrote: NetworkManager's own test keyfiles and the real-world corpus.
// Nothing crashes, no key NetworkManager knows is called unknown, and NetworkManager's own
// loadable fixtures get no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { analyzeFiles, type Finding } from '../../server/src/engine';

// NetworkManager's own test keyfiles (see test/corpus/networkmanager/NOTICE).
const UPSTREAM = 'test/corpus/networkmanager/keyfile';
const REALWORLD = 'test/corpus/realworld/keyfile';

function lintSet(dir: string, names: string[], asKeyfile = false): Map<string, Finding[]> {
  return analyzeFiles(
    names.map((f) => ({
      uri: `/sets/${dir}/${f}${asKeyfile && !f.endsWith('.nmconnection') ? '.nmconnection' : ''}`,
      text: readFileSync(join(dir, f), 'utf8'),
    })),
  );
}

test("NetworkManager's own test keyfiles: no errors, no known key called unknown", () => {
  const names = readdirSync(UPSTREAM);
  assert.ok(names.length >= 40);
  // Each fixture is a profile of its own in NetworkManager's tests (many share a UUID), not one machine.
  const res = new Map(names.flatMap((n) => [...lintSet(UPSTREAM, [n], true)]));
  const bad = [...res].flatMap(([uri, fs]) =>
    fs
      .filter((f) => f.severity === 'error' || f.code === 'KEYFILE-010' || f.code === 'KEYFILE-011')
      .map((f) => `${uri}:${f.range.start.line + 1} ${f.code} ${f.message}`),
  );
  assert.deepEqual(bad, []);
  // The old-format fixtures NM keeps on purpose are read, not refused.
  assert.ok(![...res.values()].flat().some((f) => f.code === 'KEYFILE-023'));
});

test('real-world keyfiles: every file is read, and only keys NM does not know are called unknown', () => {
  let files = 0;
  const unknown: string[] = [];
  for (const set of readdirSync(REALWORLD)) {
    const dir = join(REALWORLD, set);
    if (!statSync(dir).isDirectory()) continue;
    const names = readdirSync(dir);
    files += names.length;
    for (const [uri, fs] of lintSet(dir, names))
      for (const f of fs)
        if (f.code === 'KEYFILE-010' || f.code === 'KEYFILE-011') unknown.push(`${uri.split('/').pop()} ${f.message}`);
  }
  assert.ok(files >= 300, `read ${files} files`);
  // netplan passes `tc.filters.test` through verbatim; NM's [tc] only has qdisc.* and tfilter.* keys.
  assert.deepEqual(unknown, [
    'netplan-dotted-key-test.nmconnection [tc] has no key "filters.test": NetworkManager ignores it silently.',
  ]);
});

// What NetworkManager itself said about each real-world keyfile (scripts/keyfile-oracle-verdicts.mjs).
interface Verdicts {
  networkManagerCommit: string;
  files: Record<string, { verdict: 'ok' | 'refused'; error?: string }>;
}

// Files NetworkManager refuses for reasons our rules do not check yet. Each entry is a gap to
// close, not an accepted answer: the test fails when one of them gets its error.
const NOT_YET: Record<string, string> = {
  // The [bond] options against the mode (BOND-045 on BONDING_OPTS) are not yet applied to keyfiles.
  'cloud-init__test_bond_active_backup_baseline-expected_config-L873/cloud-init-bond0.nmconnection':
    'bond option vs mode',
  'cloud-init__test_bond_balance_rr_baseline-expected_config-L739/cloud-init-bond0.nmconnection': 'bond option vs mode',
  'cloud-init__test_bond_balance_tlb_baseline-expected_config-L602/cloud-init-bond0.nmconnection':
    'bond option vs mode',
  // 802.1X, Wi-Fi channel/mesh and mobile-broadband verify() rules.
  'netplan__auth-auth_wifi_detailed/netplan-wl0-customernet.nmconnection': '802-1x.phase2-auth value',
  'netplan__auth-auth_wifi_detailed/netplan-wl0-workplace.nmconnection': '802-1x phase2-auth and phase2-autheap',
  'netplan__auth-auth_wifi_detailed/netplan-wl0-workplace2.nmconnection': '802-1x phase2-auth and phase2-autheap',
  'netplan__auth-auth_wifi_detailed/netplan-wl0-workplacehashed.nmconnection': '802-1x phase2-auth and phase2-autheap',
  'netplan__keyfile-keyfile_type_wifi/myid-with-spaces.nmconnection': 'Wi-Fi channel for the band',
  'netplan__keyfile-keyfile_wifi_random_cloned_mac_address/myid-with-spaces.nmconnection':
    'key-mgmt=ieee8021x needs [802-1x]',
  'netplan__keyfile-multiple_eap_methods/MyWifi.nmconnection': '802-1x TLS client-cert',
  'netplan__modems-gsm_network_id/netplan-mobilephone.nmconnection': 'gsm.network-id digits',
  'netplan__modems-gsm_sim_operator_id/netplan-mobilephone.nmconnection': 'gsm.sim-operator-id digits',
  'netplan__passthrough-passthrough_unsupported_setting/netplan-test-SOME-SSID.nmconnection':
    'Wi-Fi mesh needs band and channel',
};

test('real-world keyfiles judged by NetworkManager: an error on every file it refuses, none on the files it loads', () => {
  const oracle = JSON.parse(readFileSync('test/fixtures/keyfile/oracle-verdicts.json', 'utf8')) as Verdicts;
  assert.equal(oracle.networkManagerCommit, '355bc902994f');
  const missed: string[] = [];
  const wrong: string[] = [];
  let judged = 0;
  let refused = 0;
  for (const set of readdirSync(REALWORLD)) {
    const dir = join(REALWORLD, set);
    if (!statSync(dir).isDirectory()) continue;
    const names = readdirSync(dir);
    const res = lintSet(dir, names);
    for (const name of names) {
      const key = `${set}/${name}`;
      const nm = oracle.files[key];
      assert.ok(nm, `${key} has no NetworkManager verdict: run scripts/keyfile-oracle-verdicts.mjs`);
      judged++;
      const errors = res.get(`/sets/${dir}/${name}`)!.filter((f) => f.severity === 'error');
      if (nm.verdict === 'refused') {
        refused++;
        if (!errors.length && !NOT_YET[key]) missed.push(`${key}: NetworkManager says ${nm.error}`);
        if (errors.length && NOT_YET[key]) missed.push(`${key} now gets an error: remove it from NOT_YET`);
      } else if (errors.length) {
        wrong.push(`${key}: ${errors.map((e) => `${e.code} line ${e.range.start.line + 1}: ${e.message}`).join('; ')}`);
      }
    }
  }
  assert.equal(judged, Object.keys(oracle.files).length, 'every verdict belongs to a file of the corpus');
  assert.deepEqual(wrong, [], 'errors on files NetworkManager loads');
  assert.deepEqual(missed, [], 'files NetworkManager refuses without an error from us');
  assert.equal(refused, 40);
});
