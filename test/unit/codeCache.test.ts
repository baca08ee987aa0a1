// bin/ifcfg-lint.js loads its bundle with the V8 code cache the build wrote, and only a cache of
// the very bundle it loads: V8 itself checks little more than the source's length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeCodeCache } from '../../scripts/code-cache.mjs';

const require = createRequire(import.meta.url);
const { load } = require('../../bin/ifcfg-lint.js') as {
  load: (file: string) => { exports: { answer: () => number }; cached: boolean };
};

/** A bundle whose answer is `n`; the two bundles below differ in one digit, not in length. */
const bundle = (dir: string, name: string, n: number) => {
  const file = join(dir, name);
  writeFileSync(file, `exports.answer = function () { return ${n}; };\n`);
  return file;
};

test('the cache its own build wrote is used', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  const file = bundle(d, 'cli.js', 1);
  writeCodeCache(file, (m: { answer: () => number }) => m.answer());
  const r = load(file);
  assert.equal(r.cached, true);
  assert.equal(r.exports.answer(), 1);
  assert.match(readFileSync(file, 'utf8'), /\n\/\/ ifcfg-build [0-9a-f]{64}\n$/);
});

test('a cache another build wrote is refused, even for a bundle of the same length', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  const one = bundle(d, 'one.js', 1);
  const two = bundle(d, 'two.js', 2);
  writeCodeCache(one, (m: { answer: () => number }) => m.answer());
  writeCodeCache(two, (m: { answer: () => number }) => m.answer());
  assert.equal(readFileSync(one, 'utf8').length, readFileSync(two, 'utf8').length);
  copyFileSync(join(d, 'one.cache'), join(d, 'two.cache'));
  const r = load(two);
  assert.equal(r.cached, false);
  assert.equal(r.exports.answer(), 2);
});

test('a bundle rebuilt without a cache (npm run watch) is loaded from its source', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  const file = bundle(d, 'cli.js', 1);
  writeCodeCache(file);
  const cache = readFileSync(join(d, 'cli.cache'));
  bundle(d, 'cli.js', 3);
  writeFileSync(join(d, 'cli.cache'), cache);
  const r = load(file);
  assert.equal(r.cached, false);
  assert.equal(r.exports.answer(), 3);
});

test('writing the cache again names the same build: the id line is replaced, not added', () => {
  const d = mkdtempSync(join(tmpdir(), 'ifcfg-cache-'));
  const file = bundle(d, 'cli.js', 1);
  const first = writeCodeCache(file).id;
  const text = readFileSync(file, 'utf8');
  assert.equal(writeCodeCache(file).id, first);
  assert.equal(readFileSync(file, 'utf8'), text);
});
