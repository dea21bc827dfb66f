// The rule ids diglot check reports (its own QA rules and those of the stages it prints), with
// default severity and a one-line description: the README table and SARIF's rule list come from here;
// and which of them a reviewed waiver may cover.
import type { Severity } from '../model/diagnostic.js';
import { TERM_RULES } from '../glossary/waivers.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** What the rule finds, in one sentence. */
  description: string;
  /** Stage that reports it. */
  source: 'check' | 'match' | 'glossary' | 'sync' | 'require';
}

export const RULES: readonly RuleInfo[] = [
  { id: 'number-mismatch', severity: 'error', source: 'check', description: 'A number, date, time or decade of the German is missing from the English, or the English has one the German lacks (format differences like 1.000 ↔ 1,000 are understood).' },
  { id: 'number-word-mismatch', severity: 'error', source: 'check', description: 'A number written as a word changed: "zwei" rendered "three", "einem Monat" rendered "two months" ("ein" counts only before a unit: Tag, Monat, Jahr, Mal …).' },
  { id: 'entity-mismatch', severity: 'error', source: 'check', description: 'The German and the English name different people, places or organisations ("Scholz … Berlin" rendered "Merkel … Paris"); exonyms (Moskau → Moscow) and glossary names are understood.' },
  { id: 'entity-missing', severity: 'warning', source: 'check', description: 'A country or city of the German (from the exonym list) is not named in the English.' },
  { id: 'entity-extra', severity: 'warning', source: 'check', description: 'The English names a country or city (from the exonym list) that the German does not.' },
  { id: 'number-format', severity: 'warning', source: 'check', description: 'The English writes a number or date the German way (1.000.000, 3,5, 24. February, 1\'000).' },
  { id: 'quote-parity', severity: 'warning', source: 'check', description: 'German and English contain a different number of quotations («…»/„…“ ↔ “…”/‘…’).' },
  { id: 'quote-style', severity: 'warning', source: 'check', description: 'The English uses German or Swiss quotation marks (« » „ ‹ › ‚).' },
  { id: 'placeholder-mismatch', severity: 'error', source: 'check', description: 'The English lacks an inline-markup placeholder of the German (<1>…</1>, <2/>), has an extra one, nests them wrongly, or adds i18next syntax ({{…}}, $t(…)).' },
  { id: 'markup-in-target', severity: 'warning', source: 'check', description: 'The English contains raw Markdown (**, _, [text](url), `code`) instead of the placeholders.' },
  { id: 'untranslated', severity: 'warning', source: 'check', description: 'The English equals the German for running text (names, credits, all-caps words and numbers may stay identical).' },
  { id: 'inconsistent-translation', severity: 'warning', source: 'check', description: 'The same German is translated differently elsewhere in the project.' },
  { id: 'whitespace-mismatch', severity: 'warning', source: 'check', description: 'The English has leading or trailing whitespace, a line break, or a double space.' },
  { id: 'punctuation-mismatch', severity: 'warning', source: 'check', description: 'The German and English end differently (. ? ! : ; … or none), quotes and brackets aside.' },
  { id: 'empty-target', severity: 'error', source: 'match', description: 'A resource value is "" or blank: i18next shows an empty string by default (null marks untranslated).' },
  { id: 'translation-missing', severity: 'warning', source: 'match', description: 'No English for a German segment.' },
  { id: 'translation-stale', severity: 'warning', source: 'match', description: 'The German was edited after translation: only an older translation of a similar sentence exists.' },
  { id: 'translation-fuzzy', severity: 'warning', source: 'match', description: 'No English, but a similar sentence elsewhere (memory) is translated.' },
  { id: 'translation-in-memory', severity: 'warning', source: 'match', description: 'No English, but the identical German is translated in another article of the project (a 100 % match, offered with that article; match.leverage: fill uses it).' },
  { id: 'translation-from-memory', severity: 'info', source: 'match', description: 'match.leverage: fill took the English of the identical German from another article (provenance memory); review it.' },
  { id: 'translation-unused', severity: 'warning', source: 'match', description: 'A resource entry matches no German segment (run diglot sync to archive it).' },
  { id: 'resource-duplicate-key', severity: 'warning', source: 'match', description: 'A key occurs twice in a resource; i18next reads only the last value.' },
  { id: 'orphans-invalid-json', severity: 'error', source: 'match', description: 'The orphans archive is not valid JSON (diglot neither reads nor overwrites it).' },
  { id: 'orphans-invalid', severity: 'error', source: 'match', description: 'The orphans archive is JSON but not in the diglot-orphans/1 format.' },
  { id: 'sidecar-invalid-json', severity: 'error', source: 'match', description: 'The sidecar is not valid JSON (diglot neither reads nor overwrites it).' },
  { id: 'sidecar-invalid', severity: 'error', source: 'match', description: 'The sidecar is JSON but not in the diglot-sidecar/1 format.' },
  { id: 'memory-not-found', severity: 'warning', source: 'match', description: 'A translation-memory path of match.memory does not exist.' },
  { id: 'term-missing-in-target', severity: 'error', source: 'glossary', description: 'An occurrence of a glossary term in the German has no approved English rendering in the English (counted per occurrence; a warning for entries with status: proposed).' },
  { id: 'term-forbidden', severity: 'error', source: 'glossary', description: 'The English uses a rendering the glossary forbids.' },
  { id: 'waiver-unused', severity: 'warning', source: 'glossary', description: 'A waiver in a glossary file (term QA or a QA check) matches no finding (the unit or German changed, or the English was fixed).' },
  { id: 'require-translated', severity: 'error', source: 'require', description: '--require translated: a unit has no English from an exact entry.' },
  { id: 'require-reviewed', severity: 'error', source: 'require', description: '--require reviewed: a unit is not marked reviewed in the sidecar.' },
  { id: 'require-human', severity: 'error', source: 'require', description: '--require human: a unit\'s English is not curated or imported from a translator (e.g. machine-aligned and not reviewed).' },
  { id: 'sync-conflict', severity: 'error', source: 'sync', description: 'An incoming translation and the local one both changed since the export.' },
  { id: 'sync-concurrent-edit', severity: 'error', source: 'sync', description: 'A locale file changed while diglot sync ran; nothing was written.' },
  { id: 'sync-locked', severity: 'error', source: 'sync', description: 'Another diglot holds the lock on the document\'s locale files.' },
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/**
 * Rules a reviewed waiver may cover: the term-QA rules and every QA check of this folder (source
 * `check`): findings about what the English says, where a translator may be right on purpose (a
 * gloss for English readers, a figure rounded in the English). Not waivable: matching, sync and
 * --require findings, which say what state a translation is in (missing, stale, unreviewed) — a
 * waiver cannot change that; translate, sync or review instead.
 */
export const WAIVABLE_RULES: readonly string[] = [...TERM_RULES, ...RULES.filter((r) => r.source === 'check').map((r) => r.id)];

const waivable = new Set(WAIVABLE_RULES);

/** True when a waiver may cover findings of `id`. */
export function isWaivable(id: string): boolean {
  return waivable.has(id);
}

/** The rule's description and default severity (undefined for rule ids of other stages). */
export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}
