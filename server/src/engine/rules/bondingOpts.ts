// BONDING_OPTS option by option: names, values as the kernel and NM parse them, modes,
// monitoring, delays and ARP targets. Sources (ids of docs/sources.md):
// `kernel.bond_options` bond_opt_parse()/bond_opt_check_deps(), `kernel.bond_main`
// bond_check_params(); `nm.bond` verify(), `nm.reader` make_bond_setting(); `is.functions`
// install_bonding_driver().
import { isDigits } from '../util/digits';
import { BOND_OPTION_BY_NAME, BOND_OPTIONS, BondOption, helperValue, READ_ONLY_BOND_FILES } from '../catalog/bonding';
import { isIPv4, isIPv6, isMac } from '../catalog/keyTypes';
import { ARP_MODES, BondMode, MODES } from '../catalog/modes';
import { styled } from '../fixes/bondingOpts';
import { BondConfig, bondInt, enumName } from '../model/profile';
import { OptionToken } from '../parser/options';
import { DiagnosticTag } from '../types';
import { FixDraft } from '../types';
import { cellOf, EFFECTIVE_ONLY_IN, judge } from '../catalog/bondModeTable';
import { didYouMean } from '../util/similar';
import { RuleContext, tokenRange, tokenValueRange } from './context';
import { lineSpan } from '../util/lineSpan';

const NAMES = BOND_OPTIONS.map((o) => o.name);

export function checkBondingOptions(ctx: RuleContext, b: BondConfig): void {
  const a = b.assignment;
  const mode = b.effectiveMode.name;
  const fix = (title: string, edits: FixDraft['edits'], preferred = true): FixDraft => ({ title, edits, preferred });
  const remove = (t: OptionToken): FixDraft => fix(`Remove ${t.key}`, [b.edits.remove(t)]);
  const seen = new Map<string, OptionToken>();
  const targets: OptionToken[] = [];
  const is = ctx.judges('initscripts');

  for (const t of b.tokens) {
    // Everything below only reports: once no report is kept, the rest of a huge list is skipped.
    if (ctx.full) break;
    const r = tokenRange(a, t);
    if (t.tabSeparated && ctx.judges('networkmanager')) {
      ctx.report(
        'BOND-055',
        r,
        'Options are separated by a tab here: bash splits on tabs, but NetworkManager splits only on spaces and reads both options as one invalid value.',
      );
    }
    if (t.value === undefined || t.key === '' || t.value === '') {
      ctx.report(
        'BOND-050',
        r,
        `"${t.text}" is not option=value: NetworkManager skips it${is ? ' and initscripts writes it to a sysfs file of that name, which fails' : ''}.`,
        { fixes: [remove(t)] },
      );
      continue;
    }
    if (READ_ONLY_BOND_FILES.includes(t.key)) {
      ctx.report(
        'BOND-047',
        r,
        `${t.key} is a read-only status file of the bond: it cannot be set (${is ? "initscripts' write fails; " : ''}NetworkManager rejects it).`,
        { fixes: [remove(t)] },
      );
      continue;
    }
    const o = BOND_OPTION_BY_NAME.get(t.key);
    if (!o) {
      const guess = didYouMean(t.key, NAMES);
      ctx.report(
        'BOND-019',
        { start: r.start, end: { line: r.start.line, character: t.keyEnd } },
        `Unknown bonding option "${t.key}": ${is ? 'initscripts fails to write it and ' : ''}NetworkManager drops it with a warning.${guess ? ` Did you mean ${guess}?` : ''}`,
        {
          // Read by NetworkManager alone, the option is only dropped (warning); initscripts'
          // sysfs write fails (error).
          severity: is ? undefined : 'warning',
          fixes: guess ? [fix(`Rename to ${guess}`, [b.edits.renameKey(t, guess)])] : undefined,
        },
      );
      continue;
    }
    if (t.key === 'arp_ip_target') targets.push(t);
    else {
      const prev = seen.get(t.key);
      if (prev) {
        ctx.report(
          'BOND-054',
          tokenRange(a, prev),
          `${t.key} is given again later; only the last value counts, this one is ignored.`,
          {
            related: [{ uri: ctx.doc.uri, range: r, message: 'The value in force.' }],
            fixes: [remove(prev)],
          },
        );
      }
      seen.set(t.key, t);
    }
    checkValue(ctx, b, t, o);
    applicability(ctx, b, t, o, mode);
  }
  monitoring(ctx, b, mode);
  arpTargets(ctx, b, targets);
  if (!b.modeToken) {
    const v = b.numericStyle ? '1' : 'active-backup';
    ctx.report(
      'BOND-003',
      tokenlessRange(ctx, b),
      'No mode= given: the bond uses balance-rr, which only works with a static EtherChannel on the switch. Name the mode you want.',
      {
        fixes: [fix(`Add mode=${v}`, [b.edits.prepend(`mode=${v}`)])],
      },
    );
  }
  if (mode === '802.3ad' && !b.opts.has('lacp_rate')) {
    const v = b.numericStyle ? '1' : 'fast';
    ctx.report(
      'BOND-041',
      tokenRange(a, b.modeToken ?? b.tokens[0]),
      'With the default lacp_rate=slow the partner sends LACPDUs every 30 s, so a dead link that keeps carrier is noticed only after about 90 s. Consider lacp_rate=fast (on the switch too).',
      {
        fixes: [fix(`Add lacp_rate=${v}`, [b.edits.append(`lacp_rate=${v}`)])],
      },
    );
  }
  const g = b.opts.get('num_grat_arp');
  const u = b.opts.get('num_unsol_na');
  if (g && u && bondInt(b, 'num_grat_arp') !== undefined && bondInt(b, 'num_grat_arp') !== bondInt(b, 'num_unsol_na')) {
    ctx.report(
      'BOND-017',
      tokenRange(a, u),
      `num_grat_arp=${g.value} and num_unsol_na=${u.value} are the same kernel setting: the later write wins${ctx.judges('networkmanager') ? " and NetworkManager's verify() refuses different values" : ''}.`,
      {
        severity: ctx.judges('networkmanager') ? 'error' : 'warning',
        fixes: [fix(`Set num_unsol_na=${g.value}`, [b.edits.replaceValue(u, g.value!)])],
      },
    );
  }
}

function tokenlessRange(ctx: RuleContext, b: BondConfig) {
  const a = b.assignment;
  return lineSpan(a.line, a.keyStart, Math.max(a.value.end, a.eq + 1));
}

/** Kernel reading of a value (bond_opt_parse): ok, or why not. */
export function kernelAccepts(o: BondOption, v: string): boolean {
  if (o.kind === 'enum') {
    if (isDigits(v)) return (o.values ?? []).some((x) => x.num === Number(v));
    return enumName(o, v) !== undefined;
  }
  if (o.kind === 'int') {
    if (!o.range) return isDigits(v);
    if (isDigits(v)) return Number(v) >= o.range[0] && Number(v) <= o.range[1];
    return !!o.helpers && v in o.helpers;
  }
  return true;
}

export function nmAccepts(o: BondOption, v: string): boolean {
  const c = o.nm;
  if (!c) return true;
  switch (c.kind) {
    case 'enum':
      return c.names.includes(v) || (isDigits(v) && Number(v) < c.names.length);
    case 'int':
      return isDigits(v) && Number(v) >= c.min && Number(v) <= c.max;
    default:
      return true;
  }
}

function checkValue(ctx: RuleContext, b: BondConfig, t: OptionToken, o: BondOption): void {
  const v = t.value!;
  const r = tokenValueRange(b.assignment, t);
  if (o.kind === 'ipv4-list') {
    const list = v.replace(/^\+|^-/, '').split(',');
    const bad = list.find((x) => !isIPv4(x.trim()) || /^0\./.test(x.trim()) || x.trim() === '255.255.255.255');
    if (bad !== undefined)
      ctx.report(
        'BOND-044',
        r,
        `arp_ip_target "${bad}" is not a usable IPv4 address (0.x.x.x and 255.255.255.255 are refused).`,
      );
    return;
  }
  if (o.kind === 'ipv6-list') {
    const bad = v
      .split(',')
      .find((x) => !isIPv6(x.trim()) || x.trim() === '::' || x.trim() === '::1' || /^ff/i.test(x.trim()));
    if (bad !== undefined) ctx.report('BOND-044', r, `ns_ip6_target "${bad}" is not a usable unicast IPv6 address.`);
    return;
  }
  if (o.kind === 'mac') {
    if (!isMac(v, [6]) || (parseInt(v.split(/[:-]/)[0], 16) & 1) === 1)
      ctx.report('BOND-044', r, `${o.name} needs a unicast MAC address such as 02:00:00:00:00:01.`);
    return;
  }
  if (o.kind === 'ifname') {
    if (v.length > 15 || /[\s/:]/.test(v)) {
      // nm-setting-bond.c validates the name (nm_utils_ifname_valid_kernel): a keyfile's readers
      // drop the option with a warning, so nothing reaches the kernel.
      const nmOnly = !ctx.judges('initscripts');
      ctx.report(
        'BOND-044',
        r,
        nmOnly
          ? `"${v}" is not a valid interface name${/\s$/.test(v) ? ' (the trailing blank is part of the value)' : ''}: NetworkManager ignores the option ("invalid value '${v}' for option '${o.name}'") and the bond has no ${o.name}.`
          : `"${v}" is not a valid interface name.`,
        { severity: nmOnly ? 'warning' : undefined },
      );
    }
    return;
  }
  if (o.kind !== 'enum' && o.kind !== 'int') return;
  if (!o.range && o.kind === 'int' && !o.nm) return; // module-only parameters: reported elsewhere
  const k = kernelAccepts(o, v);
  const n = nmAccepts(o, v);
  // Read by NetworkManager alone, a value it refuses never reaches the kernel: NM's readers
  // drop the option with a warning and the profile loads with the default.
  const nmOnly = !ctx.judges('initscripts') && !n;
  if (o.name === 'mode' && !k) {
    ctx.report(
      'BOND-004',
      r,
      `Unknown bonding mode "${v}". Valid: ${MODES.map((m) => `${m.num} (${m.name})`).join(', ')}. Names are case-sensitive.${nmOnly ? ' NetworkManager ignores the option and the bond runs balance-rr.' : ''}`,
      { severity: nmOnly ? 'warning' : undefined, fixes: suggestions(b, t, o) },
    );
    return;
  }
  if (!k && (ctx.judges('initscripts') || !n)) {
    const why =
      /\s#/.test(v) && ctx.profile.format === 'keyfile'
        ? ' A keyfile has no comments after a value: only a line starting with # is a comment, so the "#…" is part of the value. Move the comment to a line of its own.'
        : isDigits(v) || !/^-?\d/.test(v)
          ? ''
          : ' Numbers must be plain decimal.';
    ctx.report(
      'BOND-044',
      r,
      nmOnly
        ? `"${v}" is not a valid value for ${o.name} (${describeAllowed(o)}): NetworkManager ignores the option and the bond keeps its default.${why}`
        : `"${v}" is not a valid value for ${o.name}: the kernel refuses it (${describeAllowed(o)}).${why}${n && ctx.judges('networkmanager') ? ' NetworkManager would accept it.' : ''}`,
      { severity: nmOnly ? 'warning' : undefined, fixes: suggestions(b, t, o) },
    );
    return;
  }
  if (k && !n && ctx.judges('networkmanager')) {
    const num = o.kind === 'enum' ? o.values?.find((x) => x.name === v)?.num : helperValue(o, v);
    ctx.report(
      'BOND-049',
      r,
      `NetworkManager does not accept "${v}" for ${o.name} (${describeNm(o)}): it drops the option and uses its default${o.name === 'miimon' ? ' (miimon=100)' : ''} instead${ctx.judges('initscripts') ? '; the kernel accepts the value when initscripts writes it' : ''}.`,
      {
        fixes:
          num !== undefined && (o.nm?.kind === 'int' || o.nm?.kind === 'enum')
            ? [
                {
                  title: `Write ${o.name}=${num}`,
                  preferred: true,
                  edits: [b.edits.replaceValue(t, String(num))],
                },
              ]
            : undefined,
      },
    );
  }
  if (o.name === 'use_carrier' && (v === '0' || v === 'off')) {
    ctx.report(
      'BOND-048',
      r,
      'use_carrier=0 selects the old ioctl link detection, which Linux 6.18 removed (only 1 is accepted there). Drivers all report carrier; drop the option.',
      {
        fixes: [{ title: 'Remove use_carrier', preferred: true, edits: [b.edits.remove(t)] }],
      },
    );
  }
}

function describeAllowed(o: BondOption): string {
  if (o.kind === 'enum' && o.values) return o.values.map((x) => `${x.num}/${x.name}`).join(', ');
  if (o.range) return `${o.range[0]}–${o.range[1]}`;
  return 'see the documentation';
}

function describeNm(o: BondOption): string {
  const c = o.nm;
  if (c?.kind === 'int') return `digits ${c.min}–${c.max} only`;
  if (c?.kind === 'enum') return `${c.names.join(', ')} or 0–${c.names.length - 1}`;
  return 'unknown option';
}

function suggestions(b: BondConfig, t: OptionToken, o: BondOption): FixDraft[] | undefined {
  if (!o.values) return undefined;
  const exact = o.values.find((x) => x.name.toLowerCase() === t.value!.toLowerCase());
  const guess =
    exact?.name ??
    didYouMean(
      t.value!,
      o.values.map((x) => x.name),
    );
  if (!guess) return undefined;
  return [
    {
      title: `Write ${o.name}=${styled(b, o, guess)}`,
      preferred: true,
      edits: [b.edits.replaceValue(t, styled(b, o, guess))],
    },
  ];
}

const AD_ONLY = new Set([
  'lacp_rate',
  'lacp_active',
  'ad_select',
  'ad_actor_sys_prio',
  'ad_actor_system',
  'ad_user_port_key',
  'min_links',
  'coupled_control',
  'broadcast_neighbor',
  'lacp_strict',
]);
const AB_ONLY = new Set(['fail_over_mac', 'num_grat_arp', 'num_unsol_na', 'arp_all_targets']);
const ARP_OPTIONS = new Set(['arp_interval', 'arp_validate', 'arp_missed_max']);

/** xmit_hash_policy acts in balance-tlb/alb only with tlb_dynamic_lb=0 (bonding.rst). */
function xmitHashUsed(b: BondConfig, mode: BondMode): boolean {
  if (mode !== 'balance-tlb' && mode !== 'balance-alb') return true;
  return bondInt(b, 'tlb_dynamic_lb') === 0 || b.opts.get('tlb_dynamic_lb')?.value === 'off';
}

function applicability(ctx: RuleContext, b: BondConfig, t: OptionToken, o: BondOption, mode: BondMode): void {
  const a = b.assignment;
  const r = tokenRange(a, t);
  const remove = (): FixDraft[] => [{ title: `Remove ${t.key}`, preferred: true, edits: [b.edits.remove(t)] }];
  const modeName = `${mode}${b.mode ? '' : ' (the default, no mode given)'}`;
  // Options that cannot be applied by the tool that reads the file.
  if (o.name === 'max_bonds') {
    ctx.report(
      'BOND-018',
      r,
      `max_bonds is a module-wide parameter of \`modprobe bonding\`, not a setting of one bond: ${ctx.judges('initscripts') ? 'initscripts has no sysfs file to write it to and ' : ''}NetworkManager drops the unknown option.`,
      { fixes: remove() },
    );
    return;
  }
  // Only initscripts writes the options before the ports are enslaved.
  if ((o.name === 'active_slave' || o.name === 'queue_id') && ctx.judges('initscripts')) {
    ctx.report(
      'BOND-053',
      r,
      o.name === 'queue_id'
        ? "queue_id needs an enslaved port, but initscripts writes BONDING_OPTS before enslaving, so it fails; NetworkManager does not know it. Put BOND_PORT_QUEUE_ID in the port's file."
        : 'active_slave needs an enslaved, link-up port, but initscripts writes BONDING_OPTS before enslaving, so the write fails. Use primary= to prefer a port.',
      {
        fixes:
          o.name === 'active_slave'
            ? [
                {
                  title: 'Use primary instead',
                  edits: [b.edits.renameKey(t, 'primary')],
                },
              ]
            : undefined,
      },
    );
    return;
  }
  const noIS = !o.sysfs && ctx.judges('initscripts');
  const noNM = !o.nm && ctx.judges('networkmanager');
  if (noIS || noNM) {
    const who =
      noIS && noNM
        ? 'Neither initscripts (no sysfs file) nor NetworkManager (unknown option) can apply'
        : noIS
          ? 'initscripts cannot apply (the kernel offers it only through netlink, not as a sysfs file)'
          : 'NetworkManager does not know and drops';
    const hint =
      o.name === 'prio'
        ? " Use BOND_PORT_PRIO in the port's file."
        : o.name === 'balance-slb'
          ? ' It is a NetworkManager extension.'
          : '';
    ctx.report('BOND-046', r, `${who} ${o.name}.${hint}`);
  }
  // ARP targets are judged with arp_interval (BOND-007, BOND-008).
  if (o.name === 'arp_ip_target' || o.name === 'ns_ip6_target') return;
  const cell =
    o.name === 'xmit_hash_policy' && !xmitHashUsed(b, mode)
      ? ({ kernel: 'no-effect', nm: 'no-effect' } as const)
      : cellOf(o.name, mode, t.value ?? '');
  const j = judge(cell, ctx.judges('initscripts') && !!o.sysfs, ctx.judges('networkmanager') && !!o.nm);
  if (!j) return;
  const tags = j.severity === 'hint' ? [DiagnosticTag.Unnecessary] : undefined;
  const what = j.what.join('; ');
  if (ARP_OPTIONS.has(o.name)) {
    if (o.name === 'arp_interval' && (bondInt(b, 'arp_interval') ?? 0) > 0) {
      const drop = b.tokens.filter((x) => x.key.startsWith('arp_') || x.key === 'ns_ip6_target');
      const keep = b.tokens.filter((x) => !drop.includes(x) && x.key !== 'miimon').map((x) => x.text);
      ctx.report('BOND-008', r, `${mode} has no ARP monitoring: ${what}. Use miimon.`, {
        severity: j.severity,
        fixes: [
          {
            title: 'Replace ARP monitoring with miimon=100',
            preferred: true,
            edits: b.edits.rewrite([...keep, 'miimon=100']),
          },
        ],
        related: drop
          .filter((x) => x !== t)
          .map((x) => ({ uri: ctx.doc.uri, range: tokenRange(a, x), message: 'ARP monitoring option' })),
      });
      return;
    }
    ctx.report('BOND-045', r, `${o.name} belongs to ARP monitoring, which ${modeName} does not have: ${what}.`, {
      severity: j.severity,
      fixes: remove(),
      tags,
    });
    return;
  }
  const code =
    o.name === 'primary'
      ? 'BOND-011'
      : AD_ONLY.has(o.name)
        ? 'BOND-013'
        : AB_ONLY.has(o.name)
          ? 'BOND-014'
          : o.name === 'xmit_hash_policy'
            ? 'BOND-015'
            : j.severity === 'hint'
              ? 'BOND-016'
              : 'BOND-045';
  const where =
    o.name === 'primary'
      ? // nm-setting-bond.c verify names only active-backup in its error, but takes tlb and alb too.
        `primary only exists in active-backup, balance-tlb and balance-alb${ctx.judges('networkmanager') && /refuses/.test(what) ? ` (NetworkManager: "bond.options: 'primary' option is only valid for 'mode=active-backup'")` : ''}`
      : o.name === 'xmit_hash_policy'
        ? 'xmit_hash_policy only chooses ports in balance-xor and 802.3ad, and in balance-tlb/alb with tlb_dynamic_lb=0'
        : `${o.name} only acts in ${(EFFECTIVE_ONLY_IN[o.name] ?? allowedModes(o.name)).join(', ')}`;
  ctx.report(code, r, `${where}; in ${modeName} ${what}.`, { severity: j.severity, fixes: remove(), tags });
}

/** Modes where neither tool refuses or drops the option. */
function allowedModes(option: string): BondMode[] {
  return MODES.map((m) => m.name).filter((m) => {
    const c = cellOf(option, m);
    return c.kernel === 'applies' && (c.nm === 'applies' || c.nm === 'unknown');
  });
}

function monitoring(ctx: RuleContext, b: BondConfig, mode: BondMode): void {
  const a = b.assignment;
  const miiTok = b.opts.get('miimon');
  const arpTok = b.opts.get('arp_interval');
  const mii = bondInt(b, 'miimon');
  const arp = bondInt(b, 'arp_interval');
  const hasTargets = b.opts.has('arp_ip_target') || b.opts.has('ns_ip6_target');
  const arpMode = (ARP_MODES as string[]).includes(mode);
  if ((mii ?? 0) > 0 && (arp ?? 0) > 0 && arpMode) {
    const whoWins = !ctx.judges('networkmanager')
      ? 'initscripts writes arp_interval last, so ARP monitoring wins and miimon is switched off'
      : !ctx.judges('initscripts')
        ? 'NetworkManager keeps miimon and drops the ARP options'
        : 'initscripts ends up with ARP monitoring (miimon switched off), NetworkManager with MII monitoring (ARP options dropped) — the same file behaves differently';
    const arpToks = b.tokens.filter(
      (t) =>
        t.key === 'arp_interval' ||
        t.key === 'arp_ip_target' ||
        t.key === 'arp_validate' ||
        t.key === 'arp_all_targets' ||
        t.key === 'arp_missed_max',
    );
    const miiToks = b.tokens.filter((t) => t.key === 'miimon' || t.key === 'updelay' || t.key === 'downdelay');
    ctx.report(
      'BOND-005',
      tokenRange(a, arpTok!),
      `miimon and arp_interval cannot run together: ${whoWins}. Keep one.`,
      {
        related: [{ uri: ctx.doc.uri, range: tokenRange(a, miiTok!), message: 'miimon is also set' }],
        fixes: [
          {
            title: 'Keep miimon (remove ARP monitoring)',
            edits: b.edits.rewrite(b.tokens.filter((t) => !arpToks.includes(t)).map((t) => t.text)),
          },
          {
            title: 'Keep ARP monitoring (remove miimon)',
            edits: b.edits.rewrite(b.tokens.filter((t) => !miiToks.includes(t)).map((t) => t.text)),
          },
        ],
      },
    );
  }
  if (arpMode && !((mii ?? 0) > 0) && !((arp ?? 0) > 0)) {
    if (miiTok && mii === 0) {
      // NetworkManager only takes digits: "off"/"default" are dropped and it uses miimon=100.
      const digits = isDigits(miiTok.value ?? '');
      ctx.report(
        'BOND-002',
        tokenRange(a, miiTok),
        `miimon=${miiTok.value} switches link monitoring off and no ARP monitoring is set: the bond will never notice a dead port.${digits ? '' : ' (NetworkManager does not accept this spelling, drops it and uses miimon=100; see BOND-049.)'}`,
        {
          describes: digits ? undefined : 'initscripts',
          fixes: [{ title: 'Set miimon=100', preferred: true, edits: [b.edits.replaceValue(miiTok, '100')] }],
        },
      );
    } else if (!miiTok) {
      const nm = !ctx.judges('initscripts');
      ctx.report(
        'BOND-001',
        tokenlessRange(ctx, b),
        nm
          ? 'No miimon or arp_interval: NetworkManager assumes miimon=100. Write it explicitly, so the profile shows the link monitoring it relies on.'
          : 'No link monitoring: without miimon or arp_interval the legacy scripts leave miimon at 0 and the bond never detects a failed port (NetworkManager assumes miimon=100).',
        {
          severity: nm ? 'information' : undefined,
          fixes: [{ title: 'Add miimon=100', preferred: true, edits: [b.edits.append('miimon=100')] }],
        },
      );
    }
  }
  const nmJudged = ctx.judges('networkmanager');
  if ((arp ?? 0) > 0 && !hasTargets && arpMode) {
    const gw = ctx.profile.gateway?.value;
    ctx.report(
      'BOND-006',
      tokenRange(a, arpTok!),
      `arp_interval needs at least one arp_ip_target to probe: without one the kernel's ARP monitor has nothing to send${nmJudged ? " and NetworkManager's verify() refuses the profile" : ''}.`,
      {
        severity: nmJudged ? 'error' : 'warning',
        fixes:
          gw && isIPv4(gw)
            ? [
                {
                  title: `Add arp_ip_target=${gw} (the gateway)`,
                  preferred: true,
                  edits: [b.edits.append(`arp_ip_target=${gw}`)],
                },
              ]
            : undefined,
      },
    );
  }
  // verify() refuses targets without arp_interval in every mode, before any normalisation.
  if (!((arp ?? 0) > 0)) {
    for (const name of ['arp_ip_target', 'ns_ip6_target']) {
      const tgt = b.opts.get(name);
      if (!tgt) continue;
      ctx.report(
        'BOND-007',
        tokenRange(a, tgt),
        nmJudged
          ? `${name} without arp_interval: NetworkManager's verify() refuses the profile ("requires 'arp_interval'"); for the kernel the targets do nothing.`
          : `${name} has no effect without arp_interval.`,
        {
          severity: nmJudged ? 'error' : 'hint',
          tags: nmJudged ? undefined : [DiagnosticTag.Unnecessary],
          fixes: arpMode
            ? [{ title: 'Add arp_interval=1000', preferred: true, edits: [b.edits.append('arp_interval=1000')] }]
            : undefined,
        },
      );
    }
  }
  // Delays are counted in miimon intervals. initscripts writes mode and miimon first; the
  // kernel gives 802.3ad/tlb/alb miimon=100 when the mode is set and refuses a delay while
  // miimon is 0. NetworkManager checks with miimon=100 when the option is absent.
  const isMii = mii ?? (arpMode ? 0 : 100);
  const nmMiiDigits = miiTok?.value !== undefined && isDigits(miiTok.value) ? mii : undefined;
  const nmMii = nmMiiDigits ?? 100;
  for (const name of ['updelay', 'downdelay', 'peer_notif_delay']) {
    const t = b.opts.get(name);
    const d = bondInt(b, name);
    if (!t || !d) continue;
    const isRefuses = ctx.judges('initscripts') && isMii === 0;
    const nmRefuses = nmJudged && nmMii === 0;
    const nmNoEffect = nmJudged && !nmRefuses && (arp ?? 0) > 0 && arpMode && nmMiiDigits === undefined;
    if (isRefuses || nmRefuses || nmNoEffect) {
      const parts: string[] = [];
      if (isRefuses)
        parts.push(
          `initscripts leaves miimon at ${mii === 0 ? '0' : '0 (none is given)'}, so the kernel refuses ${name} ("MII monitoring is disabled")`,
        );
      if (nmRefuses) parts.push("NetworkManager's verify() refuses the profile");
      if (nmNoEffect)
        parts.push(
          'NetworkManager accepts it (it checks as if miimon were 100) but ARP monitoring runs instead of MII monitoring, so the delay does nothing',
        );
      ctx.report('BOND-009', tokenRange(a, t), `${name} only works with MII monitoring: ${parts.join('; ')}.`, {
        severity: isRefuses || nmRefuses ? 'error' : 'warning',
        fixes:
          mii === undefined && !((arp ?? 0) > 0)
            ? [{ title: 'Add miimon=100', preferred: true, edits: [b.edits.append('miimon=100')] }]
            : undefined,
      });
      continue;
    }
    const eff = mii ?? (isMii || nmMii);
    if (eff && d % eff !== 0) {
      const down = Math.floor(d / eff) * eff;
      const up = down + eff;
      const nmFatal = name === 'peer_notif_delay' && nmJudged && !((arp ?? 0) > 0);
      ctx.report(
        'BOND-010',
        tokenValueRange(a, t),
        `${name}=${d} is not a multiple of miimon=${eff}; the kernel rounds it down to ${down}${down === 0 ? ' (no delay at all)' : ''}${nmFatal ? " and NetworkManager's verify() refuses the profile" : ''}.`,
        {
          severity: nmFatal ? 'error' : down === 0 ? 'warning' : undefined,
          fixes: [
            ...(down ? [{ title: `Write ${name}=${down}`, edits: [b.edits.replaceValue(t, String(down))] }] : []),
            { title: `Write ${name}=${up}`, preferred: !down, edits: [b.edits.replaceValue(t, String(up))] },
          ],
        },
      );
    }
  }
}

function arpTargets(ctx: RuleContext, b: BondConfig, targets: OptionToken[]): void {
  if (!targets.length) return;
  const a = b.assignment;
  for (const t of targets) {
    if (t.value?.startsWith('+') && t.value.includes(',')) {
      ctx.report(
        'BOND-051',
        tokenValueRange(a, t),
        `With a leading "+" initscripts writes the list as one sysfs command and the kernel adds only the first address (${t.value.slice(1).split(',')[0]}). Drop the "+".`,
        {
          fixes: [
            {
              title: 'Remove the "+"',
              preferred: true,
              edits: [b.edits.replaceValue(t, t.value.slice(1))],
            },
          ],
        },
      );
    }
  }
  const all = targets.flatMap((t) =>
    (t.value ?? '')
      .replace(/^[+-]/, '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
  if (targets.length > 1) {
    const last = targets[targets.length - 1];
    const merged = [...new Set(all)].join(',');
    const others = b.tokens.filter((t) => !targets.includes(t)).map((t) => t.text);
    const at = b.tokens.indexOf(targets[0]);
    const rebuilt = [...others.slice(0, at), `arp_ip_target=${merged}`, ...others.slice(at)];
    for (const t of targets.slice(0, -1)) {
      ctx.report(
        'BOND-020',
        tokenRange(a, t),
        `arp_ip_target is given more than once: ${ctx.judges('initscripts') ? 'initscripts adds each, but ' : ''}NetworkManager keeps only the last one. List all targets comma-separated in one option.`,
        {
          related: [{ uri: ctx.doc.uri, range: tokenRange(a, last), message: 'NetworkManager keeps only this one' }],
          fixes: [
            {
              title: `Merge into arp_ip_target=${merged}`,
              preferred: true,
              edits: b.edits.rewrite(rebuilt),
            },
          ],
        },
      );
    }
  }
  if (new Set(all).size > 16) {
    ctx.report(
      'BOND-052',
      tokenRange(a, targets[targets.length - 1]),
      `${new Set(all).size} ARP targets: the kernel holds at most 16 and refuses the rest.`,
    );
  }
}
