// The bond a team profile becomes when teamd's configuration has an exact bonding equivalent,
// and the one quick fix that rewrites the team controller and its port files into it.
// teamd semantics: teamd.conf(5) and teamd sources (libteam 04e328303a8c: teamd_link_watch.c
// lw_ethtool_load_options, teamd_hash_func.c teamd_hash_default_frags); bonding semantics:
// kernel bonding.rst "Bonding Driver Options". Anything teamd does that a bond cannot say the
// same way (other runners, arp_ping, port priorities, ...) gets no fix: the admin decides.
import type { ParsedDocument } from '../parser/document';
import type { Profile } from '../model/profile';
import { deleteLines, insertLineAfter, replaceValue } from '../fixes/edits';
import type { FileEdit, FixDraft, TextEdit } from '../types';
import { lineSpan } from '../util/lineSpan';

/** teamd runner → bonding mode that transmits and fails over the same way. */
export const TEAM_RUNNER_TO_BOND: Record<string, string> = {
  activebackup: 'active-backup',
  roundrobin: 'balance-rr',
  broadcast: 'broadcast',
  lacp: '802.3ad',
};

export const TEAM_FIX_TITLE = 'Rebuild this team as a bond';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (o: Json, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));

/** The runner's name as teamd reads it (roundrobin when unset), or undefined for bad JSON. */
export function teamRunner(config: string | undefined): string | undefined {
  if (config === undefined) return 'roundrobin';
  const j = parseJson(config);
  if (!isObj(j)) return undefined;
  const r = j.runner;
  if (r === undefined) return 'roundrobin';
  if (!isObj(r)) return undefined;
  if (r.name === undefined) return 'roundrobin';
  return typeof r.name === 'string' ? r.name : undefined;
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** A link delay of teamd's ethtool watcher as a bond updelay/downdelay: the bond counts in
 *  miimon periods, so only multiples of 100 ms are the same. */
function delay(v: unknown): number | undefined | false {
  if (v === undefined || v === 0) return undefined;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v % 100 === 0 ? v : false;
}

/** teamd's default Tx hash is eth+ipv4+ipv6 (teamd_hash_default_frags): the MAC and IP
 *  addresses, which is what xmit_hash_policy=layer2+3 hashes. Only exact sets are mapped. */
function hashPolicy(v: unknown): string | undefined {
  if (v === undefined) return 'layer2+3';
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return undefined;
  const set = new Set(v.map((x) => (x === 'ip' || x === 'l3' ? 'ipv4+ipv6' : x)).flatMap((x) => x.split('+')));
  const key = [...set].sort().join(',');
  if (key === 'eth') return 'layer2';
  if (key === 'eth,ipv4,ipv6') return 'layer2+3';
  return undefined;
}

/**
 * BONDING_OPTS equivalent to a TEAM_CONFIG, or undefined when any part of it has no exact
 * bonding equivalent. `device` is the controller's DEVICE (a "device" key must match it).
 */
export function bondOptsForTeam(config: string | undefined, device: string | undefined): string | undefined {
  const j = config === undefined ? {} : parseJson(config);
  if (!isObj(j) || !onlyKeys(j, ['device', 'runner', 'link_watch', 'ports'])) return undefined;
  if (j.device !== undefined && j.device !== device) return undefined;
  // Per-port settings in the team's config (prio, sticky, queue_id, lacp_prio, own link
  // watchers) have no exact bond equivalent; an empty object per port says nothing.
  if (
    j.ports !== undefined &&
    !(isObj(j.ports) && Object.values(j.ports).every((p) => isObj(p) && !Object.keys(p).length))
  )
    return undefined;
  const runner = j.runner === undefined ? {} : j.runner;
  if (!isObj(runner)) return undefined;
  const name = runner.name === undefined ? 'roundrobin' : runner.name;
  if (typeof name !== 'string') return undefined;
  const mode = TEAM_RUNNER_TO_BOND[name];
  if (!mode) return undefined;
  const opts = [`mode=${mode}`, 'miimon=100'];

  // Link watch: teamd's ethtool watcher follows the carrier the driver reports, as miimon does.
  const lw = j.link_watch === undefined ? { name: 'ethtool' } : j.link_watch;
  if (!isObj(lw) || lw.name !== 'ethtool' || !onlyKeys(lw, ['name', 'delay_up', 'delay_down'])) return undefined;
  const up = delay(lw.delay_up);
  const down = delay(lw.delay_down);
  if (up === false || down === false) return undefined;
  if (up) opts.push(`updelay=${up}`);
  if (down) opts.push(`downdelay=${down}`);

  if (name === 'activebackup') {
    if (!onlyKeys(runner, ['name', 'hwaddr_policy'])) return undefined;
    // same_all (default): every port carries the team's MAC, as fail_over_mac=none does;
    // by_active: the team takes the active port's MAC, as fail_over_mac=active does.
    const p = runner.hwaddr_policy;
    if (p === 'by_active') opts.push('fail_over_mac=active');
    else if (p !== undefined && p !== 'same_all') return undefined;
  } else if (name === 'lacp') {
    if (!onlyKeys(runner, ['name', 'active', 'fast_rate', 'tx_hash'])) return undefined;
    // The bond always sends LACPDUs (teamd's active=true, its default).
    if (runner.active !== undefined && runner.active !== true) return undefined;
    if (runner.fast_rate === true) opts.push('lacp_rate=fast');
    else if (runner.fast_rate !== undefined && runner.fast_rate !== false) return undefined;
    const hash = hashPolicy(runner.tx_hash);
    if (!hash) return undefined;
    if (hash !== 'layer2') opts.push(`xmit_hash_policy=${hash}`);
  } else if (!onlyKeys(runner, ['name'])) return undefined;
  return opts.join(' ');
}

const text = (doc: ParsedDocument, key: string) => doc.effective.get(key)?.value.text.trim();

/** A port's own TEAM_PORT_CONFIG says nothing a bond port could not (absent or `{}`). */
function plainPort(doc: ParsedDocument): boolean {
  const c = text(doc, 'TEAM_PORT_CONFIG');
  if (!c) return true;
  const j = parseJson(c);
  return isObj(j) && !Object.keys(j).length;
}

function lastLine(doc: ParsedDocument): number {
  let l = doc.lines.length - 1;
  while (l > 0 && doc.lines[l].text.trim() === '') l--;
  return l;
}

/** Edits turning a team port into a bond port of `bondDevice`, or undefined when unclear. */
function portEdits(doc: ParsedDocument, bondDevice: string): TextEdit[] | undefined {
  if (!plainPort(doc) || doc.file.ignoredBy || doc.lines.some((l) => l.loneCR)) return undefined;
  const dev = text(doc, 'DEVICE') ?? '';
  const type = text(doc, 'TYPE');
  // Without TYPE, NM took a TeamPort for Ethernet (or a VLAN by its name); once DEVICETYPE is
  // gone it would guess again, so the fix writes the type down, and leaves VLAN ports alone.
  if (!type && (dev.includes('.') || /^vlan/i.test(dev))) return undefined;
  if (type && type.toLowerCase() !== 'ethernet') return undefined;
  const drop = ['DEVICETYPE', 'TEAM_MASTER', 'TEAM_MASTER_UUID', 'TEAM_PORT_CONFIG', 'MASTER', 'MASTER_UUID', 'SLAVE'];
  const lines = drop.flatMap((k) => (doc.all.get(k) ?? []).map((a) => a.line));
  const add = [...(type ? [] : ['TYPE=Ethernet']), `MASTER=${bondDevice}`, 'SLAVE=yes'];
  const at = lastLine(doc);
  if (lines.includes(at) || doc.lines[at].loneCR || doc.lines[at].continues) {
    // Appending after a line that is being deleted would overlap; put the new keys first.
    const eol = doc.crlfLines > 0 ? '\r\n' : '\n';
    return [
      {
        range: lineSpan(0, 0, 0),
        newText: add.map((l) => l + eol).join(''),
      },
      ...deleteLines(doc, lines),
    ];
  }
  return [...deleteLines(doc, lines), insertLineAfter(doc, at, add.join(doc.crlfLines > 0 ? '\r\n' : '\n'))];
}

/**
 * The fix that rebuilds a team as the bond it maps to exactly, editing the controller and every
 * port file, or undefined when the mapping is not exact. `ports` are the profiles whose
 * controller resolves to this team.
 */
export function teamToBondFix(doc: ParsedDocument, ports: readonly Profile[]): FixDraft | undefined {
  const device = text(doc, 'DEVICE');
  if (!device || doc.lines.some((l) => l.loneCR)) return undefined;
  const cfgA = doc.effective.get('TEAM_CONFIG');
  if (cfgA && !cfgA.value.nmValid) return undefined;
  const opts = bondOptsForTeam(cfgA?.value.text.trim() || undefined, device);
  if (!opts || !ports.length) return undefined;
  // A controller that already carries bond keys is a mixture the fix would not make clearer.
  if (['BONDING_OPTS', 'BONDING_MASTER', 'MASTER', 'TEAM_MASTER'].some((k) => doc.all.has(k))) return undefined;
  const others: FileEdit[] = [];
  for (const p of ports) {
    const edits = portEdits(p.doc, device);
    if (!edits) return undefined;
    others.push({ uri: p.doc.uri, edits });
  }
  const typeA = doc.effective.get('TYPE');
  const drop = [...(doc.all.get('DEVICETYPE') ?? []), ...(doc.all.get('TEAM_CONFIG') ?? [])].map((a) => a.line);
  if (typeA && (doc.all.get('TYPE') ?? []).length > 1) return undefined;
  const add = [...(typeA ? [] : ['TYPE=Bond']), 'BONDING_MASTER=yes', `BONDING_OPTS="${opts}"`];
  const eol = doc.crlfLines > 0 ? '\r\n' : '\n';
  const edits: TextEdit[] = [...deleteLines(doc, drop)];
  if (typeA) edits.push(replaceValue(typeA, 'Bond'));
  const at = lastLine(doc);
  if (drop.includes(at) || (typeA && typeA.line === at))
    edits.unshift({
      range: lineSpan(0, 0, 0),
      newText: add.map((l) => l + eol).join(''),
    });
  else edits.push(insertLineAfter(doc, at, add.join(eol)));
  return { title: `${TEAM_FIX_TITLE} (${opts})`, edits, otherFiles: others };
}
