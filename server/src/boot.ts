// The language server's entry (dist/boot.js): loads dist/lsp.js and dist/server.js compiled with
// V8 code caches kept in the folder named by IFCFG_CODE_CACHE, the extension's own storage as the
// VS Code client passes it. Compiling the bundles' functions is a sizeable share of opening a
// workspace; the cache cannot ship in the .vsix (its size budget) nor be written beside the
// bundles (installs may be read-only), so a server writes it when it exits and the next one reads
// it. A cache serves only the build that wrote it (the bundle's last line names its build, see
// scripts/code-cache.mjs) and only when this V8 accepts it; no folder, an unreadable or foreign
// cache, a failed write: each costs the speed-up, never the server.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { Module } from 'module';
import { dirname, join } from 'path';
import { Script } from 'vm';

/** The last line of a bundle named by its build: `// ifcfg-build <64 hex digits>`. */
const BUILD_LINE = /\n\/\/ ifcfg-build ([0-9a-f]{64})\n$/;

const ModuleApi = Module as unknown as typeof Module & {
  _cache: Record<string, Module>;
  _nodeModulePaths(dir: string): string[];
};

const folder = process.env.IFCFG_CODE_CACHE;
// V8 refuses a cache made under other flags (the client's debug launch adds some): one cache per
// set of flags, named by their FNV-1a hash, so two ways of starting do not overwrite each other.
let flags = 0x811c9dc5;
for (const c of process.execArgv.join('\0')) flags = Math.imul(flags ^ c.charCodeAt(0), 0x01000193) >>> 0;
const suffix = `-${flags.toString(16)}.cache`;
/** Run when the process exits: each cache is written again if it was missing, refused or now
 *  holds less than this run compiled (the first run may have opened a single file, the next a
 *  whole workspace: the cache keeps the larger set of compiled functions). */
const toWrite: Array<() => void> = [];

function load(file: string, name: string): void {
  const src = readFileSync(file, 'utf8');
  const id = BUILD_LINE.exec(src.slice(-100))?.[1];
  const cacheFile = folder && id ? join(folder, name) : undefined;
  let cachedData: Buffer | undefined;
  try {
    const c = cacheFile ? readFileSync(cacheFile) : undefined;
    if (c && c.length > 32 && c.toString('hex', 0, 32) === id) cachedData = c.subarray(32);
  } catch {
    /* none yet, or unreadable */
  }
  const script = new Script(Module.wrap(src), { filename: file, cachedData });
  if (cacheFile) {
    const had = script.cachedDataRejected ? 0 : (cachedData?.length ?? 0);
    toWrite.push(() => {
      const data = script.createCachedData();
      // A few more compiled functions are not worth a write at every exit.
      if (data.length <= had * 1.05) return;
      mkdirSync(folder!, { recursive: true });
      // Another window's server may write the same file: each writes its own and renames.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(id!, 'hex'), data]));
      renameSync(tmp, cacheFile);
    });
  }
  const m = new Module(file, module);
  m.filename = file;
  m.paths = ModuleApi._nodeModulePaths(dirname(file));
  // Registered before it runs, as require does: server.js's require('./lsp.js') finds it.
  ModuleApi._cache[file] = m;
  (script.runInThisContext() as (...a: unknown[]) => void)(
    m.exports,
    (r: string): unknown => m.require(r) as unknown,
    m,
    file,
    dirname(file),
  );
  m.loaded = true;
}

if (folder) {
  process.on('exit', () => {
    try {
      for (const w of toWrite) w();
    } catch {
      /* a full disk or a read-only folder: the next start compiles as this one did */
    }
  });
  load(join(__dirname, 'lsp.js'), `lsp${suffix}`);
  load(join(__dirname, 'server.js'), `server${suffix}`);
  // A path esbuild leaves alone: the bundle beside this file, not server/src/server.ts.
} else module.require(join(__dirname, 'server.js'));
