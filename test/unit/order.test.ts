// ifcfg-lint lists files in the default collation's order (as localeCompare sorts); for ASCII
// names under a C or English locale it gets that order without building an Intl.Collator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { collatesLikeRoot, sortByName } from '../../server/src/cli/order';

const ROOT_ENV = { LANG: 'C.UTF-8' };
const byCollator = (names: string[]) => {
  const c = new Intl.Collator('en');
  return [...names].sort((a, b) => c.compare(a, b));
};
const ours = (names: string[]) => sortByName([...names], (n) => n, ROOT_ENV);
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

test('every printable ASCII character, alone and in pairs, sorts as Intl.Collator sorts it', () => {
  assert.deepEqual(ours(ASCII), byCollator(ASCII));
  const pairs = ASCII.flatMap((a) => ['a', 'A', '0', '-', '_', '.', '/'].flatMap((b) => [a + b, b + a]));
  assert.deepEqual(ours(pairs), byCollator(pairs));
});

test('file paths of printable ASCII sort as Intl.Collator sorts them', () => {
  const path = fc.stringMatching(/^[ -~]{0,12}$/);
  const pathy = fc
    .array(fc.constantFrom('ifcfg-', 'eth', 'Eth', 'bond', '0', '1', '10', '.', '-', '_', '/', 'A', 'a', '~', ' '), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(fc.oneof(path, pathy), { maxLength: 40 }), (names) => {
      assert.deepEqual(ours(names), byCollator(names));
    }),
    { numRuns: 500 },
  );
});

test('names beyond ASCII, or another locale, take the collator', () => {
  const names = ['ifcfg-é', 'ifcfg-e', 'ifcfg-f', 'ifcfg-E'];
  assert.deepEqual(ours(names), byCollator(names));
  assert.equal(collatesLikeRoot({}), true);
  for (const LANG of ['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'en_GB.utf8', 'en', '']) {
    assert.equal(collatesLikeRoot({ LANG }), true, LANG);
  }
  for (const env of [{ LANG: 'da_DK.UTF-8' }, { LC_ALL: 'sv_SE' }, { LANG: 'C', LC_MESSAGES: 'cs_CZ.UTF-8' }]) {
    assert.equal(collatesLikeRoot(env), false, JSON.stringify(env));
  }
});

test('a Danish locale sorts aa after z, as its collation says, and a C locale before b', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-order-'));
  for (const n of ['ifcfg-aa', 'ifcfg-b']) writeFileSync(join(d, n), 'DEVICE=x\nMTU=x\n');
  const order = (LANG: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG, NO_COLOR: '1' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    const r = spawnSync(process.execPath, [resolve('bin/ifcfg-lint.js'), d], { encoding: 'utf8', env });
    return [...r.stdout.matchAll(/ifcfg-(aa|b)$/gm)].map((m) => m[1]);
  };
  assert.deepEqual(order('da_DK.UTF-8'), ['b', 'aa']);
  assert.deepEqual(order('C.UTF-8'), ['aa', 'b']);
});
