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
  // Only the word under the cursor is looked at: scanning the whole comment with a regex
  // costs time quadratic in a long run of capitals.
  const text = line.text;
  const isCodeChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9-]/.test(c);
  let s = Math.min(Math.max(0, pos.character), text.length);
  let e = s;
  while (s > 0 && isCodeChar(text[s - 1])) s--;
  while (e < text.length && isCodeChar(text[e])) e++;
  const word = text.slice(s, e);
  const r = /^[A-Z]+-\d{3}$/.test(word) ? RULE_BY_CODE.get(word) : undefined;
  if (!r) return undefined;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: `**${r.code}** — ${r.title} (default: ${r.severity}).\n\n[Rule documentation](${ruleHref(r.code)})`,
    },
    range: { start: { line: pos.line, character: s }, end: { line: pos.line, character: e } },
  };
}
