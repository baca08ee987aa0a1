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
  const res = lintSet(UPSTREAM, names, true);
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
