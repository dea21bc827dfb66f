// The command registry, in the order `diglot --help` lists them: each command's name and summary as
// static data, and its module loaded only when it runs. `diglot --help` loads no command at all, and
// `diglot segment` does not pay for the glossary lexicon or the XML layer. (A test keeps each summary
// equal to the one its module declares.)
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'init', summary: 'start a new project: pipeline/edition.yaml, locales/, glossary/ (with --example: a first article)', load: async () => (await import('./init.js')).initCommand },
  { name: 'sync', summary: 'rewrite the English resources to match the current German (never deletes a translation)', load: async () => (await import('./sync.js')).syncCommand },
  { name: 'build', summary: 'build the parallel edition (HTML, Markdown, JSON, coverage, exports) from pipeline/edition.yaml', load: async () => (await import('./build.js')).buildCommand },
  { name: 'serve', summary: 'preview the edition: build, rebuild on save and serve outDir on 127.0.0.1 with live reload', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'coverage', summary: 'report translation coverage (per document and section); gate CI with --min, --min-document, --fail-on', load: async () => (await import('./coverage.js')).coverageCommand },
  { name: 'check', summary: 'QA the translation: numbers, dates, quotes, placeholders, untranslated, consistency, glossary terms', load: async () => (await import('./check.js')).checkCommand },
  { name: 'export', summary: 'export aligned units as TMX / XLIFF 2.1 / XLIFF 1.2 / PO, or the glossary as TBX', load: async () => (await import('./export.js')).exportCommand },
  { name: 'import', summary: 'read a translated TMX/XLIFF/PO file back into the English resources (through sync)', load: async () => (await import('./import.js')).importCommand },
  { name: 'segment', summary: 'split German (or English) text into sentences with exact offsets', load: async () => (await import('./segment.js')).segmentCommand },
  { name: 'terms', summary: 'find glossary terms in German text (inflection, compounds, ß/ss)', load: async () => (await import('./terms.js')).termsCommand },
  { name: 'lookup', summary: 'look up a term (German in any form, English, typo-tolerant) with its occurrences', load: async () => (await import('./lookup.js')).lookupCommand },
  { name: 'glossary', summary: 'validate glossary files; export them as TBX/CSV/YAML; import TBX or CSV; mine candidate entries', load: async () => (await import('./glossary.js')).glossaryCommand },
  { name: 'align', summary: 'align a German text with its separately published English (explained, scored pairs)', load: async () => (await import('./align.js')).alignCommand },
  { name: 'review', summary: 'review the sentences that need a decision (missing, stale, fuzzy, aligned, imported, from memory): in a terminal, or --list / --accept', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'waive', summary: 'record a reviewed waiver for a QA or term finding in a glossary file', load: async () => (await import('./waive.js')).waiveCommand },
];

/** The registry entry for `name`, if there is such a command. */
export function findCommand(name: string): CommandEntry | undefined {
  return commands.find((c) => c.name === name);
}
