// npm run bench: every comparison side by side in one invocation, medians and ratios.
// Writes bench/RESULTS.md. Machines here are shared and noisy: absolute times are indicative.
// It measures the bundles as they ship: `npm run bench` builds them minified, as the .vsix
// (vscode:prepublish) and the npm package (prepack) do. The unminified development build
// differs in memory as well as in time (its source text is ~60% larger).
import { execFileSync, spawnSync } from 'child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import { createRequire } from 'module';
import os from 'os';
import { join, resolve } from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import v8 from 'v8';
import vm from 'vm';
import { MACHINE_CA_CERTS, withoutExtraCaCerts } from './environment.mjs';
import { startServer } from './lsp.mjs';
import { bondWithPorts, CRAFTED } from './crafted.mjs';
import { keyfileRows } from './keyfile.mjs';
import { bondDir, filesWithFindings, LINT, lintOnce, openWorkspace, SERVER_FLAGS, typeIn } from './workspace.mjs';

withoutExtraCaCerts();
const require = createRequire(import.meta.url);
const engine = require('../dist/engine.js');
const ROOT = resolve('.');
const TMP = mkdtempSync(join(os.tmpdir(), 'ifcfg-bench-'));
const out = [];
const targets = [];
const target = (name, measured, limit, ok) => targets.push({ name, measured, limit, ok });
const log = (s = '') => {
  out.push(s);
  console.log(s);
};
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor((a.length - 1) * p))];
const fmt = (ms) =>
  ms < 0.01 ? `${(ms * 1000).toFixed(2)} µs` : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;

/** A function that runs a full garbage collection: V8's gc(), exposed at run time so that
 *  `npm run bench` needs no extra node flag. */
function fullGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

/** Median per-call time of fn over `batches` batches of `n` calls (after a warm-up). */
function time(fn, n, batches = 15) {
  for (let i = 0; i < Math.max(1, n / 4); i++) fn();
  const per = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    per.push((performance.now() - t0) / n);
  }
  return median(per);
}

// --- fixtures ------------------------------------------------------------------------------
const seedDir = join(ROOT, 'examples/virtualbox-bond');
const bondPath = join(seedDir, 'ifcfg-bond0');
const gen = (lines) => {
  const out = ['DEVICE=eth0', 'TYPE=Ethernet', 'BOOTPROTO=none', 'ONBOOT=yes'];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `# address ${i}`,
      `IPADDR${i}=10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      `PREFIX${i}=24`,
      `ARPCHECK${i}=no`,
    );
  }
  return out.slice(0, lines).join('\n') + '\n';
};
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
log('# Benchmark results');
log();
log(
  `Run: ${new Date().toISOString()} · ${cpu} · ${os.cpus().length} cores · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · ${os.platform()} ${os.release()}`,
);
log('');
log(
  'Every row is a median of repeated runs measured in this one invocation; ratios compare rows of the same run. The machine is shared, so absolute numbers are only indicative.',
);
{
  // A minified bundle is a few long lines; the development build has one line per statement.
  const lines = readFileSync(join(ROOT, 'dist/server.js'), 'utf8').split('\n').length;
  log(
    lines < 1000
      ? 'Bundles: minified, as the .vsix and the npm package ship them.'
      : 'Bundles: the unminified development build (`npm run bench` measures the minified one, as shipped).',
  );
}
log(
  MACHINE_CA_CERTS
    ? "Processes started by the benchmarks run without this machine's NODE_EXTRA_CA_CERTS (a CA bundle, which Node parses at every start-up; neither the CLI nor the server uses TLS): section 3 shows what it adds."
    : 'NODE_EXTRA_CA_CERTS is not set here: Node starts as it does on most machines.',
);
log();

// --- 1. engine ----------------------------------------------------------------------------
log('## 1. Engine (in process)');
log();
log('| Input | Floor: read bytes + split lines | Analysis (read + parse + all rules) | Ratio | Target |');
log('|---|---|---|---|---|');
const floorOf = (p) => () => readFileSync(p).toString('utf8').split('\n');
{
  const floor = time(floorOf(bondPath), 2000);
  const files = readdirSync(seedDir).map((f) => join(seedDir, f));
  const siblings = files.map((f) => engine.parseDocument(f, readFileSync(f, 'utf8')));
  const analysis = time(() => {
    const doc = engine.parseDocument(bondPath, readFileSync(bondPath).toString('utf8'));
    return engine.analyzeDocument(doc, new engine.SystemIndex([doc, ...siblings.slice(1)]));
  }, 2000);
  log(
    `| typical file (seed ifcfg-bond0 with its 2 ports as context) | ${fmt(floor)} | ${fmt(analysis)} | ${(analysis / floor).toFixed(2)}× | ≤ 3× floor |`,
  );
  target('typical file vs floor', `${(analysis / floor).toFixed(2)}×`, '≤ 3×', analysis / floor <= 3);
}
for (const lines of [1000, 10000]) {
  const p = join(TMP, `ifcfg-gen${lines}`);
  writeFileSync(p, gen(lines));
  const floor = time(floorOf(p), lines === 1000 ? 200 : 20);
  const analysis = time(() => engine.analyzeText(p, readFileSync(p).toString('utf8')), lines === 1000 ? 100 : 10);
  log(
    `| generated ${lines.toLocaleString('en')}-line file | ${fmt(floor)} | ${fmt(analysis)} | ${(analysis / floor).toFixed(1)}× | ${lines === 10000 ? '< 20 ms' : '–'} |`,
  );
  if (lines === 10000) target('10,000-line file', fmt(analysis), '< 20 ms', analysis < 20);
}
keyfileRows({ engine, time, fmt, floorOf, root: ROOT, tmp: TMP, log, target });
const dirs = {};
for (const n of [100, 1000, 5001]) {
  const d = (dirs[n] = bondDir(TMP, n));
  const names = readdirSync(d);
  const floor = time(
    () => names.map((f) => readFileSync(join(d, f)).toString('utf8').split('\n')),
    1,
    n === 5001 ? 5 : 9,
  );
  const analysis = time(
    () => engine.analyzeFiles(names.map((f) => ({ uri: join(d, f), text: readFileSync(join(d, f)).toString('utf8') }))),
    1,
    n === 5001 ? 5 : 9,
  );
  log(
    `| directory of ${n.toLocaleString('en')} files (bonds with 2 ports) | ${fmt(floor)} | ${fmt(analysis)} | ${(analysis / floor).toFixed(1)}× | ${n === 5001 ? '< 1.5 s' : '–'} |`,
  );
  if (n === 5001) target('5,001-file directory', fmt(analysis), '< 1.5 s', analysis < 1500);
}
log();

// --- 1b. crafted inputs ---------------------------------------------------------------------
log('### Crafted inputs: 4× the input may cost at most 6× the time');
log();
log(
  'Each row: one hostile file (or directory) analysed at two sizes, fastest of 9 batches per call; before each batch a full garbage collection and one untimed call, so no batch pays for the garbage of another size or row, nor for code the collection discarded. Linear work gives ≈ 4×.',
);
log();
log('| Input | n | time at n | time at 4n | Ratio |');
log('|---|---|---|---|---|');
{
  // Enough calls per batch that a batch takes a few milliseconds, whatever the input's cost;
  // the fastest of 9 batches, since other jobs on a shared machine only ever add time. Each
  // batch starts from the same state: a collected heap (else a batch of the large input paid
  // for collecting what the small input's batches and earlier rows left behind), then one
  // untimed call (a full collection discards compiled regular expressions and finishes
  // sweeping on the next allocations: the first call after it is slower at any size).
  const collect = fullGc();
  const calibrated = (fn) => {
    collect();
    fn();
    const t0 = performance.now();
    fn();
    const n = Math.max(1, Math.ceil(5 / Math.max(0.01, performance.now() - t0)));
    let best = Infinity;
    for (let b = 0; b < 9; b++) {
      collect();
      fn();
      const t1 = performance.now();
      for (let i = 0; i < n; i++) fn();
      best = Math.min(best, (performance.now() - t1) / n);
    }
    return best;
  };
  let worst = { name: '', ratio: 0 };
  const row = (name, n, small, large) => {
    const ratio = large / small;
    if (ratio > worst.ratio) worst = { name, ratio };
    log(`| ${name} | ${n.toLocaleString('en')} | ${fmt(small)} | ${fmt(large)} | ${ratio.toFixed(1)}× |`);
  };
  const N = 128_000;
  for (const [name, gen] of CRAFTED) {
    const a = gen(N);
    const b = gen(4 * N);
    row(
      name,
      N,
      calibrated(() => engine.analyzeText('/c/ifcfg-bond0', a)),
      calibrated(() => engine.analyzeText('/c/ifcfg-bond0', b)),
    );
  }
  const P = 750;
  const small = bondWithPorts(P);
  const large = bondWithPorts(4 * P);
  row(
    'one bond, ports sharing one HWADDR (n ports)',
    P,
    calibrated(() => engine.analyzeFiles(small)),
    calibrated(() => engine.analyzeFiles(large)),
  );
  log();
  // Between 750 and 3,000 ports the directory's parses outgrow V8's young generation, and from then
  // on the collector promotes them: the step above. Past it, the cost per port is flat.
  const ports2 = bondWithPorts(2 * P);
  const ports8 = bondWithPorts(8 * P);
  const twice = calibrated(() => engine.analyzeFiles(ports2));
  const eight = calibrated(() => engine.analyzeFiles(ports8));
  log(
    `Past the young generation (not a target row): 1,500 ports ${fmt(twice)} (${((twice / (2 * P)) * 1000).toFixed(1)} µs a port), 6,000 ports ${fmt(eight)} (${((eight / (8 * P)) * 1000).toFixed(1)} µs a port), ${(eight / twice).toFixed(1)}× for 4× the ports.`,
  );
  log();
  target('crafted inputs, worst 4× scaling', `${worst.ratio.toFixed(1)}× (${worst.name})`, '≤ 6×', worst.ratio <= 6);
}
log();

// --- 2. server over stdio -----------------------------------------------------------------
log('## 2. Language server over stdio (real child process)');
log();
// Started as the VS Code client starts it: the entry that loads the bundles with their code cache,
// kept in a folder of its own (the client passes its extension storage). One untimed open of the
// large workspace below fills the cache first, as a first session in VS Code does.
const SERVER = join(ROOT, 'dist/boot.js');
const CODE_CACHE = join(TMP, 'code-cache');
const serverEnv = { IFCFG_CODE_CACHE: CODE_CACHE };
const ws = join(TMP, 'ws', 'network-scripts');
cpSync(seedDir, ws, { recursive: true });
const uri = (n) => pathToFileURL(join(ws, n)).toString();
{
  // Section 1 wrote it.
  const big = join(TMP, 'dir-5001');
  await (
    await openWorkspace(big, filesWithFindings(join(big, 'network-scripts')), { tmp: TMP, codeCache: CODE_CACHE })
  ).s.stop();
}
{
  const starts = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const s = startServer(process.execPath, [...SERVER_FLAGS, SERVER, '--stdio'], { env: serverEnv });
    await s.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    s.conn.sendNotification('initialized', {});
    starts.push(performance.now() - t0);
    await s.stop();
  }
  let waiting;
  const s = startServer(process.execPath, [...SERVER_FLAGS, SERVER, '--stdio'], {
    env: serverEnv,
    settings: { debounceMs: 0 },
    onDiagnostics: (p) => waiting && p.uri === waiting.uri && waiting.resolve(),
  });
  await s.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(join(TMP, 'ws')).toString(),
    workspaceFolders: [{ uri: pathToFileURL(join(TMP, 'ws')).toString(), name: 'ws' }],
    capabilities: { workspace: { configuration: true } },
  });
  s.conn.sendNotification('initialized', {});
  const bondText = readFileSync(join(ws, 'ifcfg-bond0'), 'utf8');
  const next = (u) => new Promise((resolve) => (waiting = { uri: u, resolve }));
  let p = next(uri('ifcfg-bond0'));
  s.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri('ifcfg-bond0'), languageId: 'ifcfg', version: 1, text: bondText },
  });
  await p;
  const diag = [];
  for (let v = 2; v < 302; v++) {
    const t0 = performance.now();
    p = next(uri('ifcfg-bond0'));
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('ifcfg-bond0'), version: v },
      contentChanges: [{ text: bondText.replace('miimon=100', `miimon=${100 + (v % 7)}`) }],
    });
    await p;
    diag.push(performance.now() - t0);
  }
  waiting = undefined;
  const comp = [];
  const hov = [];
  for (let i = 0; i < 500; i++) {
    let t0 = performance.now();
    await s.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: uri('ifcfg-bond0') },
      position: { line: 9, character: 14 },
    });
    comp.push(performance.now() - t0);
    t0 = performance.now();
    await s.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('ifcfg-bond0') },
      position: { line: 9, character: 15 },
    });
    hov.push(performance.now() - t0);
  }
  await s.stop();
  log('| Measure | p50 | p95 | Target |');
  log('|---|---|---|---|');
  log(`| cold start to initialized (spawn + initialize) | ${fmt(median(starts))} | ${fmt(pct(starts, 0.95))} | – |`);
  log(
    `| didChange → publishDiagnostics (debounce 0, 300 changes; the file and its related files re-checked) | ${fmt(median(diag))} | ${fmt(pct(diag, 0.95))} | p95 < 5 ms |`,
  );
  target('diagnostics after a change, p95', fmt(pct(diag, 0.95)), '< 5 ms', pct(diag, 0.95) < 5);
  target('completion p95', fmt(pct(comp, 0.95)), '< 3 ms', pct(comp, 0.95) < 3);
  target('hover p95', fmt(pct(hov, 0.95)), '< 3 ms', pct(hov, 0.95) < 3);
  log(`| completion in BONDING_OPTS (500 requests) | ${fmt(median(comp))} | ${fmt(pct(comp, 0.95))} | p95 < 3 ms |`);
  log(`| hover (500 requests) | ${fmt(median(hov))} | ${fmt(pct(hov, 0.95))} | p95 < 3 ms |`);
}
// --- 2b. a workspace of 5,001 profiles ---------------------------------------------------
{
  const big = join(TMP, 'dir-5001');
  const small = join(TMP, 'ws-3', 'network-scripts');
  mkdirSync(small, { recursive: true });
  for (const f of ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1']) cpSync(join(big, 'network-scripts', f), join(small, f));
  mkdirSync(join(TMP, 'empty-ws'));
  const idle = await openWorkspace(join(TMP, 'empty-ws'), 0, { tmp: TMP, codeCache: CODE_CACHE });
  const idleHeap = await idle.heap();
  await idle.s.stop();
  // What the server must publish: the files ifcfg-lint reports (a clean file gets no message).
  const expected = filesWithFindings(join(big, 'network-scripts'));
  const opens = [];
  const cli = [];
  const rssRuns = [];
  let heap;
  let typingBig = [];
  // Seven turns: each a cold CLI then an open, so drift on a shared machine hits both alike.
  const TURNS = 7;
  for (let i = 0; i < TURNS; i++) {
    cli.push(lintOnce(big));
    const o = await openWorkspace(big, expected, { tmp: TMP, codeCache: CODE_CACHE });
    opens.push(o.ms);
    rssRuns.push(o.rss);
    if (i === 0) {
      heap = await o.heap();
      typingBig = await typeIn(o.s, join(big, 'network-scripts', 'ifcfg-eth0'), 100);
    }
    await o.s.stop();
  }
  const r = median(rssRuns);
  const o3 = await openWorkspace(join(TMP, 'ws-3'), filesWithFindings(small), { tmp: TMP, codeCache: CODE_CACHE });
  const typingSmall = await typeIn(o3.s, join(small, 'ifcfg-eth0'), 100);
  await o3.s.stop();
  const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
  log();
  log(
    `A workspace of 5,001 profiles: 1,667 bonds with two ports each, in one folder; debounce 0. The server starts as the VS Code client starts it: through dist/boot.js, with the client's Node flags (${SERVER_FLAGS.join(' ')}: a small young generation, and V8's background threads one fewer than the cores instead of Node's four) and a folder for its code cache (the client passes the extension's storage), which one untimed open of this workspace filled before section 2's first row.`,
  );
  log();
  log('| Measure | Value | Baseline in this run | Ratio | Target |');
  log('|---|---|---|---|---|');
  log(
    `| server RSS after indexing 5,001 profiles (median of ${TURNS}) | ${r.toFixed(0)} MB | idle server (empty workspace): ${idle.rss.toFixed(0)} MB | – | < 70 MB |`,
  );
  log(
    `| retained heap after a full GC (V8 heap used) | ${mb(heap.used)} | idle server: ${mb(idleHeap.used)} | ${((heap.used - idleHeap.used) / 5001).toFixed(0)} bytes per profile | – |`,
  );
  log(
    `| open the workspace → every diagnostic published (median of ${TURNS}, spawn included; until the server says nothing is due) | ${fmt(median(opens))} | cold \`ifcfg-lint\` on the folder, whole process: ${fmt(median(cli))} | ${(median(opens) / median(cli)).toFixed(2)}× | ≤ 1.0× |`,
  );
  const p95b = pct(typingBig, 0.95);
  const p95s = pct(typingSmall, 0.95);
  log(
    `| typing in a port → its diagnostics re-published, p95 (100 changes; p50 ${fmt(median(typingBig))}) | ${fmt(p95b)} | same in a 3-file workspace: ${fmt(p95s)} (p50 ${fmt(median(typingSmall))}) | ${(p95b / p95s).toFixed(2)}× | ≤ 1.5× |`,
  );
  target('RSS after indexing 5,001 profiles', `${r.toFixed(0)} MB`, '< 70 MB', r < 70);
  target(
    'open 5,001-profile workspace vs cold CLI',
    `${(median(opens) / median(cli)).toFixed(2)}×`,
    '≤ 1.0×',
    median(opens) / median(cli) <= 1,
  );
  target('typing in a port, 5,001 vs 3 files, p95', `${(p95b / p95s).toFixed(2)}×`, '≤ 1.5×', p95b / p95s <= 1.5);
}
log();

// --- 3. alternatives ----------------------------------------------------------------------
log('## 3. Against the tools people use on these files today');
log();
const BASH_LS = join(ROOT, 'node_modules/bash-language-server/out/cli.js');
/** shellcheck is a Debian package: installed for the comparison only when absent and root. */
function ensureShellcheck() {
  if (spawnSync('shellcheck', ['--version']).status === 0) return true;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) return false;
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', 'shellcheck'], { stdio: 'ignore' }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'ignore' });
    install();
  }
  return spawnSync('shellcheck', ['--version']).status === 0;
}
const hasShellcheck = ensureShellcheck();
async function firstDiagnostics(cmd, args, languageId, text, fileUri, env) {
  let done;
  const got = new Promise((r) => (done = r));
  const s = startServer(cmd, args, {
    env,
    onDiagnostics: (p) => p.uri === fileUri && p.diagnostics.length && done(p.diagnostics),
  });
  await s.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(join(TMP, 'ws')).toString(),
    capabilities: {},
    initializationOptions: {},
  });
  s.conn.sendNotification('initialized', {});
  const t0 = performance.now();
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri, languageId, version: 1, text } });
  const timeout = new Promise((r) => setTimeout(() => r(null), 15000));
  const d = await Promise.race([got, timeout]);
  const ms = performance.now() - t0;
  await s.stop();
  return { ms: d ? ms : NaN, diagnostics: d ?? [] };
}
if (existsSync(BASH_LS)) {
  const text = readFileSync(join(ws, 'ifcfg-bond0'), 'utf8');
  const ours = [];
  const theirs = [];
  let theirDiags = [];
  let ourDiags = [];
  for (let i = 0; i < 5; i++) {
    const o = await firstDiagnostics(
      process.execPath,
      [SERVER, '--stdio'],
      'ifcfg',
      text,
      uri('ifcfg-bond0'),
      serverEnv,
    );
    ours.push(o.ms);
    ourDiags = o.diagnostics;
    const t = await firstDiagnostics(process.execPath, [BASH_LS, 'start'], 'shellscript', text, uri('ifcfg-bond0'));
    theirs.push(t.ms);
    theirDiags = t.diagnostics;
  }
  log('| didOpen → first diagnostics on the seed ifcfg-bond0 | median | what it reports |');
  log('|---|---|---|');
  log(`| ifcfg-language-server | ${fmt(median(ours))} | ${[...new Set(ourDiags.map((d) => d.code))].join(', ')} |`);
  log(
    `| bash-language-server ${require('bash-language-server/package.json').version} (shellscript, ${hasShellcheck ? 'with' : 'without'} shellcheck) | ${Number.isNaN(median(theirs)) ? 'no diagnostics within 15 s' : fmt(median(theirs))} | ${theirDiags.map((d) => `${d.source ?? ''} ${d.code ?? ''}`.trim()).join(', ') || 'nothing'} |`,
  );
  if (!Number.isNaN(median(theirs))) {
    log(
      `\nRatio: ifcfg-language-server is ${(median(theirs) / median(ours)).toFixed(1)}× faster to first diagnostics (target 20×).`,
    );
    target(
      'vs bash-language-server, first diagnostics',
      `${(median(theirs) / median(ours)).toFixed(1)}×`,
      '≥ 20×',
      median(theirs) / median(ours) >= 20,
    );
  }
  log();
}
const CORPUS = join(ROOT, 'test/corpus/realworld/ifcfg');
if (!hasShellcheck) {
  log('shellcheck is not installed (and this run is not root with apt-get), so the comparison with it is skipped.');
  log();
} else if (existsSync(CORPUS)) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.isFile()) files.push(join(d, e.name));
    }
  };
  walk(CORPUS);
  const folders = new Set(files.map((f) => f.slice(0, f.lastIndexOf('/')))).size;
  // The commands take turns (A B C A B C …) instead of running in blocks, so a change of load on
  // a shared machine during the section falls on each of them alike.
  const inTurns = (commands, n = 7) => {
    const times = commands.map(() => []);
    const stdout = [];
    for (let i = 0; i < n; i++) {
      commands.forEach(([cmd, args, env], k) => {
        const t0 = performance.now();
        stdout[k] = spawnSync(cmd, args, {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
          env: env ? { ...process.env, ...env } : process.env,
        }).stdout;
        times[k].push(performance.now() - t0);
      });
    }
    return commands.map((_, k) => ({ ms: median(times[k]), stdout: stdout[k] }));
  };
  const lintArgs = [LINT, '--format', 'json', ...files];
  const ca = MACHINE_CA_CERTS ? { NODE_EXTRA_CA_CERTS: MACHINE_CA_CERTS } : undefined;
  const [sc, ours, nodeAlone, oursCa, nodeCa] = inTurns([
    ['shellcheck', ['-s', 'bash', '-f', 'json', ...files]],
    [process.execPath, lintArgs],
    [process.execPath, ['-e', '']],
    ...(ca
      ? [
          [process.execPath, lintArgs, ca],
          [process.execPath, ['-e', ''], ca],
        ]
      : []),
  ]);
  const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
  const scCodes = count(JSON.parse(sc.stdout || '[]'), (x) => `SC${x.code}`);
  const ourCodes = count(JSON.parse(ours.stdout || '[]'), (x) => x.code);
  log(
    `| ${files.length} files of the real-world corpus (test/corpus/realworld/ifcfg, ${folders} folders) | wall time (median of 7, whole process) |`,
  );
  log('|---|---|');
  log(
    `| shellcheck ${spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).stdout.match(/version: (\S+)/)[1]} -s bash | ${fmt(sc.ms)} |`,
  );
  log(`| ifcfg-lint | ${fmt(ours.ms)} |`);
  const node0 = nodeAlone.ms;
  const inproc = median(
    Array.from({ length: 7 }, () => {
      const t0 = performance.now();
      engine.analyzeFiles(files.map((f) => ({ uri: f, text: readFileSync(f, 'utf8') })));
      return performance.now() - t0;
    }),
  );
  log(`| (Node.js start-up alone: \`node -e ''\`) | ${fmt(node0)} |`);
  if (oursCa) {
    log(`| ifcfg-lint, with this machine's NODE_EXTRA_CA_CERTS | ${fmt(oursCa.ms)} |`);
    log(`| (Node.js start-up alone, with it) | ${fmt(nodeCa.ms)} |`);
  }
  log(`| (ifcfg-lint's engine in process on the same files) | ${fmt(inproc)} |`);
  log(
    `\nRatio: ifcfg-lint is ${(sc.ms / ours.ms).toFixed(1)}× faster as a whole process (target 8×); its analysis alone is ${(sc.ms / inproc).toFixed(0)}× faster than shellcheck.`,
  );
  if (oursCa)
    log(
      `With this machine's NODE_EXTRA_CA_CERTS, which makes Node parse a CA bundle before it runs anything (bench/environment.mjs), ifcfg-lint is ${(sc.ms / oursCa.ms).toFixed(1)}× faster.`,
    );
  target(
    'vs shellcheck on the real-world corpus (whole process)',
    `${(sc.ms / ours.ms).toFixed(1)}×${oursCa ? ` (${(sc.ms / oursCa.ms).toFixed(1)}× with this machine's NODE_EXTRA_CA_CERTS)` : ''}`,
    '≥ 8×',
    sc.ms / ours.ms >= 8,
  );
  log();
  const top = (m) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
  log('What each finds on the same files:');
  log();
  log(`- shellcheck: ${top(scCodes)}`);
  log(`- ifcfg-lint: ${top(ourCodes)}`);
  log();
}

// --- 4. sizes -----------------------------------------------------------------------------
log('## 4. Sizes');
log();
// Packaged fresh, as `npm run package` does (this rebuilds dist/ minified, so it runs last).
rmSync(join(ROOT, 'ifcfg.vsix'), { force: true });
execFileSync('npm', ['run', '--silent', 'package'], { stdio: 'ignore' });
const kb = (p) => `${(statSync(p).size / 1024).toFixed(0)} KB`;
log('| Artifact | Size |');
log('|---|---|');
for (const f of ['dist/extension.js', 'dist/server.js', 'dist/lsp.js', 'dist/cli.js', 'ifcfg.vsix'])
  if (existsSync(join(ROOT, f))) log(`| ${f} | ${kb(join(ROOT, f))} |`);
{
  const size = statSync(join(ROOT, 'ifcfg.vsix')).size / 1024;
  target('.vsix size', `${size.toFixed(0)} KB`, '≤ 250 KB', size <= 250);
}
log();
log('Budgets are enforced by test/unit/size.test.ts.');

log();
log('## 5. Robustness');
log();
const fuzz = existsSync(join(ROOT, 'bench/fuzz-last.json'))
  ? JSON.parse(readFileSync(join(ROOT, 'bench/fuzz-last.json'), 'utf8'))
  : undefined;
if (fuzz)
  log(
    `Last long run (\`npm run fuzz\`, ${fuzz.date}): **${fuzz.documents.toLocaleString('en')} documents** (generated directories and byte-mutated corpus files, seed ${fuzz.seed}) in ${fuzz.seconds} s — ${fuzz.result}: no throw, every range and fix edit inside its document, no fixed finding reported again, fix-all idempotent.`,
  );
else log('No long fuzz run recorded yet (`npm run fuzz`).');
log('A bounded run (400 generated directories, 480 mutated corpus files, hostile files) is part of `npm test`.');
log();
log('## Targets');
log();
log('| Target | Measured | Limit | Met |');
log('|---|---|---|---|');
for (const t of targets) log(`| ${t.name} | ${t.measured} | ${t.limit} | ${t.ok ? 'yes' : '**no**'} |`);
log();
const missed = (prefix) => targets.some((t) => t.name.startsWith(prefix) && !t.ok);
log('### What limits the missed targets');
log();
if (!targets.some((t) => !t.ok)) log('All targets met in this run.');
if (missed('vs shellcheck'))
  log(
    "- **Whole-process CLI vs shellcheck**: `ifcfg-lint` is a Node.js program, and Node's own start-up (row above) is a large share of its wall time on the corpus's small files; no analysis work can remove it. The analysis itself is far faster than shellcheck (in-process row). Of the rest: loading the bundle takes ~10 ms (reading it and its code cache, V8 deserialising the cache, and running the bundle's top level, which builds the catalogs and rule tables); reading takes ~14 ms (four system calls per file, a listing per folder); the engine runs cold (~30 ms, interpreted, each function met for the first time). V8's optimizing compiler is held for runs of small files (server/src/cli/optimizer.ts): its jobs finished after the report, and the exit waited for them.",
  );
if (missed('RSS'))
  log(
    "- **RSS**: compare with the idle-server and retained-heap rows of the same run. Unopened files are kept as their text and identity (type, DEVICE, UUID, MASTER…), parsed again when checked, and the index drops its cached port lists once the burst is published. What the row still counts above the idle server is the retained index (retained-heap row), the old-space pages the scan's promoted garbage left committed, and the machine code V8 optimises for the engine during the burst with the malloc arenas of its compiler threads (~5 MB: glibc keeps them after the compile jobs free their memory).",
  );
if (missed('open'))
  log(
    "- **Open workspace vs cold CLI**: the server does the CLI's work plus an editor's: it keeps unopened files by their identity and parses each again when it is checked (keeping every parse, as the CLI does, would break the RSS target), and each file with findings is a JSON-RPC message through the LSP library's writer (1,667 messages, 3.1 MB of JSON, against the CLI's one report). On two cores, V8's background threads (Node's default is four) took CPU from the main thread; the client's `--v8-pool-size=0` gives one fewer than the cores. Checking the burst on a second thread (a worker with its own copy of the workspace) was built and measured slower on two cores (656 against 554 ms, RSS 78 MB): the second core is already busy with the collector's threads and the client.",
  );
if (missed('crafted'))
  log(
    "- **Crafted inputs**: the rows that scale worst keep a large structure alive while it is built: tens of thousands of lines or quote marks in one document, or thousands of port files with their findings in one directory (the analysis returns them all). Once that outgrows V8's young generation, the collector copies and promotes it, which is not linear. Repeated keys share their name, identical plain values share one object, quote marks are stored as columns and a port no longer copies the list of ports sharing its MAC; the remaining spread between runs comes from the garbage collector and the shared machine.",
  );
if (missed('typical'))
  log(
    '- **Typical file and keyfile vs floor**: the floor (read a few hundred bytes and split lines) is a few microseconds, so the ratio is dominated by fixed costs per analysis (building the directory index, running ~120 rules, formatting messages and fixes); in a CPU profile the largest shares are the parse and the virtual-NIC rules, each about a fifth.',
  );

rmSync(TMP, { recursive: true, force: true });
// Keep the precision section, which bench/precision.mjs writes.
const previous = existsSync(join(ROOT, 'bench/RESULTS.md')) ? readFileSync(join(ROOT, 'bench/RESULTS.md'), 'utf8') : '';
const kept = /<!-- precision:start -->[\s\S]*<!-- precision:end -->/.exec(previous)?.[0];
writeFileSync(join(ROOT, 'bench/RESULTS.md'), out.join('\n') + '\n' + (kept ? `\n${kept}\n` : ''));
process.exit(0);
