// Every diagnostic the engine can produce, assembled from the typed metadata tables in
// rules/meta. A code that is not in a table is a compile error wherever a rule reports it.
import { BOND_RULES } from './meta/bond';
import { IFCFG_RULES } from './meta/ifcfg';
import { KEYFILE_RULES } from './meta/keyfile';
import { MISC_RULES } from './meta/misc';
import { MIGRATE_RULES } from './meta/migrate';
import { VNIC_RULES } from './meta/vnic';
import type { Describes, RuleSpec } from './meta/types';

export type { Describes, FixSpec, RuleExample, RuleSpec } from './meta/types';

export type RuleCode =
  | keyof typeof IFCFG_RULES
  | keyof typeof BOND_RULES
  | keyof typeof VNIC_RULES
  | keyof typeof MISC_RULES
  | keyof typeof KEYFILE_RULES
  | keyof typeof MIGRATE_RULES;

export interface RuleMeta extends RuleSpec {
  code: RuleCode;
  describes: Describes;
}

/** Whose behaviour a table's rules describe when a rule does not say: only NetworkManager reads
 *  keyfiles; most ifcfg rules hold for both tools. */
const WHO: Array<[Record<string, RuleSpec>, Describes]> = [
  [IFCFG_RULES, 'both'],
  [BOND_RULES, 'both'],
  [VNIC_RULES, 'both'],
  [MISC_RULES, 'both'],
  [KEYFILE_RULES, 'networkmanager'],
  [MIGRATE_RULES, 'both'],
];

export const RULES: readonly RuleMeta[] = WHO.flatMap(([table, describes]) =>
  Object.entries(table).map(([code, r]) => ({ code: code as RuleCode, describes, ...r })),
);

export const RULE_BY_CODE: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.code, r]));

/** Where each rule is documented (docs/rules.md is rendered from the tables by scripts/gen-rules-doc.ts). */
export const DOCS_BASE = 'https://github.com/vscode-ifcfg/vscode-ifcfg/blob/main/docs/rules.md';

export function ruleHref(code: string): string {
  return `${DOCS_BASE}#${code.toLowerCase()}`;
}

/** A rule's message template with its `{placeholders}` filled in (the prose lives in the metadata). */
export function message(code: RuleCode, name: string, vars: Record<string, string | number> = {}): string {
  const t = RULE_BY_CODE.get(code)?.messages?.[name];
  if (t === undefined) throw new Error(`${code} has no message ${name}`);
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
