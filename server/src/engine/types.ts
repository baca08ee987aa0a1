// Engine-wide value types. Positions and ranges are the LSP types so the server can hand
// findings straight to the client; nothing here depends on the LSP transport.
import type { DiagnosticTag as LspDiagnosticTag, Position, Range, TextEdit } from 'vscode-languageserver-types';

export type { Position, Range, TextEdit };

/** LSP DiagnosticTag values, checked against vscode-languageserver-types at compile time
 *  (importing its value would add the whole library to the CLI bundle). */
export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const satisfies {
  Unnecessary: typeof LspDiagnosticTag.Unnecessary;
  Deprecated: typeof LspDiagnosticTag.Deprecated;
};
export type DiagnosticTag = LspDiagnosticTag;

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOverride = Severity | 'off';

/** Which tool's reading of the files the rules judge by. `auto` reports where they diverge. */
export type Target = 'auto' | 'initscripts' | 'networkmanager';

export interface FileEdit {
  uri: string;
  edits: TextEdit[];
}

export interface Fix {
  title: string;
  /** Edits of the document the finding is in. */
  edits: TextEdit[];
  /** Edits of other files (cross-file fixes); never applied by fix-all. */
  otherFiles?: FileEdit[];
  /** Safe fixes are applied by fix-all and `ifcfg-lint --fix`. */
  safe: boolean;
  preferred?: boolean;
}

/** A fix as a check builds it: whether it is safe for fix-all comes from the rule's metadata. */
export type FixDraft = Omit<Fix, 'safe'>;

export interface RelatedInfo {
  uri: string;
  range: Range;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  range: Range;
  message: string;
  related?: RelatedInfo[];
  fixes?: Fix[];
  tags?: DiagnosticTag[];
}

export function range(line: number, start: number, end: number, endLine = line): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}
