// The match stage: German segments ⇄ curated English (exact, stale, fuzzy, leveraged), the translation
// memory index, the similarity score and word diff. Pure: the locale files come from src/locale.
export { matchUnits, projectQuestions, DEFAULT_THRESHOLD, type MatchResult, type MatchOptions, type ResourceEntries } from './match-units.js';
export { matchDocument, type DocumentMatch, type MatchStageOptions } from './match-document.js';
export { listMemoryRows, rankRow, type ProjectMemory, type ArticleResource, type MemoryMatch, type MemoryRow } from './project-memory.js';
export { buildProjectMemory, indexMemoryRows, memoryTextStore, MemoryRowIndex, type RowTextStore } from './memory-row-index.js';
export { normalizeKey, foldWord } from './normalize-key.js';
export { similarity, tokenizeForMatch, scoreFromCost, maxCostFor, tokenCost } from './similarity.js';
export { diffWords, diffTokens } from './word-diff.js';
export { MemoryIndex, type MemoryEntry, type MemoryHit, type SearchOptions } from './memory-index.js';
export { findStale, type PoolEntry, type StaleMatch } from './find-stale.js';
