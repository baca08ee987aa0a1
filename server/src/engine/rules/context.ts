// What a check needs: the document, its profile, the directory it lives in, the settings,
// and a reporter that applies target filtering, severity overrides and range clamping.
import type { VendorId } from '../catalog/vendors';
import { Assignment, ParsedDocument } from '../parser/document';
import { OptionToken } from '../parser/options';
import { Profile, profileOf } from '../model/profile';
import { SystemIndex } from '../model/system';
import { Finding, Fix, Range, RelatedInfo, Severity, SeverityOverride, Target } from '../types';
import { RULE_BY_CODE } from './registry';

export type Virtualization = 'auto' | 'none' | VendorId;

/** What the machine the files live on says about itself (read-only, gathered by the server). */
export interface HostEvidence {
  vendor?: VendorId;
  /** Human words for where it comes from ("DMI sys_vendor is innotek GmbH"). */
  basis?: string;
  /** Permanent MACs of interfaces, by name (from /sys/class/net/<dev>/bonding_slave/perm_hwaddr). */
  macs?: Record<string, string>;
  /** Owner and mode of keyfiles, by URI; only for a live system-connections folder. */
  keyfileStats?: Record<string, { mode: number; uid: number; nmUid?: number }>;
}

export interface Settings {
  target: Target;
  virtualization: Virtualization;
  /** Per-code severity overrides; `off` removes the rule. */
  rules: Record<string, SeverityOverride>;
  host?: HostEvidence;
  /** Opt-in: report what a migration to keyfiles loses (RHEL 10 readiness). */
  readiness?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { target: 'auto', virtualization: 'auto', rules: {} };

export interface ReportOptions {
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInfo[];
  tags?: number[];
}

export class RuleContext {
  readonly findings: Finding[] = [];
  readonly profile: Profile;

  constructor(
    readonly doc: ParsedDocument,
    readonly system: SystemIndex,
    readonly settings: Settings,
  ) {
    this.profile = profileOf(doc);
  }

  /** Whether rules describing this tool's behaviour are in force. */
  judges(tool: 'initscripts' | 'networkmanager'): boolean {
    return this.settings.target === 'auto' || this.settings.target === tool;
  }

  /** A fix that edits a line joined to another by a lone CR cannot know what bash and NM
   *  will read afterwards: it is offered, but never applied by fix-all or --fix. */
  private guardLoneCR(fix: Fix): Fix {
    return fix.safe && fix.edits.some((e) => touchesJoinedLine(this.doc, e.range)) ? { ...fix, safe: false } : fix;
  }

  report(code: string, range: Range, message: string, o: ReportOptions = {}): void {
    // Bounded work on pathological files; analyzeDocument keeps the most severe 500 anyway.
    if (this.findings.length >= 5000) return;
    const meta = RULE_BY_CODE.get(code);
    if (!meta) throw new Error(`unregistered rule ${code}`);
    if (meta.appliesTo !== 'both' && !this.judges(meta.appliesTo)) return;
    const override = this.settings.rules[code];
    if (override === 'off') return;
    const f: Finding = {
      code,
      severity: override ?? o.severity ?? meta.severity,
      range: clamp(this.doc, range),
      message,
    };
    if (o.fixes?.length) f.fixes = this.doc.loneCRLines.length ? o.fixes.map((x) => this.guardLoneCR(x)) : o.fixes;
    if (o.related?.length) f.related = o.related;
    if (o.tags?.length) f.tags = o.tags;
    this.findings.push(f);
  }
}

/** Lines bash and NM read as one because of lone CRs: the CR line and the line after it. */
function touchesJoinedLine(doc: ParsedDocument, r: Range): boolean {
  const last = r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
  for (let l = Math.max(0, r.start.line); l <= last && l < doc.lines.length; l++)
    if (doc.lines[l].loneCR || doc.lines[l].continues) return true;
  return false;
}

/** Keeps a range inside the document, whatever a check computed. */
export function clamp(doc: ParsedDocument, r: Range): Range {
  const last = doc.lines.length - 1;
  const pos = (p: { line: number; character: number }) => {
    const line = Math.min(Math.max(0, p.line), last);
    const len = doc.lines[line].text.length;
    return { line, character: Math.min(Math.max(0, p.character), len) };
  };
  const start = pos(r.start);
  let end = pos(r.end);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) end = start;
  return { start, end };
}

export const lineRange = (doc: ParsedDocument, line: number): Range => ({
  start: { line, character: doc.lines[line]?.indent ?? 0 },
  end: { line, character: doc.lines[line]?.text.length ?? 0 },
});

export const keyRange = (a: Assignment): Range => ({
  start: { line: a.line, character: a.keyStart },
  end: { line: a.line, character: a.keyEnd },
});

/** The value as written, or the `=` when the value is empty. */
export const valueRange = (a: Assignment): Range =>
  a.value.end > a.value.start
    ? { start: { line: a.line, character: a.value.start }, end: { line: a.line, character: a.value.end } }
    : { start: { line: a.line, character: a.eq }, end: { line: a.line, character: a.eq + 1 } };

export const assignmentRange = (a: Assignment): Range => ({
  start: { line: a.line, character: a.keyStart },
  end: { line: a.line, character: Math.max(a.value.end, a.eq + 1) },
});

export const tokenRange = (a: Assignment, t: OptionToken): Range => ({
  start: { line: t.line ?? a.line, character: t.start },
  end: { line: t.line ?? a.line, character: t.end },
});

export const tokenValueRange = (a: Assignment, t: OptionToken): Range =>
  t.valueEnd > t.valueStart
    ? {
        start: { line: t.line ?? a.line, character: t.valueStart },
        end: { line: t.line ?? a.line, character: t.valueEnd },
      }
    : tokenRange(a, t);
