// What a migration preview says about a source line: it is dropped, changed, refused, or
// something this preview does not model yet (so its output may differ from NetworkManager's).
import type { Range } from '../types';

export type NoteKind =
  /** NetworkManager does not carry the setting into the keyfile. */
  | 'lost'
  /** It is carried over with a different value or meaning. */
  | 'changed'
  /** NetworkManager refuses the profile: no keyfile at all. */
  | 'refused'
  /** NetworkManager reads the key, but this preview does not convert it yet. */
  | 'unmodelled'
  /** Something to do by hand after the migration (files left behind, udev renaming). */
  | 'manual';

export interface MigrationNote {
  uri: string;
  range: Range;
  kind: NoteKind;
  message: string;
  /** ifcfg key the note is about, when there is one. */
  key?: string;
  /** The setting already has no effect under NetworkManager (initscripts-only keys): losing it
   *  changes nothing for a machine NM manages today. */
  noEffect?: boolean;
}
