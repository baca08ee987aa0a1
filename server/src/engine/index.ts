// The engine's public surface: the server, the CLI, the features and the tests import from here
// and nowhere else inside engine/ (scripts/check-layers.mjs enforces it); rule documentation for
// the docs generator and the tests comes from docs.ts. Grouped by layer,
// bottom-up.
export * from './types';
export type { CheckFailure, HostEvidence, Settings, Virtualization } from './settings';
export { DEFAULT_SETTINGS, NM_VERSION, nmOlderThan } from './settings';

// Knowledge tables.
export { BOND_OPTIONS, BOND_OPTION_BY_NAME, helperValue, KERNEL_DOC, READ_ONLY_BOND_FILES } from './catalog/bonding';
export type { BondOption } from './catalog/bonding';
export { CAPTURE_FIELD_BY_NAME, CAPTURE_FIELDS, PROC_MODE_BY_NAME, PROC_MODE_NAMES } from './catalog/capture';
export { isIfname, isIPv4, isIPv6, isMac, isNetmask } from './catalog/keyTypes';
export { KEYS, lookupKey } from './catalog/keys';
export type { KeyInfo, Role } from './catalog/keys';
export { MODES, MODE_BY_NAME, resolveMode } from './catalog/modes';
export {
  cellOf,
  EFFECTIVE_ONLY_IN,
  judge,
  KERNEL_UNSUPPORTED,
  MODE_DEPENDENT_OPTIONS,
  MODE_OPTION_TABLE,
} from './catalog/bondModeTable';
export { normalizeMac, vendorOfIfname, vendorOfMac, VIRTUALIZATION_SETTINGS } from './catalog/vendors';
export type { VendorId } from './catalog/vendors';
export {
  groupSpelling,
  isOpenSetting,
  lookupKey as lookupNmKey,
  NM_SETTINGS,
  nmKeyFamiliesOf,
  nmKeysOf,
  nmProperty,
  nmPropertyRows,
  rowRange,
  settingOfGroup,
  specialGroup,
} from './catalog/nm';
export type { NmPropertyRow, NmSetting } from './catalog/nm';

// Reading files.
export { CAPTURE_HEADER } from './parser/capture';
export { effectiveOf, looksLikeKeyfile, parseDocument } from './parser/document';
export { kfGet, parseKeyfile, splitList, unescapeValue } from './parser/keyfile';
export type { Keyfile, KfEntry, KfGroup } from './parser/keyfile';
// NetworkManager's view of a keyfile (full group name before its alias), for the editor features.
export { entriesOf } from './model/keyfileView';
export type { Assignment, ParsedDocument } from './parser/document';
export { classifyFileName, dirname, isNetworkScriptsName } from './parser/fileKind';
export { tokenizeOptions } from './parser/options';
export type { OptionToken } from './parser/options';
export { colOf, endOf, parseValue } from './parser/shvar';

// The model of a profile and of a directory.
export { bondStateOf } from './model/bondState';
export { bondConfig, enumName, IDENTITY_KEYS, ifcfgIdentity, intValue, profileOf } from './model/profile';
export type { BondConfig, Profile, ProfileType } from './model/profile';
export { groupByDirectory, SystemIndex } from './model/system';
export { releaseParses, SlimDocument } from './model/slim';
export {
  groupSystems,
  linkSignature,
  machineRootOf,
  machineRootOfKey,
  systemKeyOf,
  systemKeyOfRoot,
} from './model/grouping';

// Machine snapshots (sosreports, captured roots).
export { machineEvidence } from './snapshot/machine';
export type { MachineEvidence, SnapshotFile } from './snapshot/machine';
export {
  HOOK_SCRIPT_PATHS,
  HOOK_SCRIPTS,
  SNAPSHOT_DIRS,
  SNAPSHOT_WATCH_GLOBS,
  snapshotRole,
  SOS_MARKER,
  SYS_NET,
  SYS_NET_FILES,
} from './snapshot/layout';
export type { SnapshotRole } from './snapshot/layout';
export { parseDmidecode, vendorOfDmi } from './snapshot/dmi';
export { parseEthtoolI } from './snapshot/ethtool';
export { parseIpLink } from './snapshot/ipLink';
export { parseLspci } from './snapshot/lspci';

// Fix builders and edit application.
export { applyEdits, editSpans, safeEdits } from './fixes/apply';
export { dquote } from './fixes/edits';
export { failOverMacFix, lacksFailOverMac } from './fixes/failOverMac';

// Rules, analysis, fix-all.
export { RULES, RULE_BY_CODE, ruleHref } from './rules/registry';
export { UNDECLARED_FIXES } from './rules/context';
export { analyzeDocument, analyzeFiles, analyzeText, isSuseFile, MAX_FINDINGS } from './analyze';
export { didYouMean, distance, fastDistance } from './util/similar';
export type { SourceFile } from './analyze';
export { fixAll } from './fixAll';
export { formatBondSummary, summarizeBonds } from './summary/bonds';
export type { BondSummary, FindingSummary, Place, PortSummary } from './summary/bonds';
export type { FixAllResult } from './fixAll';

// Migration preview: ifcfg profiles into the keyfiles NetworkManager would write.
export * from './migrate';
export { keyfileNameCandidates } from './migrate/keyfileText';
export { legacyUuid } from './migrate/md5';
