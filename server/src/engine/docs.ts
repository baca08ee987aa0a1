// The engine's documentation surface: every rule's explanation, sources and examples, and the
// pinned upstream versions. For the docs generator and the tests only; the server and the CLI
// import index.ts, so none of this prose is bundled into them.
export { DOCUMENTED_RULES } from './rules/ruleDocs';
export type { DocumentedRule } from './rules/ruleDocs';
export { bond, KF_ETH, KF_PORT, physical, seed } from './rules/meta/examples';
export { PINS, SOURCE_FILES } from './rules/meta/sources';
export { SNAPSHOT_INTRO, SNAPSHOT_NOTE, SNAPSHOT_SOURCES } from './rules/meta/snapshotSources';
export type { RuleExample } from './rules/meta/types';
