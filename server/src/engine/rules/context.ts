// What a check needs: the document, its profile, the directory it lives in, the settings,
// and a reporter that applies target filtering, severity overrides and range clamping.
import { Assignment, ParsedDocument } from '../parser/document';
import { OptionToken } from '../parser/options';
import { Profile, profileOf } from '../model/profile';
import { SystemIndex } from '../model/system';
import type { Settings } from '../settings';
import { NM_FALSE } from '../catalog/keyTypes';
import { DiagnosticTag, Finding, Fix, FixDraft, Range, RelatedInfo, Severity } from '../types';
import { Describes, RULE_BY_CODE, RuleCode, RuleMeta } from './registry';
import { lineSpan } from '../util/lineSpan';

export interface ReportOptions {
  severity?: Severity;
  fixes?: FixDraft[];
  related?: RelatedInfo[];
  tags?: DiagnosticTag[];
  /** For a code that covers both tools: whose behaviour this particular finding describes. */
  describes?: Describes;
}

/** Findings kept per document; later reports are dropped. */
const MAX_REPORTED = 5000;

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

  /** Whether rules describing this tool's behaviour are in force for this file: the target
   *  selects it, and NetworkManager never loads a file that says NM_CONTROLLED=no. A keyfile
   *  is read by NetworkManager alone (initscripts never opens one), whatever the target. */
  judges(tool: 'initscripts' | 'networkmanager'): boolean {
    if (this.profile.format === 'keyfile') return tool === 'networkmanager';
    if (tool === 'networkmanager' && this.nmIgnoresFile) return false;
    return this.settings.target === 'auto' || this.settings.target === tool;
  }

  /** NM_CONTROLLED=no: NetworkManager turns the file into an "unmanaged" device spec, no profile. */
  get nmIgnoresFile(): boolean {
    const v = this.doc.effective.get('NM_CONTROLLED')?.value.text.trim().toLowerCase();
    return v !== undefined && NM_FALSE.includes(v);
  }

  /** A fix that edits a line joined to another by a lone CR cannot know what bash and NM
   *  will read afterwards: it is offered, but never applied by fix-all or --fix. */
  private guardLoneCR(fix: Fix): Fix {
    return fix.safe && fix.edits.some((e) => touchesJoinedLine(this.doc, e.range)) ? { ...fix, safe: false } : fix;
  }

  /** No further report is kept: a check looping over thousands of items may stop building
   *  findings (messages, fixes) that report would drop. */
  get full(): boolean {
    return this.findings.length >= MAX_REPORTED;
  }

  report(code: RuleCode, range: Range, message: string, o: ReportOptions = {}): void {
    // Bounded work on pathological files; analyzeDocument keeps the most severe 500 anyway.
    if (this.findings.length >= MAX_REPORTED) return;
    const meta = RULE_BY_CODE.get(code);
    if (!meta) throw new Error(`unregistered rule ${code}`);
    const who = o.describes ?? meta.describes;
    if ((who === 'networkmanager' || who === 'initscripts') && !this.judges(who)) return;
    const override = this.settings.rules[code];
    if (override === 'off') return;
    const f: Finding = {
      code,
      severity: override ?? o.severity ?? meta.severity,
      range: clamp(this.doc, range),
      message,
    };
    if (o.fixes?.length) {
      const fixes = o.fixes.map((x) => resolveFix(meta, x));
      f.fixes = this.doc.loneCRLines.length ? fixes.map((x) => this.guardLoneCR(x)) : fixes;
    }
    if (o.related?.length) f.related = o.related;
    const tags = o.tags ?? meta.tags;
    if (tags?.length) f.tags = [...tags];
    this.findings.push(f);
  }
}

/** Fixes a check offered that its rule's metadata does not declare (tests keep this empty). */
export const UNDECLARED_FIXES = new Set<string>();

/** A fix is safe for fix-all only if the rule's metadata declares it so. */
export function resolveFix(meta: RuleMeta, draft: FixDraft): Fix {
  const spec = meta.fixes?.find((s) => draft.title.startsWith(s.title));
  if (!spec) UNDECLARED_FIXES.add(`${meta.code}: ${draft.title}`);
  // Object.assign, not a spread: drafts come in many shapes, and a spread of a value of many
  // shapes was the slowest step of reporting a finding.
  const fix = Object.assign({}, draft) as Fix;
  fix.safe = spec?.safe ?? false;
  return fix;
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

export const keyRange = (a: Assignment): Range => lineSpan(a.line, a.keyStart, a.keyEnd);

/** The value as written, or the `=` when the value is empty. */
export const valueRange = (a: Assignment): Range =>
  a.value.end > a.value.start ? lineSpan(a.line, a.value.start, a.value.end) : lineSpan(a.line, a.eq, a.eq + 1);

export const assignmentRange = (a: Assignment): Range => lineSpan(a.line, a.keyStart, Math.max(a.value.end, a.eq + 1));

export const tokenRange = (a: Assignment, t: OptionToken): Range => lineSpan(t.line ?? a.line, t.start, t.end);

export const tokenValueRange = (a: Assignment, t: OptionToken): Range =>
  t.valueEnd > t.valueStart ? lineSpan(t.line ?? a.line, t.valueStart, t.valueEnd) : tokenRange(a, t);
