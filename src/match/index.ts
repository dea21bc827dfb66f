// The match stage: German segments ⇄ curated English (exact, stale, fuzzy), the translation
// memory index, the similarity score and word diff, and the locale file formats.
export { matchUnits, DEFAULT_THRESHOLD, type MatchResult, type MatchOptions, type ResourceEntries } from './match-units.js';
export { matchDocument, loadLocaleFiles, type DocumentMatch, type LocaleFiles, type MatchInputs } from './match-document.js';
export { buildProjectMemory, type ProjectMemory, type ArticleResource, type MemoryMatch } from './project-memory.js';
export { loadResource, parseResource, localeDirs, locateKey, resourcePath, type Resource, type ParsedResource, type ResourcePair } from './load-resource.js';
export { normalizeKey, foldWord } from './normalize-key.js';
export { similarity, tokenizeForMatch, scoreFromCost, maxCostFor, tokenCost } from './similarity.js';
export { diffWords, diffTokens } from './word-diff.js';
export { MemoryIndex, type MemoryEntry, type MemoryHit, type SearchOptions } from './memory-index.js';
export { loadMemory, type LoadedMemory } from './load-memory.js';
export { findStale, type PoolEntry, type StaleMatch } from './find-stale.js';
export {
  localePaths,
  contentHash,
  parseOrphans,
  parseSidecar,
  serializeResource,
  serializeOrphans,
  serializeSidecar,
  detectEol,
  ORPHANS_FORMAT,
  SIDECAR_FORMAT,
  type LocalePaths,
  type OrphanRecord,
  type OrphanReason,
  type Sidecar,
  type SidecarEntry,
} from './locale-files.js';
