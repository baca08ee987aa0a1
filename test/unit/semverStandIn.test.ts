// The client bundle's stand-in for semver (client/src/libraryStandIns/semver.ts) against the real
// package, which stays installed as vscode-languageclient's dependency: the same parse and the same
// caret-range answers on generated versions and ranges, including prereleases, 0.x, build
// metadata, invalid strings and VS Code's own version strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'fs';
import { createRequire } from 'module';
import fc from 'fast-check';
import { build } from 'esbuild';
import { parse, satisfies, type Version } from '../../client/src/libraryStandIns/semver';
import { Minimatch } from '../../client/src/libraryStandIns/minimatch';
import { requiredVscodeRange, standIns } from '../../scripts/bundles.mjs';

// Resolved from vscode-languageclient, as the library itself would load it.
const CLIENT_MAIN = createRequire(__filename).resolve('vscode-languageclient/node');
const fromClient = createRequire(CLIENT_MAIN);
/** vscode-languageclient/lib/node/main.js, where checkVersion() and the required range live. */
const readMain = () => readFileSync(CLIENT_MAIN, 'utf8');
type Real = Version & { version: string };
const realParse = fromClient('semver/functions/parse') as (v: unknown) => Real | null;
const realSatisfies = fromClient('semver/functions/satisfies') as (v: unknown, r: string) => boolean;

const fields = (v: Version | null) =>
  v && { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease, build: v.build };

/** checkVersion() of vscode-languageclient/lib/node/main.js, with the given parse and satisfies. */
function checkVersion(
  p: (v: string) => Version | null,
  s: (v: Version, r: string) => boolean,
  version: string,
  range: string,
): boolean | 'invalid' {
  const v = p(version);
  if (!v) return 'invalid';
  if (v.prerelease && v.prerelease.length > 0) v.prerelease = [];
  return s(v, range);
}

const number = fc.oneof(fc.constantFrom(0, 1, 2, 9, 10, 91, 96, 100), fc.nat(3), fc.nat());
const identifier = fc.oneof(
  fc.constantFrom('insider', 'alpha', 'beta', 'rc', '0', '1', '2', '10', '01', '-', 'x-1', '1a', 'exploration'),
  fc.nat(20).map(String),
  fc.stringMatching(/^[0-9A-Za-z-]{1,6}$/),
);
const dotted = fc.array(identifier, { minLength: 1, maxLength: 3 }).map((ids) => ids.join('.'));
const versionText = fc
  .tuple(number, number, number, fc.option(dotted, { freq: 2 }), fc.option(dotted, { freq: 4 }))
  .map(([a, b, c, pre, build]) => `${a}.${b}.${c}${pre === null ? '' : `-${pre}`}${build === null ? '' : `+${build}`}`);
// Near misses: what a hand-made version string gets wrong.
const noisy = fc.oneof(
  versionText,
  versionText.map((v) => `v${v}`),
  versionText.map((v) => ` ${v}\t`),
  versionText.map((v) => v.replace(/^\d+/, (d) => `0${d}`)),
  versionText.map((v) => v.replace('.', '..')),
  versionText.map((v) => `${v}-`),
  versionText.map((v) => `=${v}`),
  fc.constantFrom('', '1', '1.2', '1.2.3.4', '1.2.x', 'latest', '9007199254740992.0.0', '1.2.3-9007199254740993'),
  fc.string({ maxLength: 12 }),
);
const VSCODE_VERSIONS = ['1.91.0', '1.96.0-insider', '1.90.2', '1.100.0-insider', '2.0.0-insider', '1.91.0-insider'];
// Caret ranges as the stand-in reads them: `^X.Y.Z`, with a prerelease or build now and then.
const caret = fc
  .tuple(
    fc.constantFrom(0, 1, 2, 91),
    fc.constantFrom(0, 1, 2, 91),
    fc.constantFrom(0, 1, 3),
    fc.option(dotted, { freq: 3 }),
  )
  .map(([a, b, c, pre]) => `^${a}.${b}.${c}${pre === null ? '' : `-${pre}`}`)
  .filter((range) => realParse(range.slice(1)) !== null);

test('parse agrees with semver on valid, near-valid and invalid strings', () => {
  fc.assert(
    fc.property(noisy, (text) => assert.deepEqual(fields(parse(text)), fields(realParse(text)), text)),
    { numRuns: 4000 },
  );
  for (const text of [...VSCODE_VERSIONS, 'x'.repeat(300), `1.2.3-${'a'.repeat(260)}`])
    assert.deepEqual(fields(parse(text)), fields(realParse(text)), text);
});

test('satisfies agrees with semver for caret ranges, prerelease versions included', () => {
  fc.assert(
    fc.property(fc.oneof(versionText, fc.constantFrom(...VSCODE_VERSIONS)), caret, (text, range) => {
      assert.equal(satisfies(parse(text)!, range), realSatisfies(realParse(text), range), `${text} ${range}`);
      assert.equal(satisfies(text, range), realSatisfies(text, range), `${text} ${range} (as text)`);
    }),
    { numRuns: 4000 },
  );
});

test("the library's checkVersion decides the same with the stand-in as with semver", () => {
  const range = requiredVscodeRange(readMain());
  fc.assert(
    fc.property(fc.oneof(noisy, fc.constantFrom(...VSCODE_VERSIONS)), (text) =>
      assert.equal(
        checkVersion(parse, satisfies, text, range),
        checkVersion(realParse, realSatisfies, text, range),
        text,
      ),
    ),
    { numRuns: 3000 },
  );
  assert.equal(checkVersion(parse, satisfies, '1.96.0-insider', range), true);
  assert.equal(checkVersion(parse, satisfies, '1.90.2', range), false);
});

test('a range other than ^X.Y.Z is refused, not answered', () => {
  for (const range of ['>=1.91.0', '~1.91.0', '^1.91', '1.91.0', '^1.91.0 || ^2.0.0', ' ^1.91.0', '^v1.91.0'])
    assert.throws(() => satisfies('1.91.0', range), /only caret version ranges/, range);
});

test("the build refuses a REQUIRED_VSCODE_VERSION the stand-in cannot read, and reads the library's", () => {
  assert.match(requiredVscodeRange(readMain()), /^\^\d+\.\d+\.\d+$/);
  assert.throws(() => requiredVscodeRange("const REQUIRED_VSCODE_VERSION = '>=1.91.0';"), /not a caret range/);
  assert.throws(() => requiredVscodeRange('const REQUIRED = 1;'), /missing/);
});

test('the build refuses minimatch or semver required by a module not known to need it', async () => {
  for (const name of ['minimatch', 'semver/functions/parse', 'semver'])
    await assert.rejects(
      build({
        stdin: { contents: `require(${JSON.stringify(name)});`, resolveDir: process.cwd(), sourcefile: 'ours.js' },
        bundle: true,
        write: false,
        logLevel: 'silent',
        plugins: [standIns],
      }),
      /does not know to need it/,
      name,
    );
});

test('glob matching, left out of the client bundle, fails loudly if the library ever asks for it', () => {
  assert.throws(() => new Minimatch(), /registers no file-operation filters.*leaves glob matching out/);
});
