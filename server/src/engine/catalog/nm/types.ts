// Shapes of the NetworkManager keyfile catalog: one row per key a group may hold.

/** How NetworkManager's keyfile reader turns the text into the property's value. */
export type NmType =
  | 'string'
  | 'ifname-or-uuid'
  | 'json'
  | 'boolean' // g_key_file_get_boolean: true/false/1/0 only
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'char'
  | 'enum' // numbers only (base 0), except the rows that say otherwise
  | 'addr-gen-mode' // names (numbers also parse)
  | 'dhcp-send-hostname' // -1/0/1, true/false also read
  | 'flags' // decimal sum of bits
  | 'strv' // `;` list
  | 'list'
  | 'mac'
  | 'bytes'
  | 'ssid'
  | 'cert'
  | 'uint-list'
  | 'bond-option'
  | 'ip-address'
  | 'ip-route'
  | 'route-options'
  | 'routing-rule'
  | 'bridge-vlans';

export interface NmPropertyRow {
  /** Full setting name (`802-3-ethernet`, not the `ethernet` alias). */
  s: string;
  /** Key as written in the file, or a placeholder for a family (`addressN`, `<option>`). */
  k: string;
  t: NmType;
  /** Regular expression the key must match when `k` names a family. */
  pattern?: string;
  def?: string;
  /** Inclusive numeric range, as decimal text (uint64 exceeds a double). */
  range?: [string, string];
  /** Enum members by number (and name where NM has one). */
  values?: Array<{ num: number; name?: string }>;
  flags?: Array<{ bit: number; name: string }>;
  /** Strings the property accepts (for a list: every entry). */
  choices?: string[];
  /** NetworkManager lowercases the value before comparing it with `choices`. */
  choicesFold?: boolean;
  /** Out-of-enum numbers: refused when read (warning, default kept), by verify() (profile rejected),
   *  or kept without a check (a plain integer property). */
  enumCheck?: 'read' | 'verify' | 'none';
  /** NetworkManager version that added the key ('1.0' = present in 1.0.0 or older). */
  since?: string;
  /** The keyfile plugin skips it on read and write. */
  notKeyfile?: boolean;
  deprecated?: boolean;
  /** Deprecated spelling of this other key of the same group (same storage). */
  aliasOf?: string;
  secret?: boolean;
  /** `[bond] interface-name` and friends: read only when [connection] has none. */
  legacyIfname?: boolean;
  doc: string;
}

/** The fields of a row besides the setting and the ones every row has. */
export type NmRowRest = Omit<NmPropertyRow, 's' | 'k' | 't' | 'since' | 'doc' | 'def' | 'range'>;

/** A row as the generated table stores it (the setting is its group's):
 *  `[k, t, since, doc, def, range as 'min..max', rest]`, '' where the row has no such field. */
export type NmPackedRow =
  | [k: string, t: NmType, since: string, doc: string, def?: string, range?: string]
  | [k: string, t: NmType, since: string, doc: string, def: string, range: string, rest: NmRowRest];
