// A large workspace against the language server: the fixture (bonds with two ports each, in one
// folder), opening it as VS Code does, and typing in one of its files. bench/run.mjs reports
// these rows; run alone, this file compares server builds side by side (A/B, interleaved):
//
//   node bench/workspace.mjs [--runs N] [--files N] [--typing N] [dist-folder …]
//
// Each dist folder holds a build's boot.js (or, for older builds, only server.js) and the bundles
// it loads (default: this checkout's dist/). As the VS Code client does, each build is given a
// folder for its code cache (server/src/boot.ts), which one untimed open fills first. Every
// run opens the workspace once with each build and runs a cold `ifcfg-lint` on it; the medians
// of wall time, the server's CPU time, its RSS and its retained heap after a full GC are printed.
// With --typing N, each run then types N changes into a port of that workspace and of a 3-file
// one (p95 of each, and their ratio).
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import { join, resolve } from 'path';
import { performance } from 'perf_hooks';
import { fileURLToPath, pathToFileURL } from 'url';
import { withoutExtraCaCerts } from './environment.mjs';
import { startServer } from './lsp.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PROBE = join(ROOT, 'bench/probe-server.cjs');
/** Node's flags for the server, as the VS Code client (client/src/extension.ts) passes them. */
export const SERVER_FLAGS = ['--max-semi-space-size=1', '--v8-pool-size=0'];
export const LINT = join(ROOT, 'bin/ifcfg-lint.js');

/** `<tmp>/dir-<n>/network-scripts` with n files: bonds (mode=1 miimon=100) and their two ports. */
export function bondDir(tmp, nFiles) {
  const d = join(tmp, `dir-${nFiles}`, 'network-scripts');
  mkdirSync(d, { recursive: true });
  const files = [];
  for (let b = 0; files.length < nFiles; b++) {
    const bond = `DEVICE=bond${b}\nNAME=bond${b}\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\nIPADDR=10.1.${b >> 8}.${b & 255}\nPREFIX=16\nONBOOT=yes\nBONDING_OPTS="mode=1 miimon=100"\n`;
    files.push([`ifcfg-bond${b}`, bond]);
    for (const p of [0, 1]) {
      const dev = `eth${b * 2 + p}`;
      const mac = `08:00:27:${((b >> 8) & 255).toString(16).padStart(2, '0')}:${(b & 255).toString(16).padStart(2, '0')}:0${p}`;
      files.push([
        `ifcfg-${dev}`,
        `DEVICE=${dev}\nHWADDR=${mac}\nTYPE=Ethernet\nBOOTPROTO=none\nONBOOT=yes\nMASTER=bond${b}\nSLAVE=yes\n`,
      ]);
    }
  }
  for (const [n, t] of files.slice(0, nFiles)) writeFileSync(join(d, n), t);
  return d;
}

/** A cold `ifcfg-lint` on `dir`, whole process (spawn included): wall time in ms. */
export function lintOnce(dir) {
  const t0 = performance.now();
  spawnSync(process.execPath, [LINT, dir], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 << 20 });
  return performance.now() - t0;
}

/** How many files of `dir` have findings, as `ifcfg-lint` reports them (what the server must publish). */
export function filesWithFindings(dir) {
  const r = spawnSync(process.execPath, [LINT, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return new Set(JSON.parse(r.stdout).map((f) => f.file)).size;
}

/** A benchmark that hangs is a failure, not a wait. */
export const within = (p, ms, what) =>
  Promise.race([
    p,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`bench: no ${what} within ${ms / 1000} s`)), ms).unref(),
    ),
  ]);

const procStatus = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
/** CPU time (user + system, all threads) of a live process, in ms. */
const cpuOf = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};

/**
 * Starts the server the way the VS Code client and bin/ifcfg-language-server do (plus the heap
 * probe), opens `root` as the workspace and resolves once the server has published the
 * diagnostics of the `expected` files with findings and said that nothing more is due
 * (ifcfg/bondsChanged, sent when a re-check is complete). A clean file that was never shown
 * gets no message, as LSP allows. With `expected` 0 it waits half a second instead.
 */
export async function openWorkspace(
  root,
  expected,
  { tmp = os.tmpdir(), server, codeCache, flags = SERVER_FLAGS } = {},
) {
  const heapFile = join(tmp, `heap-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const seen = new Set();
  let messages = 0;
  let finished = false;
  let done;
  const all = new Promise((r) => (done = r));
  const t0 = performance.now();
  const s = startServer(process.execPath, [...flags, PROBE, '--stdio'], {
    // The default file budget (5,000) would stop the scan one file short.
    settings: { debounceMs: 0, workspaceScan: { maxFiles: 20000 } },
    env: {
      IFCFG_BENCH_HEAP: heapFile,
      ...(server ? { IFCFG_BENCH_SERVER: server } : {}),
      ...(codeCache ? { IFCFG_CODE_CACHE: codeCache } : {}),
    },
    onDiagnostics: (p) => {
      messages++;
      if (p.diagnostics.length) seen.add(p.uri);
      else seen.delete(p.uri);
    },
  });
  s.conn.onNotification('ifcfg/bondsChanged', () => {
    if (seen.size >= expected) {
      finished = true;
      done();
    }
  });
  await s.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).toString(),
    workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }],
    capabilities: { workspace: { configuration: true } },
  });
  s.conn.sendNotification('initialized', {});
  if (expected > 0) await within(all, 300000, `diagnostics of ${expected} files`);
  else await new Promise((r) => setTimeout(r, 500));
  const ms = performance.now() - t0;
  const rss = procStatus(s.proc.pid, 'VmRSS');
  const cpu = cpuOf(s.proc.pid);
  /** Retained heap: a full GC in the server, then V8's own statistics. */
  const heap = async () => {
    rmSync(heapFile, { force: true });
    process.kill(s.proc.pid, 'SIGUSR2');
    for (let i = 0; i < 200 && !existsSync(heapFile); i++) await new Promise((r) => setTimeout(r, 25));
    return JSON.parse(readFileSync(heapFile, 'utf8'));
  };
  return { s, ms, cpu, rss, heap, messages, finished };
}

/** didChange in `file` (a port) → that file's diagnostics for the new version, `n` times. */
export async function typeIn(s, file, n) {
  const u = pathToFileURL(file).toString();
  const text = readFileSync(file, 'utf8');
  let wait;
  s.conn.onNotification('textDocument/publishDiagnostics', (p) => p.uri === u && wait?.(p.version));
  let got = new Promise((r) => (wait = r));
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'ifcfg', version: 1, text } });
  await within(got, 30000, 'diagnostics after didOpen');
  const times = [];
  for (let v = 2; v < n + 2; v++) {
    got = new Promise((r) => (wait = (ver) => ver === v && r()));
    const t1 = performance.now();
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: v },
      contentChanges: [{ text: v % 2 ? text : text.replace('ONBOOT=yes', 'ONBOOT=no') }],
    });
    await within(got, 30000, 'diagnostics after didChange');
    times.push(performance.now() - t1);
  }
  return times;
}

// --- A/B of server builds ----------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  withoutExtraCaCerts();
  const args = process.argv.slice(2);
  const opt = (name, d) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args.splice(i, 2)[1]) : d;
  };
  const runs = opt('--runs', 5);
  const nFiles = opt('--files', 5001);
  const typing = opt('--typing', 0);
  const builds = (args.length ? args : [join(ROOT, 'dist')]).map((d) =>
    existsSync(resolve(d, 'boot.js')) ? resolve(d, 'boot.js') : resolve(d, 'server.js'),
  );
  const tmp = mkdtempSync(join(os.tmpdir(), 'ifcfg-bench-ws-'));
  const dir = bondDir(tmp, nFiles);
  const root = join(tmp, `dir-${nFiles}`);
  const expected = filesWithFindings(dir);
  const small = join(tmp, 'ws-3', 'network-scripts');
  mkdirSync(small, { recursive: true });
  for (const f of ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1'])
    writeFileSync(join(small, f), readFileSync(join(dir, f)));
  const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((a.length - 1) * p))];
  const median = (a) => {
    const s = [...a].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rows = builds.map(() => ({ ms: [], cpu: [], rss: [], heap: [], messages: 0, big: [], small: [] }));
  const caches = builds.map((_, i) => join(tmp, `code-cache-${i}`));
  for (let i = 0; i < builds.length; i++)
    await (await openWorkspace(root, expected, { tmp, server: builds[i], codeCache: caches[i] })).s.stop();
  const cli = [];
  for (let r = 0; r < runs; r++) {
    cli.push(lintOnce(dir));
    // Interleaved, in a different order each run, so drift on a shared machine hits all alike.
    for (let k = 0; k < builds.length; k++) {
      const i = (k + r) % builds.length;
      const o = await openWorkspace(root, expected, { tmp, server: builds[i], codeCache: caches[i] });
      const h = await o.heap();
      rows[i].ms.push(o.ms);
      rows[i].cpu.push(o.cpu);
      rows[i].rss.push(o.rss);
      rows[i].heap.push(h.used / 2 ** 20);
      rows[i].messages = o.messages;
      if (typing) rows[i].big.push(pct(await typeIn(o.s, join(dir, 'ifcfg-eth0'), typing), 0.95));
      await o.s.stop();
      if (typing) {
        const o3 = await openWorkspace(join(tmp, 'ws-3'), filesWithFindings(small), {
          tmp,
          server: builds[i],
          codeCache: caches[i],
        });
        rows[i].small.push(pct(await typeIn(o3.s, join(small, 'ifcfg-eth0'), typing), 0.95));
        await o3.s.stop();
      }
    }
  }
  console.log(`${nFiles} files (${expected} with findings), ${runs} runs; medians`);
  console.log(`cold ifcfg-lint, whole process: ${median(cli).toFixed(0)} ms`);
  builds.forEach((b, i) => {
    const x = rows[i];
    console.log(
      `${b}: open ${median(x.ms).toFixed(0)} ms (${(median(x.ms) / median(cli)).toFixed(2)}× lint), CPU ${median(x.cpu).toFixed(0)} ms, RSS ${median(x.rss).toFixed(1)} MB, heap after GC ${median(x.heap).toFixed(2)} MB, ${x.messages} messages`,
    );
    if (typing)
      console.log(
        `   typing p95: ${median(x.big).toFixed(2)} ms vs ${median(x.small).toFixed(2)} ms in 3 files (${(median(x.big) / median(x.small)).toFixed(2)}×)`,
      );
  });
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}
