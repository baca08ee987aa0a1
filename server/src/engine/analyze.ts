// The engine's entry points: analyse one document within its directory, or whole sets of
// files. Shared by the language server, the CLI and the tests.
import { parseDocument, ParsedDocument } from './parser/document';
import { SystemIndex } from './model/system';
import { groupSystems, machineRootOfKey } from './model/grouping';
import type { MachineEvidence } from './snapshot/machine';
import { RuleContext } from './rules/context';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { checkSyntax } from './rules/syntax';
import { checkValues } from './rules/values';
import { checkRouteFiles } from './rules/routes';
import { checkBondFiles, checkBondRelations } from './rules/bondFiles';
import { checkBondingOptions } from './rules/bondingOpts';
import { checkVirtualNics } from './rules/vnic';
import { checkProfileIdentity } from './rules/profiles';
import { checkCapture, checkRunningBond } from './rules/capture';
import { checkPortRunning, checkUnconfiguredPorts } from './rules/runningPorts';
import { checkBridgeDelay, checkBridgingOptions } from './rules/bridging';
import { checkAddressing } from './rules/addressing';
import { checkDhcpHostname } from './rules/dhcpHostname';
import { checkEthtoolOptions } from './rules/ethtool';
import { checkMigration } from './migrate/readinessCheck';
import { Finding } from './types';
import { checkKeyfileSyntax } from './rules/keyfile/syntax';
import { checkKeyfileSchema } from './rules/keyfile/schema';
import { checkKeyfileVerify } from './rules/keyfile/verify';
import { checkSettingVerify } from './rules/keyfile/settingVerify';
import { checkKeyfileFile } from './rules/keyfile/files';
import { lineSpan } from './util/lineSpan';

/** The bond's options, from BONDING_OPTS or [bond], and the running bond against them. */
function checkBondOptions(ctx: RuleContext): void {
  const b = ctx.profile.bond;
  if (!b) return;
  checkBondingOptions(ctx, b);
  checkRunningBond(ctx, ctx.profile, b);
}

const CHECKS: Array<(ctx: RuleContext) => void> = [
  checkSyntax,
  checkValues,
  checkRouteFiles,
  checkBondFiles,
  checkBondRelations,
  checkProfileIdentity,
  checkBondOptions,
  checkVirtualNics,
  checkBridgingOptions,
  checkBridgeDelay,
  checkAddressing,
  checkDhcpHostname,
  checkEthtoolOptions,
  checkCapture,
  checkPortRunning,
  checkUnconfiguredPorts,
  checkMigration,
];

/** Checks of NetworkManager keyfiles. */
const KEYFILE_CHECKS: Array<(ctx: RuleContext) => void> = [
  checkKeyfileSyntax,
  checkKeyfileFile,
  checkKeyfileSchema,
  checkKeyfileVerify,
  checkSettingVerify,
  // Written once over the profile model: the same codes as for ifcfg.
  checkProfileIdentity,
  checkBondRelations,
  checkBondOptions,
  checkVirtualNics,
  checkPortRunning,
];

export function analyzeDocument(
  doc: ParsedDocument,
  system: SystemIndex,
  settings: Settings = DEFAULT_SETTINGS,
): Finding[] {
  const ctx = new RuleContext(doc, system, settings);
  if (isSuseFile(doc)) {
    // wicked uses different keys; a wall of RHEL errors would only mislead.
    ctx.report(
      'IFCFG-047',
      lineSpan(0, 0, doc.lines[0].text.length),
      'This looks like a SUSE ifcfg file for wicked (/etc/sysconfig/network, STARTMODE=…), not a Red Hat network-scripts file; its keys mean different things, so no RHEL rules are applied.',
    );
    return applySuppressions(doc, ctx.findings);
  }
  // Indexed loops in what runs for every file: a run of the CLI executes it cold, where a
  // for-of allocates at each step.
  const checks = doc.keyfile ? KEYFILE_CHECKS : CHECKS;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i];
    try {
      check(ctx);
    } catch (error) {
      // Without a handler a bug surfaces (tests rely on it); editors and the CLI pass one that
      // logs, so one broken check does not cost the user the other diagnostics.
      if (!settings.onCheckError) throw error;
      settings.onCheckError({ check: check.name || 'anonymous', uri: doc.uri, error });
    }
  }
  return cap(applySuppressions(doc, ctx.findings));
}

/** A machine-generated file can produce hundreds of thousands of findings; nobody reads them
 *  and sending them would stall the editor. Keep the most severe ones, in file order. */
export const MAX_FINDINGS = 500;
const RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

function cap(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const kept = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.f);
  return kept;
}

const SUSE_KEYS = [
  'STARTMODE',
  'BONDING_MODULE_OPTS',
  'BONDING_SLAVE0',
  'BONDING_SLAVE_0',
  'ETHTOOL_OPTIONS',
  'IPADDR_0',
  'BRIDGE_PORTS',
];

/** SUSE keeps ifcfg files directly in /etc/sysconfig/network and uses its own keys. */
export function isSuseFile(doc: ParsedDocument): boolean {
  if (doc.file.kind !== 'ifcfg' && doc.file.kind !== 'route') return false;
  if (/\/sysconfig\/network\/(ifcfg|route|ifroute)-[^/]*$/.test(doc.uri)) return true;
  return SUSE_KEYS.some((k) => doc.effective.has(k)) && !doc.effective.has('DEVICE');
}

export function applySuppressions(doc: ParsedDocument, findings: Finding[]): Finding[] {
  if (!doc.suppressions.length) return findings;
  const fileWide = new Set<string>();
  let all = false;
  const perLine = new Map<number, Set<string> | 'all'>();
  for (const s of doc.suppressions) {
    if (s.scope === 'file') {
      if (s.codes.size === 0) all = true;
      s.codes.forEach((c) => fileWide.add(c));
      continue;
    }
    let target = s.line + 1;
    while (target < doc.lines.length && (doc.lines[target].kind === 'comment' || doc.lines[target].kind === 'blank'))
      target++;
    perLine.set(target, s.codes.size === 0 ? 'all' : s.codes);
  }
  if (all) return [];
  return findings.filter((f) => {
    if (fileWide.has(f.code)) return false;
    const p = perLine.get(f.range.start.line);
    return !(p === 'all' || (p && p.has(f.code)));
  });
}

export interface SourceFile {
  uri: string;
  text: string;
}

/** Analyses a set of files, each directory (or machine snapshot) as one system. `machines`
 *  gives the running state of snapshot roots, keyed by root as the URIs spell it. */
export function analyzeFiles(
  files: SourceFile[],
  settings: Settings = DEFAULT_SETTINGS,
  machines: ReadonlyMap<string, MachineEvidence> = new Map(),
): Map<string, Finding[]> {
  const docs = files.map((f) => parseDocument(f.uri, f.text));
  const out = new Map<string, Finding[]>();
  for (const [key, group] of groupSystems(docs)) {
    const root = machineRootOfKey(key);
    const system = new SystemIndex(group, root === undefined ? undefined : machines.get(root));
    for (const d of group) out.set(d.uri, analyzeDocument(d, system, settings));
  }
  return out;
}

/** A single file on its own (no siblings known). */
export function analyzeText(uri: string, text: string, settings: Settings = DEFAULT_SETTINGS): Finding[] {
  const doc = parseDocument(uri, text);
  return analyzeDocument(doc, new SystemIndex([doc]), settings);
}
