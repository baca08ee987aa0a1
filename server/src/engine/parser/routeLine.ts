// The `ip route` line grammar NetworkManager's ifcfg-rh reader accepts in route-/route6-
// files (parse_route_line). Returns the reason NM would skip the line, or undefined.
import { isIPv4, isIPv6 } from '../catalog/keyTypes';

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function splitWords(line: string): Word[] {
  const words: Word[] = [];
  const re = /[^\s]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return words;
}

export const ROUTE_TYPES = new Set(['local', 'unicast', 'throw', 'unreachable', 'prohibit', 'blackhole', 'nat']);
const WITH_LOCK = new Set(['window', 'cwnd', 'initcwnd', 'initrwnd', 'mtu', 'advmss']);
const WITH_ARG = new Set([
  'via',
  'metric',
  'dev',
  'src',
  'from',
  'tos',
  'scope',
  'rto_min',
  'quickack',
  'weight',
  'table',
  ...WITH_LOCK,
]);

export interface RouteProblem {
  message: string;
  word?: Word;
}

export function checkRouteLine(words: Word[], v6: boolean): RouteProblem | undefined {
  const isAddr = (s: string) => (v6 ? isIPv6(s) : isIPv4(s));
  const isPrefix = (s: string) => {
    const [a, l] = s.split('/');
    return isAddr(a) && (l === undefined || (/^\d+$/.test(l) && Number(l) <= (v6 ? 128 : 32)));
  };
  let i = 0;
  if (i < words.length && ROUTE_TYPES.has(words[i].text)) i++;
  let dest: Word | undefined;
  const seen = new Set<string>();
  // NM accepts the destination anywhere on the line, bare or after "to".
  while (i < words.length) {
    const w = words[i];
    const k = w.text;
    if (k === 'to' || (!dest && !WITH_ARG.has(k) && k !== 'onlink')) {
      const d = k === 'to' ? words[i + 1] : w;
      if (dest)
        return { message: 'Unrecognized argument ("to" is duplicate): NetworkManager skips this route.', word: w };
      if (!d) return { message: 'Missing argument for "to": NetworkManager skips this route.', word: w };
      if (d.text !== 'default' && !isPrefix(d.text))
        return {
          message: `"${d.text}" is not an ${v6 ? 'IPv6' : 'IPv4'} prefix: NetworkManager skips this route.`,
          word: d,
        };
      dest = d;
      i += k === 'to' ? 2 : 1;
      continue;
    }
    if (seen.has(k)) return { message: `"${k}" is given twice: NetworkManager skips this route.`, word: w };
    if (k === 'onlink') {
      seen.add(k);
      i++;
      continue;
    }
    if (!WITH_ARG.has(k))
      return { message: `"${k}" is not a route attribute NetworkManager understands: it skips this route.`, word: w };
    seen.add(k);
    i++;
    if (WITH_LOCK.has(k) && words[i]?.text === 'lock') i++;
    const arg = words[i];
    if (!arg) return { message: `Missing argument for "${k}": NetworkManager skips this route.`, word: w };
    if ((k === 'via' || k === 'src') && !isAddr(arg.text) && arg.text !== '(null)')
      return {
        message: `"${arg.text}" is not an ${v6 ? 'IPv6' : 'IPv4'} address: NetworkManager skips this route.`,
        word: arg,
      };
    if (k === 'from' && (!v6 || !isPrefix(arg.text)))
      return {
        message: v6
          ? `"${arg.text}" is not an IPv6 prefix.`
          : '"from" is only valid for IPv6 routes: NetworkManager skips this route.',
        word: v6 ? arg : w,
      };
    if (
      ['metric', 'window', 'cwnd', 'initcwnd', 'initrwnd', 'mtu', 'advmss', 'rto_min', 'weight', 'table'].includes(k) &&
      !/^\d+$/.test(arg.text)
    ) {
      return { message: `Argument for "${k}" is not a valid number: NetworkManager skips this route.`, word: arg };
    }
    if (k === 'quickack' && !/^[01]$/.test(arg.text)) return { message: 'quickack takes 0 or 1.', word: arg };
    i++;
  }
  if (!dest) return { message: 'Missing destination prefix: NetworkManager skips this route.' };
  return undefined;
}

const RULE_KEYWORDS = new Set([
  'from',
  'to',
  'tos',
  'dsfield',
  'fwmark',
  'iif',
  'oif',
  'pref',
  'preference',
  'priority',
  'order',
  'table',
  'lookup',
  'protocol',
  'nat',
  'map-to',
  'realms',
  'goto',
  'suppress_prefixlength',
  'suppress_ifgroup',
  'uidrange',
  'ipproto',
  'sport',
  'dport',
  'l3mdev',
  'type',
  'flowid',
  'tun_id',
]);
const RULE_FLAGS = new Set([
  'not',
  'all',
  'l3mdev',
  'unicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'nat',
  'local',
  'broadcast',
  'multicast',
]);

export function checkRuleLine(words: Word[]): Word | undefined {
  let i = 0;
  while (i < words.length) {
    const w = words[i].text;
    if (RULE_FLAGS.has(w)) {
      i++;
      continue;
    }
    if (!RULE_KEYWORDS.has(w)) return words[i];
    i += 2;
  }
  return undefined;
}
