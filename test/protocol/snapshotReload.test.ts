// The bundled server re-reads a snapshot's evidence when it changes on disk: it asks the client to
// watch the evidence files, and a watched-file event for one of them (a new dmidecode, a hook
// script, a changed `ip -d address`) re-publishes the profiles of that machine, through the same
// reader that refuses links out of the workspace.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, matchesGlob, resolve } from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, RegistrationParams } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'ifcfg-sos-reload-'));
const outside = mkdtempSync(join(tmpdir(), 'ifcfg-sos-outside-'));
const VBOX = 'sosreport-vbox01-2025-03-14-qxvwpbn';
cpSync(resolve('test/fixtures/snapshots', VBOX), join(dir, VBOX), { recursive: true });
const root = join(dir, VBOX);
const uri = (rel: string) => pathToFileURL(join(root, rel)).toString();
const BOND = uri('etc/sysconfig/network-scripts/ifcfg-bond0');
const DMI = 'sos_commands/hardware/dmidecode';
let c: TestClient;
const watched: string[] = [];

before(async () => {
  c = new TestClient();
  c.settings = { debounceMs: 0, readiness: true };
  c.conn.onRequest('client/registerCapability', (p: RegistrationParams) => {
    for (const r of p.registrations)
      if (r.method === 'workspace/didChangeWatchedFiles')
        for (const w of (r.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers)
          watched.push(w.globPattern);
    return null;
  });
  await c.initialize(dir, {
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
    textDocument: { publishDiagnostics: { relatedInformation: true } },
  });
});
after(async () => c.stop());

/** Writes `text` to a file of the snapshot and tells the server, as a client's watcher would. */
function change(rel: string, text: string | undefined, type = 2): void {
  if (text === undefined) rmSync(join(root, rel));
  else {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(rel), type }] });
}

const dmiRelated = (d: Diagnostic[]) =>
  d.find((x) => x.code === 'VNIC-001')?.relatedInformation?.find((r) => r.location.uri === uri(DMI));
const textAt = (rel: string, d: Diagnostic['range']) =>
  readFileSync(join(root, rel), 'utf8').split('\n')[d.start.line].slice(d.start.character, d.end.character);

test('the server asks the client to watch every evidence file of a snapshot', async () => {
  await c.waitFor(BOND, (d) => !!dmiRelated(d));
  for (const rel of [DMI, 'sos_commands/networking/ip_-d_address', 'sys/class/dmi/id/product_name', 'sbin/ifup-local'])
    assert.ok(
      watched.some((g) => matchesGlob(join(root, rel), g)),
      `${rel} is watched (${watched.join(' ')})`,
    );
  // Profiles are the client's own watcher's business: not registered twice.
  assert.ok(!watched.some((g) => matchesGlob(join(root, 'etc/sysconfig/network-scripts/ifcfg-bond0'), g)));
});

test('a new dmidecode is read again: VNIC-001 points at the line that now names the platform', async () => {
  const before = dmiRelated(await c.waitFor(BOND, (d) => !!dmiRelated(d)))!;
  assert.equal(textAt(DMI, before.location.range), 'Product Name: VirtualBox');
  const text = readFileSync(join(root, DMI), 'utf8');
  // The same machine captured again by a newer dmidecode: a BIOS section more before the system one.
  change(DMI, text.replace('System Information', 'OEM Strings\n\tString 1: vboxVer_7.0.14\n\nSystem Information'));
  const after = dmiRelated(
    await c.waitFor(BOND, (d) => dmiRelated(d)?.location.range.start.line === before.location.range.start.line + 3),
  )!;
  assert.equal(textAt(DMI, after.location.range), 'Product Name: VirtualBox');
});

test('a hook script that appears (and goes) in the snapshot brings MIGRATE-004 (and takes it away)', async () => {
  const hook = (d: Diagnostic[]) => d.some((x) => x.code === 'MIGRATE-004');
  const first = uri('etc/sysconfig/network-scripts/ifcfg-bond0');
  await c.waitFor(first, (d) => !hook(d));
  change('sbin/ifup-local', '#!/bin/sh\n', 1);
  const d = await c.waitFor(first, hook);
  assert.match(d.find((x) => x.code === 'MIGRATE-004')!.message as string, /\/sbin\/ifup-local/);
  change('sbin/ifup-local', undefined, 3);
  await c.waitFor(first, (x) => !hook(x));
});

test('without the bonding capture, a new ip -d address changes what BOND-062 says the bond runs', async () => {
  const b062 = (d: Diagnostic[]) => d.filter((x) => x.code === 'BOND-062').map((x) => x.message as string);
  change('proc/net/bonding/bond0', undefined, 3);
  await c.waitFor(BOND, (d) => !b062(d).length);
  const ipd = 'sos_commands/networking/ip_-d_address';
  // Someone set miimon by hand on the running bond, and a new capture of `ip -d address` shows it.
  change(ipd, readFileSync(join(root, ipd), 'utf8').replace(' miimon 100 ', ' miimon 500 '));
  const d = await c.waitFor(BOND, (x) => b062(x).length > 0);
  assert.match(b062(d)[0], /ip -d address shows miimon 500, the file says 100/);
  const rel = d.find((x) => x.code === 'BOND-062')!.relatedInformation![0];
  assert.equal(rel.location.uri, uri(ipd));
  assert.equal(textAt(ipd, rel.location.range), 'miimon 500');
});

test('an sosreport unpacked into the open workspace is read as a machine once its profiles arrive', async () => {
  const DB = 'sosreport-db02-2025-03-14-hkzmtfa';
  cpSync(resolve('test/fixtures/snapshots', DB), join(dir, DB), { recursive: true });
  const inDb = (rel: string) => pathToFileURL(join(dir, DB, rel)).toString();
  // Only what the client's own watcher reports for profiles and captures: no evidence file event.
  const names = ['ifcfg-bond0', 'ifcfg-ens192', 'ifcfg-ens224', 'ifcfg-ens256'];
  c.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [
      ...names.map((n) => ({ uri: inDb(`etc/sysconfig/network-scripts/${n}`), type: 1 })),
      { uri: inDb('proc/net/bonding/bond0'), type: 1 },
    ],
  });
  // "the machine has no interface ens256" comes from the snapshot's ip -d address.
  const d = await c.waitFor(inDb('etc/sysconfig/network-scripts/ifcfg-ens256'), (x) =>
    x.some((v) => v.code === 'BOND-063' && /the machine has no interface ens256/.test(v.message as string)),
  );
  assert.ok(d.length);
});

test('an evidence file that becomes a link out of the workspace is not read', async () => {
  writeFileSync(
    join(outside, 'dmidecode'),
    'System Information\n\tManufacturer: VMware, Inc.\n\tProduct Name: SECRET\n',
  );
  rmSync(join(root, DMI));
  symlinkSync(join(outside, 'dmidecode'), join(root, DMI));
  c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(DMI), type: 2 }] });
  // The machine falls back to the DMI files under sys/class/dmi/id, inside the snapshot.
  const d = await c.waitFor(
    BOND,
    (x) => !!x.find((v) => v.code === 'VNIC-001')?.relatedInformation?.some((r) => r.location.uri.includes('/dmi/id/')),
  );
  assert.ok(!JSON.stringify(d).includes('SECRET'));
  assert.equal(dmiRelated(d), undefined);
});
