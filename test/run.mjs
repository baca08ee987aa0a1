// Runs the test suites with Node's test runner (TypeScript through tsx).
// `node test/run.mjs [unit|protocol|corpus|grammar ...]` picks suites; default: all.
import { spawnSync } from 'child_process';
import { readdirSync, statSync } from 'fs';
import { join } from 'path';

const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'corpus', 'protocol'];
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.test.ts')) files.push(p);
  }
};
for (const s of suites) walk(join('test', s));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, IFCFG_STRICT: '1' },
});
process.exit(r.status ?? 1);
