// Every diagnostic the engine can produce, assembled from the typed metadata tables in
// rules/meta. A code that is not in a table is a compile error wherever a rule reports it.
import { BOND_RULES } from './meta/bond';
import { IFCFG_RULES } from './meta/ifcfg';
import { KEYFILE_RULES } from './meta/keyfile';
import { MISC_RULES } from './meta/misc';
import { MIGRATE_RULES } from './meta/migrate';
import { VNIC_RULES } from './meta/vnic';
import type { RuleSpec } from './meta/types';

export type { Describes, FixSpec, RuleExample, RuleSpec } from './meta/types';

const TABLE = { ...IFCFG_RULES, ...BOND_RULES, ...VNIC_RULES, ...MISC_RULES, ...KEYFILE_RULES, ...MIGRATE_RULES };

export type RuleCode = keyof typeof TABLE;

export interface RuleMeta extends RuleSpec {
  code: RuleCode;
}

export const RULES: readonly RuleMeta[] = (Object.entries(TABLE) as Array<[RuleCode, RuleSpec]>).map(([code, r]) => ({
  code,
  ...r,
}));

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
