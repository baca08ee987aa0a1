// The NetworkManager keyfile grammar tokenises as VS Code will (vscode-textmate + oniguruma).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, IGrammar } from 'vscode-textmate';

let grammar: Promise<IGrammar> | undefined;

function load(): Promise<IGrammar> {
  grammar ??= (async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: () =>
        Promise.resolve(
          parseRawGrammar(
            readFileSync('syntaxes/nmconnection.tmLanguage.json', 'utf8'),
            'nmconnection.tmLanguage.json',
          ),
        ),
    });
    return (await registry.loadGrammar('source.nmconnection'))!;
  })();
  return grammar;
}

async function scopesOf(line: string, needle: string): Promise<string[]> {
  const { tokens } = (await load()).tokenizeLine(line, INITIAL);
  const at = line.indexOf(needle);
  return tokens.find((x) => x.startIndex <= at && at < x.endIndex)!.scopes;
}

test('groups, keys, "=" and typed values', async () => {
  assert.ok((await scopesOf('[bond]', 'bond')).includes('entity.name.section.group-title.nmconnection'));
  assert.ok((await scopesOf('mode=active-backup', 'mode')).includes('variable.other.key.nmconnection'));
  assert.ok((await scopesOf('mode=active-backup', '=')).includes('keyword.operator.assignment.nmconnection'));
  assert.ok((await scopesOf('autoconnect=false', 'false')).includes('constant.language.boolean.nmconnection'));
  assert.ok(
    (await scopesOf('mac-address=08:00:27:5C:B0:E5', '08:')).includes('constant.other.mac-address.nmconnection'),
  );
  assert.ok((await scopesOf('address1=192.0.2.10/24', '192')).includes('constant.numeric.ip-address.nmconnection'));
  assert.ok((await scopesOf('miimon=100', '100')).includes('constant.numeric.nmconnection'));
});

test('comments only at line start; escapes; lines GLib refuses', async () => {
  assert.ok((await scopesOf('# comment', 'comment')).includes('comment.line.number-sign.nmconnection'));
  assert.ok(!(await scopesOf('id=a # not a comment', 'not')).some((s) => s.startsWith('comment')));
  assert.ok((await scopesOf('id=a\\sb', '\\s')).includes('constant.character.escape.nmconnection'));
  assert.ok((await scopesOf('id=a\\qb', '\\q')).includes('invalid.illegal.escape.nmconnection'));
  assert.ok((await scopesOf('not a pair', 'not')).includes('invalid.illegal.line.nmconnection'));
  assert.ok((await scopesOf('; not a comment', ';')).includes('invalid.illegal.line.nmconnection'));
});
