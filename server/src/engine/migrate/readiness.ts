// Readiness for a release without ifcfg support (RHEL 10): per ifcfg file, what blocks the
// move, what needs a look, and what converts cleanly. Leapp's 9→10 check
// (el9toel10 networkdeprecations, oamg/leapp-repository ffac6f293875) inhibits the upgrade for
// every ifcfg-* file still present, so every file here needs converting; this sorts them by how
// much work that is.
import type { KeyfileOutput } from './group';
import type { MigrationNote } from './notes';

export type Readiness = 'clean' | 'attention' | 'blocks';

export interface ReadinessItem {
  uri: string;
  verdict: Readiness;
  /** Why, one line each, most serious first. */
  reasons: string[];
}

export function readinessOf(c: KeyfileOutput): ReadinessItem {
  const blocks: string[] = [];
  const attention: string[] = [];
  if (c.status === 'not-loaded')
    blocks.push(
      `NetworkManager has no profile for it (${c.reason}); nmcli connection migrate cannot convert it, and Leapp still refuses the upgrade while it exists.`,
    );
  if (c.type === 'team')
    blocks.push(
      'Team profiles: teamd is removed in RHEL 10; rebuild this as a bond (the runner maps to a bond mode) before upgrading.',
    );
  const dt = c.notes.find((n) => n.key === 'DEVICETYPE');
  if (dt) attention.push(dt.message);
  if (c.status === 'unsupported') attention.push(`This preview cannot convert it: ${c.reason}.`);
  const significant = (n: MigrationNote) =>
    !n.noEffect && (n.kind === 'lost' || n.kind === 'manual' || n.kind === 'unmodelled');
  for (const n of c.notes.filter(significant)) {
    if (/rule-|rule6-/.test(n.message)) blocks.push(n.message);
    else attention.push(n.message);
  }
  return {
    uri: c.uri,
    verdict: blocks.length ? 'blocks' : attention.length ? 'attention' : 'clean',
    reasons: [...blocks, ...attention],
  };
}

/** "7 profiles convert cleanly, 2 need attention, 1 blocks". */
export function readinessSummary(items: readonly ReadinessItem[]): string {
  const n = (v: Readiness) => items.filter((i) => i.verdict === v).length;
  const p = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${p(n('clean'), 'profile converts cleanly', 'profiles convert cleanly')}, ${p(n('attention'), 'needs attention', 'need attention')}, ${p(n('blocks'), 'blocks', 'block')}`;
}
