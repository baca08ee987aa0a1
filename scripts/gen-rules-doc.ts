// Renders docs/rules.md from the rule registry (the codeDescription links point there).
import { writeFileSync, mkdirSync } from 'fs';
import { RULES } from '../server/src/engine';

export function rulesMarkdown(): string {
  const who = {
    both: 'NetworkManager and initscripts',
    initscripts: 'initscripts (legacy network-scripts)',
    networkmanager: 'NetworkManager',
  };
  const out = [
    '# ifcfg rules',
    '',
    'Generated from `server/src/engine/rules/registry.ts` by `npm run gen:docs`. Severities are defaults; change them with the `ifcfg.rules` setting or `ifcfg-lint --rule CODE=severity`, silence one line with `# ifcfg-lint: ignore CODE` or a file with `# ifcfg-lint: ignore-file CODE`.',
    '',
  ];
  for (const r of RULES) {
    out.push(
      `## ${r.code}`,
      '',
      `**${r.title}** — default severity: ${r.severity}; describes: ${who[r.appliesTo]}.`,
      '',
    );
  }
  return out.join('\n');
}

if (require.main === module) {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/rules.md', rulesMarkdown());
}
