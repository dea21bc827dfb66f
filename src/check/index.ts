// QA checks over aligned units: numbers and dates, number words, names (entity parity), quotations,
// placeholders and markup, untranslated and inconsistent English, whitespace and punctuation, with
// reviewed waivers applied; rule table (and which rules are waivable); --require.
export { checkDocument, checkProject, checkWaiverContext, indexTranslations, type CheckContext } from './check-document.js';
export { englishKey, indexRenderings, listRenderings, RenderingIndex, type TranslationLookup, type Rendering, type RenderingRow } from './rendering-index.js';
export { checkUnit, checkNumbers, checkQuotes, checkPlaceholders, checkUntranslated, checkWhitespace, checkPunctuation, finalMark, type Finding } from './unit-checks.js';
export { germanNumbers, englishNumbers, germanFormatsInEnglish, type NumberMention } from './numbers.js';
export { checkNumberWords } from './number-words.js';
export { checkEntities } from './entity-parity.js';
export { createNameTable, readPlaceNames, type NameTable, type NameTableInput } from './name-table.js';
export { requireStatus, REQUIRE_LEVELS, type RequireLevel } from './require-status.js';
export { RULES, ruleInfo, WAIVABLE_RULES, isWaivable, type RuleInfo } from './rules.js';
