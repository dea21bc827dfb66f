// The rule catalogue: every rule id diglot reports, with its default severity, the stage that
// reports it, whether an error of it makes the inputs unusable (the command stops, exit 2), whether a
// reviewed waiver may cover it, and what it means and what to do. One typed table: `RuleId` is its
// key set, so a diagnostic cannot carry an unknown id; README's Messages table and SARIF's rule list
// are generated from it (tests/model/rules.test.ts keeps both in step).
import type { Severity } from './diagnostic.js';

export interface RuleSpec {
  /** The default (most serious) severity. */
  severity: Severity;
  /** When one id is reported at several severities (e.g. a warning for a proposed glossary entry). */
  severities?: readonly Severity[];
  /** The stage that reports it. */
  stage: string;
  /** An error of this rule means an input cannot be used: the command stops (exit 2), nothing is written. */
  fatal?: true;
  /** A reviewed waiver (glossary `waivers:`) may cover its findings. */
  waivable?: true;
  /** What it means, and after `→` what to do (Markdown). */
  description: string;
}

export const RULES = {
  'config-missing': { severity: 'error', stage: 'config', fatal: true, description: 'no `pipeline/edition.yaml` here or above (not a project → `diglot init`), or the `--config` file cannot be read' },
  'config-invalid-yaml': { severity: 'error', stage: 'config', fatal: true, description: '`pipeline/edition.yaml` is not valid YAML → fix it at the position shown' },
  'config-unknown-key': { severity: 'error', stage: 'config', fatal: true, description: 'a key the schema does not know (typo) → see *Data formats*' },
  'config-invalid': { severity: 'error', stage: 'config', fatal: true, description: 'a value of the wrong type or not allowed (e.g. `outputs: [pdf]`)' },
  'config-missing-sources': { severity: 'error', stage: 'config', fatal: true, description: 'no `sources:` list' },
  'config-missing-rules': { severity: 'error', stage: 'config', fatal: true, description: '`segment.rules` names an SRX file that cannot be read' },
  'source-not-found': { severity: 'error', stage: 'project', fatal: true, description: 'a `sources` pattern matches no file (in a new project: no article yet → write `locales/de/<slug>.md`)' },
  'config-outdir-overlaps': { severity: 'error', stage: 'config', fatal: true, description: '`outDir` is, contains or lies inside a source (or its folder), the locales folder, a glossary (or its folder), the run definition or the SRX rules — also through symlinks — or a `sources` pattern would read its outputs back (e.g. `**/*.md` with `md` outputs) → give outDir a folder of its own' },
  'config-path-outside-project': { severity: 'error', stage: 'config', fatal: true, description: 'a `sources` or `glossaries` pattern points outside the project (absolute or `../`) → keep inputs inside the project folder' },
  'source-outside-project': { severity: 'error', stage: 'project', fatal: true, description: 'a file matched by `sources` or `glossaries` is a symlink to a file outside the project; it is not read' },
  'source-invalid-slug': { severity: 'error', stage: 'project', fatal: true, description: 'the slug taken from the file name (no `slug:` in the front matter) is not a safe slug → add `slug:` (the hint suggests one) or rename the file' },
  'output-unwritable': { severity: 'error', stage: 'write', description: 'an output file (outDir, `--out`, a locale file) cannot be written; nothing is written → check the directory and its permissions' },
  'output-path-unsafe': { severity: 'error', stage: 'write', description: 'a file diglot would write leaves its folder: traversal, an absolute name, a separator, a name over 255 bytes or a path over 4096, or a symlink leading outside the project; nothing is written' },
  'output-interrupted': { severity: 'error', stage: 'write', description: 'a write failed after its set was committed; the message says how many changes are in place, and the next run completes the rest' },
  'output-recovered': { severity: 'info', stage: 'write', description: 'an earlier run was killed mid-write: its set was completed (it had been committed) or rolled back (it had not)' },
  'output-journal-invalid': { severity: 'warning', stage: 'write', description: 'a write journal that cannot be used (malformed, or naming files outside the project), or one of a diglot on another host that may still run: left alone' },
  'output-journal-pending': { severity: 'warning', stage: 'write', description: 'a write journal that cannot be used (malformed, or naming files outside the project), or one of a diglot on another host that may still run: left alone' },
  'output-manifest-invalid': { severity: 'warning', stage: 'write', description: '`dist/.diglot-manifest.json` is not a manifest: outputs of removed articles are not cleaned up this time' },
  'output-stale-kept': { severity: 'info', stage: 'write', description: 'an output an earlier build wrote, which this build no longer makes, was changed since: kept' },
  'export-out-overlaps': { severity: 'error', stage: 'export', description: '`export --out DIR` names a folder that overlaps the inputs (as `config-outdir-overlaps`)' },
  'input-not-utf8': { severity: 'error', stage: 'input', fatal: true, description: 'a file diglot reads (source, resource, archive, sidecar, glossary, run definition, import, a file named on the command line) is not valid UTF-8; the first bad byte\'s position is given; nothing is read from it or written → save it as UTF-8 (a BOM is allowed). A translation memory is skipped with a warning' },
  'input-too-large': { severity: 'error', stage: 'input', fatal: true, description: 'a file above the size limit (see [Input limits and encodings](#input-limits-and-encodings))' },
  'source-duplicate-slug': { severity: 'error', stage: 'project', fatal: true, description: 'two documents share a slug → give each a unique `slug:`' },
  'frontmatter-invalid-yaml': { severity: 'error', stage: 'markdown', fatal: true, description: 'the front matter is not valid YAML' },
  'frontmatter-not-a-map': { severity: 'error', stage: 'markdown', fatal: true, description: 'the front matter is not a map of keys' },
  'frontmatter-invalid-slug': { severity: 'error', stage: 'markdown', fatal: true, description: '`slug:` is not a safe slug (1–80 characters of `a–z`, `0–9`, `-`, `_`, starting with a letter or digit; no Windows device name) → use the slug the hint suggests' },
  'frontmatter-title-not-literal': { severity: 'warning', stage: 'markdown', description: 'the title uses YAML escapes or folding, so it has no exact offsets and is not translated' },
  'frontmatter-unknown-key': { severity: 'info', stage: 'markdown', description: 'a front-matter key diglot does not use (kept)' },
  'markdown-unknown-directive': { severity: 'warning', stage: 'markdown', description: 'a `:::name` other than `caption` / `summary` (content treated as text)' },
  'markdown-too-deep': { severity: 'error', stage: 'markdown', description: 'block quotes / lists / `:::` directives nested deeper than 32, a run of more than 256 `*` `_` `~` or backticks, or elements nested deeper than 128 (see [Input limits and encodings](#input-limits-and-encodings))' },
  'segment-unbalanced-quote': { severity: 'warning', stage: 'segment', description: 'an opening quotation mark without its partner in the block' },
  'segment-bad-input-line': { severity: 'error', stage: 'segment', description: 'a batch-mode input line is not `{"text": "…"}`' },
  'input-unreadable': { severity: 'error', stage: 'segment', fatal: true, description: 'the input file cannot be read' },
  'srx-xml-error': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-not-srx': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-version': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-missing-attribute': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-unknown-element': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-rule-outside-language-rule': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-duplicate-language-rule': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-unknown-language-rule': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-invalid-language-pattern': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-invalid-regex': { severity: 'error', stage: 'segment', description: 'the SRX file is malformed or uses what JavaScript regexes cannot express (position given)' },
  'srx-regex-approximation': { severity: 'warning', stage: 'segment', description: 'a Java regex construct translated approximately' },
  'srx-no-language-match': { severity: 'warning', stage: 'segment', description: 'no language map of the SRX file matches the text\'s language' },
  'resource-invalid-json': { severity: 'error', stage: 'match', fatal: true, description: 'a resource is not valid JSON (position given); nothing is read from it' },
  'resource-not-an-object': { severity: 'error', stage: 'match', fatal: true, description: 'a resource must be a flat object of strings (or `null`)' },
  'resource-non-string-value': { severity: 'error', stage: 'match', fatal: true, description: 'a resource must be a flat object of strings (or `null`)' },
  'resource-duplicate-key': { severity: 'warning', stage: 'match', description: 'A key occurs twice in a resource; i18next reads only the last value.' },
  'empty-target': { severity: 'error', stage: 'match', description: 'A resource value is "" or blank: i18next shows an empty string by default (null marks untranslated) → write `null` or the English (`sync` does)' },
  'orphans-invalid-json': { severity: 'error', stage: 'match', description: 'The orphans archive is not valid JSON (diglot neither reads nor overwrites it).' },
  'orphans-invalid': { severity: 'error', stage: 'match', description: 'The orphans archive is JSON but not in the diglot-orphans/1 format.' },
  'sidecar-invalid-json': { severity: 'error', stage: 'match', description: 'The sidecar is not valid JSON (diglot neither reads nor overwrites it).' },
  'sidecar-invalid': { severity: 'error', stage: 'match', description: 'The sidecar is JSON but not in the diglot-sidecar/1 format.' },
  'resource-unreadable': { severity: 'error', stage: 'match', fatal: true, description: 'a locale file exists but cannot be read (a directory, no permission); diglot will not overwrite it' },
  'orphans-unreadable': { severity: 'error', stage: 'match', description: 'a locale file exists but cannot be read (a directory, no permission); diglot will not overwrite it' },
  'sidecar-unreadable': { severity: 'error', stage: 'match', description: 'a locale file exists but cannot be read (a directory, no permission); diglot will not overwrite it' },
  'locale-layout-migrate': { severity: 'info', stage: 'match', description: 'an orphans archive or sidecar is still in the old layout, beside the resource in the i18next namespace folder; it is read there, and the next command that writes the document\'s locale files (`sync`, `import`, `align --write-locale`, `review`) moves it to `.diglot/locales/` → run `diglot sync` and commit the move' },
  'locale-layout-migrated': { severity: 'info', stage: 'sync', description: 'an old-layout orphans archive or sidecar was moved to `.diglot/locales/` (merged with the one there, if any) in the same atomic write as the rest' },
  'locale-layout-conflict': { severity: 'error', stage: 'match', description: 'a sidecar exists in both layouts (e.g. a branch from before the move was merged) and the two give different entries for one key, both for the English the resource holds; nothing is written until one is deleted → keep the right entry (`git log` shows which is newer)' },
  'memory-not-found': { severity: 'warning', stage: 'match', description: 'A translation-memory path of match.memory does not exist.' },
  'memory-invalid-json': { severity: 'warning', stage: 'match', description: 'A translation-memory resource (match.memory, --memory) is not valid JSON: it is skipped → fix it, or drop it from the memory' },
  'memory-not-an-object': { severity: 'warning', stage: 'match', description: 'A translation-memory resource is JSON but not a flat object of German → English: it is skipped' },
  'memory-non-string-value': { severity: 'warning', stage: 'match', description: 'A translation-memory resource has a value that is not a string: that entry is skipped' },
  'memory-duplicate-key': { severity: 'warning', stage: 'match', description: 'A translation-memory resource has a key twice: only the last value is used' },
  'resource-missing': { severity: 'warning', stage: 'match', description: 'an article has no English resource: one message with the expected path and any resource that looks like the article\'s (its sidecar names it, its keys are the article\'s sentences, its name is close to the slug: a slug change) → rename that file back, or run `sync`' },
  'translation-missing': { severity: 'warning', stage: 'match', description: 'No English for a German segment → replace its null in the resource, or run `sync` to add the key' },
  'translation-stale': { severity: 'warning', stage: 'match', description: 'The German was edited after translation: only an older translation of a similar sentence exists.' },
  'translation-fuzzy': { severity: 'warning', stage: 'match', description: 'No English, but a similar sentence elsewhere (memory) is translated.' },
  'translation-in-memory': { severity: 'warning', stage: 'match', description: 'No English, but the identical German is translated in another article of the project (a 100 % match, offered with that article; match.leverage: fill uses it) → copy it under this key, or set `match.leverage: fill`' },
  'translation-from-memory': { severity: 'info', stage: 'match', description: 'match.leverage: fill took the English of the identical German from another article (provenance memory); review it → review it' },
  'translation-unused': { severity: 'warning', stage: 'match', description: 'A resource entry matches no German segment (run diglot sync to archive it) → `sync` archives it (never deletes it)' },
  'source-edited': { severity: 'warning', stage: 'sync', description: 'the sidecar recorded a different German source for this translation' },
  'sync-conflict': { severity: 'error', stage: 'sync', description: 'An incoming translation and the local one both changed since the export → `--prefer file|local`' },
  'build-concurrent-edit': { severity: 'error', stage: 'build', fatal: true, description: 'a source, its locale files or the build cache changed while diglot build ran (each read twice: an article built again, its findings read back); nothing was written (a cache entry changed between writing the edition and reading its findings back: the edition stands) → run it again' },
  'sync-concurrent-edit': { severity: 'error', stage: 'sync', description: 'A locale file changed while diglot sync ran; nothing was written → run it again' },
  'sync-locked': { severity: 'error', stage: 'sync', description: 'Another diglot holds the lock on the document\'s locale files.' },
  'sync-lock-broken': { severity: 'info', stage: 'sync', description: 'a lock left by a diglot that is no longer running (same host) was removed' },
  'sync-lock-failed': { severity: 'error', stage: 'sync', description: 'the lock file cannot be created (permissions, a missing folder, a full disk); nothing written' },
  'glossary-yaml-syntax': { severity: 'error', stage: 'glossary', fatal: true, description: 'the glossary is not valid YAML' },
  'glossary-unknown-key': { severity: 'error', stage: 'glossary', fatal: true, description: 'a key the schema does not know (at the key)' },
  'glossary-missing-terms': { severity: 'error', stage: 'glossary', fatal: true, description: 'a required field is missing or empty' },
  'glossary-missing-de': { severity: 'error', stage: 'glossary', fatal: true, description: 'a required field is missing or empty' },
  'glossary-missing-en': { severity: 'error', stage: 'glossary', fatal: true, description: 'a required field is missing or empty' },
  'glossary-invalid-value': { severity: 'error', stage: 'glossary', fatal: true, description: 'a wrong type or value; an incomplete waiver (neither `term` nor `rule`, no `unit`/`de`/`document`), a rule that cannot be waived, a term rule without `term` or a QA rule with it' },
  'glossary-invalid-waiver': { severity: 'error', stage: 'glossary', fatal: true, description: 'a wrong type or value; an incomplete waiver (neither `term` nor `rule`, no `unit`/`de`/`document`), a rule that cannot be waived, a term rule without `term` or a QA rule with it' },
  'glossary-duplicate-term': { severity: 'error', stage: 'glossary', fatal: true, description: 'the same German twice in a file (ß/ss and case folded)' },
  'glossary-conflict': { severity: 'error', stage: 'glossary', fatal: true, description: 'the same German with different English in two files (both `file:line:col` given)' },
  'glossary-forbidden-approved': { severity: 'error', stage: 'glossary', fatal: true, description: 'a rendering is both approved and forbidden' },
  'glossary-variant-conflict': { severity: 'warning', stage: 'glossary', description: 'a variant of one entry is another entry' },
  'glossary-unreadable': { severity: 'error', stage: 'glossary', fatal: true, description: 'a glossary file cannot be read' },
  'glossary-csv-header': { severity: 'error', severities: ['error', 'warning', 'info'], stage: 'glossary', fatal: true, description: 'CSV import: no `de`/`en` column, ignored column, one English for two German terms, several senses in a cell' },
  'glossary-csv-unknown-column': { severity: 'error', severities: ['error', 'warning', 'info'], stage: 'glossary', fatal: true, description: 'CSV import: no `de`/`en` column, ignored column, one English for two German terms, several senses in a cell' },
  'glossary-csv-conflict': { severity: 'error', severities: ['error', 'warning', 'info'], stage: 'glossary', fatal: true, description: 'CSV import: no `de`/`en` column, ignored column, one English for two German terms, several senses in a cell' },
  'glossary-csv-suspicious': { severity: 'error', severities: ['error', 'warning', 'info'], stage: 'glossary', fatal: true, description: 'CSV import: no `de`/`en` column, ignored column, one English for two German terms, several senses in a cell' },
  'lookup-query-too-long': { severity: 'error', stage: 'glossary', description: 'a `diglot lookup` query longer than 1,000 characters (see [Input limits and encodings](#input-limits-and-encodings))' },
  'terms-invalid-input': { severity: 'error', stage: 'glossary', description: 'a `terms` batch line is not `{"text": …}`; the input cannot be read' },
  'terms-unreadable': { severity: 'error', stage: 'glossary', description: 'a `terms` batch line is not `{"text": …}`; the input cannot be read' },
  'term-missing-in-target': { severity: 'error', severities: ['error', 'warning'], stage: 'glossary', waivable: true, description: 'An occurrence of a glossary term in the German has no approved English rendering in the English (counted per occurrence; a warning for entries with status: proposed) → use it, or record a waiver' },
  'term-forbidden': { severity: 'error', stage: 'glossary', waivable: true, description: 'The English uses a rendering the glossary forbids.' },
  'waiver-unused': { severity: 'warning', stage: 'glossary', description: 'A waiver in a glossary file (term QA or a QA check) matches no finding (the unit or German changed, or the English was fixed) → update or delete it' },
  'glossary-export-dropped': { severity: 'warning', stage: 'glossary', description: '`glossary export --format csv|tbx` cannot carry the waivers (CSV: nor `name`/`description`) → export YAML to keep them' },
  'waive-unknown-term': { severity: 'error', stage: 'waive', description: 'no entry has that German (a near match is suggested); the term is defined in several files → `--glossary FILE`' },
  'waive-ambiguous-term': { severity: 'error', stage: 'waive', description: 'no entry has that German (a near match is suggested); the term is defined in several files → `--glossary FILE`' },
  'waive-unknown-glossary': { severity: 'error', stage: 'waive', description: '`--glossary FILE` is not one of the project\'s glossary files (a waiver there would never be read); the project has no glossary file to keep a QA waiver in → add one (`terms: []` is enough)' },
  'waive-no-glossary': { severity: 'error', stage: 'waive', description: '`--glossary FILE` is not one of the project\'s glossary files (a waiver there would never be read); the project has no glossary file to keep a QA waiver in → add one (`terms: []` is enough)' },
  'waive-unknown-unit': { severity: 'error', stage: 'waive', description: 'the unit or document does not exist; the waiver would cover no current finding (nothing is written)' },
  'waive-unknown-document': { severity: 'error', stage: 'waive', description: 'the unit or document does not exist; the waiver would cover no current finding (nothing is written)' },
  'waive-no-finding': { severity: 'error', stage: 'waive', description: 'the unit or document does not exist; the waiver would cover no current finding (nothing is written)' },
  'waive-unsupported-layout': { severity: 'error', stage: 'waive', description: 'the glossary is a flow-style map or `waivers:` is not a list; the file changed while `waive` ran (nothing written)' },
  'waive-concurrent-edit': { severity: 'error', stage: 'waive', description: 'the glossary is a flow-style map or `waivers:` is not a list; the file changed while `waive` ran (nothing written)' },
  'review-needs-terminal': { severity: 'error', stage: 'review', description: '`diglot review` without a terminal on stdin and stdout → `diglot review --list [--format json]` and `--accept ID… --by NAME`' },
  'review-unknown-unit': { severity: 'error', stage: 'review', description: '`--accept` names no unit of the project (the closest ids are suggested), or an id several articles share → `SLUG:ID`' },
  'review-ambiguous-unit': { severity: 'error', stage: 'review', description: '`--accept` names no unit of the project (the closest ids are suggested), or an id several articles share → `SLUG:ID`' },
  'review-nothing-to-accept': { severity: 'error', stage: 'review', description: '`--accept` of a sentence with neither English nor a suggestion → translate it (or type it in `diglot review`)' },
  'review-accept-has-errors': { severity: 'error', stage: 'review', description: '`--accept` of English with a QA error → correct it, waive the finding, or `--force`; nothing written' },
  'review-already-reviewed': { severity: 'info', stage: 'review', description: '`--accept` of a unit that is already reviewed: left as it is' },
  'review-concurrent-edit': { severity: 'error', stage: 'review', description: 'the English changed (an editor, an import) since the review read it; the decision is not written, the other edit kept → review again' },
  'mine-invalid-input': { severity: 'error', stage: 'mine', description: 'a `--pairs` file is not `diglot align --format json` output with `deText`/`enText`, or cannot be read' },
  'mine-unreadable': { severity: 'error', stage: 'mine', description: 'a `--pairs` file is not `diglot align --format json` output with `deText`/`enText`, or cannot be read' },
  'number-mismatch': { severity: 'error', stage: 'check', waivable: true, description: 'A number, date, time or decade of the German is missing from the English, or the English has one the German lacks (format differences like 1.000 ↔ 1,000 are understood).' },
  'number-word-mismatch': { severity: 'error', stage: 'check', waivable: true, description: 'A number written as a word changed: "zwei" rendered "three", "einem Monat" rendered "two months" ("ein" counts only before a unit: Tag, Monat, Jahr, Mal …) → "three", "einem Monat" → "two months") → check the number' },
  'entity-mismatch': { severity: 'error', stage: 'check', waivable: true, description: 'The German and the English name different people, places or organisations ("Scholz … Berlin" rendered "Merkel … Paris"); exonyms (Moskau → Moscow) and glossary names are understood → "Merkel … Paris") → check the names' },
  'entity-missing': { severity: 'warning', stage: 'check', waivable: true, description: 'A country or city of the German (from the exonym list) is not named in the English → check the sentence, or waive a deliberate gloss' },
  'entity-extra': { severity: 'warning', stage: 'check', waivable: true, description: 'The English names a country or city (from the exonym list) that the German does not → check the sentence, or waive a deliberate gloss' },
  'number-format': { severity: 'warning', stage: 'check', waivable: true, description: 'The English writes a number or date the German way (1.000.000, 3,5, 24. February, 1\'000).' },
  'quote-parity': { severity: 'warning', stage: 'check', waivable: true, description: 'German and English contain a different number of quotations («…»/„…“ ↔ “…”/‘…’).' },
  'quote-style': { severity: 'warning', stage: 'check', waivable: true, description: 'The English uses German or Swiss quotation marks (« » „ ‹ › ‚).' },
  'placeholder-mismatch': { severity: 'error', stage: 'check', waivable: true, description: 'The English lacks an inline-markup placeholder of the German (<1>…</1>, <2/>), has an extra one, nests them wrongly, or adds i18next syntax ({{…}}, $t(…)).' },
  'markup-in-target': { severity: 'warning', stage: 'check', waivable: true, description: 'The English contains raw Markdown (**, _, [text](url), `code`) instead of the placeholders.' },
  'untranslated': { severity: 'warning', stage: 'check', waivable: true, description: 'The English equals the German for running text (names, credits, all-caps words and numbers may stay identical).' },
  'inconsistent-translation': { severity: 'warning', stage: 'check', waivable: true, description: 'The same German is translated differently elsewhere in the project.' },
  'whitespace-mismatch': { severity: 'warning', stage: 'check', waivable: true, description: 'The English has leading or trailing whitespace, a line break, or a double space.' },
  'punctuation-mismatch': { severity: 'warning', stage: 'check', waivable: true, description: 'The German and English end differently (. ? ! : ; … or none), quotes and brackets aside.' },
  'require-translated': { severity: 'error', stage: 'require', description: '--require translated: a unit has no English from an exact entry.' },
  'require-reviewed': { severity: 'error', stage: 'require', description: '--require reviewed: a unit is not marked reviewed in the sidecar.' },
  'require-human': { severity: 'error', stage: 'require', description: '--require human: a unit\'s English is not curated or imported from a translator (e.g. machine-aligned and not reviewed).' },
  'xml-malformed': { severity: 'error', stage: 'interchange', description: 'not well-formed XML (position given); a DTD declaring entities (refused: XXE protection)' },
  'xml-entity-declaration': { severity: 'error', stage: 'interchange', description: 'not well-formed XML (position given); a DTD declaring entities (refused: XXE protection)' },
  'xml-encoding': { severity: 'error', stage: 'interchange', description: 'an XML file (import, TBX, memory, SRX) in an encoding diglot cannot decode (UTF-32, an unknown label, UTF-16 declared over 8-bit bytes, bytes invalid in the declared encoding); the message names it → save it as UTF-8' },
  'xml-too-deep': { severity: 'error', stage: 'interchange', description: 'XML nested deeper than 256 elements, or above the size limits (see [Input limits and encodings](#input-limits-and-encodings))' },
  'xml-too-large': { severity: 'error', stage: 'interchange', description: 'XML nested deeper than 256 elements, or above the size limits (see [Input limits and encodings](#input-limits-and-encodings))' },
  'interchange-invalid-char': { severity: 'error', stage: 'interchange', description: 'text XML 1.0 cannot carry (TMX, XLIFF 1.2, TBX)' },
  'interchange-unknown-format': { severity: 'error', stage: 'interchange', description: 'neither TMX nor XLIFF; a file in another source language' },
  'source-language': { severity: 'error', stage: 'interchange', description: 'neither TMX nor XLIFF; a file in another source language' },
  'xliff-invalid': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-structure': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-attribute': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-id': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-reference': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-inline': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-editing-hints': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-order': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-lang': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-fragment': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff-module': { severity: 'error', stage: 'interchange', description: 'XLIFF 2 grammar or processing-requirement violations' },
  'xliff12-structure': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'structural problems of XLIFF 1.2 and TMX files' },
  'tmx-structure': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'structural problems of XLIFF 1.2 and TMX files' },
  'tmx-no-source': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'structural problems of XLIFF 1.2 and TMX files' },
  'tbx-structure': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'TBX root, an incomplete concept, a TBX-Basic rule' },
  'tbx-entry-incomplete': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'TBX root, an incomplete concept, a TBX-Basic rule' },
  'tbx-basic': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'TBX root, an incomplete concept, a TBX-Basic rule' },
  'import-unreadable': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'the file cannot be read; a target\'s placeholders differ from its source; a source twice' },
  'import-placeholder-mismatch': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'the file cannot be read; a target\'s placeholders differ from its source; a source twice' },
  'import-duplicate-source': { severity: 'error', severities: ['error', 'warning'], stage: 'interchange', description: 'the file cannot be read; a target\'s placeholders differ from its source; a source twice' },
  'import-language-mismatch': { severity: 'warning', stage: 'interchange', description: 'the file\'s header (TMX `srclang`, XLIFF `source-language`/`target-language`/`srcLang`/`trgLang`, PO `Language`) or a `<tuv>` names another language than the project\'s → nothing to do if the file really is German → English: the project\'s languages are used, nothing is swapped' },
  'import-paragraph-split': { severity: 'warning', stage: 'interchange', description: 'the aligner paired no German sentence with some English of a paragraph-level target → check the suggestions shown' },
  'po-malformed': { severity: 'error', stage: 'interchange', description: 'not a valid PO file (what `msgfmt` refuses: an unterminated string, a duplicate msgid, wrong plural counts), with its line → fix it, check with `msgfmt --check-format`' },
  'po-plural': { severity: 'warning', stage: 'interchange', description: 'a PO entry with plural forms: diglot\'s sentences have none, so it is not read' },
  'align-unreadable': { severity: 'error', stage: 'align', description: 'an input is missing or unreadable; `--freedict` without FreeDict installed' },
  'align-no-freedict': { severity: 'error', stage: 'align', description: 'an input is missing or unreadable; `--freedict` without FreeDict installed' },
  'init-gitignore-hides-store': { severity: 'warning', stage: 'init', description: 'the existing `.gitignore` ignores `.diglot/` (or `.diglot/locales/`), where the sidecars and orphans archives live: project data git must keep → ignore only `.diglot/cache/`' },
  'init-file-exists': { severity: 'error', stage: 'init', description: '`diglot init` would overwrite a file (each one named; nothing is written), or DIR is a file' },
  'index-slug-clash': { severity: 'error', stage: 'render', description: 'an article\'s slug is `index` while `outputs` lists `index` and `html` or `json`: its page would take the index\'s `index.html` / `index.json` → give it another `slug:`' },
  'serve-port-in-use': { severity: 'error', stage: 'serve', description: '`diglot serve`: another program listens on the port → stop it, or `--port N` (the hint names the next one; `--port 0` picks a free one)' },
  'serve-listen-failed': { severity: 'error', stage: 'serve', description: '`diglot serve` cannot listen on `--host`/`--port` (a port below 1024 without privileges, an address this machine does not have) → the default `--host 127.0.0.1` and a port from 1024' },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

const specs: Readonly<Record<string, RuleSpec>> = RULES;

/** Is `id` a rule of the catalogue? */
export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(specs, id);
}

/** The catalogue entry of a rule. */
export function ruleSpec(id: RuleId): RuleSpec {
  return specs[id];
}

/** An error of this rule stops the command (the inputs cannot be used). */
export function isFatal(id: RuleId): boolean {
  return specs[id].fatal === true;
}

/** A reviewed waiver may cover findings of this rule (term QA and the QA checks). */
export function isWaivable(id: string): boolean {
  return isRuleId(id) && specs[id].waivable === true;
}

/** Every rule id, in catalogue order (grouped by stage). */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
