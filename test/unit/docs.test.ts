// Generated documentation stays in sync with the rule registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { rulesMarkdown } from '../../scripts/gen-rules-doc';

test('docs/rules.md matches the registry (run npm run gen:docs)', () => {
  assert.equal(readFileSync('docs/rules.md', 'utf8'), rulesMarkdown());
});
