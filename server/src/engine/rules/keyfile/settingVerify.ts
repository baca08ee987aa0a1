// Runs the verify() requirements of the 802.1X, Wi-Fi, Wi-Fi security, GSM and WireGuard settings
// (catalog/nm/verifyRules.ts) over a keyfile, with each value as NetworkManager holds it after
// reading: numbers parsed, lists split, unreadable values left unset.
import { groupSpelling, nmProperty, SETTING_BY_NAME, storageRange, type NmPropertyRow } from '../../catalog/nm';
import { NM_VERIFY_RULES, type NmCond, type NmVerifyRule } from '../../catalog/nm/verifyRules';
import { KfEntry, splitList, unescapeValue } from '../../parser/keyfile';
import type { Range } from '../../types';
import type { RuleContext } from '../context';
import { checkVerifyValue, verifyFails } from './verifyValues';
import { parseNmInt } from './valueCheck';
import { entryOf, groupFor } from '../../model/keyfileView';
import { kfValueRange } from './schema';
import { keyfileType } from './verify';
import { lineSpan } from '../../util/lineSpan';

const RULES_BY_SETTING = new Map<string, NmVerifyRule[]>();
for (const r of NM_VERIFY_RULES) RULES_BY_SETTING.set(r.s, [...(RULES_BY_SETTING.get(r.s) ?? []), r]);

/** Every group name (full or alias) of a setting with verify() rules. */
const RULE_GROUPS = new Set(
  [...RULES_BY_SETTING.keys()].flatMap((name) => {
    const s = SETTING_BY_NAME.get(name);
    return s ? [s.name, ...(s.alias ? [s.alias] : [])] : [name];
  }),
);

const NUMERIC = new Set(['int32', 'uint32', 'int64', 'uint64', 'enum', 'flags']);
const TEXT = new Set(['string', 'ssid', 'ifname-or-uuid']);

/** A property as NetworkManager holds it: its entry, row and value (a list: its entries). */
interface Held {
  entry: KfEntry;
  row: NmPropertyRow;
  items: string[];
}

function held(ctx: RuleContext, setting: string, key: string): Held | undefined {
  const kf = ctx.doc.keyfile!;
  const entry = entryOf(kf, setting, key);
  const row = entry && nmProperty(setting, key);
  if (!entry || !row) return undefined;
  const raw = entry.raw;
  if (unescapeValue(raw, row.t === 'strv').bad.length) return undefined; // GLib returns no value
  if (row.t === 'boolean') {
    const m = /^(true|false|1|0)[ \t]*$/.exec(raw);
    return m ? { entry, row, items: [m[1] === '1' || m[1] === 'true' ? 'true' : 'false'] } : undefined;
  }
  if (NUMERIC.has(row.t)) {
    const n = parseNmInt(raw).value;
    if (n === undefined) return undefined;
    const store = storageRange(row);
    if (store && (n < store[0] || n > store[1])) return undefined; // "cannot be interpreted as integer"
    if (row.range && (n < BigInt(row.range[0]) || n > BigInt(row.range[1]))) return undefined;
    if (row.enumCheck === 'read' && row.values && !row.values.some((v) => BigInt(v.num) === n)) return undefined;
    // A GFlags property refuses unknown bits when read (the default stays).
    if (row.flags && row.enumCheck !== 'verify' && n & ~row.flags.reduce((a, f) => a | BigInt(f.bit), 0n))
      return undefined;
    return { entry, row, items: [String(n)] };
  }
  if (row.t === 'strv') return { entry, row, items: splitList(raw).map((i) => unescapeValue(i.text).value) };
  const value = unescapeValue(raw).value;
  return { entry, row, items: [row.choicesFold ? value.toLowerCase() : value] };
}

/** Set to something other than the default: an empty string counts, an empty list or
 *  certificate (which the reader drops) does not. */
function isSet(h: Held | undefined): boolean {
  if (!h) return false;
  if (h.row.t === 'strv') return h.items.length > 0;
  if (NUMERIC.has(h.row.t) || h.row.t === 'boolean')
    return h.items[0] !== (h.row.def ?? (h.row.t === 'boolean' ? 'false' : '0'));
  if (h.row.t === 'cert') return h.items[0] !== '';
  return true;
}

/** The key's value for a message: enum members by name. */
function shown(h: Held): string {
  const v = h.items[0];
  return h.row.values?.find((x) => String(x.num) === v)?.name ?? v;
}

class ProfileView {
  private cache = new Map<string, Held | undefined>();
  private type: string | undefined | null = null;
  constructor(private ctx: RuleContext) {}

  get(setting: string, key: string): Held | undefined {
    const dot = key.lastIndexOf('.');
    const s = dot > 0 ? key.slice(0, dot) : setting;
    const k = dot > 0 ? key.slice(dot + 1) : key;
    const id = `${s}\n${k}`;
    if (!this.cache.has(id)) this.cache.set(id, held(this.ctx, s, k));
    return this.cache.get(id);
  }

  connectionType(): string | undefined {
    if (this.type === null) this.type = keyfileType(this.ctx).type;
    return this.type;
  }

  /** Whether the condition holds, and the entries of the value that made an `in` hold. */
  holds(setting: string, c: NmCond): { ok: boolean; matched?: string[] } {
    if ('type' in c) return { ok: c.type.includes(this.connectionType() ?? '') };
    if ('notType' in c) return { ok: !c.notType.includes(this.connectionType() ?? '') };
    const h = this.get(setting, c.key);
    if ('in' in c) {
      const matched = h ? h.items.filter((v) => c.in.includes(v)) : [];
      return { ok: matched.length > 0, matched };
    }
    if ('notIn' in c) return { ok: !h || !h.items.some((v) => c.notIn.includes(v)) };
    if ('set' in c) return { ok: isSet(h) };
    if ('unset' in c) return { ok: !isSet(h) };
    return { ok: isSet(h) && !h!.items[0].startsWith(c.notPrefix) };
  }
}

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

const andList = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

export function checkSettingVerify(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile;
  if (!kf || kf.errors.length) return; // GLib refused the file: NM never gets this far
  let view: ProfileView | undefined;
  // Most files have none of these settings: their groups are looked for once.
  let any = false;
  for (const g of kf.merged.keys()) any ||= RULE_GROUPS.has(g);
  if (any)
    for (const [setting, rules] of RULES_BY_SETTING) {
      if (groupFor(kf, setting) === undefined) continue;
      view ??= new ProfileView(ctx);
      for (const rule of rules) checkRule(ctx, view, rule);
    }
  checkBaseSetting(ctx);
}

/** nm-setting-connection.c verify: normalize() adds the type's own setting when the file has no
 *  group for it, but only if that empty setting passes verify(); an empty [wifi] has no ssid. */
function checkBaseSetting(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile!;
  const t = keyfileType(ctx);
  const rules = t.type ? RULES_BY_SETTING.get(t.type) : undefined;
  if (!rules || groupFor(kf, t.type!) !== undefined) return;
  const needs = rules.flatMap((r) => (r.check === 'required' && !r.when ? r.keys.map((k) => `${k}=`) : []));
  if (!needs.length) return;
  const spelling = groupSpelling(SETTING_BY_NAME.get(t.type!)!);
  ctx.report(
    'KEYFILE-035',
    t.entry ? kfValueRange(t.entry) : groupRange(ctx, 'connection'),
    verifyFails(
      `A ${spelling} profile needs a [${spelling}] group with ${andList(needs)}`,
      `${t.type}: setting required for connection of type '${t.type}'`,
    ),
  );
}

function groupRange(ctx: RuleContext, setting: string): Range {
  const kf = ctx.doc.keyfile!;
  const g = kf.groupsByName.get(groupFor(kf, setting)!)![0];
  return lineSpan(g.line, g.start, g.end);
}

function checkRule(ctx: RuleContext, view: ProfileView, rule: NmVerifyRule): void {
  let firstMatch: { key: string; matched: string[] } | undefined;
  for (const c of rule.when ?? []) {
    const r = view.holds(rule.s, c);
    if (!r.ok) return;
    if (!firstMatch && 'in' in c && r.matched) firstMatch = { key: c.key, matched: r.matched };
  }
  // Rules that ask for something missing point at what asks for it: the eap= line, mode=mesh…
  const at = (): Range => {
    const h = firstMatch && view.get(rule.s, firstMatch.key);
    return h ? kfValueRange(h.entry) : groupRange(ctx, rule.s);
  };
  const value = firstMatch ? andList(firstMatch.matched) : '';
  switch (rule.check) {
    case 'required': {
      const missing: string[] = [];
      let empty: string | undefined;
      for (const k of rule.keys) {
        const h = view.get(rule.s, k);
        if (h && TEXT.has(h.row.t) && h.items[0] === '') {
          if (rule.nmEmpty === false) continue;
          if (rule.nmEmpty !== undefined) {
            empty ??= k;
            continue;
          }
        }
        if (!isSet(h)) missing.push(k);
      }
      if (missing.length) {
        const vars = { value, keys: andList(missing.map((k) => `${k}=`)), key: missing[0] };
        const nm = rule.nm ?? `${rule.s}.{key}: property is missing`;
        ctx.report('KEYFILE-035', at(), verifyFails(fill(rule.why, vars), fill(nm, vars)));
      } else if (empty !== undefined && typeof rule.nmEmpty === 'string') {
        const h = view.get(rule.s, empty)!;
        const vars = { value, keys: `${empty}=`, key: empty };
        ctx.report(
          'KEYFILE-035',
          kfValueRange(h.entry),
          verifyFails(`${fill(rule.why, vars)}; it is empty`, fill(rule.nmEmpty, vars)),
        );
      }
      return;
    }
    case 'setting':
      if (groupFor(ctx.doc.keyfile!, rule.setting) === undefined)
        ctx.report('KEYFILE-035', at(), verifyFails(fill(rule.why, { value }), fill(rule.nm, { value })));
      return;
    case 'one-of': {
      const [a, b] = rule.keys.map((k) => view.get(rule.s, k));
      if (a && b) ctx.report('KEYFILE-037', kfValueRange(b.entry), verifyFails(rule.whyBoth, rule.nm));
      else if (!a && !b) ctx.report('KEYFILE-035', at(), verifyFails(fill(rule.why, { value }), rule.nm));
      return;
    }
    case 'conflict': {
      const h = view.get(rule.s, rule.key);
      if (!h) return;
      const vars = { value: shown(h) };
      ctx.report('KEYFILE-037', kfValueRange(h.entry), verifyFails(fill(rule.why, vars), fill(rule.nm, vars)));
      return;
    }
    case 'value': {
      const h = view.get(rule.s, rule.key);
      if (!h || h.row.t === 'strv') return;
      const p = checkVerifyValue(rule.test, h.items[0], (k) => view.get(rule.s, k)?.items[0]);
      if (p) ctx.report('KEYFILE-027', kfValueRange(h.entry), verifyFails(p.why, p.nm));
      return;
    }
  }
}
