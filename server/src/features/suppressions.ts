// Rule codes inside `# ifcfg-lint: ignore …` comments: completion and hover.
import { CompletionItem, CompletionItemKind, Hover, MarkupKind } from 'vscode-languageserver-types';
import { ParsedDocument, RULE_BY_CODE, ruleHref, RULES, type Position } from '../engine';

const DIRECTIVE = /^\s*#\s*ifcfg-lint:\s*(ignore-file|ignore)\b/;

export function suppressionCompletion(doc: ParsedDocument, pos: Position): CompletionItem[] | undefined {
  const line = doc.lines[pos.line];
  if (!line || line.kind !== 'comment') return undefined;
  const before = line.text.slice(0, pos.character);
  if (/^\s*#\s*ifcfg-lint:\s*$/.test(before)) {
    return ['ignore', 'ignore-file'].map((w) => ({
      label: w,
      kind: CompletionItemKind.Keyword,
      detail: w === 'ignore' ? 'the next line' : 'the whole file',
    }));
  }
  if (!DIRECTIVE.test(before)) return undefined;
  return RULES.map((r) => ({ label: r.code, kind: CompletionItemKind.EnumMember, detail: r.title }));
}

export function suppressionHover(doc: ParsedDocument, pos: Position): Hover | undefined {
  const line = doc.lines[pos.line];
  if (!line || line.kind !== 'comment' || !DIRECTIVE.test(line.text)) return undefined;
  const re = /[A-Z]+-\d{3}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text))) {
    if (pos.character < m.index || pos.character > m.index + m[0].length) continue;
    const r = RULE_BY_CODE.get(m[0]);
    if (!r) return undefined;
    return {
      contents: {
        kind: MarkupKind.Markdown,
        value: `**${r.code}** — ${r.title} (default: ${r.severity}).\n\n[Rule documentation](${ruleHref(r.code)})`,
      },
      range: {
        start: { line: pos.line, character: m.index },
        end: { line: pos.line, character: m.index + m[0].length },
      },
    };
  }
  return undefined;
}
