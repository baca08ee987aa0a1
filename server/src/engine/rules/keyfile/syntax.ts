// Keyfile syntax as GLib reads it: lines that make NetworkManager skip the whole file, lone
// carriage returns, bytes that are not UTF-8.
import type { RuleContext } from '../context';
import { lineSpan } from '../../util/lineSpan';

export function checkKeyfileSyntax(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile;
  if (!kf) return;
  kf.errors.forEach((e, i) => {
    ctx.report(
      'KEYFILE-001',
      lineSpan(e.line, e.start, Math.max(e.end, e.start + 1)),
      i === 0 ? e.message : `${e.message} (GLib already stopped at line ${kf.errors[0].line + 1}.)`,
    );
  });
  for (const n of kf.loneCR) {
    ctx.report(
      'KEYFILE-002',
      { start: { line: n, character: kf.lines[n].text.length }, end: { line: n + 1, character: 0 } },
      'A carriage return without a line feed: GLib only ends lines at \\n, so NetworkManager reads this line and the next as one.',
    );
  }
  for (const b of ctx.doc.badChars) {
    ctx.report(
      'KEYFILE-004',
      lineSpan(b.line, b.col, b.col + 1),
      'Invalid UTF-8 or a NUL byte: GLib refuses to return this value as text, so NetworkManager does not set it.',
    );
  }
}
