// The product as a user meets it, in a real VS Code: code-server (VS Code's workbench and
// extension host) in Debian's Chromium, driven by playwright-core. Nothing is mocked.
//  1. Installs the packaged .vsix (and a test-only harness) into a throwaway profile.
//  2. Runs the very same Mocha suite as test-electron inside code-server's extension host.
//  3. Drives the UI and checks what a person sees, keeping a screenshot of every step in
//     test-results/e2e/: language mode, squiggle, Problems panel, hover, completion,
//     quick fix changing the file, go to definition.
import { spawn, execFileSync } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve('.');
const E2E = join(ROOT, '.e2e');
const RESULTS = join(ROOT, 'test-results', 'e2e');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function skip(why) {
  console.log(`SKIP e2e: ${why}`);
  process.exit(process.env.IFCFG_E2E_REQUIRED === '1' ? 1 : 0);
}
if (!existsSync(CHROMIUM)) skip(`${CHROMIUM} not found (Debian package "chromium"; .ci/run installs it as root)`);

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });
sh('bash', [join(ROOT, 'scripts/e2e/setup.sh')]);
const NODE24 = join(E2E, 'node24', 'bin');
const CODE_SERVER = join(E2E, 'cs', 'node_modules', '.bin', 'code-server');
const env = { ...process.env, PATH: `${NODE24}:${process.env.PATH}` };

// Package the extension and the harness.
sh('npm', ['run', '--silent', 'package']);
const work = mkdtempSync(join(tmpdir(), 'ifcfg-e2e-'));
const harnessDir = join(work, 'harness');
cpSync(join(ROOT, 'test/e2e/harness'), harnessDir, { recursive: true });
sh(
  join(ROOT, 'node_modules/.bin/vsce'),
  ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', join(work, 'harness.vsix')],
  { cwd: harnessDir },
);

const extDir = join(work, 'extensions');
const userDir = join(work, 'user-data');
const ws = join(work, 'etc', 'sysconfig', 'network-scripts');
mkdirSync(ws, { recursive: true });
cpSync(join(ROOT, 'examples/virtualbox-bond'), ws, { recursive: true });
// The same bond as NetworkManager keyfiles, in a folder of its own (test/vscode/suite/keyfile.test.js).
cpSync(join(ROOT, 'examples/virtualbox-bond-keyfile'), join(ws, 'nm'), { recursive: true });
// An sosreport of the story's machine beside the config (test/vscode/suite/snapshot.test.js).
const SOS = 'sosreport-vbox01-2025-03-14-qxvwpbn';
cpSync(join(ROOT, 'test/fixtures/snapshots', SOS), join(ws, SOS), { recursive: true });
mkdirSync(join(userDir, 'User'), { recursive: true });
// A quiet profile: no welcome page, no telemetry, no trust prompt, hovers quick.
writeFileSync(
  join(userDir, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'editor.hover.delay': 100,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'extensions.autoUpdate': false,
    'workbench.colorTheme': 'Default Light Modern',
    // Quick open by name must find the example's ifcfg-bond0, not the sosreport's.
    'search.exclude': { '**/sosreport-*': true },
  }),
);
for (const vsix of [join(ROOT, 'ifcfg.vsix'), join(work, 'harness.vsix')]) {
  sh(CODE_SERVER, ['--extensions-dir', extDir, '--user-data-dir', userDir, '--install-extension', vsix], { env });
}

const port = await new Promise((res) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const server = spawn(
  CODE_SERVER,
  [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--extensions-dir',
    extDir,
    '--user-data-dir',
    userDir,
    ws,
  ],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
};
process.on('exit', stopServer);

async function until(what, fn, timeoutMs = 60000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
await until('code-server to listen', async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60000);

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
let shot = 0;
const snap = async (name) => page.screenshot({ path: join(RESULTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });
const checks = [];
const check = async (name, fn) => {
  try {
    await fn();
    checks.push({ name, ok: true });
    console.log(`  ✔ ${name}`);
  } catch (e) {
    checks.push({ name, ok: false, error: String(e.message ?? e) });
    console.log(`  ✖ ${name}: ${e.message ?? e}`);
  }
  await snap(name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
};
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`;

// Phase 1: the Mocha suite inside code-server's extension host.
const harnessCfg = join(tmpdir(), 'ifcfg-e2e-harness.json');
const report = join(RESULTS, 'mocha-report.json');
const doneFile = join(work, 'harness-done.json');
writeFileSync(harnessCfg, JSON.stringify({ suite: join(ROOT, 'test/vscode/suite/index.js'), report, doneFile }));
console.log('== phase 1: VS Code test suite inside code-server');
await page.goto(url);
await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
await check('Mocha suite passes in the code-server extension host', async () => {
  const done = await until(
    'the harness to finish',
    async () => existsSync(doneFile) && JSON.parse(readFileSync(doneFile, 'utf8')),
    240000,
    500,
  );
  const r = JSON.parse(readFileSync(report, 'utf8'));
  for (const t of r.tests) console.log(`      ${t.err && Object.keys(t.err).length ? '✖' : '✔'} ${t.fullTitle}`);
  if (!done.ok) throw new Error(done.error);
  if (r.stats.tests < 8 || r.stats.failures) throw new Error(`${r.stats.failures} of ${r.stats.tests} failed`);
});

// Phase 2: what a person sees.
console.log('== phase 2: the UI');
await page.goto(url);
await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
const mod = 'Control';
const openFile = async (name) => {
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${mod}+P`);
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  // Files opened earlier lead quick open whatever search.exclude says, and the suite's phase
  // opens the sosreport's copies of the example's files: pick the row outside the sosreport.
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: name })
    .filter({ hasNotText: 'sosreport' })
    .first();
  await until(`${name} in quick open`, async () => (await row.count()) > 0);
  await row.click();
  await until(`${name} tab`, async () => (await page.locator('.tab.active').textContent())?.includes(name));
};
const gotoLine = async (line, col) => {
  await page.keyboard.press(`${mod}+G`);
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${line}:${col}`);
  // Enter only counts once the widget has parsed the position.
  await until('go-to-line ready', async () =>
    (await page.locator('.quick-input-widget').innerText()).includes(`line ${line}`),
  );
  await page.keyboard.press('Enter');
  await until('go-to-line closed', async () => !(await page.locator('.quick-input-widget input').isVisible()));
  await until(`cursor at ${line}:${col}`, async () =>
    (await page.locator('.statusbar').innerText()).includes(`Ln ${line}, Col ${col}`),
  );
};
// Ctrl+Space and Ctrl+. can be taken by the browser or the OS; the command palette cannot.
const command = async (title) => {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: 20000 });
  await row.click();
};
const editorText = async () =>
  (await page.locator('.editor-group-container.active .view-lines').innerText()).replace(/\u00a0/g, ' ');

await check('ifcfg-bond0 opens in the ifcfg language mode', async () => {
  await openFile('ifcfg-bond0');
  await until('language mode ifcfg', async () =>
    /ifcfg/i.test(await page.locator('#status\\.editor\\.mode').innerText()),
  );
});
await check('the fail_over_mac warning is squiggled', async () => {
  await page.waitForSelector('.editor-group-container.active .squiggly-warning', { timeout: 60000 });
});
await check('the Problems panel lists it', async () => {
  await page.keyboard.press(`${mod}+Shift+M`);
  await until(
    'VNIC-001 in Problems',
    async () =>
      /VNIC-001/.test(await page.locator('.markers-panel').innerText()) &&
      /VirtualBox/.test(await page.locator('.markers-panel').innerText()),
  );
});
await check('hover explains the problem and BONDING_OPTS', async () => {
  await page.keyboard.press(`${mod}+Shift+M`);
  const token = page.locator('.editor-group-container.active .view-line span', { hasText: 'BONDING_OPTS' }).first();
  await token.hover();
  await until(
    'hover widget',
    async () => {
      const t = await page.locator('.monaco-hover').first().innerText();
      return /fail_over_mac/.test(t) && /VirtualBox/.test(t);
    },
    20000,
  );
});
await check('completion offers fail_over_mac inside BONDING_OPTS', async () => {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await gotoLine(10, 15);
  await command('Trigger Suggest');
  await until(
    'suggest widget',
    async () => /fail_over_mac/.test(await page.locator('.suggest-widget').innerText()),
    20000,
  );
  await snap('completion-list');
  await page.keyboard.press('Escape');
});
await check('the quick fix changes the file', async () => {
  await gotoLine(10, 20);
  await command('Quick Fix...');
  const item = page.locator('.action-widget').getByText('Add fail_over_mac=1', { exact: true }).first();
  await item.waitFor({ state: 'visible', timeout: 20000 });
  await snap('quick-fix-menu');
  await item.click();
  // The editor shows inlay hints between the words (mode=1 active-backup …), so check the text loosely
  // and the saved file exactly.
  await until('fixed line', async () => /fail_over_mac=1/.test(await editorText()), 20000);
  await page.keyboard.press(`${mod}+S`);
  await until(
    'saved to disk',
    async () =>
      readFileSync(join(ws, 'ifcfg-bond0'), 'utf8').includes('BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"\n'),
    20000,
  );
  await until(
    'the warning squiggle to go',
    async () => (await page.locator('.editor-group-container.active .squiggly-warning').count()) === 0,
    20000,
  );
});
await check('Convert to NetworkManager keyfile previews the keyfiles and writes them on Apply', async () => {
  // The bond now has the fix: its keyfile must carry fail_over_mac into [bond].
  const kfDir = join(work, 'etc', 'NetworkManager', 'system-connections');
  const bondKf = join(kfDir, 'bond0.nmconnection');
  rmSync(kfDir, { recursive: true, force: true });
  await openFile('ifcfg-bond0');
  await command('ifcfg: Convert to NetworkManager keyfile');
  try {
    await convertAndApply(kfDir, bondKf);
  } finally {
    // Give the Explorer its room back for the next steps.
    if (await page.locator('.part.panel').first().isVisible()) await command('View: Hide Panel');
  }
});
async function convertAndApply(kfDir, bondKf) {
  const preview = page.locator('.bulk-edit-panel, .pane-body .bulk-edit-tree').first();
  await until(
    'the refactor preview',
    async () => /bond0\.nmconnection/.test(await page.locator('.part.panel').first().innerText()),
    30000,
  );
  await preview.waitFor({ state: 'visible', timeout: 20000 }).catch(() => undefined);
  if (existsSync(bondKf)) throw new Error('written before the preview was applied');
  await snap('convert-refactor-preview');
  // Each keyfile is listed unticked: tick all three, then Apply.
  const boxes = page.locator('.part.panel .monaco-custom-toggle');
  await until('three keyfiles to tick', async () => (await boxes.count()) >= 3, 20000);
  for (let i = 0; i < 3; i++) await boxes.nth(i).click();
  await snap('convert-keyfiles-ticked');
  await page
    .locator('.panel .monaco-button', { hasText: /^Apply$/ })
    .first()
    .click();
  await until('bond0.nmconnection on disk', async () => existsSync(bondKf), 30000);
  const text = readFileSync(bondKf, 'utf8');
  if (!/\n\[bond\]\nfail_over_mac=1\nmiimon=100\nmode=active-backup\n/.test(text))
    throw new Error(`unexpected [bond] in bond0.nmconnection:\n${text}`);
  for (const p of ['System enp0s8.nmconnection', 'System enp0s9.nmconnection'])
    if (!/\ncontroller=bond0\n/.test(readFileSync(join(kfDir, p), 'utf8'))) throw new Error(`${p}: no controller`);
}
await check('go to definition follows MASTER=bond0', async () => {
  await openFile('ifcfg-enp0s8');
  await gotoLine(6, 9);
  await page.keyboard.press('F12');
  await until(
    'ifcfg-bond0 active',
    async () => (await page.locator('.tab.active').textContent())?.includes('ifcfg-bond0'),
    20000,
  );
});
await check('the Bonds view shows the bonds with ports, MACs and link state', async () => {
  // Three bonds now (the ifcfg and keyfile twins, the sosreport's): fold the file tree so the
  // Bonds view has room for all of their rows.
  await page.keyboard.press('Escape');
  const folders = page.locator('.pane-header', { hasText: /network-scripts/i }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Focus on Bonds View');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Bonds View' }).first();
  await row.waitFor({ state: 'visible', timeout: 20000 });
  await row.click();
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Bonds/i }) }).first();
  // The tree renders only the rows in sight: fold the first bond so the others (the sosreport's
  // has the running link state) come into view.
  const first = pane.locator('.monaco-list-row').first();
  await first.waitFor({ state: 'visible', timeout: 30000 });
  if ((await first.getAttribute('aria-expanded')) === 'true') await first.locator('.monaco-tl-twistie').click();
  await until(
    'bond0 with its ports in the Bonds view',
    async () => {
      const t = await pane.innerText();
      return /bond0/.test(t) && /enp0s8/.test(t) && /08:00:27:5c:b0:e5/.test(t) && /link down/.test(t);
    },
    30000,
  );
});
await check('the keyfile bond is a NetworkManager keyfile with the fail_over_mac warning on [bond]', async () => {
  await page.keyboard.press('Escape');
  await openFile('bond0.nmconnection');
  await until('language mode NetworkManager keyfile', async () =>
    /NetworkManager keyfile/i.test(await page.locator('#status\\.editor\\.mode').innerText()),
  );
  await page.waitForSelector('.editor-group-container.active .squiggly-warning', { timeout: 60000 });
  const header = page.locator('.editor-group-container.active .view-line span', { hasText: '[bond]' }).first();
  await header.hover();
  await until(
    'the warning in the hover',
    async () => {
      const t = await page.locator('.monaco-hover').first().innerText();
      return /VirtualBox/.test(t) && /fail_over_mac/.test(t);
    },
    20000,
  );
  await snap('keyfile-warning-hover');
});

await browser.close();
stopServer();
writeFileSync(join(RESULTS, 'checks.json'), JSON.stringify(checks, null, 2));
if (checks.some((c) => !c.ok)) {
  writeFileSync(join(RESULTS, 'code-server.log'), serverLog);
  console.error(`e2e: ${checks.filter((c) => !c.ok).length} check(s) failed; screenshots in ${RESULTS}`);
  process.exit(1);
}
console.log(`e2e: all ${checks.length} checks passed; screenshots in ${RESULTS}`);
process.exit(0);
