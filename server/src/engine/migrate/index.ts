// Public surface of the migration preview.
export { convertIfcfg, defaultNmPath, NETWORK_SCRIPTS } from './fromIfcfg';
export type { MigrateOptions, NmType, ProfileConversion } from './fromIfcfg';
export { companionsOf, migrateSystem, profileGroup } from './group';
export type { KeyfileOutput } from './group';
export { keyfileName, writeKeyfile } from './keyfileText';
export type { MigrationNote, NoteKind } from './notes';
export { readinessOf, readinessSummary } from './readiness';
export { hookScriptMessages } from './readinessCheck';
export type { Readiness, ReadinessItem } from './readiness';
