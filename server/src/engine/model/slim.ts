// A document kept small while nobody looks at it. A workspace holds thousands of files whose
// own diagnostics are computed once, yet every one of them must stay in the system index for
// the cross-file rules of its neighbours. A full parse (lines, assignments, values with their
// columns) costs ten times the text; a slim document keeps the text, the file name and the few
// profile facts the index is keyed on, and parses again whenever any other part is read. The
// parse is dropped once the current synchronous task is over, so memory stays near the size of
// the texts while a check in progress sees one consistent parse.
import type { Assignment, Line, ParsedDocument, Suppression } from '../parser/document';
import { effectiveOf, parseDocument } from '../parser/document';
import { classifyFileName, type FileNameInfo } from '../parser/fileKind';
import type { Keyfile } from '../parser/keyfile';
import {
  attachProfile,
  IDENTITY_KEYS,
  ifcfgIdentity,
  MasterRef,
  Profile,
  profileIdentity,
  ProfileIdentity,
  profileOf,
  ProfileType,
} from './profile';

/** Documents parsed since the last release; all dropped together at the end of the task. */
let live: SlimDocument[] = [];

/** Drops every parse made since the last call. Done by itself when the current task ends; a
 *  caller that works through thousands of documents in one task calls it between documents,
 *  holding nothing it read from one document while it reads the next. */
export function releaseParses(): void {
  for (const d of live) d.release();
  live = [];
}

export class SlimDocument implements ParsedDocument {
  readonly file: FileNameInfo;
  private parsed?: ParsedDocument;

  constructor(
    readonly uri: string,
    readonly text: string,
  ) {
    // An ifcfg file (by its name, as parseDocument decides) has its identity read from the
    // few assignments it depends on; other files (keyfiles, captures, names decided by their
    // content) are parsed whole once.
    const file = classifyFileName(uri);
    if (file.kind === 'ifcfg' || file.kind === 'alias') {
      this.file = file;
      attachProfile(this, new SlimProfile(this, ifcfgIdentity({ file, effective: effectiveOf(text, IDENTITY_KEYS) })));
    } else {
      const full = parseDocument(uri, text);
      this.file = full.file;
      attachProfile(this, new SlimProfile(this, profileIdentity(full)));
    }
  }

  /** The full parse: the same one until the current task ends. */
  full(): ParsedDocument {
    if (this.parsed) return this.parsed;
    // Dropped in a microtask: engine work is synchronous, so nothing in progress can see two
    // different parses of one document.
    if (!live.length) queueMicrotask(releaseParses);
    live.push(this);
    return (this.parsed = parseDocument(this.uri, this.text, this.file));
  }

  /** Drops the full parse (the next read parses again). */
  release(): void {
    this.parsed = undefined;
  }

  get lines(): Line[] {
    return this.full().lines;
  }
  get assignments(): Assignment[] {
    return this.full().assignments;
  }
  get effective(): Map<string, Assignment> {
    return this.full().effective;
  }
  get all(): Map<string, Assignment[]> {
    return this.full().all;
  }
  get hasBOM(): boolean {
    return this.full().hasBOM;
  }
  get crlfLines(): number {
    return this.full().crlfLines;
  }
  get loneCRLines(): number[] {
    return this.full().loneCRLines;
  }
  get suppressions(): Suppression[] {
    return this.full().suppressions;
  }
  get badChars(): Array<{ line: number; col: number }> {
    return this.full().badChars;
  }
  get keyfile(): Keyfile | undefined {
    return this.full().keyfile;
  }
}

/** The profile of a slim document: what the system index is keyed on is kept, the parts that
 *  point into the text (ranges, bond options) come from the current full parse. */
class SlimProfile implements Profile {
  readonly format: Profile['format'];
  readonly type: ProfileType;
  readonly device?: string;
  readonly uuid?: string;
  readonly master?: MasterRef;
  readonly portType?: string;
  readonly slave: boolean;
  readonly autoconnect: boolean;
  readonly autoconnectPorts: boolean;

  constructor(
    readonly doc: SlimDocument,
    p: ProfileIdentity,
  ) {
    this.format = p.format;
    this.type = p.type;
    this.device = p.device;
    this.uuid = p.uuid;
    this.slave = p.slave;
    this.portType = p.portType;
    this.autoconnect = p.autoconnect;
    this.autoconnectPorts = p.autoconnectPorts;
    if (p.master) this.master = new SlimMaster(doc, p.master);
  }

  private get current(): Profile {
    return profileOf(this.doc.full());
  }
  get macs(): Profile['macs'] {
    return this.current.macs;
  }
  get deviceRange(): Profile['deviceRange'] {
    return this.current.deviceRange;
  }
  get uuidRange(): Profile['uuidRange'] {
    return this.current.uuidRange;
  }
  get autoconnectSetting(): Profile['autoconnectSetting'] {
    return this.current.autoconnectSetting;
  }
  get mtu(): Profile['mtu'] {
    return this.current.mtu;
  }
  get gateway(): Profile['gateway'] {
    return this.current.gateway;
  }
  get typeSetting(): Profile['typeSetting'] {
    return this.current.typeSetting;
  }
  get bond(): Profile['bond'] {
    return this.current.bond;
  }
  get controller(): Profile['controller'] {
    return this.current.controller;
  }
  addresses(): ReturnType<Profile['addresses']> {
    return this.current.addresses();
  }
}

class SlimMaster implements MasterRef {
  readonly value: string;
  readonly viaUuid: boolean;
  constructor(
    private readonly doc: SlimDocument,
    m: Pick<MasterRef, 'value' | 'viaUuid'>,
  ) {
    this.value = m.value;
    this.viaUuid = m.viaUuid;
  }
  get assignment(): Assignment {
    return profileOf(this.doc.full()).master!.assignment;
  }
}
