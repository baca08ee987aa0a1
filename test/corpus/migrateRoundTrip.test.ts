// Round trip through the migration preview, on every ifcfg set of both corpora (NetworkManager's
// own test files and the real-world ones): each keyfile the preview writes must load in our
// keyfile support without an error, and the format-neutral profile read back from it must equal
// the one read from the ifcfg file — type, interface, UUID, controller, MACs, bond options,
// addresses — except where the preview said NetworkManager drops or changes that very thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import {
  analyzeFiles,
  BOND_OPTION_BY_NAME,
  enumName,
  intValue,
  legacyUuid,
  migrateSystem,
  parseDocument,
  profileOf,
  SystemIndex,
} from '../../server/src/engine';
import type { KeyfileOutput, MigrationNote, Profile } from '../../server/src/engine';

const IFCFG_DIR = '/etc/sysconfig/network-scripts';
const KEYFILE_DIR = '/etc/NetworkManager/system-connections';
const CORPORA = ['test/corpus/networkmanager/ifcfg-rh', 'test/corpus/realworld/ifcfg'];

function setsOf(corpus: string): string[] {
  const dirs = readdirSync(corpus).filter((f) => statSync(join(corpus, f)).isDirectory());
  return dirs.length ? dirs.map((d) => join(corpus, d)) : [corpus];
}

function readSet(dir: string) {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => parseDocument(`${IFCFG_DIR}/${f}`, readFileSync(join(dir, f), 'latin1')));
}

/** The parts of the neutral model a migration must carry, as comparable text. */
function neutral(p: Profile): Record<string, string> {
  const bond = new Map<string, string>();
  // A bond without options is a balance-rr bond (nm_setting_bond_init; the kernel's default).
  if (p.type === 'bond') bond.set('mode', p.bond?.effectiveMode.name ?? 'balance-rr');
  if (p.bond) {
    for (const [k, t] of p.bond.opts) {
      if (k === 'mode') continue;
      const o = BOND_OPTION_BY_NAME.get(k);
      const raw = t.value ?? '';
      bond.set(k, o ? (enumName(o, raw) ?? intValue(o, raw)?.toString() ?? raw) : raw);
    }
  }
  const mac = (kind: string) =>
    p.macs
      .filter((m) => m.kind === kind)
      .map((m) => m.value.toUpperCase().replace(/-/g, ':'))
      .join(' ');
  return {
    type: p.type,
    interface: p.device ?? '',
    uuid: p.uuid?.toLowerCase() ?? '',
    controller: p.controller ? `${p.controller.value} (${p.controller.portType ?? '?'})` : '',
    permanentMac: mac('permanent'),
    clonedMac: mac('cloned'),
    ipv4: p.addresses().ipv4.join(' '),
    ipv6: p.addresses().ipv6.join(' '),
    ...Object.fromEntries([...bond].map(([k, v]) => [`bond.${k}`, v])),
  };
}

// The ifcfg keys behind each part: a lost/changed note on one of them excuses a difference.
const KEYS: Record<string, RegExp> = {
  type: /^(TYPE|DEVICE|DEVICETYPE)$/,
  interface: /^DEVICE$/,
  uuid: /^UUID$/,
  controller: /^(BRIDGE|MASTER|TEAM_MASTER)(_UUID)?$/,
  permanentMac: /^HWADDR$/,
  clonedMac: /^MACADDR$/,
};

function declared(notes: MigrationNote[], field: string, before = '', after = ''): boolean {
  const relevant = notes.filter((n) => n.kind === 'lost' || n.kind === 'changed');
  if (field.startsWith('bond.')) {
    const opt = new RegExp(`\\b${field.slice(5)}\\b`);
    return relevant.some((n) => n.key === 'BONDING_OPTS' && opt.test(n.message));
  }
  if (field === 'ipv4' || field === 'ipv6') {
    // Address by address: each one gained or lost must be named by a note (a dropped IPv6
    // setting is named by its key).
    const b = before.split(' ').filter(Boolean);
    const a = after.split(' ').filter(Boolean);
    const changed = [...b.filter((x) => !a.includes(x)), ...a.filter((x) => !b.includes(x))];
    if (!changed.length) return false; // same addresses in another order
    const v6dropped = field === 'ipv6' && relevant.some((n) => n.kind === 'lost' && n.key === 'IPV6ADDR');
    return changed.every((x) => v6dropped || relevant.some((n) => n.message.includes(x)));
  }
  return relevant.some((n) => n.key !== undefined && KEYS[field]?.test(n.key));
}

for (const corpus of CORPORA) {
  test(`round trip through the migration preview: ${corpus}`, () => {
    let converted = 0;
    const carried = { bonds: 0, ports: 0, addresses: 0, macs: 0 };
    const errors: string[] = [];
    const differences: string[] = [];
    for (const dir of setsOf(corpus)) {
      const docs = readSet(dir);
      const outputs = migrateSystem(new SystemIndex(docs)).filter((c): c is Required<KeyfileOutput> => !!c.text);
      converted += outputs.length;
      const keyfiles = outputs.map((c) => ({ uri: `${KEYFILE_DIR}/${c.fileName}`, text: c.text }));
      // Two ifcfg files with one UUID give two keyfiles with one UUID: that finding is the
      // input's, not the migration's.
      const uuids = outputs.map((c) => c.uuid);
      const inherited = (f: { code: string; message: string }) =>
        f.code === 'IFCFG-045' && uuids.some((u, i) => uuids.indexOf(u) !== i && f.message.includes(u));
      for (const [uri, findings] of analyzeFiles(keyfiles))
        for (const f of findings.filter(
          (x) =>
            (x.severity === 'error' || (x.severity === 'warning' && x.code.startsWith('KEYFILE'))) && !inherited(x),
        ))
          errors.push(`${dir} ${uri}:${f.range.start.line + 1} ${f.code} ${f.message}`);
      for (const c of outputs) {
        const before = neutral(profileOf(docs.find((d) => d.uri === c.uri)!));
        // Without UUID, NetworkManager derives one from the file's path.
        before.uuid ||= legacyUuid(c.uri);
        const after = neutral(profileOf(parseDocument(`${KEYFILE_DIR}/${c.fileName}`, c.text)));
        if (after['bond.mode']) carried.bonds++;
        if (after.controller) carried.ports++;
        if (after.ipv4 || after.ipv6) carried.addresses++;
        if (after.permanentMac || after.clonedMac) carried.macs++;
        for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
          if (before[field] === after[field] || declared(c.notes, field, before[field], after[field])) continue;
          differences.push(
            `${dir}/${c.uri.slice(IFCFG_DIR.length + 1)} ${field}: ifcfg "${before[field] ?? ''}", keyfile "${after[field] ?? ''}"`,
          );
        }
      }
    }
    assert.ok(converted > 50, `${converted} keyfiles`);
    // The comparison is only worth something if the corpus exercises each part.
    for (const [part, n] of Object.entries(carried)) assert.ok(n >= 3, `${n} keyfiles with ${part}`);
    console.log(`${corpus}: ${converted} keyfiles, ${JSON.stringify(carried)}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(differences, []);
  });
}
