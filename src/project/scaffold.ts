// Options of `diglot init` → the files of a new project (pure: paths relative to the new root and
// their contents; the CLI checks for existing files and writes them). The run definition carries
// comments, the glossary a schema reference editors understand, and --example a first article.
import type { OutputFile } from './render-outputs.js';

export interface ScaffoldOptions {
  /** Also create a small German article and glossary entries that fit it. */
  example: boolean;
  /** Text of diglot's glossary JSON Schema, copied into the project for editors. */
  glossarySchema: string;
}

/**
 * Lines the project's .gitignore needs (appended to an existing .gitignore when missing there).
 * Only the build cache of `.diglot/` is ignored: `.diglot/locales/` holds the sidecars (who reviewed
 * what) and the orphans archives (translations kept so none is lost), project data to commit.
 */
export const GITIGNORE_LINES = ['dist/', 'node_modules/', '.diglot-tmp-*', '.diglot/cache/'];

/** Says in a new project's .gitignore why `.diglot/` is not ignored as a whole. */
const GITIGNORE_NOTE = '# .diglot/locales/ (sidecars: reviews; orphans archives: kept translations) is project data: commit it';

/** The slug of the example article (`diglot init --example`). */
export const EXAMPLE_SLUG = 'beispiel-datenschutz';

const EDITION_YAML = `# diglot run definition. Every diglot command finds it from this directory or any directory below;
# paths in it are relative to the project root (the directory that holds pipeline/).
# Reference: diglot's README → Data formats → "The run definition".

sources:                       # the German articles: Markdown with front matter (glob patterns)
  - locales/de/*.md
sourceLanguage: de             # de-CH for Swiss orthography ("ss", «» quotes); xml:lang of exports
targetLanguage: en             # the English of <slug>.md lives in locales/en/<slug>.json (i18next JSON)
locales: locales
glossaries:
  - glossary/*.yaml            # term base, checked against glossary/schema.json
outDir: dist                   # what \`diglot build\` writes (git-ignored)
outputs: [html, md, json, coverage]   # add tmx, xliff, xliff12, tbx for translators' tools
match:
  threshold: 75                # similarity 0–100 at which an edited sentence counts as stale, not missing
# segment:
#   abbreviations: [Korr.]     # the newsroom's own abbreviations, never the end of a sentence
publish:
  incomplete: german-only      # a section not fully translated is shown in German only (or: hide, mixed)
`;

const GLOSSARY_HEADER = `# yaml-language-server: $schema=./schema.json
# The project's glossary: German terms with their approved (and forbidden) English renderings.
# diglot finds every inflected and compound form of "de" in the German, and checks that the English
# uses one of "en". Format: glossary/schema.json and diglot's README → Glossary files.
name: glossary
`;

const GLOSSARY_EMPTY = `${GLOSSARY_HEADER}terms: []
# terms:
#   - de: Bundesrat
#     en: [Federal Council]
#     note: the Swiss government (not the German Bundesrat)
#     pos: noun
`;

const GLOSSARY_EXAMPLE = `${GLOSSARY_HEADER}terms:
  - de: Bundesrat
    en: [Federal Council]
    note: the Swiss government (not the German Bundesrat)
    pos: noun
  - de: Datenschutz
    en: [data protection]
    forbidden: [data privacy protection]
    pos: noun
  - de: Vernehmlassung
    en: [consultation]
    note: the Swiss consultation procedure on a draft law
    pos: noun
`;

const EXAMPLE_ARTICLE = `---
title: Der Bundesrat will den Datenschutz stärken
slug: ${EXAMPLE_SLUG}
source: Beispielredaktion
language: de
note: An example written for diglot init (MIT, like diglot). Replace it with your own articles.
---

:::caption
Das Bundeshaus in Bern. Archivbild: Beispiel
:::

Der Bundesrat will den Datenschutz stärken. Ein neues Gesetz soll bis 2027 in Kraft treten.

:::summary[Das Wichtigste in Kürze]
- Unternehmen sollen offenlegen, welche Daten sie sammeln.
- Das Parlament berät im Herbst über die Vorlage.
:::

## Was sich ändert

Unternehmen müssen künftig melden, welche Daten sie speichern und wie lange. Wer gegen das Gesetz verstösst, zahlt eine Busse von bis zu 20 Millionen Franken.

## Wie es weitergeht

Die Vernehmlassung dauert bis Ende März. Danach entscheidet das Parlament, z. B. über die Höhe der Bussen.
`;

/** The files of a new project, in the order they are listed to the user. */
export function scaffoldProject(opts: ScaffoldOptions): OutputFile[] {
  const files: OutputFile[] = [
    { path: 'pipeline/edition.yaml', content: EDITION_YAML },
    { path: 'glossary/schema.json', content: opts.glossarySchema },
    { path: 'glossary/glossary.yaml', content: opts.example ? GLOSSARY_EXAMPLE : GLOSSARY_EMPTY },
    { path: '.gitignore', content: `${GITIGNORE_LINES.join('\n')}\n${GITIGNORE_NOTE}\n` },
  ];
  // git keeps no empty directory: a placeholder holds locales/de/ and locales/en/ until the first article
  if (opts.example) files.push({ path: `locales/de/${EXAMPLE_SLUG}.md`, content: EXAMPLE_ARTICLE });
  else files.push({ path: 'locales/de/.gitkeep', content: '' });
  files.push({ path: 'locales/en/.gitkeep', content: '' });
  return files;
}

/**
 * The first line of a .gitignore that hides the companion store `.diglot/locales/` from git (`.diglot`,
 * `.diglot/`, `/.diglot/*`, `.diglot/locales` …), unless a later line re-includes it; 1-based. Those
 * files are project data (reviews, kept translations): a newsroom that ignores them loses them.
 */
export function findIgnoredStore(text: string): { line: number; offset: number; pattern: string } | undefined {
  // each line with its terminator, so that the offset of a line is the length of those before it
  const raw = text.split(/(?<=\n)/);
  const lines = raw.map((l) => l.trim());
  const hides = /^\/?\.diglot(\/(\*\*?)?)?$|^\/?\.diglot\/locales(\/.*)?$|^\/?\.diglot\/\*$/;
  const reincludes = /^!\/?\.diglot\/locales\/?$/;
  const at = lines.findIndex((l) => hides.test(l));
  if (at < 0) return undefined;
  // a re-include only works when the parent folder itself is not excluded (`.diglot/*`, not `.diglot/`)
  if (/\*$/.test(lines[at]) && !/locales/.test(lines[at]) && lines.slice(at + 1).some((l) => reincludes.test(l))) return undefined;
  return { line: at + 1, offset: raw.slice(0, at).join('').length, pattern: lines[at] };
}

/** `existing` .gitignore text with the lines diglot needs appended (unchanged when it has them all). */
export function extendGitignore(existing: string): string {
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = GITIGNORE_LINES.filter((l) => !have.has(l) && !have.has(l.replace(/\/$/, '')) && !have.has(`/${l}`));
  if (!missing.length) return existing;
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${existing}${sep}# diglot\n${missing.join('\n')}\n`;
}
