// Public surface of the engine.
export * from './types';
export { parseDocument } from './parser/document';
export type { ParsedDocument, Assignment } from './parser/document';
export { classifyFileName, isNetworkScriptsName } from './parser/fileKind';
export { analyzeDocument, analyzeFiles, analyzeText } from './analyze';
export type { SourceFile } from './analyze';
export { SystemIndex, groupByDirectory } from './model/system';
export { groupSystems, machineRootOf, machineRootOfKey, systemKeyOf } from './model/grouping';
export { machineEvidence } from './snapshot/machine';
export type { MachineEvidence, SnapshotFile } from './snapshot/machine';
export { profileOf } from './model/profile';
export { DEFAULT_SETTINGS } from './rules/context';
export type { Settings, Virtualization } from './rules/context';
export { RULES, RULE_BY_CODE, ruleHref } from './rules/registry';
export { applyEdits, fixAll, safeEdits } from './fixes/apply';
