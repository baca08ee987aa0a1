// The TextMate grammar tokenises ifcfg files as VS Code will (vscode-textmate + oniguruma).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, IGrammar } from 'vscode-textmate';

const grammars = new Map<string, IGrammar>();
let onigReady: Promise<void> | undefined;

/** Loads a grammar of syntaxes/ the way VS Code does (vscode-textmate + oniguruma). */
async function load(file = 'ifcfg.tmLanguage.json', scope = 'source.ifcfg'): Promise<IGrammar> {
  const hit = grammars.get(scope);
  if (hit) return hit;
  onigReady ??= oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  await onigReady;
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: () => Promise.resolve(parseRawGrammar(readFileSync(`syntaxes/${file}`, 'utf8'), file)),
  });
  const g = (await registry.loadGrammar(scope))!;
  grammars.set(scope, g);
  return g;
}

/** Scopes of the token that covers `needle` on `line`. */
async function scopesOf(line: string, needle: string, nth = 0): Promise<string[]> {
  const g = await load();
  const { tokens } = g.tokenizeLine(line, INITIAL);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = line.indexOf(needle, at + 1);
  const t = tokens.find((x) => x.startIndex <= at && at < x.endIndex)!;
  return t.scopes;
}

test('keys, "=" and values', async () => {
  assert.ok((await scopesOf('ONBOOT=yes', 'ONBOOT')).includes('variable.other.key.ifcfg'));
  assert.ok((await scopesOf('ONBOOT=yes', '=')).includes('keyword.operator.assignment.ifcfg'));
  assert.ok((await scopesOf('ONBOOT=yes', 'yes')).includes('constant.language.boolean.ifcfg'));
  assert.ok((await scopesOf('NAME="My NIC"', 'My')).includes('string.quoted.double.ifcfg'));
  assert.ok((await scopesOf("NAME='My NIC'", 'My')).includes('string.quoted.single.ifcfg'));
  assert.ok((await scopesOf('HWADDR=08:00:27:5c:b0:e5', '08:')).includes('constant.numeric.mac.ifcfg'));
  assert.ok((await scopesOf('IPADDR=192.168.1.10', '192')).includes('constant.numeric.ip.ifcfg'));
});

test('comments, escapes and expansions NM rejects', async () => {
  assert.ok((await scopesOf('# a comment', 'comment')).includes('comment.line.number-sign.ifcfg'));
  assert.ok((await scopesOf('ONBOOT=yes # trailing', 'trailing')).includes('comment.line.number-sign.ifcfg'));
  assert.ok((await scopesOf('NAME="a \\" b"', '\\"')).includes('constant.character.escape.ifcfg'));
  assert.ok(
    (await scopesOf('ETHTOOL_OPTS="-K ${DEVICE} tso on"', '${DEVICE}')).includes('invalid.illegal.expansion.ifcfg'),
  );
  assert.ok((await scopesOf('# ifcfg-lint: ignore VNIC-017', 'ignore')).includes('keyword.control.directive.ifcfg'));
});

test('option names and values inside BONDING_OPTS', async () => {
  const line = 'BONDING_OPTS="mode=1 miimon=100 fail_over_mac=active"';
  assert.ok((await scopesOf(line, 'mode')).includes('entity.name.tag.option.ifcfg'));
  assert.ok((await scopesOf(line, 'fail_over_mac')).includes('entity.name.tag.option.ifcfg'));
  assert.ok((await scopesOf(line, '100')).includes('constant.numeric.integer.ifcfg'));
  assert.ok((await scopesOf(line, 'active')).includes('constant.other.option-value.ifcfg'));
  assert.ok((await scopesOf(line, 'miimon')).includes('string.quoted.double.ifcfg'));
});

test('route lines', async () => {
  assert.ok((await scopesOf('10.0.0.0/8 via 10.0.0.1 metric 3', 'via')).includes('keyword.other.route.ifcfg'));
  assert.ok((await scopesOf('10.0.0.0/8 via 10.0.0.1', '10.0.0.0/8')).includes('constant.numeric.ip.ifcfg'));
});

test('bonding-status grammar: headers, fields, MACs, up/down', async () => {
  const g = await load('bonding-status.tmLanguage.json', 'source.bonding-status');
  const scopes = (line: string, needle: string) =>
    g
      .tokenizeLine(line, INITIAL)
      .tokens.find((t) => t.startIndex <= line.indexOf(needle) && line.indexOf(needle) < t.endIndex)!.scopes;
  assert.ok(scopes('Slave Interface: enp0s8', 'enp0s8').includes('entity.name.section.bonding-status'));
  assert.ok(scopes('MII Status: down', 'MII').includes('variable.other.field.bonding-status'));
  assert.ok(scopes('MII Status: down', 'down').includes('markup.deleted.state-down.bonding-status'));
  assert.ok(scopes('MII Status: up', 'up').includes('markup.inserted.state-up.bonding-status'));
  assert.ok(scopes('Permanent HW addr: 08:00:27:5c:b0:e5', '08:').includes('constant.numeric.mac.bonding-status'));
});
