// Explanations and examples of every rule, for docs/rules.md and the generated per-rule
// tests. Not imported by the server or the CLI, which only need the registry.
import { BOND_DOCS } from './meta/bond.docs';
import { IFCFG_DOCS } from './meta/ifcfg.docs';
import { KEYFILE_DOCS } from './meta/keyfile.docs';
import { MISC_DOCS } from './meta/misc.docs';
import { MIGRATE_DOCS } from './meta/migrate.docs';
import { VNIC_DOCS } from './meta/vnic.docs';
import { FIX_REASONS } from './meta/fixReasons.docs';
import type { RuleDocs } from './meta/types';
import { RULES, RuleCode, RuleMeta } from './registry';

export const RULE_DOCS: Readonly<Record<RuleCode, RuleDocs>> = {
  ...IFCFG_DOCS,
  ...BOND_DOCS,
  ...VNIC_DOCS,
  ...MISC_DOCS,
  ...KEYFILE_DOCS,
  ...MIGRATE_DOCS,
};

export type DocumentedRule = RuleMeta &
  RuleDocs & {
    /** Why each fix is (not) safe for fix-all, by fix title. */
    fixReasons: Readonly<Record<string, string>>;
  };

export const DOCUMENTED_RULES: readonly DocumentedRule[] = RULES.map((r) => ({
  ...r,
  ...RULE_DOCS[r.code],
  fixReasons: FIX_REASONS[r.code] ?? {},
}));
