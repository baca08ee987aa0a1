// Engine findings as LSP diagnostics.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ruleHref, type Finding } from '../engine';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

export function toDiagnostic(f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: ruleHref(f.code) },
    source: 'ifcfg',
    message: f.message,
  };
  if (f.related?.length)
    d.relatedInformation = f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  if (f.tags?.length) d.tags = f.tags;
  return d;
}
