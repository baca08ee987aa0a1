// Readiness for a release without ifcfg support (opt-in: settings.readiness). Each ifcfg file,
// and each route-, rule- and alias file, is told in place what its migration to a keyfile
// loses, as the migration preview (engine/migrate) works it out from NetworkManager's ifcfg-rh
// reader and keyfile writer at 355bc902994f; team profiles are told that teamd is gone.
import type { RuleContext } from '../rules/context';
import { companionsOf } from './group';
import { convertIfcfg } from './fromIfcfg';
import type { MigrationNote } from './notes';
import { message } from '../rules/registry';
import { TEAM_RUNNER_TO_BOND, teamToBondFix } from './teamToBond';
import { lineSpan } from '../util/lineSpan';

export function checkMigration(ctx: RuleContext): void {
  if (!ctx.settings.readiness) return;
  const doc = ctx.doc;
  if (doc.file.ignoredBy) return;
  const owner = doc.file.kind === 'ifcfg' ? doc : companionOwner(ctx);
  if (!owner) return;
  const c = convertIfcfg(owner, companionsOf(ctx.system, owner));
  const mine = (n: MigrationNote) => n.uri === doc.uri;
  for (const n of c.notes.filter(mine)) {
    if (n.kind === 'lost' && !n.noEffect)
      ctx.report('MIGRATE-001', n.range, message('MIGRATE-001', 'lost', { what: n.message }));
    else if (n.kind === 'refused')
      ctx.report('MIGRATE-002', n.range, message('MIGRATE-002', 'refused', { why: n.message }));
  }
  if (doc === owner && c.type === 'team') {
    const cfg = doc.effective.get('TEAM_CONFIG');
    const dt = doc.effective.get('DEVICETYPE');
    const where = cfg ?? dt;
    let runner: string | undefined;
    try {
      const j = cfg ? (JSON.parse(cfg.value.text) as { runner?: { name?: unknown } }) : undefined;
      runner = typeof j?.runner?.name === 'string' ? j.runner.name : undefined;
    } catch {
      runner = undefined;
    }
    // teamd's default runner is roundrobin (teamd.conf(5) runner.name).
    const mode = TEAM_RUNNER_TO_BOND[runner ?? 'roundrobin'];
    const range = where ? lineSpan(where.line, where.keyStart, where.keyEnd) : lineSpan(0, 0, 0);
    const name = runner ?? 'default roundrobin';
    // The quick fix only where every part of the team's configuration has an exact bond
    // equivalent (teamToBond.ts); otherwise the message alone.
    const fix = mode ? teamToBondFix(doc, teamPorts(ctx)) : undefined;
    ctx.report(
      'MIGRATE-003',
      range,
      mode
        ? message('MIGRATE-003', 'mapped', { runner: name, mode })
        : message('MIGRATE-003', 'unmapped', { runner: name }),
      fix ? { fixes: [{ ...fix, preferred: true }] } : {},
    );
  }
  checkHookScripts(ctx);
}

// initscripts 10.27 runs each hook, when executable, by absolute path; NetworkManager's
// dispatcher (NetworkManager-dispatcher(8)) has an action for the same moment.
const HOOKS: Record<string, [when: string, action: string]> = {
  'ifup-pre-local': ['ifup runs it before an interface comes up', 'pre-up, in pre-up.d'],
  'ifup-local': ['ifup-post runs it once an interface is up', 'up'],
  'ifdown-pre-local': ['ifdown runs it before an interface goes down', 'pre-down, in pre-down.d'],
  'ifdown-local': ['ifdown-post runs it once an interface is down', 'down'],
};

/** The machine's hook scripts, once per folder: on the first line of its first ifcfg file. */
function checkHookScripts(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (doc.file.kind !== 'ifcfg') return;
  const hooks = ctx.system.machine?.hookScripts ?? ctx.settings.host?.hookScripts ?? [];
  if (!hooks.length) return;
  if (ctx.system.docs.find((d) => d.file.kind === 'ifcfg' && !d.file.ignoredBy) !== doc) return;
  const end = doc.lines[0]?.text.length ?? 0;
  const range = lineSpan(0, 0, end);
  for (const m of hookScriptMessages(hooks)) ctx.report('MIGRATE-004', range, m);
}

/** MIGRATE-004's message for each initscripts hook script of a machine ("/sbin/ifup-local"). */
export function hookScriptMessages(hooks: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of hooks) {
    const h = HOOKS[path.slice(path.lastIndexOf('/') + 1)];
    if (h) out.push(message('MIGRATE-004', 'hook', { path, when: h[0], action: h[1] }));
  }
  return out;
}

/** The profiles that join this team (TEAM_MASTER or TEAM_MASTER_UUID naming it). */
function teamPorts(ctx: RuleContext) {
  const me = ctx.profile;
  return ctx.system.profiles.filter((p) => {
    const c = p.controller;
    return p !== me && c?.portType === 'team' && (c.viaUuid ? c.value === me.uuid : c.value === me.device);
  });
}

function companionOwner(ctx: RuleContext) {
  const k = ctx.doc.file.kind;
  if (k === 'alias') {
    const base = ctx.doc.file.suffix.split(':')[0];
    return ctx.system.withSuffix(base).find((d) => d.file.kind === 'ifcfg' && !d.file.ignoredBy);
  }
  if (k === 'route' || k === 'route6' || k === 'rule' || k === 'rule6') return ctx.system.ownerOf(ctx.doc);
  return undefined;
}
