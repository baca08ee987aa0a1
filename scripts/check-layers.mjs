// Keeps the layers of CONTRIBUTING.md: no import cycles, no arrow from a lower layer up to a
// higher one, the engine entered only through engine/index.ts and free of Node and of the LSP
// transport, and the three hosts (server, CLI, client) apart. Run by `npm test`; prints every
// violation and exits 1 if there is one.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { builtinModules } from 'module';
import { dirname, join, relative, resolve, sep } from 'path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SCANNED = ['server/src', 'client/src', 'test', 'scripts', 'bench'];
const SKIPPED = ['test/corpus/networkmanager', 'test/fixtures', 'node_modules'];

/** Engine layers, bottom-up: a file may import its own layer and the ones below, never above. */
const ENGINE_LAYERS = [
  ['types.ts', 'util/'],
  ['catalog/'],
  ['parser/', 'snapshot/'],
  ['fixes/'],
  ['model/', 'settings.ts'],
  // Fixes that need the model's view of a bond (its options, mode, edit builders).
  ['fixes/failOverMac.ts'],
  ['rules/'],
  ['analyze.ts', 'fixAll.ts', 'migrate/', 'summary/'],
  ['index.ts', 'docs.ts'],
];
/** Packages the engine may use: LSP's plain data types, nothing that talks or touches the OS. */
const ENGINE_PACKAGES = new Set(['vscode-languageserver-types']);
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const rel = (p) => relative(ROOT, p).split(sep).join('/');

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (SKIPPED.some((s) => rel(p).startsWith(s))) continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(rel(p));
  }
  return out;
}

function resolveImport(from, spec) {
  const base = resolve(ROOT, dirname(from), spec);
  for (const c of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(c) && statSync(c).isFile()) return rel(c);
  return undefined;
}

/** What part of the code base a file belongs to. */
function area(file) {
  if (file.startsWith('server/src/engine/')) return 'engine';
  if (file.startsWith('server/src/features/')) return 'features';
  if (file.startsWith('server/src/cli/')) return 'cli';
  if (file.startsWith('server/src/')) return 'server';
  if (file.startsWith('client/src/')) return 'client';
  return 'outside';
}

function engineLayer(file) {
  const inner = file.slice('server/src/engine/'.length);
  // A file named on its own wins over its folder's entry.
  const exact = ENGINE_LAYERS.findIndex((l) => l.includes(inner));
  if (exact >= 0) return exact;
  const i = ENGINE_LAYERS.findIndex((l) => l.some((p) => p.endsWith('/') && inner.startsWith(p)));
  return i < 0 ? undefined : i;
}

const files = SCANNED.flatMap((d) => walk(join(ROOT, d), []));
const graph = new Map();
const problems = [];
const unlayered = new Set();

for (const file of files) {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  const deps = [];
  const from = area(file);
  for (const { fileName: spec } of info.importedFiles) {
    if (!spec.startsWith('.')) {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (from === 'engine' && !ENGINE_PACKAGES.has(pkg))
        problems.push(`${file}: the engine must not import '${spec}' (no Node, no LSP transport)`);
      if (from === 'features' && NODE_BUILTINS.has(spec))
        problems.push(`${file}: features must not import Node's '${spec}'; the server reads files`);
      continue;
    }
    const target = resolveImport(file, spec);
    if (!target) continue; // JSON, assets: not part of the module graph
    deps.push(target);
    const to = area(target);
    if (from === 'engine' && to !== 'engine') problems.push(`${file}: the engine must not import ${target}`);
    // index.ts is the way in; docs.ts (rule prose and examples) only for the docs generator and tests.
    const entry =
      target === 'server/src/engine/index.ts' || (target === 'server/src/engine/docs.ts' && from === 'outside');
    if (from !== 'engine' && to === 'engine' && !entry)
      problems.push(`${file}: import the engine through server/src/engine/index.ts, not ${target}`);
    if (from === 'engine' && to === 'engine') {
      const a = engineLayer(file);
      const b = engineLayer(target);
      if (a === undefined) unlayered.add(file);
      if (b === undefined) unlayered.add(target);
      if (a !== undefined && b !== undefined && b > a)
        problems.push(`${file} (engine layer ${a}) must not import ${target} (layer ${b}, above it)`);
    }
    if (from === 'features' && (to === 'cli' || to === 'server'))
      problems.push(`${file}: features must not import ${target}`);
    if (from === 'cli' && (to === 'features' || to === 'server') && !target.startsWith('server/src/fs/'))
      problems.push(`${file}: the CLI must not import ${target}`);
    if (from === 'server' && to === 'cli') problems.push(`${file}: the server must not import the CLI (${target})`);
    // The client shares only the protocol's names and the engine's data shapes (types, erased).
    const clientMay = ['server/src/protocol.ts', 'server/src/engine/index.ts'];
    if (from === 'client' && to !== 'client' && !clientMay.includes(target))
      problems.push(`${file}: the VS Code client must not import ${target}`);
  }
  graph.set(file, deps);
}

// Cycles: Tarjan's strongly connected components; any component of more than one file is a cycle.
let index = 0;
const stack = [];
const onStack = new Set();
const idx = new Map();
const low = new Map();
function strong(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!idx.has(w)) {
      strong(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const comp = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1 || (graph.get(v) ?? []).includes(v))
      problems.push(`import cycle: ${comp.sort().join(' <-> ')}`);
  }
}
for (const f of graph.keys()) if (!idx.has(f)) strong(f);

for (const f of [...unlayered].sort())
  console.warn(`check-layers: ${f} has no engine layer yet; add its folder to ENGINE_LAYERS`);
if (problems.length) {
  console.error(`check-layers: ${problems.length} violation(s) of the layers in CONTRIBUTING.md:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`check-layers: ${graph.size} modules, no cycles, layers kept`);
