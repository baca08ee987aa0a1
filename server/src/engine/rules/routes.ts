// route-/route6- and rule-/rule6- files: the two route formats, index rules, ip-route lines
// NM would skip, and the rule file that makes NM ignore routes. Sources (ids of docs/sources.md):
// `nm.reader` read_route_file(), parse_route_line(); `is.ifup-routes`.
import { checkRouteLine, checkRuleLine, ROUTE_TYPES, splitWords, Word } from '../parser/routeLine';
import { keyRange, lineRange, RuleContext } from './context';
import { message } from './registry';
import { lineSpan } from '../util/lineSpan';

const ROUTE_KEY = /^(ADDRESS|NETMASK|GATEWAY|METRIC|OPTIONS)(\d+)$/;

export function checkRouteFiles(ctx: RuleContext): void {
  const doc = ctx.doc;
  const kind = doc.file.kind;
  if (kind === 'route' || kind === 'route6' || kind === 'rule' || kind === 'rule6') unowned(ctx);
  if (kind === 'route' || kind === 'route6') {
    const rules = ['rule', 'rule6'].flatMap((k) =>
      ctx.system.withSuffix(doc.file.suffix).filter((d) => d.file.kind === k && !d.file.ignoredBy),
    );
    if (rules.length) {
      ctx.report(
        'ROUTE-006',
        lineRange(doc, 0),
        message('ROUTE-006', 'main', {
          files: rules.map((d) => d.file.base).join(' and '),
          s: rules.length === 1 ? 's' : '',
        }),
        {
          related: rules.map((d) => ({ uri: d.uri, range: lineRange(d, 0), message: 'rule file' })),
        },
      );
    }
    const kv = kind === 'route' && doc.assignments.some((a) => /^ADDRESS\d+$/.test(a.key));
    if (kv) keyValueRoutes(ctx);
    else ipLines(ctx, kind === 'route6', 'route', rules.length > 0);
  } else if (kind === 'rule' || kind === 'rule6') {
    ipLines(ctx, kind === 'rule6', 'rule');
  }
}

function keyValueRoutes(ctx: RuleContext): void {
  const doc = ctx.doc;
  for (let i = 0; i < doc.lines.length; i++) {
    if (doc.lines[i].kind === 'invalid' && !doc.lines[i].continues) {
      ctx.report('ROUTE-001', lineRange(doc, i), message('ROUTE-001', 'main'));
    }
  }
  const idx = new Set<number>();
  for (const a of doc.assignments) {
    const m = ROUTE_KEY.exec(a.key);
    if (!m) {
      ctx.report('ROUTE-007', keyRange(a), message('ROUTE-007', 'main', { key: a.key }));
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
      ctx.report('ROUTE-002', keyRange(a), message('ROUTE-002', gap === 0 ? 'noFirst' : 'gap', { n, gap }));
      continue;
    }
    if (!eff.has(`NETMASK${n}`)) {
      ctx.report('ROUTE-003', keyRange(a), message('ROUTE-003', 'main', { n }));
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
          message('ROUTE-005', 'options', {
            problem: problem.message.replace(': NetworkManager skips this route.', ''),
          }),
          { severity: 'error' },
        );
    }
  }
}

function ipLines(ctx: RuleContext, v6: boolean, what: 'route' | 'rule', nmIgnoresFile = false): void {
  const doc = ctx.doc;
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (l.kind === 'blank' || l.kind === 'comment') continue;
    let text = l.text;
    const hash = text.indexOf('#');
    if (hash > 0) {
      ctx.report('ROUTE-008', lineSpan(i, hash, text.length), message('ROUTE-008', 'main', { what }), {
        fixes: [
          {
            title: 'Remove the trailing comment',
            edits: [
              {
                range: lineSpan(i, text.trimEnd().slice(0, hash).trimEnd().length, text.length),
                newText: '',
              },
            ],
          },
        ],
      });
      text = text.slice(0, hash);
    }
    const words = splitWords(text);
    if (!words.length) continue;
    if (what === 'route') {
      const p = checkRouteLine(words, v6);
      // With a rule file NetworkManager does not read this file at all (ROUTE-006).
      if (p && !(nmIgnoresFile && p.message.includes('NetworkManager skips'))) {
        const r = p.word ? lineSpan(i, p.word.start, p.word.end) : lineRange(doc, i);
        ctx.report('ROUTE-005', r, message('ROUTE-005', 'line', { problem: p.message }));
      }
    } else {
      const bad = checkRuleLine(words);
      if (bad) ctx.report('RULE-001', lineSpan(i, bad.start, bad.end), message('RULE-001', 'main', { word: bad.text }));
    }
  }
}

/** OPTIONSn has no destination; put a placeholder after an optional route type. */
function withDestination(words: Word[]): Word[] {
  const dest = { text: '0.0.0.0/0', start: 0, end: 0 };
  return ROUTE_TYPES.has(words[0]?.text) ? [words[0], dest, ...words.slice(1)] : [dest, ...words];
}

/** NM reads route-NAME only beside ifcfg-NAME (utils_get_route_path); ifup-post runs ifup-routes
 *  with the device and the file's name, so initscripts also reads route-<DEVICE>. */
function unowned(ctx: RuleContext): void {
  const doc = ctx.doc;
  const name = doc.file.suffix;
  if (doc.file.ignoredBy || name === 'tun6to4' || ctx.system.ownerOf(doc)) return;
  if (ctx.system.withDevice(name).some((p) => p.format === 'ifcfg')) return;
  let ifcfgs = 0;
  for (const p of ctx.system.profiles) {
    if (p.format !== 'ifcfg') continue;
    ifcfgs++;
    // A file without DEVICE finds its interface by HWADDR at ifup time: its name is unknown here.
    if (!p.device && p.doc.effective.get('HWADDR')?.value.text.trim()) return;
  }
  // Without any ifcfg file next to it, the directory is not known well enough to say.
  if (!ifcfgs) return;
  ctx.report('ROUTE-009', lineRange(doc, 0), message('ROUTE-009', 'main', { name, file: doc.file.base }));
}
