// Generated documentation and the settings schema stay in sync with the rule registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { rulesMarkdown, sourcesMarkdown } from '../../scripts/gen-rules-doc';
import { ruleHref } from '../../server/src/engine';
import { DOCUMENTED_RULES as RULES } from '../../server/src/engine/docs';

test('docs/rules.md matches the rule metadata (run npm run gen:docs)', () => {
  assert.equal(readFileSync('docs/rules.md', 'utf8'), rulesMarkdown());
});

test('docs/sources.md matches the pinned sources (run npm run gen:docs)', () => {
  assert.equal(readFileSync('docs/sources.md', 'utf8'), sourcesMarkdown());
});

test('the ifcfg.rules setting lists exactly the registered codes (run npm run gen:docs)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { propertyNames: { enum: string[] } }> } };
  };
  const listed = pkg.contributes.configuration.properties['ifcfg.rules'].propertyNames.enum;
  assert.deepEqual(
    listed,
    RULES.map((r) => r.code as string),
  );
  for (const code of ['BOND-062', 'BRIDGE-001', 'CAP-001', 'CAP-005', 'ETHTOOL-001']) assert.ok(listed.includes(code));
});

test('docs/settings.md has a row for every setting the manifest contributes, with its default', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  const md = readFileSync('docs/settings.md', 'utf8');
  const rows = new Map([...md.matchAll(/^\| `(ifcfg\.[\w.]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]));
  for (const [name, p] of Object.entries(pkg.contributes.configuration.properties)) {
    assert.ok(rows.has(name), `${name} is in docs/settings.md`);
    if (p.default !== '') assert.equal(rows.get(name), `\`${JSON.stringify(p.default).replace(/^"|"$/g, '')}\``, name);
  }
  assert.equal(rows.size, Object.keys(pkg.contributes.configuration.properties).length);
});

test("each diagnostic's documentation link lands on a heading followed by the rule's explanation", () => {
  const md = readFileSync('docs/rules.md', 'utf8');
  for (const r of RULES) {
    const anchor = ruleHref(r.code).split('#')[1];
    const at = md.indexOf(`\n## ${anchor.toUpperCase()}\n`);
    assert.ok(at >= 0, `no heading for ${r.code}`);
    assert.ok(md.slice(at, at + 4000).includes(r.explanation.slice(0, 60)), `${r.code}: explanation not under heading`);
    assert.ok(r.sources.length > 0, `${r.code} cites no source`);
  }
});
