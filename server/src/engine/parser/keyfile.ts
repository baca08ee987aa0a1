// Reads a NetworkManager keyfile the way GLib's GKeyFile loads it (gkeyfile.c:
// g_key_file_parse_line, _parse_group, _parse_key_value_pair): groups, `#` comments, blank lines,
// `key=value` with the key's trailing and the value's leading whitespace trimmed, locale keys,
// duplicate keys (the last wins) and duplicate groups (merged). Every line GLib would refuse is
// recorded; NetworkManager skips a file with any of them. Never throws; one pass over the text.

export interface KfGroup {
  /** Group name exactly as GLib stores it (inner spaces kept). */
  name: string;
  line: number;
  /** Columns of `[` and just after `]`. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Entries of this occurrence of the group, in file order. */
  entries: KfEntry[];
  /** Line of the last entry or comment before the next group (where to append a key). */
  lastLine: number;
}

export interface KfEntry {
  line: number;
  /** Group occurrence the entry belongs to. */
  group: KfGroup;
  /** Key as GLib stores it, including a `[locale]` suffix. */
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The `xx` of `key[xx]`. */
  locale?: string;
  /** Column of `=`. */
  eq: number;
  /** Value as GLib keeps it: leading whitespace removed, trailing whitespace kept, escapes not decoded. */
  raw: string;
  valueStart: number;
  valueEnd: number;
  /** Index in Keyfile.entries. */
  index: number;
}

export type KfErrorKind =
  | 'not-key-value' // neither group, key=value nor comment
  | 'key-before-group'
  | 'invalid-group-name'
  | 'invalid-key-name'
  | 'encoding' // Encoding= other than UTF-8 in the first group
  | 'bom'; // GLib has no notion of a byte order mark: the first line is then unreadable

export interface KfError {
  kind: KfErrorKind;
  line: number;
  start: number;
  end: number;
  /** What GLib says, in our words. */
  message: string;
}

/** A key=value line is an 'assignment', as in an ifcfg file: these lines are the document's own
 *  lines (ParsedDocument.lines), not a copy of them. */
export type KfLineKind = 'blank' | 'comment' | 'group' | 'assignment' | 'invalid';

export interface KfLine {
  kind: KfLineKind;
  text: string;
  indent: number;
  /** Ends in a carriage return, with or without a line feed after it. */
  hasCR: boolean;
  /** Ends in a carriage return without a line feed (GLib reads it and the next line as one). */
  loneCR: boolean;
  /** Follows a line ending in a lone CR. */
  continues: boolean;
}

export interface Keyfile {
  lines: KfLine[];
  /** Every occurrence of every group, in file order. */
  groups: KfGroup[];
  entries: KfEntry[];
  /** The merged view NetworkManager reads: group name → key → entries in file order (last wins). */
  merged: Map<string, Map<string, KfEntry[]>>;
  /** Group occurrences by name. */
  groupsByName: Map<string, KfGroup[]>;
  /** Every line GLib refuses; the first one alone is what makes NetworkManager skip the file. */
  errors: KfError[];
  /** Lines split by a lone CR: GLib sees one line where an editor shows two. */
  loneCR: number[];
  /** A key is set twice in one group (some list of `merged` has two entries or more). */
  repeated: boolean;
  /** The keys NetworkManager reads each setting from, by setting name, kept as the rules ask
   *  for them (model/keyfileView.ts): a file's checks ask a few settings dozens of times. */
  views?: Map<string, Map<string, KfEntry[]> | undefined>;
}

// g_ascii_isspace: space, \t, \n, \v, \f, \r (by char code: no one-character strings per test).
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
/** A control character (0x00-0x1f, 0x7f), by char code. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}
const LOCALE_SUFFIX = /\[([A-Za-z0-9\-_.@\u0080-\uffff]+)\]$/;

export function parseKeyfile(text: string): Keyfile {
  const lines: KfLine[] = [];
  const groups: KfGroup[] = [];
  const entries: KfEntry[] = [];
  const merged = new Map<string, Map<string, KfEntry[]>>();
  const groupsByName = new Map<string, KfGroup[]>();
  const errors: KfError[] = [];
  const loneCR: number[] = [];
  let current: KfGroup | undefined;
  let currentKeys: Map<string, KfEntry[]> | undefined;
  let firstGroupName: string | undefined;
  let continues = false;
  let repeated = false;
  const err = (kind: KfErrorKind, line: number, start: number, end: number, message: string) =>
    errors.push({ kind, line, start, end, message });

  // Lines end at \n, \r\n or a lone \r, as LSP positions count them. The next \r is looked up
  // again only once passed, so text without CRs costs one search for them in all.
  for (let n = 0, pos = 0, cr = text.indexOf('\r'); ; n++) {
    if (cr >= 0 && cr < pos) cr = text.indexOf('\r', pos);
    const lf = text.indexOf('\n', pos);
    const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf < 0 ? text.length : lf;
    const atCR = end === cr;
    const crlf = atCR && text.charCodeAt(end + 1) === 10;
    const lone = atCR && !crlf;
    if (lone) loneCR.push(n);
    parseLine(text.slice(pos, end), n, atCR, lone, continues);
    continues = lone;
    if (end >= text.length) break;
    pos = end + (crlf ? 2 : 1);
  }
  return { lines, groups, entries, merged, groupsByName, errors, loneCR, repeated, views: undefined };

  function parseLine(raw: string, n: number, hasCR: boolean, loneCR: boolean, continues: boolean): void {
    const len = raw.length;
    let indent = 0;
    while (indent < len && isSpaceCode(raw.charCodeAt(indent))) indent++;
    const line: KfLine = { kind: 'blank', text: raw, indent, hasCR, loneCR, continues };
    lines.push(line);
    if (n === 0 && raw.charCodeAt(0) === 0xfeff) {
      line.kind = 'invalid';
      err(
        'bom',
        0,
        0,
        len,
        'The file starts with a UTF-8 byte order mark; GLib reads it as text, so the first line is neither a group nor a comment and NetworkManager refuses the whole file.',
      );
      return;
    }
    if (indent >= len) return;
    const c = raw.charCodeAt(indent);
    if (c === 35 /* # */) {
      line.kind = 'comment';
      if (current) current.lastLine = n;
      return;
    }
    if (c === 91 /* [ */) {
      const close = raw.indexOf(']', indent + 1);
      let after = close < 0 ? -1 : close + 1;
      while (after >= 0 && after < len && (raw.charCodeAt(after) === 32 || raw.charCodeAt(after) === 9)) after++;
      if (close >= 0 && after === len) {
        const name = raw.slice(indent + 1, close);
        line.kind = 'group';
        if (!name || name.includes('[') || hasControl(name)) {
          err(
            'invalid-group-name',
            n,
            indent,
            close + 1,
            name ? `Invalid group name "${name}" (no [, ] or control characters allowed).` : 'Empty group name.',
          );
        }
        current = {
          name,
          line: n,
          start: indent,
          end: close + 1,
          nameStart: indent + 1,
          nameEnd: close,
          entries: [],
          lastLine: n,
        };
        groups.push(current);
        const list = groupsByName.get(name);
        if (list) list.push(current);
        else groupsByName.set(name, [current]);
        currentKeys = merged.get(name);
        if (!currentKeys) merged.set(name, (currentKeys = new Map<string, KfEntry[]>()));
        firstGroupName ??= name;
        return;
      }
      // A `[` line that is not a group may still be a key=value line (`[x]=1` is a bad key name).
    }
    const eq = raw.indexOf('=', indent);
    if (eq < 0 || eq === indent) {
      line.kind = 'invalid';
      err(
        'not-key-value',
        n,
        indent,
        len,
        c === 91
          ? 'A group line must be `[name]` with nothing after `]` but spaces; NetworkManager refuses the whole file.'
          : c === 59 /* ; */
            ? 'A line starting with `;` is not a comment in a keyfile (only `#` is); NetworkManager refuses the whole file.'
            : 'This line is neither `[group]`, `key=value` nor a `#` comment; NetworkManager refuses the whole file.',
      );
      return;
    }
    line.kind = 'assignment';
    let keyEnd = eq;
    while (keyEnd > indent && isSpaceCode(raw.charCodeAt(keyEnd - 1))) keyEnd--;
    const key = raw.slice(indent, keyEnd);
    let valueStart = eq + 1;
    while (valueStart < len && isSpaceCode(raw.charCodeAt(valueStart))) valueStart++;
    if (!current) {
      line.kind = 'invalid';
      err(
        'key-before-group',
        n,
        indent,
        len,
        'A key before the first group: GLib refuses the file ("does not start with a group"), so NetworkManager ignores it. Put `[connection]` first.',
      );
      return;
    }
    // Only a key with a bracket can carry a locale or be refused for one: most have none (two
    // native searches of the key cost less than a loop over its characters).
    const bracket = key.includes('[') || key.includes(']');
    const loc = bracket && key.endsWith(']') ? LOCALE_SUFFIX.exec(key) : null;
    const base = loc ? key.slice(0, loc.index) : key;
    // The key (indent skipped) never starts with a space; the base is bad when empty or bracketed.
    if (!base || (bracket && (base.includes('[') || base.includes(']')))) {
      line.kind = 'invalid';
      err(
        'invalid-key-name',
        n,
        indent,
        keyEnd,
        `Invalid key name "${key}": a key may not contain [ or ] (except one [locale] suffix); NetworkManager refuses the whole file.`,
      );
      return;
    }
    const entry: KfEntry = {
      line: n,
      group: current,
      key,
      keyStart: indent,
      keyEnd,
      eq,
      raw: raw.slice(valueStart),
      valueStart,
      valueEnd: len,
      index: entries.length,
    };
    if (loc) entry.locale = loc[1];
    if (key === 'Encoding' && current.name === firstGroupName && entry.raw.toUpperCase() !== 'UTF-8') {
      err(
        'encoding',
        n,
        valueStart,
        len,
        `Encoding=${entry.raw} in the first group: GLib only loads UTF-8 key files, so NetworkManager refuses the whole file.`,
      );
    }
    entries.push(entry);
    current.entries.push(entry);
    current.lastLine = n;
    const list = currentKeys!.get(key);
    if (list) {
      list.push(entry);
      repeated = true;
    } else currentKeys!.set(key, [entry]);
  }
}

/** The entry NetworkManager uses for a key of a group (the last one), if any. */
export function kfGet(kf: Keyfile, group: string, key: string): KfEntry | undefined {
  const list = kf.merged.get(group)?.get(key);
  return list ? list[list.length - 1] : undefined;
}

export interface Unescaped {
  value: string;
  /** Escapes GLib refuses, with their columns relative to the raw value. */
  bad: Array<{ at: number; text: string; message: string }>;
}

const ESCAPES: Record<string, string | undefined> = { s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' };

/**
 * GLib's string unescaping (g_key_file_parse_value_as_string): `\s \n \t \r \\`; `\;` only in
 * lists. Current GLib (2.80+) returns no value at all when an escape is invalid.
 */
export function unescapeValue(raw: string, list = false): Unescaped {
  if (!raw.includes('\\')) return { value: raw, bad: [] };
  let out = '';
  const bad: Unescaped['bad'] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const nx = raw[i + 1];
    if (nx === undefined) {
      bad.push({ at: i, text: '\\', message: 'A backslash at the end of the value is an incomplete escape.' });
      break;
    }
    const esc = ESCAPES[nx];
    if (esc !== undefined) out += esc;
    else if (nx === ';' && list) out += '\\;';
    else {
      bad.push({
        at: i,
        text: '\\' + nx,
        message:
          nx === ';'
            ? '`\\;` is only an escape inside `;` lists; in a plain value GLib refuses it.'
            : `\`\\${nx}\` is not an escape GLib knows (\\s \\n \\t \\r \\\\ and, in lists, \\;).`,
      });
      out += '\\' + nx;
    }
    i++;
  }
  return { value: out, bad };
}

/** The value GLib reads (unescapeValue's value), without the object when nothing is escaped:
 *  the model and the rules read a dozen values of every file this way. */
export function unescapedText(raw: string, list = false): string {
  return raw.includes('\\') ? unescapeValue(raw, list).value : raw;
}

export interface ListItem {
  text: string;
  /** Columns relative to the raw value. */
  start: number;
  end: number;
}

/** GLib's `;` list: `\;` keeps a literal `;`; a trailing `;` adds no empty element. */
export function splitList(raw: string): ListItem[] {
  const items: ListItem[] = [];
  let start = 0;
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      cur += raw[i + 1] === ';' ? ';' : ch + raw[i + 1];
      i++;
      continue;
    }
    if (ch === ';') {
      items.push({ text: cur, start, end: i });
      cur = '';
      start = i + 1;
      continue;
    }
    cur += ch;
  }
  if (start < raw.length) items.push({ text: cur, start, end: raw.length });
  return items;
}
