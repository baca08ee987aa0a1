// Engine-wide value types. Positions and ranges are the LSP types so the server can hand
// findings straight to the client; nothing here depends on the LSP transport.
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export type { Position, Range, TextEdit };

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
  /** LSP DiagnosticTag.Unnecessary (1) / Deprecated (2). */
  tags?: number[];
}

export function range(line: number, start: number, end: number, endLine = line): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}
