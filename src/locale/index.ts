// The locale store: a document's i18next resource, its orphans archive and its sidecar (in the
// companion store .diglot/locales/, old-layout copies beside the resource read and moved) — paths,
// parsing, serialisation, reading (the I/O edge) and the files a new state is written as. match,
// sync, import and review all go through it; the sync writer (src/sync) applies planned files.
export { localeDirs, localePaths, resourceCandidates, isCompanionName, COMPANION_DIR, type LocalePaths } from './paths.js';
export { mergeOrphans, mergeSidecars, type SidecarMerge } from './merge-companions.js';
export { parseResource, locateKey, type Resource, type ParsedResource, type ResourcePair } from './resource.js';
export {
  contentHash,
  parseOrphans,
  parseSidecar,
  serializeResource,
  serializeOrphans,
  serializeSidecar,
  detectEol,
  ORPHANS_FORMAT,
  SIDECAR_FORMAT,
  MAX_JSON_DEPTH,
  type OrphanRecord,
  type OrphanReason,
  type Sidecar,
  type SidecarEntry,
} from './companions.js';
export { findJsonError } from './json-error.js';
export { readLocaleState, readLocaleFiles, parseLocaleFiles, type LocaleState, type LocaleLocation, type LocaleFiles, type LegacyCompanions } from './read-state.js';
export { findResourceCandidates, type ResourceCandidate } from './resource-candidates.js';
export { planLocaleFiles, type PlannedFile, type LocaleContent } from './plan-files.js';
