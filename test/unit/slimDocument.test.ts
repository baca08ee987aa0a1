// The server keeps files nobody has open as slim documents (text, file name, index keys) and
// parses them again when a rule reads more. Whatever a rule, the index or migration asks of a
// slim document must be what the full parse answers: every finding of every file the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { pathToFileURL } from 'url';
import {
  analyzeDocument,
  groupSystems,
  profileOf,
  SlimDocument,
  SystemIndex,
  parseDocument,
  ParsedDocument,
} from '../../server/src/engine';
import { convertGroup } from '../../server/src/features/convert';
import { Workspace } from '../../server/src/workspace';

const ROOT = join(__dirname, '..', '..');
const TREES = ['test/corpus/realworld', 'test/fixtures/keyfile', 'test/fixtures/snapshots', 'examples'];

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (statSync(p).size < 1 << 20) yield p;
  }
}

const files = TREES.flatMap((t) => [...walk(join(ROOT, t))]).map((p) => ({
  uri: pathToFileURL(p).toString(),
  text: readFileSync(p, 'utf8'),
}));

/** Everything the server asks of a system, in a comparable form (documents by URI). */
function answers(s: SystemIndex): unknown {
  const uri = (d: ParsedDocument | undefined) => d?.uri;
  return s.docs.map((d) => {
    const p = d.file.kind === 'ifcfg' || d.file.kind === 'keyfile' ? profileOf(d) : undefined;
    return {
      uri: d.uri,
      findings: analyzeDocument(d, s),
      related: [...s.related(d)].map(uri).sort(),
      profile: p && { ...pick(p), master: uri(s.resolveMaster(p)?.doc), ports: s.portsOf(p).map((x) => uri(x.doc)) },
      convert: p?.format === 'ifcfg' ? convertGroup(d, s) : undefined,
    };
  });
}

/** Every field of a profile (getters included) but its document. */
function pick(p: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of [
    'format',
    'type',
    'device',
    'uuid',
    'slave',
    'portType',
    'autoconnect',
    'autoconnectSetting',
    'autoconnectPorts',
    'mtu',
    'typeSetting',
    'gateway',
    'macs',
    'deviceRange',
    'uuidRange',
    'bond',
    'controller',
    'addresses',
  ])
    out[k] = (p as Record<string, unknown>)[k];
  const m = (p as { master?: { value: string; viaUuid: boolean; assignment: unknown } }).master;
  out.masterRef = m && { value: m.value, viaUuid: m.viaUuid, assignment: m.assignment };
  return out;
}

/** Data only: maps and sets as lists, functions (a bond's edit helpers) by name. A keyfile's
 *  `views` are left out: a memo of its groups, filled in whatever order the code asks. */
function plain(v: unknown, seen = new Set<unknown>()): unknown {
  if (typeof v === 'function') return `function ${v.name}`;
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return '<cycle>';
  seen.add(v);
  let out: unknown;
  if (v instanceof Map) out = [...(v as Map<unknown, unknown>)].map(([k, x]) => [k, plain(x, seen)]);
  else if (v instanceof Set || Array.isArray(v)) out = [...(v as Iterable<unknown>)].map((x) => plain(x, seen));
  else
    out = Object.fromEntries(
      Object.keys(v)
        .filter((k) => k !== 'views')
        .map((k) => [k, plain((v as Record<string, unknown>)[k], seen)]),
    );
  seen.delete(v);
  return out;
}

test('every system of the corpora: slim documents give the same findings, profiles, links and migration', () => {
  assert.ok(files.length > 500, `${files.length} files`);
  const full = groupSystems(files.map((f) => parseDocument(f.uri, f.text)));
  const slim = groupSystems(files.map((f) => new SlimDocument(f.uri, f.text)));
  assert.deepEqual([...slim.keys()], [...full.keys()]);
  let bonds = 0;
  for (const [key, docs] of full) {
    const a = new SystemIndex(docs);
    const b = new SystemIndex(slim.get(key)!);
    bonds += a.profiles.filter((p) => p.bond).length;
    assert.deepEqual(plain(answers(b)), plain(answers(a)), key);
  }
  assert.ok(bonds > 30, `${bonds} bonds checked`);
});

test('a slim profile carries every field of the full one', () => {
  const keys = new Set<string>();
  for (const f of files) {
    const d = parseDocument(f.uri, f.text);
    if (d.file.kind === 'ifcfg' || d.file.kind === 'keyfile') Object.keys(profileOf(d)).forEach((k) => keys.add(k));
  }
  keys.delete('doc');
  keys.delete('master');
  assert.deepEqual(
    [...keys].sort(),
    Object.keys(pick({}))
      .filter((k) => k !== 'masterRef')
      .sort(),
  );
});

test('a workspace keeps unopened files slim and opened ones whole; closing slims a file again', () => {
  const ws = new Workspace();
  const dir = 'file:///ws/network-scripts';
  ws.set(`${dir}/ifcfg-bond0`, 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n', false);
  ws.set(`${dir}/ifcfg-eth0`, 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nHWADDR=08:00:27:00:00:01\n', false);
  assert.ok(ws.get(`${dir}/ifcfg-bond0`) instanceof SlimDocument);
  ws.set(`${dir}/ifcfg-eth0`, 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nHWADDR=08:00:27:00:00:02\n', true);
  const open = ws.get(`${dir}/ifcfg-eth0`)!;
  assert.ok(!(open instanceof SlimDocument));
  const findings = analyzeDocument(open, ws.system(open.uri));
  ws.close(open.uri);
  const closed = ws.get(`${dir}/ifcfg-eth0`)!;
  assert.ok(closed instanceof SlimDocument);
  assert.deepEqual(ws.system(closed.uri).docs.includes(closed), true, 'the index holds the slim document');
  assert.deepEqual(analyzeDocument(closed, ws.system(closed.uri)), findings);
});

test('a slim document parses again only while a task runs, then drops the parse', async () => {
  const d = new SlimDocument('file:///ws/ifcfg-eth0', 'DEVICE=eth0\nONBOOT=yes\n');
  const first = d.effective;
  assert.equal(d.effective, first, 'one parse within a task');
  await Promise.resolve();
  assert.notEqual(d.effective, first, 'a new parse after the task');
  assert.deepEqual(d.effective, first);
});
