// The aligner's public API: segment lists or structured documents in, explained alignment pairs out.
export type { AlignmentPair, AlignOptions, AlignDoc, AlignBlock, LexiconSource } from './types.js';
export { alignSegments, DEFAULT_REVIEW_THRESHOLD, type AlignInternals } from './align-segments.js';
export { alignStructured } from './structured.js';
export { readMarkdownSide, plainDoc, type MarkdownSide } from './markdown-input.js';
export { planLocaleUpdates, type LocaleUpdatePlan } from './locale-updates.js';
export { openFreedict } from './freedict.js';
export { formatJson, formatText, formatMarkdown, formatHtml, summarizePairs, type PairTexts, type FormatOptions } from './format-pairs.js';
