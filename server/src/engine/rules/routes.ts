// route-/route6- and rule-/rule6- files: the two route formats, index rules, ip-route lines
// NM would skip, and the rule file that makes NM ignore routes. ifcfg-keys.md §1.6, §2.7.
import { checkRouteLine, checkRuleLine, ROUTE_TYPES, splitWords, Word } from '../parser/routeLine';
import { keyRange, lineRange, RuleContext } from './context';

const ROUTE_KEY = /^(ADDRESS|NETMASK|GATEWAY|METRIC|OPTIONS)(\d+)$/;

export function checkRouteFiles(ctx: RuleContext): void {
  const doc = ctx.doc;
  const kind = doc.file.kind;
  if (kind === 'route' || kind === 'route6') {
    const rules = ['rule', 'rule6'].flatMap((k) =>
      (ctx.system.bySuffix.get(doc.file.suffix) ?? []).filter((d) => d.file.kind === k && !d.file.ignoredBy),
    );
    if (rules.length) {
      ctx.report(
        'ROUTE-006',
        lineRange(doc, 0),
        `${rules.map((d) => d.file.base).join(' and ')} exist${rules.length === 1 ? 's' : ''}: NetworkManager then ignores this route file (and route tables) for the profile and expects a dispatcher script to apply them.`,
        {
          related: rules.map((d) => ({ uri: d.uri, range: lineRange(d, 0), message: 'rule file' })),
        },
      );
    }
    const kv = kind === 'route' && doc.assignments.some((a) => /^ADDRESS\d+$/.test(a.key));
    if (kv) keyValueRoutes(ctx);
    else ipLines(ctx, kind === 'route6', 'route');
  } else if (kind === 'rule' || kind === 'rule6') {
    ipLines(ctx, kind === 'rule6', 'rule');
  }
}

function keyValueRoutes(ctx: RuleContext): void {
  const doc = ctx.doc;
  for (let i = 0; i < doc.lines.length; i++) {
    if (doc.lines[i].kind === 'invalid' && !doc.lines[i].continues) {
      ctx.report(
        'ROUTE-001',
        lineRange(doc, i),
        'This file uses ADDRESSn= lines, so both tools read the whole file as KEY=value: this ip-route line is ignored.',
      );
    }
  }
  const idx = new Set<number>();
  for (const a of doc.assignments) {
    const m = ROUTE_KEY.exec(a.key);
    if (!m) {
      ctx.report(
        'ROUTE-007',
        keyRange(a),
        `${a.key} does not belong in a route file; only ADDRESSn, NETMASKn, GATEWAYn, METRICn and OPTIONSn are read.`,
      );
      continue;
    }
    if (m[1] === 'ADDRESS') idx.add(Number(m[2]));
  }
  const eff = doc.effective;
  for (const n of [...idx].sort((x, y) => x - y)) {
    const a = eff.get(`ADDRESS${n}`)!;
    let gap = -1;
    for (let j = 0; j < n; j++)
      if (!idx.has(j)) {
        gap = j;
        break;
      }
    if (gap >= 0) {
      ctx.report(
        'ROUTE-002',
        keyRange(a),
        `ADDRESS${n} is never read: routes are numbered from ADDRESS0 without gaps and ADDRESS${gap} is missing${gap === 0 ? ' (initscripts skips the whole file)' : ''}.`,
      );
      continue;
    }
    if (!eff.has(`NETMASK${n}`)) {
      ctx.report(
        'ROUTE-003',
        keyRange(a),
        `ADDRESS${n} has no NETMASK${n}: NetworkManager refuses the whole profile ("Missing IP4 route element").`,
      );
    }
    const opts = eff.get(`OPTIONS${n}`);
    if (opts && opts.value.nmValid) {
      const words = splitWords(opts.value.text);
      const bad = words.find((w) => ['to', 'via', 'metric', 'dev'].includes(w.text));
      const problem = bad
        ? { message: `"${bad.text}" is not allowed in OPTIONS${n} (use ADDRESSn/GATEWAYn/METRICn).` }
        : checkRouteLine(withDestination(words), false);
      if (problem)
        ctx.report(
          'ROUTE-005',
          keyRange(opts),
          `${problem.message.replace(': NetworkManager skips this route.', '')} — NetworkManager refuses the profile.`,
          { severity: 'error' },
        );
    }
  }
}

function ipLines(ctx: RuleContext, v6: boolean, what: 'route' | 'rule'): void {
  const doc = ctx.doc;
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (l.kind === 'blank' || l.kind === 'comment') continue;
    let text = l.text;
    const hash = text.indexOf('#');
    if (hash > 0) {
      ctx.report(
        'ROUTE-008',
        { start: { line: i, character: hash }, end: { line: i, character: text.length } },
        `initscripts passes the whole line to "ip ${what} add", comment included, and ip fails on it. Put comments on their own line.`,
        {
          fixes: [
            {
              title: 'Remove the trailing comment',
              safe: false,
              edits: [
                {
                  range: {
                    start: { line: i, character: text.trimEnd().slice(0, hash).trimEnd().length },
                    end: { line: i, character: text.length },
                  },
                  newText: '',
                },
              ],
            },
          ],
        },
      );
      text = text.slice(0, hash);
    }
    const words = splitWords(text);
    if (!words.length) continue;
    if (what === 'route') {
      const p = checkRouteLine(words, v6);
      if (p) {
        const r = p.word
          ? { start: { line: i, character: p.word.start }, end: { line: i, character: p.word.end } }
          : lineRange(doc, i);
        ctx.report('ROUTE-005', r, p.message + ' (initscripts hands the line to "ip route add" as it is.)');
      }
    } else {
      const bad = checkRuleLine(words);
      if (bad)
        ctx.report(
          'RULE-001',
          { start: { line: i, character: bad.start }, end: { line: i, character: bad.end } },
          `"${bad.text}" is not an ip-rule selector or action: "ip rule add" fails on this line.`,
        );
    }
  }
}

/** OPTIONSn has no destination; put a placeholder after an optional route type. */
function withDestination(words: Word[]): Word[] {
  const dest = { text: '0.0.0.0/0', start: 0, end: 0 };
  return ROUTE_TYPES.has(words[0]?.text) ? [words[0], dest, ...words.slice(1)] : [dest, ...words];
}
