// route-/route6- files → keyfile `routeN=` / `routeN_options=` values. NM reads `ip route`
// style lines with parse_route_line (NMR L933-1460; invalid lines are skipped with a warning,
// L1591-1605) and the ADDRESSn=/NETMASKn=/GATEWAYn=/METRICn= form with read_one_ip4_route
// (L1465-1555). At the pinned NetworkManager `default` is an ordinary 0.0.0.0/0 (::/0) route:
// nothing returns -ERANGE any more, so the "ignoring manual default route" branch is dead.
import { isIPv4, isNetmask, netmaskToPrefix } from '../catalog/keyTypes';
import type { ParsedDocument } from '../parser/document';
import { checkRouteLine, ROUTE_TYPES, splitWords, Word } from '../parser/routeLine';
import { canonicalIP } from '../catalog/inet';
import { MigrationNote } from './notes';

export interface KeyfileRoute {
  value: string;
  options?: string;
}

export interface RouteFileResult {
  routes: KeyfileRoute[];
  /** The file uses something this preview does not convert. */
  unmodelled: boolean;
  /** NM refuses the whole profile because of this file. */
  refused?: string;
}

const LOCKABLE = new Set(['window', 'cwnd', 'initcwnd', 'initrwnd', 'mtu', 'advmss']);
const UINT_ATTRS = new Set(['table', 'weight', 'rto_min', 'quickack', ...LOCKABLE]);

export function readRouteFile(doc: ParsedDocument, v6: boolean, notes: MigrationNote[]): RouteFileResult {
  const out: RouteFileResult = { routes: [], unmodelled: false };
  const seen = new Set<string>();
  const add = (r: KeyfileRoute, line: number) => {
    const k = r.value.split(',').slice(0, 2).join(',') + '|' + (r.options ?? '');
    if (seen.has(k)) {
      notes.push(note(doc, line, 'lost', 'Duplicate route: NetworkManager keeps it once.'));
      return;
    }
    seen.add(k);
    out.routes.push(r);
  };
  if (!v6 && [...doc.effective.keys()].some((k) => /^ADDRESS\d+$/.test(k))) {
    for (let i = 0; i < 256; i++) {
      const get = (k: string) => {
        const a = doc.effective.get(`${k}${i}`);
        return a && a.value.nmValid && a.value.text ? a.value.text : undefined;
      };
      const addr = get('ADDRESS');
      if (!addr) break;
      const line = doc.effective.get(`ADDRESS${i}`)!.line;
      const mask = get('NETMASK');
      const gw = get('GATEWAY');
      const metric = get('METRIC');
      if (!isIPv4(addr) || (mask && !isNetmask(mask)) || (gw && !isIPv4(gw)) || (metric && !/^\d+$/.test(metric))) {
        out.refused = `invalid route ${i} in ${doc.file.base}`;
        return out;
      }
      if (get('OPTIONS')) {
        out.unmodelled = true;
        notes.push(
          note(doc, line, 'unmodelled', `OPTIONS${i}: this preview does not convert route options in this form yet.`),
        );
      }
      const plen = mask ? netmaskToPrefix(mask) : 32;
      add({ value: routeValue(addr, plen, gw, metric, false) }, line);
    }
    return out;
  }
  doc.lines.forEach((l, n) => {
    const text = l.text.trim();
    if (!text || text.startsWith('#')) return;
    const words = splitWords(l.text);
    const problem = checkRouteLine(words, v6);
    if (problem) {
      notes.push(note(doc, n, 'lost', `NetworkManager skips this route: ${problem.message}`));
      return;
    }
    add(convertLine(words, v6), n);
  });
  return out;
}

function convertLine(words: Word[], v6: boolean): KeyfileRoute {
  const attrs = new Map<string, string>();
  let i = 0;
  if (ROUTE_TYPES.has(words[0]?.text)) attrs.set('type', words[i++].text);
  let dest = '';
  let via: string | undefined;
  let metric: string | undefined;
  while (i < words.length) {
    const k = words[i].text;
    const arg = words[i + 1]?.text;
    if (k === 'to') {
      dest = arg;
      i += 2;
    } else if (k === 'onlink') {
      attrs.set('onlink', 'true');
      i++;
    } else if (k === 'via') {
      via = arg === '(null)' ? undefined : arg;
      i += 2;
    } else if (k === 'metric') {
      metric = arg;
      i += 2;
    } else if (k === 'dev') i += 2;
    else if (LOCKABLE.has(k) && arg === 'lock') {
      attrs.set(`lock-${k}`, 'true');
      attrs.set(k, String(Number(words[i + 2].text)));
      i += 3;
    } else if (UINT_ATTRS.has(k)) {
      attrs.set(k, String(Number(arg)));
      i += 2;
    } else if (k === 'src' || k === 'from') {
      const [a, p] = arg.split('/');
      attrs.set(k, (canonicalIP(a, v6) ?? a) + (p !== undefined ? `/${p}` : ''));
      i += 2;
    } else if (k === 'tos' || k === 'scope') {
      attrs.set(k, arg);
      i += 2;
    } else if (!dest) {
      dest = k;
      i++;
    } else i++;
  }
  let addr: string;
  let plen: number;
  if (dest === 'default') {
    addr = v6 ? '::' : '0.0.0.0';
    plen = 0;
  } else {
    const [a, p] = dest.split('/');
    addr = canonicalIP(a, v6) ?? a;
    plen = p === undefined ? (v6 ? 128 : 32) : Number(p);
  }
  const opts = [...attrs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    value: routeValue(addr, plen, via && (canonicalIP(via, v6) ?? via), metric, v6),
    options: opts.length ? opts.map(([k, v]) => `${k}=${v}`).join(',') : undefined,
  };
}

/** NMK write_ip_values: `dest/plen[,gateway[,metric]]`, an unspecified gateway written as
 *  0.0.0.0 or :: only when a metric follows. */
function routeValue(
  addr: string,
  plen: number,
  gw: string | undefined,
  metric: string | undefined,
  v6: boolean,
): string {
  if (gw === '0.0.0.0' || gw === '::') gw = undefined; // the unspecified address is "no next hop"
  let s = `${addr}/${plen}`;
  if (gw || metric !== undefined) s += `,${gw ?? (v6 ? '::' : '0.0.0.0')}`;
  if (metric !== undefined) s += `,${Number(metric)}`;
  return s;
}

function note(doc: ParsedDocument, line: number, kind: MigrationNote['kind'], message: string): MigrationNote {
  return {
    uri: doc.uri,
    range: { start: { line, character: 0 }, end: { line, character: doc.lines[line]?.text.length ?? 0 } },
    kind,
    message,
  };
}
