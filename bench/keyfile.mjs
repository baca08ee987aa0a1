// Keyfile rows of the engine table (same budgets as ifcfg): the story's bond keyfile with its two
// ports as context against the read+split floor, and a generated 10,000-line keyfile.
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

/** A large but plausible keyfile: a router profile with thousands of static routes. */
function genKeyfile(lines) {
  const out = [
    '[connection]',
    'id=router',
    'uuid=3c7e9a52-1b4d-4f6e-9a0c-8d2b5e7f1a77',
    'type=ethernet',
    'interface-name=eth0',
    '',
    '[ipv4]',
    'method=manual',
    'address1=192.0.2.10/24,192.0.2.1',
  ];
  for (let i = 1; out.length < lines - 3; i++) {
    out.push(`route${i}=10.${(i >> 8) & 255}.${i & 255}.0/24,192.0.2.${1 + (i % 250)},${100 + (i % 50)}`);
    if (i % 10 === 0) out.push(`# block ${i / 10}`);
  }
  out.push('', '[ipv6]', 'method=auto');
  return out.join('\n') + '\n';
}

export function keyfileRows({ engine, time, fmt, floorOf, root, tmp, log, target }) {
  const dir = join(root, 'examples/virtualbox-bond-keyfile');
  const bondPath = join(dir, 'bond0.nmconnection');
  const ports = readdirSync(dir)
    .filter((f) => f !== 'bond0.nmconnection')
    .map((f) => engine.parseDocument(join(dir, f), readFileSync(join(dir, f), 'utf8')));
  const floor = time(floorOf(bondPath), 2000);
  const analysis = time(() => {
    const doc = engine.parseDocument(bondPath, readFileSync(bondPath).toString('utf8'));
    return engine.analyzeDocument(doc, new engine.SystemIndex([doc, ...ports]));
  }, 2000);
  log(
    `| typical keyfile (bond0.nmconnection with its 2 ports as context) | ${fmt(floor)} | ${fmt(analysis)} | ${(analysis / floor).toFixed(2)}× | ≤ 3× floor |`,
  );
  target('typical keyfile vs floor', `${(analysis / floor).toFixed(2)}×`, '≤ 3×', analysis / floor <= 3);
  const big = join(tmp, 'gen10000.nmconnection');
  writeFileSync(big, genKeyfile(10000));
  const bigFloor = time(floorOf(big), 20);
  const bigAnalysis = time(() => engine.analyzeText(big, readFileSync(big).toString('utf8')), 10);
  log(
    `| generated 10,000-line keyfile (static routes) | ${fmt(bigFloor)} | ${fmt(bigAnalysis)} | ${(bigAnalysis / bigFloor).toFixed(1)}× | < 20 ms |`,
  );
  target('10,000-line keyfile', fmt(bigAnalysis), '< 20 ms', bigAnalysis < 20);
}
