// Segmentation: plain text and Markdown documents → sentences with exact offsets, keys and ids;
// SRX-style rules (built-in German and English, or imported from SRX files).
export { segmentText, segmentTextDetailed, type TextSegmentation } from './segment-text.js';
export { segmentDocument, slugFromPath, type SegmentDocumentResult, type SourceFile } from './segment-document.js';
export { segmentPlainDocument } from './segment-plain-document.js';
export { segmentKey, normalizeKeyText } from './segment-key.js';
export { restoreMarkup } from './restore-markup.js';
export { tokenizeKey, tokenText, joinTokens, type InlineToken } from './placeholders.js';
export { assignSegmentIds, hashText } from './segment-id.js';
export { loadSrx, type SrxLoadResult } from './srx/load-srx.js';
export { BUILTIN_RULES } from './lang/builtin.js';
export { rulesForLanguage } from './compile-rules.js';
export type { LanguageMap, LanguageRule, LineBreakPolicy, RuleSet, SegmentOptions, SegRule, TextSpan } from './types.js';
