// How the file is read: lines that are not assignments, quoting NM cannot follow, shell
// expansions, duplicates, key spelling, line endings and encoding.
import { lookupKey, KEY_NAMES } from '../catalog/keys';
import { suseKeyInstead } from '../catalog/suse';
import { Assignment } from '../parser/document';
import { ValueIssue } from '../parser/shvar';
import { deleteLine, dquote } from '../fixes/edits';
import { didYouMean } from '../util/similar';
import { assignmentRange, keyRange, lineRange, RuleContext } from './context';
import { message } from './registry';
import { lineSpan } from '../util/lineSpan';

const ROUTE_LINE_KINDS = new Set(['route', 'route6', 'rule', 'rule6']);

export function checkSyntax(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (doc.file.kind === 'capture') return; // not a shell file; see rules/capture.ts
  if (doc.hasBOM) {
    ctx.report(
      'IFCFG-009',
      lineSpan(0, 0, 1),
      'The file starts with a UTF-8 byte order mark: bash reads it as part of the first key, so that line is not an assignment for initscripts.',
      {
        fixes: [
          {
            title: 'Remove the byte order mark',
            preferred: true,
            edits: [{ range: lineSpan(0, 0, 1), newText: '' }],
          },
        ],
      },
    );
  }
  if (doc.crlfLines > 0) {
    const first = doc.lines.findIndex((l) => l.hasCR);
    const edits = [];
    for (let i = 0; i < doc.lines.length; i++) {
      const l = doc.lines[i];
      // Replace the whole line break: positions never point between \r and \n.
      if (l.hasCR && i + 1 < doc.lines.length)
        edits.push({
          range: { start: { line: i, character: l.text.length }, end: { line: i + 1, character: 0 } },
          newText: '\n',
        });
    }
    ctx.report(
      'IFCFG-008',
      lineRange(doc, first),
      `${doc.crlfLines} line(s) end in CRLF. bash keeps the carriage return in every value (ONBOOT=yes\\r is not "yes" to initscripts); NetworkManager strips it. (In VS Code, switch "CRLF" to "LF" in the status bar.)`,
      {
        fixes: edits.length ? [{ title: 'Convert line endings to LF', preferred: true, edits }] : undefined,
      },
    );
  }
  for (const i of doc.loneCRLines) {
    if (ctx.full) break; // nothing more would be kept
    if (i + 1 >= doc.lines.length) continue;
    const first = doc.lines[i];
    const what = first.assignment
      ? `${first.assignment.key} is set to everything up to the next line feed, carriage return and following text included (NetworkManager drops such a value)`
      : first.kind === 'comment'
        ? 'the comment runs on to the next line feed, so what follows is commented out'
        : 'what follows belongs to this line';
    ctx.report(
      'IFCFG-008',
      lineRange(doc, i),
      `A carriage return without a line feed ends this line: the editor shows a line break, but bash and NetworkManager only break lines at a line feed, so ${what}.`,
      {
        // Not safe: a real line break changes what bash and NetworkManager read.
        fixes: [
          {
            title: 'Turn the carriage return into a line break',
            edits: [
              {
                range: { start: { line: i, character: first.text.length }, end: { line: i + 1, character: 0 } },
                newText: '\n',
              },
            ],
          },
        ],
      },
    );
  }
  for (const b of doc.badChars) {
    ctx.report(
      'IFCFG-011',
      lineSpan(b.line, b.col, b.col + 1),
      'This line contains bytes that are not valid UTF-8 text (or NUL); NetworkManager reads such values as empty.',
    );
  }
  if (doc.file.ignoredBy) {
    const ig = doc.file.ignoredBy;
    const who =
      ig.nm && ig.initscripts
        ? 'NetworkManager and initscripts both ignore'
        : ig.nm
          ? 'NetworkManager ignores (initscripts still reads)'
          : 'initscripts ignores (NetworkManager still reads)';
    ctx.report(
      'IFCFG-035',
      lineSpan(0, 0, doc.lines[0].text.length),
      `${who} files ending in "${ig.suffix}": this file is treated as a backup copy.`,
    );
  }
  const routeLines = ROUTE_LINE_KINDS.has(doc.file.kind);
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (line.kind === 'invalid' && !routeLines && !line.continues) invalidLine(ctx, i);
  }
  if (routeLines && !doc.assignments.length) return;
  for (let i = 0; i < doc.assignments.length; i++) {
    valueIssues(ctx, doc.assignments[i]);
    keySpelling(ctx, doc.assignments[i]);
  }
  duplicates(ctx);
}

function invalidLine(ctx: RuleContext, i: number): void {
  const doc = ctx.doc;
  const l = doc.lines[i];
  const body = l.text.slice(l.indent);
  const exp = /^(export|declare|readonly|local)\s+([A-Za-z_][A-Za-z0-9_]*=.*)$/.exec(body);
  const spaced =
    /^([A-Za-z_][A-Za-z0-9_]*)\s+=\s*(.*)$/.exec(body) ?? /^([A-Za-z_][A-Za-z0-9_]*)=?\s*=\s*(.*)$/.exec(body);
  const r = lineRange(doc, i);
  if (exp) {
    ctx.report(
      'IFCFG-001',
      r,
      `NetworkManager ignores "${exp[1]}" lines, so ${exp[2].split('=')[0]} is not set for it; only plain KEY=value lines are read.`,
      {
        fixes: [{ title: `Remove "${exp[1]}"`, preferred: true, edits: [{ range: r, newText: exp[2] }] }],
      },
    );
  } else if (spaced && lookupKey(spaced[1])) {
    ctx.report(
      'IFCFG-001',
      r,
      `"${spaced[1]} = …" is not an assignment: there must be no blanks around "=". NetworkManager ignores the line and bash runs ${spaced[1]} as a command.`,
      {
        fixes: [
          {
            title: 'Remove the blanks around "="',
            preferred: true,
            edits: [{ range: r, newText: `${spaced[1]}=${spaced[2]}` }],
          },
        ],
      },
    );
  } else {
    ctx.report(
      'IFCFG-001',
      r,
      'Not a KEY=value line: NetworkManager ignores it ("invalid line ignored") and bash would run it as a command.',
    );
  }
}

function valueIssues(ctx: RuleContext, a: Assignment): void {
  const v = a.value;
  if (!v.issues.length) return;
  const line = a.line;
  const at = (x: ValueIssue) => ({ start: { line, character: x.start }, end: { line, character: x.end } });
  const quoteFix = (title: string) => ({
    title,
    preferred: true,
    edits: [
      { range: { start: { line, character: v.start }, end: { line, character: v.end } }, newText: dquote(v.text) },
    ],
  });
  const isBondOpts = a.key === 'BONDING_OPTS';
  // What NetworkManager makes of a key it never reads does not matter (OVS_EXTRA, …).
  const nmReads = lookupKey(a.key)?.info.source !== 'initscripts';
  for (const x of v.issues) {
    switch (x.kind) {
      case 'unquoted-space':
        if (isBondOpts) {
          const first = v.text.split(/\s+/)[0];
          ctx.report(
            'BOND-021',
            assignmentRange(a),
            `BONDING_OPTS is not quoted: bash sets it to "${first}" only and treats the rest as further assignments or a command; NetworkManager drops the whole value, so the bond falls back to balance-rr with default options.`,
            { fixes: [quoteFix('Quote BONDING_OPTS')] },
          );
        } else {
          ctx.report(
            'IFCFG-002',
            at(x),
            `Unquoted blank in the value of ${a.key}: bash ends the value at the blank and runs the rest as a command; NetworkManager reads ${a.key} as empty.`,
            { fixes: [quoteFix('Put the value in double quotes')] },
          );
        }
        break;
      case 'unterminated-quote':
        ctx.report(
          'IFCFG-003',
          at(x),
          `The quote opened here is never closed on this line: NetworkManager reads ${a.key} as empty, bash continues the value onto the following lines.`,
        );
        break;
      case 'dq-expansion':
        if (!nmReads) break;
        ctx.report(
          'IFCFG-004',
          at(x),
          `"$" or a backtick inside double quotes: bash would substitute it, but NetworkManager does no expansion and reads ${a.key} as empty. Write the final value, or use single quotes for a literal "$".`,
        );
        break;
      case 'unquoted-expansion':
        if (!nmReads) break;
        ctx.report(
          'IFCFG-004',
          at(x),
          `bash expands this, NetworkManager keeps it literally: the two tools see different values of ${a.key}.`,
          { severity: 'warning' },
        );
        break;
      case 'leading-space':
        ctx.report(
          'IFCFG-010',
          at(x),
          `Blank after "=": bash sets ${a.key} to empty and runs the rest as a command; NetworkManager reads ${a.key} as empty.`,
          {
            fixes: [{ title: 'Remove the blank', preferred: true, edits: [{ range: at(x), newText: '' }] }],
          },
        );
        break;
      case 'extra-statement':
        ctx.report(
          'IFCFG-010',
          at(x),
          `A second statement after ";": NetworkManager reads ${a.key} as empty and bash runs the rest as a command.`,
        );
        break;
      case 'trailing-backslash':
        ctx.report(
          'IFCFG-010',
          at(x),
          `A backslash at the end of the line continues the value in bash; NetworkManager has no line continuation and reads ${a.key} as empty.`,
        );
        break;
      case 'metachar':
        ctx.report(
          'IFCFG-010',
          at(x),
          `Unquoted shell operator: bash treats it as a pipe, redirection or subshell; NetworkManager reads ${a.key} as empty. Quote the value.`,
          { fixes: [quoteFix('Put the value in double quotes')] },
        );
        break;
    }
  }
}

function keySpelling(ctx: RuleContext, a: Assignment): void {
  const k = lookupKey(a.key);
  if (k?.info.obsolete) {
    ctx.report(
      'IFCFG-031',
      keyRange(a),
      `${a.key} (lower-case "v") was written by old NetworkManager versions and is never read; the key is ${k.info.obsolete}.`,
      {
        fixes: [
          {
            title: `Rename to ${k.info.obsolete}`,
            preferred: true,
            edits: [{ range: keyRange(a), newText: k.info.obsolete }],
          },
        ],
      },
    );
    return;
  }
  if (k) return;
  if (ctx.doc.file.kind === 'keys') return;
  const instead = suseKeyInstead(a.key);
  if (instead) {
    ctx.report('IFCFG-054', keyRange(a), message('IFCFG-054', 'main', { key: a.key, instead }));
    return;
  }
  const upper = a.key.toUpperCase();
  if (upper !== a.key && lookupKey(upper)) {
    ctx.report(
      'IFCFG-006',
      keyRange(a),
      `Keys are case-sensitive: "${a.key}" is not ${upper}, so neither NetworkManager nor initscripts uses this value.`,
      {
        fixes: [{ title: `Rename to ${upper}`, preferred: true, edits: [{ range: keyRange(a), newText: upper }] }],
      },
    );
    return;
  }
  const guess = didYouMean(a.key, KEY_NAMES);
  ctx.report(
    'IFCFG-007',
    keyRange(a),
    `Unknown key ${a.key}: NetworkManager and initscripts ignore it${guess ? ` — did you mean ${guess}?` : '.'}`,
    {
      fixes: guess ? [{ title: `Rename to ${guess}`, edits: [{ range: keyRange(a), newText: guess }] }] : undefined,
    },
  );
}

function duplicates(ctx: RuleContext): void {
  // Each key has one effective assignment: without a repeated key there are as many.
  if (ctx.doc.assignments.length === ctx.doc.effective.size) return;
  for (const [key, list] of ctx.doc.all) {
    if (list.length < 2) continue;
    const last = list[list.length - 1];
    // A generated file may repeat a key thousands of times: report the nearest 200.
    for (const a of list.slice(Math.max(0, list.length - 201), -1)) {
      ctx.report(
        'IFCFG-005',
        keyRange(a),
        `${key} is set again on line ${last.line + 1}; this earlier value is ignored by both NetworkManager and bash.`,
        {
          related: [{ uri: ctx.doc.uri, range: keyRange(last), message: 'This later assignment wins.' }],
          fixes: [
            {
              title: `Delete the ignored ${key} line`,
              preferred: true,
              edits: [deleteLine(ctx.doc, a.line)],
            },
          ],
        },
      );
    }
  }
}
