// Renders docs/rules.md and docs/sources.md from the rule metadata, and the `ifcfg.rules`
// setting's schema in package.json from the registry. `npm run gen:docs` writes all three;
// tests compare them with what is committed.
import { readFileSync, writeFileSync, mkdirSync } from 'fs';
import { judge, MODE_OPTION_TABLE, MODES } from '../server/src/engine';
import {
  DOCUMENTED_RULES as RULES,
  PINS,
  SNAPSHOT_INTRO,
  SNAPSHOT_NOTE,
  SNAPSHOT_SOURCES,
  SOURCE_FILES,
  type RuleExample,
} from '../server/src/engine/docs';

const WHO = {
  both: 'NetworkManager and initscripts',
  kernel: 'the kernel (whichever tool applies the file)',
  initscripts: 'initscripts (legacy network-scripts)',
  networkmanager: 'NetworkManager',
};

/** Control characters an example depends on, made visible. */
const visible = (text: string): string =>
  text
    .replaceAll(String.fromCharCode(0), '<NUL>')
    .replace(/\uFEFF/g, '<BOM>')
    .replace(/\r/g, '<CR>')
    .replace(/\t/g, '<TAB>');

/** Keyfiles are INI-like; everything else is shell-like ifcfg text or a capture. */
const fence = (text: string, name = ''): string[] => [
  name.endsWith('.nmconnection') || name.includes('.nmconnection.') ? '```ini' : '```sh',
  visible(text).replace(/\n$/, ''),
  '```',
];

function example(e: RuleExample, i: number): string[] {
  const file = e.file ?? Object.keys(e.bad)[0];
  const where = e.dir ? ` (in \`${e.dir}\`)` : '';
  const out = [`**Example ${i + 1}** — reported in \`${file}\`${where}:`, ''];
  if (e.settings) out.push(`(with settings \`${JSON.stringify(e.settings)}\`)`, '');
  for (const [name, text] of Object.entries(e.bad)) out.push(`\`${name}\`:`, '', ...fence(text, name), '');
  if (e.fixed !== undefined) out.push(`After the quick fix, \`${file}\` reads:`, '', ...fence(e.fixed, file), '');
  out.push('Not reported:', '');
  if (e.goodSettings) out.push(`(with settings \`${JSON.stringify(e.goodSettings)}\`)`, '');
  for (const [name, text] of Object.entries(e.good)) out.push(`\`${name}\`:`, '', ...fence(text, name), '');
  return out;
}

export function rulesMarkdown(): string {
  const out = [
    '# ifcfg rules',
    '',
    'Generated from the rule metadata in `server/src/engine/rules/meta/` by `npm run gen:docs`. Severities are defaults; change them with the `ifcfg.rules` setting or `ifcfg-lint --rule CODE=severity`, silence one line with `# ifcfg-lint: ignore CODE` or a file with `# ifcfg-lint: ignore-file CODE`.',
    '',
    'Severity policy: the kernel refuses the value or option → error; NetworkManager’s `verify()` refuses the profile → error; NetworkManager normalises or drops it → warning; no effect → hint (shown as unnecessary code). Rules that describe NetworkManager are not reported with `--target initscripts` or on files with `NM_CONTROLLED=no` (NetworkManager never loads them); rules that describe initscripts are not reported with `--target networkmanager`.',
    '',
    'Sources are cited by file and function at the versions pinned in [sources.md](sources.md).',
    '',
    '- [Bonding options by mode](#bonding-options-by-mode)',
    '',
  ];
  for (const r of RULES) {
    out.push(`## ${r.code}`, '');
    out.push(
      `**${r.title}** — default severity: ${r.severity}; describes: ${WHO[r.describes]}.${r.retired ? ` **Retired:** ${r.retired}` : ''}`,
      '',
    );
    out.push(r.explanation, '');
    out.push('Sources:', '');
    for (const s of r.sources)
      out.push(`- \`${SOURCE_FILES[s.src].path}\` — ${s.at} (${PINS[SOURCE_FILES[s.src].pin].project})`);
    out.push('');
    if (r.fixes?.length) {
      out.push('Quick fixes:', '');
      for (const f of r.fixes)
        out.push(
          `- “${f.title}…” — ${f.safe ? 'applied by fix-all and `--fix`' : 'offered only, never applied by fix-all'}: ${r.fixReasons[f.title]}`,
        );
      out.push('');
    }
    r.examples.forEach((e, i) => out.push(...example(e, i)));
  }
  out.push(...truthTable());
  return out.join('\n');
}

function truthTable(): string[] {
  const names = MODES.map((m) => m.name);
  const mark = (option: string, m: (typeof names)[number]): string => {
    const c = MODE_OPTION_TABLE.find((x) => x.option === option)!.cells[m];
    const is = judge(c, true, false)?.severity;
    const nm = judge(c, false, true)?.severity;
    const w = (s: string | undefined) => (s === 'error' ? 'E' : s === 'warning' ? 'W' : s === 'hint' ? 'h' : '✓');
    return `${w(is)} / ${w(nm)}`;
  };
  return [
    '## Bonding options by mode',
    '',
    'Each cell: initscripts (the kernel writing the option) / NetworkManager. E = refused (error), W = NetworkManager removes it when loading the profile (warning), h = accepted without effect (hint), ✓ = applies. Built from the kernel’s per-option `unsuppmodes` (`bond_options.c`), NetworkManager’s `_bond_option_unsupp_mode` and `verify()` (`nm-setting-bond.c`), and `bonding.rst`; `lacp_rate=slow`, `arp_interval=0` and `arp_missed_max=0` are not refused by `verify()`. `xmit_hash_policy` applies in balance-tlb/alb when `tlb_dynamic_lb=0`.',
    '',
    `| option | ${names.join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    ...MODE_OPTION_TABLE.map((row) => `| ${row.option} | ${names.map((m) => mark(row.option, m)).join(' | ')} |`),
    '',
  ];
}

/** A table cell: a pipe inside code would end the cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function sourcesMarkdown(): string {
  const out = [
    '# Sources',
    '',
    'Every rule cites the upstream behaviour it describes. These are the versions that were read; rule metadata (`server/src/engine/rules/meta/`) refers to the files below by id. Generated by `npm run gen:docs` from `server/src/engine/rules/meta/sources.ts`. The upstream projects are read for facts only; no code or text is copied.',
    '',
    '| project | version | repository |',
    '| --- | --- | --- |',
    ...Object.values(PINS).map((p) => `| ${p.project} | ${p.version} | ${p.repo || '—'} |`),
    '',
    '| id | project | file or document |',
    '| --- | --- | --- |',
    ...Object.entries(SOURCE_FILES).map(([id, f]) => `| \`${id}\` | ${PINS[f.pin].project} | \`${f.path}\` |`),
    '',
    '## Machine snapshots (sosreports)',
    '',
    SNAPSHOT_INTRO,
    '',
    '| id | project | version / commit | URL | used for |',
    '| --- | --- | --- | --- | --- |',
    ...SNAPSHOT_SOURCES.map(
      (x) => `| \`${x.id}\` | ${x.project} | ${cell(x.version)} | ${x.url} | ${cell(x.usedFor)} |`,
    ),
    '',
    SNAPSHOT_NOTE,
    '',
  ];
  return out.join('\n');
}

/** package.json with the `ifcfg.rules` property names taken from the registry. */
export function packageJsonWithRules(text: string): string {
  const pkg = JSON.parse(text) as {
    contributes: { configuration: { properties: Record<string, { propertyNames?: { enum: string[] } }> } };
  };
  pkg.contributes.configuration.properties['ifcfg.rules'].propertyNames = { enum: RULES.map((r) => r.code) };
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (require.main === module) {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/rules.md', rulesMarkdown());
  writeFileSync('docs/sources.md', sourcesMarkdown());
  writeFileSync('package.json', packageJsonWithRules(readFileSync('package.json', 'utf8')));
}
