// What `npm run build` bundles, shared with the size budgets (test/unit/size.test.ts).
//
// The extension and the language server both embed the LSP protocol, JSON-RPC and LSP types
// (~140 KB minified). They run in different processes, so each needs them, but the .vsix need
// not carry them twice: both bundles require them from one shared bundle, dist/lsp.js.
import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));

/** Module names (as the LSP libraries and our code import them) served by dist/lsp.js. */
export const SHARED_MODULES = [
  'vscode-jsonrpc',
  'vscode-jsonrpc/node',
  'vscode-languageserver-protocol',
  'vscode-languageserver-protocol/node',
  'vscode-languageserver-types',
  'vscode-languageserver-textdocument',
];
const SHARED_FILE = './lsp.js';

/** Resolves the shared modules (and the libraries' import helpers, below) to dist/lsp.js at run
 *  time instead of bundling them. */
const useShared = {
  name: 'lsp-shared',
  setup(b) {
    const names = new Set(SHARED_MODULES);
    b.onResolve({ filter: /^vscode-/ }, (a) =>
      names.has(a.path) ? { path: a.path, namespace: 'lsp-shared' } : undefined,
    );
    b.onResolve({ filter: /^ts-helper:/ }, (a) => ({ path: a.path, namespace: 'lsp-shared' }));
    b.onResolve({ filter: /^\.\/lsp\.js$/, namespace: 'lsp-shared' }, () => ({ path: SHARED_FILE, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lsp-shared' }, (a) => ({
      contents: `module.exports = require(${JSON.stringify(SHARED_FILE)})[${JSON.stringify(a.path)}];`,
      loader: 'js',
    }));
  },
};

// TypeScript compiled every module of the LSP libraries with its own copy of the import helpers it
// needs (__createBinding, __setModuleDefault, __importStar, __importDefault, __exportStar): 24 copies
// in the client alone, ~1 KB each. The .vsix keeps one copy of each, in dist/lsp.js: a module's
// `var __name = (this && this.__name) || …;` statements become requires of that copy when they are
// the very text of the libraries' usual copy (the commonest text of each helper across the four
// libraries, verbatim). A module with any other helper text keeps its own, so only identical code
// is shared; nothing else in the libraries changes.
const HELPER = /^var (__\w+) = \(this && this\.\1\) \|\| /;
const COMPILED_LIBRARIES = [
  'vscode-jsonrpc',
  'vscode-languageserver-protocol',
  'vscode-languageserver',
  'vscode-languageclient',
];
const IN_COMPILED_LIBRARY = new RegExp(
  `[\\\\/]node_modules[\\\\/](${COMPILED_LIBRARIES.join('|')})[\\\\/]lib[\\\\/].*\\.js$`,
);
const HELPER_PREFIX = 'ts-helper:';

/** The helper statements at the top of a compiled module: name, first and last line, text. */
function helperStatements(lines) {
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const m = HELPER.exec(lines[i]);
    if (!m) continue;
    let last = i + 1;
    // A statement ends on the first later line that starts in column 0 and ends with `;`.
    while (last < lines.length && !/^\S.*;$/.test(lines[last])) last++;
    if (last === lines.length) break;
    found.push({ name: m[1], first: i, last, text: lines.slice(i, last + 1).join('\n') });
    i = last;
  }
  return found;
}

let usualHelpers;
/** The commonest text of each helper in the libraries' compiled modules, by name (the same for
 *  every build, so the bundles agree on what dist/lsp.js holds). */
function helpers() {
  if (usualHelpers) return usualHelpers;
  const counts = new Map();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js'))
        for (const h of helperStatements(readFileSync(p, 'utf8').split('\n'))) {
          const byText = counts.get(h.name) ?? counts.set(h.name, new Map()).get(h.name);
          byText.set(h.text, (byText.get(h.text) ?? 0) + 1);
        }
    }
  };
  for (const lib of COMPILED_LIBRARIES) walk(new URL(`../node_modules/${lib}/lib`, import.meta.url).pathname);
  usualHelpers = new Map(
    [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, byText]) => [name, [...byText].sort(([ta, a], [tb, b]) => b - a || (ta < tb ? -1 : 1))[0][0]]),
  );
  return usualHelpers;
}

// Node modules the LSP libraries require as they load, for code the server does not run at start:
// crypto (UUIDs, and random pipe names for the IPC and socket transports) and child_process
// (vscode-languageserver's Files helpers, which ask npm and yarn for their global folders). The
// server runs with a V8 flag (--max-semi-space-size), and under any V8 flag Node cannot use its
// own compiled copy of its modules: loading these two compiles them from source, ~4.4 and ~2.1 ms
// of every server start. Each such require becomes an object that loads the module at its first
// use. The build fails when a line is not found or the module is used other than by property
// (`crypto_1.randomBytes`), so a library upgrade cannot make this silently stop applying or apply
// to code that needs the module itself.
const LAZY_BUILTINS = [
  { file: 'vscode-jsonrpc/lib/node/ril.js', name: 'crypto_1', module: 'crypto' },
  { file: 'vscode-jsonrpc/lib/node/main.js', name: 'crypto_1', module: 'crypto' },
  { file: 'vscode-languageserver/lib/node/files.js', name: 'child_process_1', module: 'child_process' },
];

/** The module's lines with its LAZY_BUILTINS require (if it has one) replaced, line for line. */
export function lazyBuiltins(path, lines) {
  const file = path.split('\\').join('/');
  const lazy = LAZY_BUILTINS.find((l) => file.endsWith(`/node_modules/${l.file}`));
  if (!lazy) return false;
  const line = `const ${lazy.name} = require("${lazy.module}");`;
  const at = lines.indexOf(line);
  const uses = lines.join('\n').match(new RegExp(`\\b${lazy.name}\\b.?`, 'g')) ?? [];
  if (at < 0 || uses.filter((u) => !u.endsWith('.')).length !== 1)
    throw new Error(
      `${lazy.file}: expected "${line}" and only property uses of ${lazy.name} (LAZY_BUILTINS in scripts/bundles.mjs)`,
    );
  lines[at] = `const ${lazy.name} = new Proxy({}, { get: (_, key) => require("${lazy.module}")[key] });`;
  return true;
}

/** Replaces the usual helper copies of the libraries' modules with requires of `ts-helper:name`
 *  (in dist/lsp.js a module holding the usual text; in the other bundles, lsp.js's copy), and
 *  makes the LAZY_BUILTINS requires lazy. */
const helpersOnce = {
  name: 'ts-helpers-once',
  setup(b) {
    b.onLoad({ filter: IN_COMPILED_LIBRARY }, (a) => {
      const lines = readFileSync(a.path, 'utf8').split('\n');
      const lazy = lazyBuiltins(a.path, lines);
      const statements = helperStatements(lines);
      // All or none: a module's own helpers call each other.
      const shared = statements.length > 0 && statements.every((h) => helpers().get(h.name) === h.text);
      if (!shared && !lazy) return undefined;
      // Line for line, so the library's source map still fits.
      if (shared)
        for (const h of statements)
          lines.splice(
            h.first,
            h.last - h.first + 1,
            `var ${h.name} = require("${HELPER_PREFIX}${h.name}");`,
            ...Array(h.last - h.first).fill(''),
          );
      return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(a.path) };
    });
    b.onResolve({ filter: /^ts-helper:/ }, (a) => ({
      path: a.path.slice(HELPER_PREFIX.length),
      namespace: 'ts-helper',
    }));
    // A helper that calls others (__importStar calls __createBinding) requires them the same way.
    b.onLoad({ filter: /.*/, namespace: 'ts-helper' }, (a) => {
      const text = helpers().get(a.path);
      const uses = [...helpers().keys()].filter((n) => n !== a.path && text.includes(`${n}(`));
      const head = uses.map((n) => `var ${n} = require("${HELPER_PREFIX}${n}");\n`).join('');
      return { contents: `${head}${text}\nmodule.exports = ${a.path};`, loader: 'js' };
    });
  },
};

// vscode-languageclient requires two packages for code the extension never runs, and esbuild
// cannot leave CommonJS out, so the client bundle would carry them whole (~15 KB of the packed
// .vsix, 6%). They are replaced by small modules of client/src/libraryStandIns, each saying why:
// - minimatch (with brace-expansion and balanced-match): glob matching for file-operation filters
//   and pattern document filters, which our server never registers (test/protocol/
//   capabilities.test.ts); the stand-in's Minimatch throws if it is ever constructed.
// - semver: the library's one version check, `semverSatisfies(semverParse(vscode.version),
//   REQUIRED_VSCODE_VERSION)`; the stand-in parses versions and reads caret ranges, as semver does
//   (test/unit/semverStandIn.test.ts compares them).
// The build fails when any other module requires either package (a library upgrade using them
// elsewhere) or when the required VS Code version is not the caret range the stand-in reads.
const STAND_INS = {
  minimatch: {
    file: 'client/src/libraryStandIns/minimatch.ts',
    importers: [
      'vscode-languageclient/lib/common/fileOperations.js',
      'vscode-languageclient/lib/common/utils/globPattern.js',
    ],
  },
  'semver/functions/parse': {
    file: 'client/src/libraryStandIns/semver.ts',
    export: 'parse',
    importers: ['vscode-languageclient/lib/node/main.js'],
  },
  'semver/functions/satisfies': {
    file: 'client/src/libraryStandIns/semver.ts',
    export: 'satisfies',
    importers: ['vscode-languageclient/lib/node/main.js'],
  },
};
const ROOT = new URL('..', import.meta.url).pathname;

/** The VS Code versions the language client (lib/node/main.js's text) requires; throws unless it
 *  is a caret range `^X.Y.Z`, the only kind the semver stand-in reads. */
export function requiredVscodeRange(mainJs) {
  const m = /\bREQUIRED_VSCODE_VERSION = '([^']*)'/.exec(mainJs);
  if (!m || !/^\^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(m[1]))
    throw new Error(
      `vscode-languageclient's REQUIRED_VSCODE_VERSION is ${m ? JSON.stringify(m[1]) : 'missing'}, not a caret range ^X.Y.Z: client/src/libraryStandIns/semver.ts cannot check it`,
    );
  return m[1];
}

/** Serves the stand-ins to their known importers; fails the build for any other importer. */
export const standIns = {
  name: 'library-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^(minimatch|semver|brace-expansion|balanced-match)(\/|$)/ }, (a) => {
      const importer = a.importer.split('\\').join('/');
      const known = STAND_INS[a.path]?.importers.find((i) => importer.endsWith(`/node_modules/${i}`));
      if (!known)
        return {
          errors: [
            {
              text: `${a.path} is required by ${a.importer || 'the entry'}, which the client bundle does not know to need it: see STAND_INS in scripts/bundles.mjs`,
            },
          ],
        };
      if (a.path.startsWith('semver/')) requiredVscodeRange(readFileSync(a.importer, 'utf8'));
      return { path: a.path, namespace: 'library-stand-in' };
    });
    b.onLoad({ filter: /.*/, namespace: 'library-stand-in' }, (a) => {
      const s = STAND_INS[a.path];
      const target = JSON.stringify(join(ROOT, s.file));
      return {
        contents: s.export
          ? `module.exports = require(${target}).${s.export};`
          : `module.exports = require(${target});`,
        resolveDir: ROOT,
        loader: 'js',
      };
    });
  },
};

/** The shared bundle's entry: every shared module and every usual helper, by name. */
const sharedEntry = () => ({
  contents: `module.exports = {${[...SHARED_MODULES, ...[...helpers().keys()].map((h) => HELPER_PREFIX + h)]
    .map((m) => `${JSON.stringify(m)}: require(${JSON.stringify(m)})`)
    .join(',')}};`,
  resolveDir: new URL('..', import.meta.url).pathname,
  sourcefile: 'lsp-shared.js',
  loader: 'js',
});

/** esbuild options of every bundle, by output file. */
export function bundles({ minify = false, sourcemap = false } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: sourcemap ? 'linked' : false,
    minify,
    define: { IFCFG_VERSION: JSON.stringify(pkg.version) },
    logLevel: 'warning',
    plugins: [helpersOnce],
  };
  const out = {
    'dist/extension.js': {
      ...common,
      entryPoints: ['client/src/extension.ts'],
      external: ['vscode'],
      plugins: [useShared, helpersOnce, standIns],
    },
    'dist/server.js': { ...common, entryPoints: ['server/src/start.ts'], plugins: [useShared, helpersOnce] },
    // The server's entry: loads server.js and lsp.js with their code caches (server/src/boot.ts).
    'dist/boot.js': { ...common, entryPoints: ['server/src/boot.ts'] },
    'dist/lsp.js': { ...common, stdin: sharedEntry() },
    'dist/cli.js': { ...common, entryPoints: ['server/src/cli/main.ts'] },
    // The engine on its own, for benchmarks and fuzzing (not shipped in the .vsix).
    'dist/engine.js': { ...common, entryPoints: ['server/src/engine/index.ts'] },
  };
  return out;
}

/** The manifest inside the .vsix: what VS Code reads, without the npm-only fields, minified. */
export function vsixManifest(text) {
  const manifest = JSON.parse(text);
  delete manifest.files;
  delete manifest.scripts;
  delete manifest.devDependencies;
  delete manifest.bin;
  // VS Code reads engines.vscode; engines.node is for npm.
  delete manifest.engines.node;
  return JSON.stringify(manifest);
}

/** README sections for people working from the repository (building from source, contributing):
 *  the .vsix's copy, which VS Code and the Marketplace show beside an installed extension, leaves
 *  them out. */
export const REPOSITORY_SECTIONS = ['Quick start', 'Contributing'];

/** The README as the .vsix holds it: without the REPOSITORY_SECTIONS (each from its `## ` heading
 *  to the next). Throws when one is missing, so a renamed heading cannot ship unnoticed. */
export function vsixReadme(text) {
  const sections = text.split(/^(?=## )/m);
  const kept = sections.filter((s) => !REPOSITORY_SECTIONS.includes(s.slice(3, s.indexOf('\n')).trim()));
  if (sections.length - kept.length !== REPOSITORY_SECTIONS.length)
    throw new Error(`README.md: expected the sections ${REPOSITORY_SECTIONS.join(', ')}`);
  return kept.join('');
}

/** A file as the .vsix holds it: the README as above, the manifest as above, the other JSON files (grammars,
 *  snippets, language configurations) without indentation, anything else as it is. A JSON file
 *  with comments (VS Code allows them in a language configuration) is left as it is. */
export function vsixFile(path, bytes) {
  if (path === 'package.json') return Buffer.from(vsixManifest(bytes.toString('utf8')));
  if (path === 'README.md') return Buffer.from(vsixReadme(bytes.toString('utf8')));
  if (!path.endsWith('.json')) return bytes;
  try {
    return Buffer.from(JSON.stringify(JSON.parse(bytes.toString('utf8'))));
  } catch {
    return bytes;
  }
}
