// Quick fixes from the engine, fix-all, the plain "add fail_over_mac" action and
// suppression comments.
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import {
  failOverMacFix,
  lacksFailOverMac,
  ParsedDocument,
  profileOf,
  safeEdits,
  type Finding,
  type Fix,
} from '../engine';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ifcfg`;

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;
const touches = (a: Range, b: Range) =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );

function edit(uri: string, fix: Fix): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = { [uri]: fix.edits };
  for (const o of fix.otherFiles ?? []) changes[o.uri] = [...(changes[o.uri] ?? []), ...o.edits];
  return { changes };
}

export function codeActions(
  doc: ParsedDocument,
  findings: Finding[],
  range: Range,
  diagnostics: Diagnostic[],
  only?: string[],
): CodeAction[] {
  const wants = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of diagnostics) {
      if (d.source !== 'ifcfg') continue;
      // A client may send a diagnostic without its range (some Neovim versions): no match, no crash.
      const f =
        d.range && findings.find((x) => x.code === d.code && sameRange(x.range, d.range) && x.message === d.message);
      if (!f) continue;
      for (const fix of f.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred,
          edit: edit(doc.uri, { ...fix, safe: false }),
        });
      }
      actions.push(...suppressions(doc, f, d));
    }
    // Offered on any active-backup BONDING_OPTS without it, diagnostic or not.
    const b = profileOf(doc).bond;
    if (
      b &&
      lacksFailOverMac(b) &&
      touches(
        { start: { line: b.assignment.line, character: 0 }, end: { line: b.assignment.line, character: 1e6 } },
        range,
      ) &&
      !actions.some((x) => /fail_over_mac/.test(x.title))
    ) {
      const fix = failOverMacFix(b);
      actions.push({
        title: `${fix.title} (keep each virtual NIC's own MAC)`,
        kind: CodeActionKind.QuickFix,
        edit: edit(doc.uri, { ...fix, safe: false }),
      });
    }
  }
  if (wants(FIX_ALL_KIND) && (only?.length || findings.some((f) => f.fixes?.some((x) => x.safe)))) {
    const edits = safeEdits(findings);
    if (edits.length)
      actions.push({
        title: 'Fix all safe ifcfg problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [doc.uri]: edits } },
      });
  }
  return actions;
}

function suppressions(doc: ParsedDocument, f: Finding, d: Diagnostic): CodeAction[] {
  const line = f.range.start.line;
  const indent = doc.lines[line]?.text.slice(line === 0 && doc.hasBOM ? 1 : 0).match(/^[ \t]*/)?.[0] ?? '';
  const eol = doc.crlfLines ? '\r\n' : '\n';
  const bom = line === 0 && doc.hasBOM ? 1 : 0;
  return [
    {
      title: `Ignore ${f.code} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: {
        changes: {
          [doc.uri]: [
            {
              // Line 1 after its byte order mark, which must stay the file's first character.
              range: { start: { line, character: bom }, end: { line, character: bom } },
              newText: `${indent}# ifcfg-lint: ignore ${f.code}${eol}`,
            },
          ],
        },
      },
    },
    {
      title: `Ignore ${f.code} in this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: {
        changes: {
          [doc.uri]: [
            {
              range: {
                start: { line: 0, character: doc.hasBOM ? 1 : 0 },
                end: { line: 0, character: doc.hasBOM ? 1 : 0 },
              },
              newText: `# ifcfg-lint: ignore-file ${f.code}${eol}`,
            },
          ],
        },
      },
    },
  ];
}
