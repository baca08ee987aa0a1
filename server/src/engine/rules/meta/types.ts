// The shape of one rule's metadata: everything about a rule except the check itself.
import type { DiagnosticTag } from '../../types';
import type { Severity } from '../../types';
import type { Settings } from '../../settings';
import type { SourceRef } from './sources';

/**
 * Whose behaviour the rule describes. The reporter drops `networkmanager` rules when the
 * target is initscripts or the file says NM_CONTROLLED=no (NetworkManager never loads such a
 * profile), and `initscripts` rules when the target is NetworkManager. `kernel` and `both`
 * rules hold whichever tool applies the file.
 */
export type Describes = 'kernel' | 'networkmanager' | 'initscripts' | 'both';

/** In-memory files of one directory, by base name. */
export type Files = Record<string, string>;

export interface RuleExample {
  /** Files that make the rule report (on `file`, default: the first). */
  bad: Files;
  /** Files on which the rule stays silent. */
  good: Files;
  file?: string;
  settings?: Partial<Settings>;
  goodSettings?: Partial<Settings>;
  /** Folder the files sit in (default: /etc/sysconfig/network-scripts); keyfiles use KF_DIR. */
  dir?: string;
  /** Exact text of `file` after the preferred fix. */
  fixed?: string;
}

/** A quick fix the rule offers, matched by the start of its title. */
export interface FixSpec {
  title: string;
  /** Whether fix-all and `ifcfg-lint --fix` may apply it: it keeps every working configuration working.
   *  Why, in one sentence, is documentation: meta/fixReasons.docs.ts. */
  safe: boolean;
}

export interface RuleSpec {
  severity: Severity;
  /** Default: the table's (`both` in the ifcfg tables, `networkmanager` for keyfiles; rules/registry.ts). */
  describes?: Describes;
  title: string;
  fixes?: FixSpec[];
  tags?: DiagnosticTag[];
  /** Message templates by name; `{name}` is filled in by `message()` in the registry. */
  messages?: Record<string, string>;
  /** Set when the code is no longer reported: why, and what replaced it. */
  retired?: string;
}

/** The documentation half of a rule (kept out of the shipped bundles). */
export interface RuleDocs {
  /** Upstream behaviour the rule describes, at the versions pinned in sources.ts. */
  sources: SourceRef[];
  /** What happens and why, for docs/rules.md (Markdown, our own words). */
  explanation: string;
  /** At least one, unless the rule is retired. */
  examples: RuleExample[];
}
