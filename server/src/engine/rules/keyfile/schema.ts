// Groups and keys against the catalog: unknown ones (with did-you-mean), keys NetworkManager
// does not read from keyfiles, deprecated spellings, duplicates, and every value's type.
import {
  isOpenSetting,
  nmKeysOf,
  nmProperty,
  NM_SETTINGS,
  settingOfGroup,
  specialGroup,
  WIREGUARD_PEER_KEYS,
  NMMETA_KEYS,
  groupSpelling,
  NmSetting,
} from '../../catalog/nm';
import { KfEntry, KfGroup } from '../../parser/keyfile';
import { FixDraft, Range } from '../../types';
import { didYouMean } from '../../util/similar';
import type { RuleContext } from '../context';
import { checkValue, ValueProblem } from './valueCheck';
import { keyfileEdits, type KeyfileEdits } from '../../fixes/keyfileEdits';
import { nmOlderThan } from '../../settings';
import { lineSpan } from '../../util/lineSpan';

const UNNECESSARY = 1;
const DEPRECATED = 2;

export const kfKeyRange = (e: KfEntry): Range => lineSpan(e.line, e.keyStart, e.keyEnd);

export const kfValueRange = (e: KfEntry, start?: number, end?: number): Range =>
  e.valueEnd > e.valueStart
    ? lineSpan(e.line, e.valueStart + (start ?? 0), end !== undefined ? e.valueStart + end : e.valueEnd)
    : lineSpan(e.line, e.eq, e.eq + 1);

export const kfEntryRange = (e: KfEntry): Range => lineSpan(e.line, e.keyStart, Math.max(e.valueEnd, e.eq + 1));

const groupRange = (g: KfGroup): Range => lineSpan(g.line, g.start, g.end);

const ALL_GROUP_NAMES = NM_SETTINGS.flatMap((s) => (s.alias ? [s.alias, s.name] : [s.name]));

export function checkKeyfileSchema(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile;
  if (!kf) return;
  const edits = keyfileEdits(ctx.doc);
  for (const g of kf.groups) {
    const setting = settingOfGroup(g.name);
    if (!setting) {
      if (specialGroup(g.name)) {
        checkSpecialGroup(ctx, g);
        continue;
      }
      const fixed = didYouMean(g.name.trim(), ALL_GROUP_NAMES);
      ctx.report(
        'KEYFILE-010',
        groupRange(g),
        `NetworkManager knows no setting "${g.name}": it warns and ignores the whole group.${fixed ? ` Did you mean [${fixed}]?` : ''}`,
        {
          fixes: fixed
            ? [{ title: `Rename the group to [${fixed}]`, edits: [edits.renameGroup(g, fixed)] }]
            : undefined,
        },
      );
      continue;
    }
    if (g.name !== setting.name && kf.merged.has(setting.name)) {
      ctx.report(
        'KEYFILE-014',
        groupRange(g),
        `Both [${setting.name}] and [${g.name}] are present: NetworkManager reads the setting from [${setting.name}] only, so every key here is ignored.`,
      );
    }
    if (setting.status && g === kf.groupsByName.get(g.name)![0])
      ctx.report('KEYFILE-016', groupRange(g), setting.status);
    if (setting.name === 'bond') continue; // options: the bonding rules
    for (const e of g.entries) checkEntry(ctx, setting, e, edits);
  }
  checkDuplicates(ctx);
}

function checkSpecialGroup(ctx: RuleContext, g: KfGroup): void {
  const known = g.name.startsWith('wireguard-peer.') ? WIREGUARD_PEER_KEYS : g.name === '.nmmeta' ? NMMETA_KEYS : null;
  if (!known) return;
  for (const e of g.entries) {
    if (known.includes(e.key)) continue;
    const dym = didYouMean(e.key, known);
    ctx.report(
      'KEYFILE-011',
      kfKeyRange(e),
      `[${g.name}] has no key "${e.key}"; NetworkManager ignores it.${dym ? ` Did you mean ${dym}?` : ''}`,
    );
  }
}

function severityOf(p: ValueProblem) {
  return p.outcome === 'rejected' ? ('error' as const) : ('warning' as const);
}

function checkEntry(ctx: RuleContext, setting: NmSetting, e: KfEntry, edits: KeyfileEdits): void {
  if (e.locale !== undefined) {
    ctx.report(
      'KEYFILE-012',
      kfKeyRange(e),
      `"${e.key}" is a translation (locale key); NetworkManager never reads translations, so this line has no effect.`,
      { tags: [UNNECESSARY] },
    );
    return;
  }
  if (isOpenSetting(setting)) return;
  const row = nmProperty(setting.name, e.key);
  if (!row) {
    const candidates = [
      ...nmKeysOf(setting.name)
        .filter((r) => !r.notKeyfile)
        .map((r) => r.k),
    ];
    const dym = didYouMean(e.key, candidates);
    const ethtool = setting.name === 'ethtool';
    ctx.report(
      'KEYFILE-011',
      kfKeyRange(e),
      `[${groupSpelling(setting)}] has no key "${e.key}": NetworkManager ${ethtool ? 'warns and drops it' : 'ignores it silently'}.${dym ? ` Did you mean ${dym}?` : ''}`,
      {
        fixes: dym ? [{ title: `Rename to ${dym}`, edits: [edits.renameKey(e, dym)] }] : undefined,
      },
    );
    return;
  }
  if (row.notKeyfile) {
    ctx.report('KEYFILE-012', kfKeyRange(e), `${row.doc || `${e.key} is not read from keyfiles.`}`, {
      tags: [UNNECESSARY],
    });
    return;
  }
  if (row.aliasOf) deprecatedSpelling(ctx, setting, e, row.aliasOf);
  for (const p of checkValue(row, e.raw)) {
    const fixes: FixDraft[] = [];
    if (p.replacement !== undefined)
      fixes.push({
        title: `Write ${p.replacement}`,
        edits: [edits.replaceValue(e, p.replacement)],
        preferred: true,
      });
    ctx.report(p.code, kfValueRange(e, p.start, p.end), p.message, { severity: severityOf(p), fixes });
  }
  const lastChar = e.raw.charCodeAt(e.raw.length - 1);
  if ((row.t === 'string' || row.t === 'ifname-or-uuid') && (lastChar === 32 || lastChar === 9)) {
    ctx.report(
      'KEYFILE-028',
      kfValueRange(e, e.raw.trimEnd().length, e.raw.length),
      'Trailing whitespace is part of a keyfile value: NetworkManager keeps these spaces in the string.',
      {
        fixes: [
          {
            title: 'Remove the trailing whitespace',
            edits: [edits.replaceValue(e, e.raw.trimEnd())],
          },
        ],
      },
    );
  }
}

function deprecatedSpelling(ctx: RuleContext, setting: NmSetting, e: KfEntry, modern: string): void {
  const edits = keyfileEdits(ctx.doc);
  const since = nmProperty(setting.name, modern)?.since ?? '1.46';
  const group = ctx.doc.keyfile!.merged.get(e.group.name)!;
  const other = group.get(modern);
  const otherLast = other?.[other.length - 1];
  if (otherLast && otherLast.raw !== e.raw) {
    ctx.report(
      'KEYFILE-013',
      kfKeyRange(e),
      `${e.key}=${e.raw} and ${modern}=${otherLast.raw} disagree; they are one property and NetworkManager reads ${e.key} last, so ${e.key}=${e.raw} wins.`,
      { severity: 'warning', tags: [DEPRECATED] },
    );
    return;
  }
  // The old spelling is what the oldest NetworkManager these profiles must support reads.
  if (nmOlderThan(ctx.settings, since)) return;
  ctx.report(
    'KEYFILE-013',
    kfKeyRange(e),
    otherLast
      ? `${e.key} is the deprecated spelling of ${modern}, which is also set to the same value; NetworkManager ${since}+ needs only ${modern} (older versions only read ${e.key}).`
      : `${e.key} is the deprecated spelling of ${modern} (NetworkManager ${since}+). NetworkManager still reads it; ${modern} is not understood before ${since}.`,
    {
      tags: [DEPRECATED],
      fixes: [
        otherLast
          ? { title: `Remove ${e.key} (keep ${modern})`, edits: [edits.deleteEntry(e)] }
          : {
              title: `Rename to ${modern} (needs NetworkManager ${since}+)`,
              edits: [edits.renameKey(e, modern)],
            },
      ],
    },
  );
}

/** The same key twice in one setting: GLib keeps the last value. */
function checkDuplicates(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile!;
  if (!kf.repeated) return; // the usual file: no list to look at
  const edits = keyfileEdits(ctx.doc);
  // forEach, not for…of: no [key, value] pair per key of every file.
  kf.merged.forEach((keys, group) => {
    // A repeated bond option is the bonding rules' finding (BOND-054, BOND-020), as for BONDING_OPTS.
    let bond: boolean | undefined;
    keys.forEach((list, key) => {
      if (list.length < 2) return;
      bond ??= settingOfGroup(group)?.name === 'bond';
      if (bond && key !== 'interface-name') return;
      const last = list[list.length - 1];
      for (const e of list.slice(0, -1)) {
        ctx.report(
          'KEYFILE-015',
          kfKeyRange(e),
          `${key} is set again on line ${last.line + 1} of [${group}]; NetworkManager uses the last value (${last.raw}), this one has no effect.`,
          {
            tags: [UNNECESSARY],
            fixes: [{ title: `Remove this ${key} line`, edits: [edits.deleteEntry(e)] }],
          },
        );
      }
    });
  });
}
