// Output formats of ifcfg-lint: eslint-like text, JSON (LSP positions), SARIF 2.1.0.
import { RULE_BY_CODE, ruleHref, type Finding } from '../engine';

export interface FileResult {
  file: string;
  findings: Finding[];
}

const SEV_ORDER = { error: 0, warning: 1, information: 2, hint: 3 } as const;

export function formatJson(results: FileResult[]): string {
  const out = results.flatMap((r) =>
    r.findings.map((f) => ({ file: r.file, range: f.range, severity: f.severity, code: f.code, message: f.message })),
  );
  return JSON.stringify(out, null, 2) + '\n';
}

export function formatText(results: FileResult[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor = { error: '31', warning: '33', information: '36', hint: '2' } as const;
  let out = '';
  const totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (!r.findings.length) continue;
    out += c('4', r.file) + '\n';
    const sorted = [...r.findings].sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        SEV_ORDER[a.severity] - SEV_ORDER[b.severity],
    );
    for (const f of sorted) {
      totals[f.severity]++;
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(7);
      out += `  ${c('2', pos)} ${c(sevColor[f.severity], f.severity.padEnd(11))} ${f.message}  ${c('2', f.code)}\n`;
    }
    out += '\n';
  }
  const n = totals.error + totals.warning + totals.information + totals.hint;
  if (n === 0) return color ? c('32', '✔ no problems') + '\n' : 'no problems\n';
  out +=
    c(
      totals.error ? '31' : '33',
      `✖ ${n} problem${n === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.information + totals.hint} info/hint)`,
    ) + '\n';
  return out;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(results: FileResult[], version: string): string {
  const codes = [...new Set(results.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ifcfg-lint',
            version,
            informationUri: 'https://github.com/vscode-ifcfg/vscode-ifcfg',
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: RULE_BY_CODE.get(code)?.title ?? code },
              helpUri: ruleHref(code),
            })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.code,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.replace(/\\/g, '/') },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
