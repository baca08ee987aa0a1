// Text edits on a keyfile: rename a group or key, replace a value, remove a line, add a key to a
// group (creating the group when it is missing). Each edit touches only what it names.
import type { ParsedDocument } from '../parser/document';
import { KfEntry, KfGroup } from '../parser/keyfile';
import { TextEdit } from '../types';
import { deleteLine } from './edits';
import { lineSpan } from '../util/lineSpan';

export interface KeyfileEdits {
  renameGroup(g: KfGroup, name: string): TextEdit;
  renameKey(e: KfEntry, key: string): TextEdit;
  replaceValue(e: KfEntry, value: string): TextEdit;
  deleteEntry(e: KfEntry): TextEdit;
  /** Adds `key=value` at the end of the group NM reads the setting from, or a new group at the end. */
  addKey(groups: KfGroup[] | undefined, groupName: string, key: string, value: string): TextEdit;
}

export function keyfileEdits(doc: ParsedDocument): KeyfileEdits {
  return new Edits(doc);
}

// Methods on a prototype, not closures: every keyfile check asks for these edits, most never
// use them, and five closures per request were a measurable part of analysing a small file.
class Edits implements KeyfileEdits {
  constructor(private readonly doc: ParsedDocument) {}

  private get eol(): string {
    return this.doc.crlfLines > 0 ? '\r\n' : '\n';
  }

  renameGroup(g: KfGroup, name: string): TextEdit {
    return {
      range: lineSpan(g.line, g.nameStart, g.nameEnd),
      newText: name,
    };
  }

  renameKey(e: KfEntry, key: string): TextEdit {
    return {
      range: lineSpan(e.line, e.keyStart, e.keyEnd),
      newText: key,
    };
  }

  replaceValue(e: KfEntry, value: string): TextEdit {
    return {
      range: lineSpan(e.line, e.valueStart, e.valueEnd),
      newText: value,
    };
  }

  deleteEntry(e: KfEntry): TextEdit {
    return deleteLine(this.doc, e.line);
  }

  addKey(groups: KfGroup[] | undefined, groupName: string, key: string, value: string): TextEdit {
    const doc = this.doc;
    const eol = this.eol;
    const last = groups?.[groups.length - 1];
    if (last) {
      // After the group's last key (not after trailing comments or blank lines of the next group).
      const after = last.entries.length ? last.entries[last.entries.length - 1].line : last.line;
      const lineText = doc.lines[after].text;
      return {
        range: lineSpan(after, lineText.length, lineText.length),
        newText: `${eol}${key}=${value}`,
      };
    }
    const n = doc.lines.length - 1;
    const end = doc.lines[n].text.length;
    const sep = end === 0 ? (n > 0 && doc.lines[n - 1].text.length === 0 ? '' : eol) : eol + eol;
    return {
      range: lineSpan(n, end, end),
      newText: `${sep}[${groupName}]${eol}${key}=${value}${eol}`,
    };
  }
}
