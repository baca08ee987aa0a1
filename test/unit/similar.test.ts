// The bit-parallel edit distance behind "did you mean" must agree with the plain table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { didYouMean, distance, fastDistance } from '../../server/src/engine';

const capped = (d: number, max: number) => Math.min(d, max + 1);

test('bit-parallel and table distances agree on words up to 32 characters', () => {
  const word = (maxLength: number) =>
    fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', 'é', '\u{1f600}'), minLength: 1, maxLength });
  fc.assert(
    fc.property(word(32), word(40), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      if (a.length > 32) return;
      assert.equal(capped(fastDistance(a, b, max), max), capped(distance(a, b, max), max), `${a} / ${b}`);
    }),
    { numRuns: 3000 },
  );
});

test('did you mean: typos of known keys, nothing for unrelated words', () => {
  const keys = ['BONDING_OPTS', 'BOOTPROTO', 'HWADDR', 'MACADDR', 'ONBOOT', 'DEVICE'];
  assert.equal(didYouMean('BONDNG_OPTS', keys), 'BONDING_OPTS');
  assert.equal(didYouMean('bootprot', keys), 'BOOTPROTO');
  assert.equal(didYouMean('HWADR', keys), 'HWADDR');
  assert.equal(didYouMean('ZONE', keys), undefined);
});
